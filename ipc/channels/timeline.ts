// A debtor's history in one list, newest first, a page at a time. Each item carries its line as a Message, rendered in
// the UI language; the details (a call's path, a payment's allocation) come with it.
import { z } from 'zod';
import { query } from '../channel';
import { DebtorInput } from './common';
import { TaskItem } from './tasks';
import { ComplaintItem } from './complaints';
import { PromiseItem } from './promises';
import { PlanItem } from './plans';
import { PaymentItem } from './payments';
import { Cents, Id, IsoDate } from '../../domain/primitives';
import { Message } from '../../domain/message';
import { LetterType } from '../../domain/letters/model';
import { CallOutcomeCode } from '../../domain/call-outcome-code';
import { DunningAction } from '../../domain/dunning/schedule';

const Base = {
  id: Id,
  /** The calendar day the item belongs to (Amsterdam). */
  date: IsoDate,
  /** Orders items of the same day: the call's start, otherwise when it was recorded (UTC). */
  at: z.string(),
  text: Message,
};

export const TimelineItem = z.discriminatedUnion('kind', [
  z.object({
    ...Base,
    kind: z.literal('call'),
    call: z.object({
      id: Id,
      kind: z.enum(['collection', 'preventive']),
      collector: z.string(),
      startedAt: z.string(),
      durationSeconds: z.number().int(),
      // Free text in the ledger: a result added to the call script later must not hide the whole timeline.
      result: z.string(),
      /** What the call came to (null only for a call the ledger could not classify). */
      outcomeCode: CallOutcomeCode.nullable(),
      /** The recap lines read back at the end of the call. */
      summary: z.array(Message),
      notes: z.string(),
    }),
    steps: z.array(z.object({ seq: z.number().int(), step: z.string(), at: z.string(), note: z.string() })),
  }),
  // The letter's printed content stays out: the timeline names the letter, the letters screen shows it.
  z.object({
    ...Base,
    kind: z.literal('letter'),
    letter: z.object({ id: Id, type: LetterType, letterDate: IsoDate, totalCents: Cents, termEndsOn: IsoDate.nullable() }),
  }),
  z.object({ ...Base, kind: z.literal('task'), task: TaskItem }),
  z.object({ ...Base, kind: z.literal('complaint'), complaint: ComplaintItem }),
  z.object({ ...Base, kind: z.literal('promise'), promise: PromiseItem }),
  z.object({ ...Base, kind: z.literal('plan'), plan: PlanItem }),
  /** A step of the dunning schedule taken outside a letter or a call (delivery stop, manager, hand-over, a skip). */
  z.object({
    ...Base,
    kind: z.literal('step'),
    step: z.object({ action: DunningAction, skipped: z.boolean(), invoiceNumbers: z.array(z.string()), liftedOn: IsoDate.nullable() }),
  }),
  /** The numbers of the invoices the payment was applied to. */
  z.object({ ...Base, kind: z.literal('payment'), payment: PaymentItem, invoiceNumbers: z.array(z.string()) }),
  /** Details of the debtor the collector changed, each field with its value before and after. */
  z.object({ ...Base, kind: z.literal('change'), changes: z.array(z.object({ field: z.string(), before: z.string().nullable(), after: z.string().nullable() })) }),
]);
export type TimelineItem = z.infer<typeof TimelineItem>;

/** Items per page when the caller does not say; the largest page a caller may ask for. */
export const TIMELINE_PAGE_SIZE = 50;
export const MAX_TIMELINE_PAGE_SIZE = 500;

export const TimelinePage = z.object({
  /** Newest first. */
  items: z.array(TimelineItem),
  /** Where the next (earlier) page starts; null on the last page. */
  nextOffset: z.number().int().nullable(),
});
export type TimelinePage = z.infer<typeof TimelinePage>;

export const timelineChannels = {
  'timeline:get': query(
    DebtorInput.extend({
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(MAX_TIMELINE_PAGE_SIZE).default(TIMELINE_PAGE_SIZE),
    }).strict(),
    TimelinePage,
  ),
};
