import { z } from 'zod';
import { channel } from '../channel';
import { DebtorFile } from './debtors';
import { CallOutcome, IsoDateSchema, IsoDateTime, Tone } from '../../domain/call-outcome';

const Id = z.number().int().positive();
const MachineRef = { machineId: z.string().min(1).max(64), machineVersion: z.number().int().positive() };

export const CallPreparation = z.object({
  file: DebtorFile,
  callInvoices: DebtorFile.shape.openInvoices,
  collector: z.string(),
  companyName: z.string(),
  tone: Tone,
  mayOfferPlan: z.boolean(),
  maxPlanTerms: z.number().int().min(1).max(4),
  language: z.enum(['nl', 'en']),
  complaints: z.array(
    z.object({
      id: Id,
      description: z.string(),
      status: z.enum(['open', 'in_behandeling', 'opgelost']),
      invoiceIds: z.array(Id),
      invoiceNumbers: z.array(z.string()),
      openedOn: IsoDateSchema,
      resolution: z.string().nullable(),
    }),
  ),
  promises: z.array(z.object({ id: Id, promisedDate: IsoDateSchema, amountCents: z.number().int(), status: z.enum(['pending', 'kept', 'broken']), madeOn: IsoDateSchema })),
  plans: z.array(
    z.object({
      id: Id,
      status: z.string(),
      totalCents: z.number().int(),
      agreedOn: IsoDateSchema,
      installments: z.array(z.object({ seq: z.number().int(), dueDate: IsoDateSchema, amountCents: z.number().int(), status: z.string() })),
    }),
  ),
  reminders: z.array(z.object({ id: Id, type: z.string(), letterDate: IsoDateSchema, totalCents: z.number().int() })),
  ingebrekestellingSent: z.boolean(),
  today: IsoDateSchema,
  /** A call to this debtor that was running when the app stopped. */
  active: z
    .discriminatedUnion('status', [
      z.object({ status: z.literal('resumable'), snapshot: z.unknown(), startedAt: IsoDateTime, updatedAt: IsoDateTime }),
      z.object({ status: z.literal('stale'), machineVersion: z.number().int(), startedAt: IsoDateTime, updatedAt: IsoDateTime }),
    ])
    .nullable(),
});
export type CallPreparation = z.infer<typeof CallPreparation>;

export const callChannels = {
  'calls:prepare': channel(z.object({ debtorId: Id, ...MachineRef }).strict(), CallPreparation),
  /** Saved on every step, so a crash loses nothing. */
  'calls:active:save': channel(
    z.object({ debtorId: Id, ...MachineRef, snapshot: z.record(z.string(), z.unknown()), startedAt: IsoDateTime }).strict(),
    z.object({ saved: z.literal(true) }),
  ),
  'calls:active:discard': channel(z.object({ debtorId: Id }).strict(), z.object({ discarded: z.boolean() })),
  /** The whole outcome in one transaction. */
  'calls:save': channel(CallOutcome, z.object({ callId: Id })),
};
