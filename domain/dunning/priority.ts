// How urgent a worklist line is: points for what kind of thing it is, the money at stake, how long it
// is overdue, the debtor's broken promises and an appointment's time. The weights are a setting;
// the base points per kind are the practice of the trade and stay in code.
import { z } from 'zod';
import type { Cents } from '../money';

export const PriorityWeights = z
  .object({
    /** Points per full € 1.000 at stake … */
    perThousandEuro: z.number().int().min(0).max(1000),
    /** … counted up to this amount, so one huge claim does not bury every appointment. */
    amountCapCents: z.number().int().min(100_000).max(10_000_000_000),
    /** Points per day past the due date … */
    perDayOverdue: z.number().int().min(0).max(1000),
    /** … counted up to this many days. */
    daysOverdueCap: z.number().int().min(1).max(365),
    /** Points per promise the debtor broke and has not made good since. */
    perBrokenPromise: z.number().int().min(0).max(10_000),
    /** Points for an appointment whose time has come (or passed). */
    appointment: z.number().int().min(0).max(10_000),
    /** Full appointment points from this many minutes before its time … */
    appointmentLeadMinutes: z.number().int().min(0).max(240),
    /** … and fewer the further away it is, none this many minutes before that. */
    appointmentRampMinutes: z.number().int().min(1).max(720),
  })
  .strict();
export type PriorityWeights = z.infer<typeof PriorityWeights>;

/**
 * A call-back at its time outranks all but the largest claims; a broken promise outranks a scheduled
 * call of the same size; € 10.000 adds what 33 days overdue add.
 */
export const DEFAULT_PRIORITY_WEIGHTS: PriorityWeights = {
  perThousandEuro: 10,
  amountCapCents: 5_000_000,
  perDayOverdue: 3,
  daysOverdueCap: 90,
  perBrokenPromise: 150,
  appointment: 600,
  appointmentLeadMinutes: 15,
  appointmentRampMinutes: 120,
};

export const REASON_KINDS = [
  'call_back',
  'broken_promise',
  'late_installment',
  'promise_due',
  'hand_over',
  'manager',
  'letter',
  'delivery_stop',
  'dunning_call',
  'preventive_call',
] as const;
export type ReasonKind = (typeof REASON_KINDS)[number];

/**
 * What each kind is worth before amount and days: agreements broken and appointments first (they were
 * the debtor's word or ours), then the law's last steps, then the schedule's letters and calls; a
 * preventive call only when there is time for it.
 */
export const REASON_BASE: Readonly<Record<ReasonKind, number>> = {
  broken_promise: 300,
  late_installment: 250,
  hand_over: 220,
  call_back: 200,
  manager: 180,
  delivery_stop: 160,
  dunning_call: 150,
  letter: 120,
  promise_due: 100,
  preventive_call: 0,
};

export interface PriorityFacts {
  kind: ReasonKind;
  amountCents: Cents;
  daysOverdue: number;
  brokenPromises: number;
  /** Minutes until the appointment (negative once its time has passed); undefined without one. */
  minutesUntilAppointment?: number;
}

/** Whole points: the same facts give the same number on every machine. */
export function priority(facts: PriorityFacts, w: PriorityWeights): number {
  const amount = Math.floor((w.perThousandEuro * Math.min(Math.max(facts.amountCents, 0), w.amountCapCents)) / 100_000);
  const days = w.perDayOverdue * Math.min(Math.max(facts.daysOverdue, 0), w.daysOverdueCap);
  const promises = w.perBrokenPromise * Math.max(facts.brokenPromises, 0);
  return REASON_BASE[facts.kind] + amount + days + promises + appointmentPoints(facts.minutesUntilAppointment, w);
}

function appointmentPoints(minutesUntil: number | undefined, w: PriorityWeights): number {
  if (minutesUntil === undefined) return 0;
  const beyondLead = minutesUntil - w.appointmentLeadMinutes;
  if (beyondLead <= 0) return w.appointment;
  return Math.max(0, Math.floor((w.appointment * (w.appointmentRampMinutes - beyondLead)) / w.appointmentRampMinutes));
}
