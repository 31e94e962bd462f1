// The collector's day (issue 13): the worklist for a date, paged; snoozing a line; the steps of the
// dunning schedule done from it (delivery stop, the claim to the manager, the hand-over, a step passed
// over); the dunning settings (schedules per debtor kind, priority weights, the preventive amount).
import { z } from 'zod';
import { mutation, query } from '../channel';
import { NoInput, Text } from './common';
import { Cents, Id, IsoDate, TimeOfDay } from '../../domain/primitives';
import { Message } from '../../domain/message';
import { LINE_ACTIONS } from '../../domain/dunning/worklist';
import { REASON_KINDS } from '../../domain/dunning/priority';
import { DUNNING_ACTIONS, LETTER_ACTIONS } from '../../domain/dunning/schedule';
import { DunningSettings } from '../../domain/dunning/settings';

export const WORKLIST_PAGE_MAX = 500;
/** Vandaag shows what is put aside and the debtors paused this many at a time ('aside'). */
export const WORKLIST_ASIDE_PAGE = 50;

const WorklistReason = z.object({
  kind: z.enum(REASON_KINDS),
  message: Message,
  priority: z.number().int(),
  overdue: z.boolean(),
  amountCents: Cents,
  daysOverdue: z.number().int(),
  taskId: Id.optional(),
  promiseId: Id.optional(),
  planId: Id.optional(),
  installmentId: Id.optional(),
  invoiceIds: z.array(Id).optional(),
  letter: z.enum(LETTER_ACTIONS).optional(),
});

export const WorklistLine = z.object({
  key: z.string(),
  debtorId: Id,
  debtorName: z.string(),
  action: z.enum(LINE_ACTIONS),
  reasons: z.array(WorklistReason),
  priority: z.number().int(),
  at: TimeOfDay.nullable(),
  overdue: z.boolean(),
  amountCents: Cents,
  daysOverdue: z.number().int(),
  invoiceIds: z.array(Id),
});
export type WorklistLine = z.infer<typeof WorklistLine>;

export const WorklistPage = z.object({
  date: IsoDate,
  /** The time the list was made for, 'HH:MM' in Amsterdam (call-backs before it are overdue). */
  now: TimeOfDay,
  /** Lines of the whole list, for paging. */
  total: z.number().int(),
  offset: z.number().int(),
  lines: z.array(WorklistLine),
  snoozed: z.array(z.object({ line: WorklistLine, until: IsoDate, reason: z.string() })),
  paused: z.array(z.object({ debtorId: Id, debtorName: z.string(), overdueCents: Cents, reasons: z.array(Message) })),
  /** Lines put aside and debtors paused in the whole list, for paging them ('aside'). */
  snoozedTotal: z.number().int(),
  pausedTotal: z.number().int(),
});
export type WorklistPage = z.infer<typeof WorklistPage>;

/** The steps recorded from the worklist: the debtor-wide ones, and any step passed over on purpose. */
export const RecordedStep = z.enum(['delivery_stop', 'manager', 'hand_over']);

export const worklistChannels = {
  'worklist:list': query(
    z
      .object({
        /** The day to plan; today when omitted. */
        date: IsoDate.optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(WORKLIST_PAGE_MAX).default(200),
        /**
         * 'lines': the page of lines only (snoozed and paused empty). 'aside': the lines put aside and the
         * debtors paused only (lines empty), each from `offset`, at most `limit` of each: Vandaag asks for
         * both at once, so its first lines need not wait for 1 000 paused debtors, and shows those a page at
         * a time. 'all' (the default): a page of lines with every line put aside and debtor paused, as the
         * CLI prints them.
         */
        part: z.enum(['all', 'lines', 'aside']).default('all'),
      })
      .strict(),
    WorklistPage,
  ),
  'worklist:snooze': mutation(
    z
      .object({
        debtorId: Id,
        key: z.string().min(1).max(100),
        until: IsoDate,
        reason: Text.trim().min(1, { message: 'validation.worklist.snooze_reason' }),
      })
      .strict(),
    z.object({ key: z.string(), until: IsoDate }),
  ),
  'worklist:unsnooze': mutation(z.object({ key: z.string().min(1).max(100) }).strict(), z.object({ key: z.string() })),
  /** A debtor-wide step done today for the invoices of its line (the delivery stop is also set on the debtor). */
  'worklist:recordStep': mutation(z.object({ debtorId: Id, action: RecordedStep, invoiceIds: z.array(Id).min(1) }).strict(), z.object({ recorded: z.number().int() })),
  /** A schedule step passed over on purpose for these invoices (refused for the steps the law needs). */
  'worklist:skipStep': mutation(
    z.object({ debtorId: Id, action: z.enum(DUNNING_ACTIONS), invoiceIds: z.array(Id).min(1) }).strict(),
    z.object({ recorded: z.number().int() }),
  ),
  'dunning:settings': query(NoInput, DunningSettings),
  'dunning:saveSettings': mutation(DunningSettings, DunningSettings),
};
