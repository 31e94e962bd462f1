// Letters on paper: preview, issue (one or a batch), the letters sent and what a debtor can be sent.
import { z } from 'zod';
import { mutation, query } from '../channel';
import { DebtorInput, NoInput } from './common';
import { PlanStatus } from './plans';
import { Cents, DebtorKind, Id, IsoDate } from '../../domain/primitives';
import { Message } from '../../domain/message';
import { BatchLetterType, LetterModel, LetterType, ReminderType } from '../../domain/letters/model';
import { STAGES } from '../../domain/dunning/invoice-stage';

export const LetterRequest = z
  .object({
    debtorId: Id,
    type: LetterType,
    /** The call a confirmation confirms. */
    callId: Id.optional(),
    /** The plan to put on paper; by default the debtor's newest plan not yet signed. */
    planId: Id.optional(),
  })
  .strict();
export type LetterRequest = z.infer<typeof LetterRequest>;

export const LetterSummary = z.object({
  id: Id,
  debtorId: Id,
  type: LetterType,
  letterDate: IsoDate,
  principalCents: Cents,
  costsCents: Cents,
  interestCents: Cents,
  totalCents: Cents,
  termEndsOn: IsoDate.nullable(),
  payBy: IsoDate.nullable(),
  callId: Id.nullable(),
  planId: Id.nullable(),
});
export type LetterSummary = z.infer<typeof LetterSummary>;

export const IssuedLetter = z.object({ id: Id, letter: LetterModel });

export const BatchResult = z.object({
  issued: z.array(z.object({ debtorId: Id, id: Id, letter: LetterModel })),
  refused: z.array(z.object({ debtorId: Id, name: z.string(), message: Message })),
});
export type BatchResult = z.infer<typeof BatchResult>;

export const BatchCandidate = z.object({
  id: Id,
  number: z.string(),
  name: z.string(),
  kind: DebtorKind,
  /** Open, overdue and not under a complaint. */
  remindableCents: Cents,
  invoiceCount: z.number().int(),
  oldestDueDate: IsoDate,
  lastReminder: z.object({ type: ReminderType, letterDate: IsoDate }).nullable(),
  /** The debtor's own next letter today, by its stage. */
  type: BatchLetterType,
  /** What that letter asks for. */
  amountCents: Cents,
});
export type BatchCandidate = z.infer<typeof BatchCandidate>;

export const LetterOptions = z.object({
  kind: DebtorKind,
  /** The letters the debtor screen offers as buttons of their own, for this debtor. */
  types: z.array(LetterType),
  letters: z.array(LetterSummary),
  /** Calls with something agreed, newest first, and the confirmation sent for each (if any). */
  calls: z.array(z.object({ id: Id, startedAt: z.string(), result: z.string(), confirmationId: Id.nullable() })),
  /** Plans still to be signed, and the agreement letter sent for each (if any). */
  plans: z.array(z.object({ id: Id, agreedOn: IsoDate, totalCents: Cents, status: PlanStatus, letterId: Id.nullable() })),
});
export type LetterOptions = z.infer<typeof LetterOptions>;

/**
 * Where the debtor stands in the dunning schedule today (issue 10 item 8, issue 13 point 1), from the same
 * schedule the worklist uses: the letter that fits, the reminders that contradict the stage, each open
 * invoice's stage and what pauses it.
 */
export const DebtorStanding = z.object({
  /** The letter that fits the stage today (the schedule's reminder due, or a term reminder within a plan). */
  next: BatchLetterType.nullable(),
  /** Whether a term of the debtor's active plan is late (then the term reminder is offered). */
  lateTerm: z.boolean(),
  /** Reminders that contradict the stage now, with why (shown, not offered). */
  refused: z.array(z.object({ type: BatchLetterType, reason: Message })),
  invoices: z.array(z.object({ invoiceId: Id, stage: z.enum(STAGES), pausedBy: Message.nullable() })),
});
export type DebtorStanding = z.infer<typeof DebtorStanding>;

export const letterChannels = {
  /** Composes from the ledger as it stands; records nothing. */
  'letters:preview': query(LetterRequest, LetterModel),
  /** Composes and records the letter as printed, and does what issuing it sets in motion. */
  'letters:issue': mutation(LetterRequest, IssuedLetter),
  'letters:get': query(z.object({ id: Id }).strict(), LetterSummary.extend({ letter: LetterModel })),
  'letters:list': query(DebtorInput, z.array(LetterSummary)),
  /** Each selected debtor its own next letter (the type the batch screen showed), in one transaction; refusals per debtor. */
  'letters:batch': mutation(
    z
      .object({ letters: z.array(z.object({ debtorId: Id, type: BatchLetterType }).strict()).min(1, { message: 'validation.choose_debtor' }).max(1000) })
      .strict(),
    BatchResult,
  ),
  'letters:batchCandidates': query(NoInput, z.array(BatchCandidate)),
  /** The letters sent and the calls and plans a letter can be made for (the debtor screen). */
  'letters:options': query(DebtorInput, LetterOptions),
  /** Where the debtor stands in the schedule: the letter that fits, the ones refused, each invoice's stage. */
  'letters:standing': query(DebtorInput, DebtorStanding),
};
