// "Ik kan de factuur niet betalen" (seed 000): offer a payment plan of at most four terms and say it is
// the last option; if a plan is no option (or may not be offered), a last chance to pay, else the
// ingebrekestelling — or the hand-over when one was already sent.
import type { IsoDate } from '../../domain/dates';
import { messagesOf, type MessageParams } from '../../domain/message-text';
import { nextOfficeDay } from '../../domain/calendar/office-days';
import { addTask, date, officeOf, SHARED_RECORDERS, valueOf } from '../call-data';
import type { CallContext, CallTask } from '../call-types';
import { choice, go, step, submit } from '../call-step';
import { defineExcuse } from './excuse-module';
import { cannotPayMessages as messages } from './cannot-pay.messages';

const text = messagesOf(messages);

/** What follows when the last chance is not taken: `unpaidOn` the promised date, or null when refused. */
function escalationTask(context: CallContext, dueDate: IsoDate, unpaidOn: IsoDate | null): CallTask {
  const params: MessageParams = unpaidOn ? { after: 'unpaid', date: date(unpaidOn) } : { after: 'refused', date: null };
  return context.input.ingebrekestellingSent
    ? { type: 'hand_over', title: text('task.hand_over.last_chance', params), dueDate, recap: text('recap.hand_over.last_chance', params) }
    : {
        type: 'send_ingebrekestelling',
        title: text('task.ingebrekestelling.last_chance', params),
        dueDate,
        recap: text('recap.ingebrekestelling.last_chance', params),
      };
}

export const cannotPay = defineExcuse({
  excuse: 'cannot_pay',
  hotkey: '7',
  messages,
  steps: [
    step('cannotPay', [
      choice('SUBMIT_PLAN', 'choice.plan', '1', submit('#anythingElse', { what: 'cannot_pay/plan' }), 'plan'),
      choice('PLAN_REFUSED', 'choice.plan_refused', '2', go('#lastChance')),
    ]),
    step('lastChance', [
      choice('SUBMIT_PROMISE', 'choice.last_chance_date', '1', submit('#anythingElse', { what: 'cannot_pay/lastChancePromise' }), 'promise'),
      choice('REFUSED', 'choice.refused', '2', go('#anythingElse', { what: 'cannot_pay/refused' })),
    ]),
  ],
  // No plan may be offered to this debtor: straight to the last chance.
  opens: [{ guard: 'planAllowed', step: 'cannotPay' }, { step: 'lastChance' }],
  recorders: {
    plan: (context, event) => ({ ...context.data, plan: valueOf(context, event) }),
    /** The promised date is the last chance: not paid by the next working day, the next step follows. */
    lastChancePromise: (context, event) => {
      const data = SHARED_RECORDERS.promise(context, event, { what: 'promise' });
      const promised = data.promise!.date;
      return addTask(data, escalationTask(context, nextOfficeDay(promised, officeOf(context)), promised));
    },
    refused: (context) => addTask(context.data, escalationTask(context, context.input.today, null)),
  },
});
