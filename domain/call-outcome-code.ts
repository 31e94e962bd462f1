// One structured result per call, for the worklist, the timeline and reports: besides the path taken
// through the script, what the call came to. Derived from the call's outcome (domain/call-outcome.ts),
// by the first rule that applies, the most binding result first: a plan, then a promise (both have a
// date to hold the debtor to), a dispute (it pauses the invoices), "paid already" (a payment to look
// for), a call-back agreed, and else whether the right person was reached.
import { z } from 'zod';
import type { CallResult, Excuse, TaskType } from './call-outcome';

export const CALL_OUTCOME_CODES = [
  'plan', // a payment plan was agreed
  'promise', // a promise to pay on a date (also the preventive "it will be paid on time")
  'dispute_raised', // a complaint about the invoice or the delivery
  'paid_already', // the customer says it is paid: the payment must be found or proven
  'call_back_agreed', // an appointment to call again
  'reached_agreement', // the right person, something else concrete agreed (a copy sent, a new collection)
  'reached_no_agreement', // the right person, nothing agreed: the schedule goes on
  'not_reached', // someone answered, but nobody who can decide, and no appointment
  'no_answer',
  'voicemail',
  'wrong_number',
] as const;
export const CallOutcomeCode = z.enum(CALL_OUTCOME_CODES);
export type CallOutcomeCode = z.infer<typeof CallOutcomeCode>;

/** The parts of a finished call the code is read from (a CallOutcome has them all). */
export interface CallOutcomeFacts {
  result: CallResult;
  excuses: readonly Excuse[];
  tasks: readonly { type: TaskType }[];
  complaints: readonly unknown[];
  promise?: unknown;
  plan?: unknown;
}

/** Excuses that say the money has gone already (seed 000 "reeds betaald", 001 "de bank heeft een fout gemaakt"). */
const PAID_EXCUSES: readonly Excuse[] = ['already_paid', 'bank_error'];

export function callOutcomeCode(call: CallOutcomeFacts): CallOutcomeCode {
  switch (call.result) {
    case 'no_answer':
    case 'voicemail':
    case 'wrong_number':
    case 'not_reached':
      return call.result;
  }
  if (call.plan !== undefined) return 'plan';
  if (call.promise !== undefined) return 'promise';
  if (call.complaints.length > 0 || call.result === 'complaint') return 'dispute_raised';
  if (call.excuses.some((e) => PAID_EXCUSES.includes(e))) return 'paid_already';
  if (call.result === 'call_back' || call.tasks.some((t) => t.type === 'call_back')) return 'call_back_agreed';
  if (call.result === 'agreement' || call.result === 'preventive_confirmed') return 'reached_agreement';
  return 'reached_no_agreement';
}

/**
 * Whether the call counts as the schedule's call step (domain/dunning): the debtor was spoken to.
 * Nobody reached is an attempt; the step stays due.
 */
export function callCountsForSchedule(code: CallOutcomeCode): boolean {
  return code !== 'no_answer' && code !== 'voicemail' && code !== 'wrong_number' && code !== 'not_reached';
}
