// "De facturen worden automatisch geïncasseerd" (seed 000): check the bank details; if right, collect
// again; if the debit was reversed (gestorneerd), ask why, then a manual payment or a new collection.
import { messagesOf } from '../../domain/message-text';
import { addTask, cents, date, invoiceParams, openTotalCents, valueOf } from '../call-data';
import { choice, go, step, submit } from '../call-step';
import { defineExcuse } from './excuse-module';
import { directDebitMessages as messages } from './direct-debit.messages';

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
