// "Vandaag": what the collector has to do today, each item linked to its debtor. A later kind of item
// (the dunning schedule's step of the day) is one more member here and one more source in handlers/today.ts.
import { z } from 'zod';
import { query } from '../channel';
import { DebtorRef, NoInput } from './common';
import { Cents, Id, IsoDate, TimeOfDay } from '../../domain/primitives';
import { Message } from '../../domain/message';
import { TaskType } from '../../domain/call-outcome';

const Base = { debtor: DebtorRef };

export const TodayItem = z.discriminatedUnion('kind', [
  z.object({ ...Base, kind: z.literal('call_back'), taskId: Id, callId: Id.nullable(), title: Message, dueTime: TimeOfDay.nullable() }),
  z.object({
    ...Base,
    kind: z.literal('overdue_task'),
    taskId: Id,
    callId: Id.nullable(),
    type: TaskType,
    title: Message,
    dueDate: IsoDate,
    daysOverdue: z.number().int(),
  }),
  z.object({ ...Base, kind: z.literal('broken_promise'), promiseId: Id, taskId: Id, promisedDate: IsoDate, amountCents: Cents, reason: Message }),
  z.object({ ...Base, kind: z.literal('promise_due'), promiseId: Id, promisedDate: IsoDate, amountCents: Cents, receivedCents: Cents }),
  z.object({
    ...Base,
    kind: z.literal('late_installment'),
    planId: Id,
    installmentId: Id,
    seq: z.number().int(),
    dueDate: IsoDate,
    amountCents: Cents,
    paidCents: Cents,
    daysLate: z.number().int(),
  }),
  z.object({ ...Base, kind: z.literal('task'), taskId: Id, callId: Id.nullable(), type: TaskType, title: Message }),
]);
export type TodayItem = z.infer<typeof TodayItem>;
export type TodayItemKind = TodayItem['kind'];

/** The order of the sections on the screen. */
export const TODAY_SECTIONS: readonly TodayItemKind[] = ['call_back', 'overdue_task', 'broken_promise', 'promise_due', 'late_installment', 'task'];

export const todayChannels = {
  'today:list': query(NoInput, z.array(TodayItem)),
};
