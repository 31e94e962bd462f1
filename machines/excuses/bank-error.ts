// "Ik denk dat de bank een fout heeft gemaakt" (seed 001): when was the payment order given, for what
// amount and with which description — and a statement of it, to look into it.
import { defineMessages, messagesOf } from '../../domain/message';
import { addTask, cents, date, SHARED_RECORDERS } from '../call-data';
import { byTone, choice, step, submit } from '../call-step';
import { defineExcuse } from './excuse-module';

const messages = defineMessages({
  'excuse.bank_error': { nl: '„De bank heeft een fout gemaakt”', en: '“The bank made a mistake”' },
  'step.bankError': { nl: '„De bank heeft een fout gemaakt”', en: '“The bank made a mistake”' },
  'script.bankError': {
    nl: byTone({
      zakelijk: 'Wanneer heeft u de betaalopdracht gegeven, voor welk bedrag en met welke omschrijving? Wilt u ons een afschrift sturen?',
      vriendelijk: 'Dat kan gebeuren. Weet u wanneer u de opdracht heeft gegeven, welk bedrag en met welke omschrijving? Een afschrift helpt ons het uit te zoeken.',
      streng: 'Ik wil dan een afschrift van die betaalopdracht zien. Wanneer is hij gegeven, voor welk bedrag en met welke omschrijving?',
    }),
    en: byTone({
      zakelijk: 'When did you give the payment order, for what amount and with which description? Would you send us a statement?',
      vriendelijk: 'That can happen. Do you know when you gave the order, the amount and the description? A statement helps us look into it.',
      streng: 'Then I want to see a statement of that payment order. When was it given, for what amount and with which description?',
    }),
  },
  'choice.payment_order_details': { nl: 'Betaalopdracht noteren', en: 'Record payment order' },
  'task.request_statement': {
    nl: 'Afschrift van de betaalopdracht van {date} ({amount}) opvragen',
    en: 'Ask for a statement of the payment order of {date} ({amount})',
  },
  'recap.request_statement': {
    nl: 'U stuurt ons een afschrift van de betaalopdracht van {date} ({amount}).',
    en: 'You will send us a statement of the payment order of {date} ({amount}).',
  },
});
const text = messagesOf(messages);

export const bankError = defineExcuse({
  excuse: 'bank_error',
  hotkey: 'a',
  messages,
  steps: [
    step('bankError', [
      choice('SUBMIT_PAYMENT_DETAILS', 'choice.payment_order_details', '1', submit('#commitment', { what: 'bank_error/paymentOrder' }), 'payment'),
    ]),
  ],
  recorders: {
    /** The payment order as reported, and a statement of it requested today. */
    paymentOrder: (context, event) => {
      const data = SHARED_RECORDERS.paymentReport(context, event, { what: 'paymentReport' });
      const order = { date: date(data.paymentReport!.date), amount: cents(data.paymentReport!.amountCents) };
      return addTask(data, {
        type: 'request_proof_of_payment',
        title: text('task.request_statement', order),
        dueDate: context.input.today,
        recap: text('recap.request_statement', order),
      });
    },
  },
});
