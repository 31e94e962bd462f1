// The call: what the collector sees before dialling, the running call kept for a crash, the outcome.
import { z } from 'zod';
import { OfficeDaysSettings } from '../../domain/calendar/office-days';
import { EquatedDaySchema } from '../../domain/calendar/legal-terms';
import { mutation, query } from '../channel';
import { DebtorFile } from './debtors';
import { DebtorRef, NoInput } from './common';
import { ComplaintStatus } from './complaints';
import { PromiseStatus } from './promises';
import { InstallmentStatus, PlanStatus } from './plans';
import { Cents, Id, IsoDate, IsoDateTime, TimeOfDay } from '../../domain/primitives';
import { Message } from '../../domain/message';
import { CallOutcome, MAX_PLAN_TERMS, Tone } from '../../domain/call-outcome';
import { Language } from '../../domain/settings';
import { ReminderType } from '../../domain/letters/model';

const MachineRef = { machineId: z.string().min(1).max(64), machineVersion: z.number().int().positive() };

export const CallPreparation = z.object({
  file: DebtorFile,
  callInvoices: DebtorFile.shape.openInvoices,
  collector: z.string(),
  companyName: z.string(),
  tone: Tone,
  mayOfferPlan: z.boolean(),
  maxPlanTerms: z.number().int().min(1).max(MAX_PLAN_TERMS),
  language: Language,
  complaints: z.array(
    z.object({
      id: Id,
      description: z.string(),
      status: ComplaintStatus,
      invoiceIds: z.array(Id),
      invoiceNumbers: z.array(z.string()),
      openedOn: IsoDate,
      resolution: z.string().nullable(),
    }),
  ),
  promises: z.array(z.object({ id: Id, promisedDate: IsoDate, amountCents: Cents, status: PromiseStatus, madeOn: IsoDate })),
  plans: z.array(
    z.object({
      id: Id,
      status: PlanStatus,
      totalCents: Cents,
      agreedOn: IsoDate,
      installments: z.array(z.object({ seq: z.number().int(), dueDate: IsoDate, amountCents: Cents, status: InstallmentStatus })),
    }),
  ),
  /** Call-backs booked and not yet done: agreements too (issue 11 point 7). */
  callBacks: z.array(z.object({ id: Id, dueDate: IsoDate, dueTime: TimeOfDay.nullable(), title: Message })),
  reminders: z.array(z.object({ id: Id, type: ReminderType, letterDate: IsoDate, totalCents: Cents })),
  ingebrekestellingSent: z.boolean(),
  /** The office calendar of Settings: the call plans call-backs and checks on its working days. */
  officeDays: OfficeDaysSettings,
  addedEquatedDays: z.array(EquatedDaySchema),
  today: IsoDate,
  /** A call to this debtor that was running when the app stopped. */
  active: z
    .discriminatedUnion('status', [
      z.object({ status: z.literal('resumable'), snapshot: z.unknown(), startedAt: IsoDateTime, updatedAt: IsoDateTime }),
      z.object({ status: z.literal('stale'), machineVersion: z.number().int(), startedAt: IsoDateTime, updatedAt: IsoDateTime }),
      /** Saved, but not readable as a snapshot (not JSON, not an object): offered to start over, kept aside. */
      z.object({ status: z.literal('damaged'), startedAt: z.string(), updatedAt: z.string() }),
    ])
    .nullable(),
});
export type CallPreparation = z.infer<typeof CallPreparation>;

/** A call that was running when the app stopped: listed on start and on Vandaag, resumed from the call screen. */
export const InterruptedCall = z.object({ debtor: DebtorRef, machineId: z.string(), startedAt: IsoDateTime, updatedAt: IsoDateTime });
export type InterruptedCall = z.infer<typeof InterruptedCall>;

export const callChannels = {
  'calls:interrupted': query(NoInput, z.array(InterruptedCall)),
  'calls:prepare': query(z.object({ debtorId: Id, ...MachineRef }).strict(), CallPreparation),
  /** Saved on every step, so a crash loses nothing. */
  'calls:active:save': mutation(
    z.object({ debtorId: Id, ...MachineRef, snapshot: z.record(z.string(), z.unknown()), startedAt: IsoDateTime }).strict(),
    z.object({ saved: z.literal(true) }),
  ),
  /** `setAside`: keep the saved call in set_aside_calls (a damaged one), instead of deleting it. */
  'calls:active:discard': mutation(z.object({ debtorId: Id, setAside: z.boolean().optional() }).strict(), z.object({ discarded: z.boolean() })),
  /** The whole outcome in one transaction. */
  'calls:save': mutation(CallOutcome, z.object({ callId: Id })),
};
