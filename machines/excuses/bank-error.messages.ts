// The texts of the excuse in bank-error.ts, apart from its steps and recorders so the catalogue loads them
// without the call's machinery (xstate, zod).
import { defineMessages } from '../../domain/message-text';
import { byTone } from '../call-step';

export const bankErrorMessages = defineMessages({
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
