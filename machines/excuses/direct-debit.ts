// "De facturen worden automatisch geïncasseerd" (seed 000): check the bank details; if right, collect
// again; if the debit was reversed (gestorneerd), ask why, then a manual payment or a new collection.
import { defineMessages, messagesOf } from '../../domain/message';
import { addTask, cents, date, invoiceParams, openTotalCents, valueOf } from '../call-data';
import { byTone, choice, go, step, submit } from '../call-step';
import { defineExcuse } from './excuse-module';

const messages = defineMessages({
  'excuse.direct_debit': { nl: '„De facturen worden automatisch geïncasseerd”', en: '“The invoices are paid by direct debit”' },
  'step.directDebit': { nl: '„Wordt automatisch geïncasseerd”', en: '“Collected by direct debit”' },
  'script.directDebit': {
    nl: byTone({
      zakelijk: 'Ik controleer de bankgegevens die wij voor de incasso gebruiken. Kloppen die nog?',
      vriendelijk: 'Dan kijk ik even of de incasso goed is gegaan. Kloppen de bankgegevens die wij van u hebben nog?',
      streng: 'De incasso heeft niets opgeleverd. Kloppen de bankgegevens die u ons heeft gegeven?',
    }),
    en: byTone({
      zakelijk: 'I am checking the bank details we use for the direct debit. Are they still correct?',
      vriendelijk: 'Let me check whether the direct debit went through. Are the bank details we have still correct?',
      streng: 'The direct debit did not succeed. Are the bank details you gave us correct?',
    }),
  },
  'step.debitReversed': { nl: 'Incasso gestorneerd', en: 'Direct debit reversed' },
  'script.debitReversed': {
    nl: byTone({
      zakelijk: 'Is de incasso gestorneerd (teruggeboekt)? Wat was de reden?',
      vriendelijk: 'Kan het zijn dat de incasso is teruggeboekt? Weet u misschien waarom?',
      streng: 'Heeft u de incasso gestorneerd? Wat was daarvan de reden?',
    }),
    en: byTone({
      zakelijk: 'Was the direct debit reversed? What was the reason?',
      vriendelijk: 'Could the direct debit have been reversed? Do you know why?',
      streng: 'Did you reverse the direct debit? What was the reason?',
    }),
  },
  'step.afterReversal': { nl: 'Na de storno', en: 'After the reversal' },
  'script.afterReversal': {
    nl: byTone({
      zakelijk: 'Maakt u het bedrag zelf over, of incasseren wij opnieuw? Op welke datum?',
      vriendelijk: 'Wat past u het beste: zelf overmaken, of zullen wij het opnieuw incasseren? Op welke datum?',
      streng: 'Dan maakt u {total} zelf over, of wij incasseren opnieuw. Noem de datum.',
    }),
    en: byTone({
      zakelijk: 'Will you transfer the amount yourself, or shall we collect again? On which date?',
      vriendelijk: 'What suits you best: transferring it yourself, or shall we collect again? On which date?',
      streng: 'Then you transfer {total} yourself, or we collect again. Name the date.',
    }),
  },
  'choice.bank_details_correct': { nl: 'Bankgegevens kloppen', en: 'Bank details correct' },
  'choice.bank_details_wrong': { nl: 'Bankgegevens kloppen niet', en: 'Bank details wrong' },
  'choice.not_reversed': { nl: 'Niet gestorneerd: opnieuw incasseren', en: 'Not reversed: collect again' },
  'choice.reversed': { nl: 'Gestorneerd (reden noteren)', en: 'Reversed (note reason)' },
  'choice.pay_manually': { nl: 'Klant maakt zelf over', en: 'Customer transfers manually' },
  'choice.collect_again': { nl: 'Opnieuw incasseren op datum', en: 'Collect again on date' },
  'task.check_bank_details': { nl: 'Bankgegevens voor de incasso controleren: {note}', en: 'Check the bank details for the direct debit: {note}' },
  'recap.check_bank_details': { nl: 'Wij passen de bankgegevens voor de incasso aan.', en: 'We will correct the bank details for the direct debit.' },
  'task.collect_again': {
    nl: 'Openstaande {count, plural, one {factuur} other {facturen}} {numbers} opnieuw incasseren',
    en: 'Collect open {count, plural, one {invoice} other {invoices}} {numbers} again by direct debit',
  },
  'recap.collect_again': {
    nl: 'Wij incasseren {amount} opnieuw op {date}; zorgt u voor voldoende saldo?',
    en: 'We will collect {amount} again on {date}; will you make sure there are sufficient funds?',
  },
});
const text = messagesOf(messages);

export const directDebit = defineExcuse({
  excuse: 'direct_debit',
  hotkey: '6',
  messages,
  steps: [
    step('directDebit', [
      choice('BANK_DETAILS_CORRECT', 'choice.bank_details_correct', '1', go('#debitReversed')),
      choice('BANK_DETAILS_WRONG', 'choice.bank_details_wrong', '2', submit('#commitment', { what: 'direct_debit/bankDetailsWrong' }), 'bankNote'),
    ]),
    step('debitReversed', [
      choice('NOT_REVERSED', 'choice.not_reversed', '1', go('#anythingElse', { what: 'direct_debit/collectAgain' })),
      choice('REVERSED', 'choice.reversed', '2', submit('#afterReversal'), 'reason'),
    ]),
    step('afterReversal', [
      choice('SUBMIT_PROMISE', 'choice.pay_manually', '1', submit('#anythingElse', { what: 'promise' }), 'promise'),
      choice('COLLECT_AGAIN', 'choice.collect_again', '2', submit('#anythingElse', { what: 'direct_debit/collectAgain' }), 'collectDate'),
    ]),
  ],
  recorders: {
    bankDetailsWrong: (context, event) =>
      addTask(context.data, {
        type: 'check_bank_details',
        title: text('task.check_bank_details', { note: valueOf<string>(context, event) }),
        dueDate: context.input.today,
        recap: text('recap.check_bank_details'),
      }),
    /** Collect again: today when the debit was not reversed, else on the date agreed. */
    collectAgain: (context, event) => {
      const on = event.type === 'COLLECT_AGAIN' ? valueOf<string>(context, event) : context.input.today;
      return addTask(context.data, {
        type: 'collect_again',
        title: text('task.collect_again', invoiceParams(context)),
        dueDate: on,
        recap: text('recap.collect_again', { amount: cents(openTotalCents(context)), date: date(on) }),
      });
    },
  },
});
