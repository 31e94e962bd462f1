import { z } from 'zod';
import { channel } from '../channel';
import { Message } from '../../domain/message';
import { LetterModel, LetterType, ReminderType } from '../../domain/letters/model';

const Id = z.number().int().positive();
const Cents = z.number().int();
const IsoDate = z.string();

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
  kind: z.enum(['business', 'consumer']),
  remindableCents: Cents,
  invoiceCount: z.number().int(),
  oldestDueDate: IsoDate,
  lastReminder: z.object({ type: ReminderType, letterDate: IsoDate }).nullable(),
});
export type BatchCandidate = z.infer<typeof BatchCandidate>;

export const LetterOptions = z.object({
  kind: z.enum(['business', 'consumer']),
  letters: z.array(LetterSummary),
  calls: z.array(z.object({ id: Id, startedAt: z.string(), result: z.string(), confirmationId: Id.nullable() })),
  plans: z.array(z.object({ id: Id, agreedOn: IsoDate, totalCents: Cents, status: z.string(), letterId: Id.nullable() })),
});
export type LetterOptions = z.infer<typeof LetterOptions>;

export const letterChannels = {
  /** Composes from the ledger as it stands; records nothing. */
  'letters:preview': channel(LetterRequest, LetterModel),
  /** Composes and records the letter as printed. */
  'letters:issue': channel(LetterRequest, IssuedLetter),
  'letters:get': channel(z.object({ id: Id }).strict(), LetterSummary.extend({ letter: LetterModel })),
  'letters:list': channel(z.object({ debtorId: Id }).strict(), z.array(LetterSummary)),
  /** The same reminder for each selected debtor, in one transaction; refusals per debtor. */
  'letters:batch': channel(z.object({ debtorIds: z.array(Id).min(1, { message: 'validation.choose_debtor' }).max(1000), type: ReminderType }).strict(), BatchResult),
  'letters:batchCandidates': channel(z.object({}).strict(), z.array(BatchCandidate)),
  /** The letters sent and the calls and plans a letter can be made for (the debtor screen). */
  'letters:options': channel(z.object({ debtorId: Id }).strict(), LetterOptions),
};
