// Whether a reminder letter fits where the debtor stands (issue 10, item 8): a betalingsherinnering after
// the ingebrekestelling, or an aanmaning during a payment plan, contradicts what the debtor was told.
// The letter may cover the overdue invoices that are not paused and not yet past this letter's stage;
// when there are none, it is refused with the reason. Within an active plan the letter that fits is the
// term reminder, and only while a term is late.
import type { DebtorDunning } from './debtor-rollup';
import { STAGES, type Stage } from './invoice-stage';
import { message, type Message } from '../message';
import { isLetterAction, type LetterAction } from './schedule';
import type { IsoDate } from '../dates';
import type { Cents } from '../money';
import type { DebtorKind } from '../primitives';

export type LetterFit = { ok: true; invoiceIds: number[] } | { ok: false; reason: Message };

const rank = (stage: Stage) => STAGES.indexOf(stage);

export function letterFit(debtor: DebtorDunning, letter: LetterAction): LetterFit {
  if (letter === 'consumer14' && debtor.kind === 'business') return { ok: false, reason: message('dunning.refusal.fourteen_day_letter_for_business') };
  const overdue = debtor.invoices.filter((i) => i.stage !== 'settled' && i.daysPastDue > 0);
  const remindable = overdue.filter((i) => i.interruption === null);
  if (remindable.length === 0) {
    const kinds = new Set(overdue.map((i) => i.interruption!.kind));
    if (kinds.has('plan') || kinds.has('plan_proposed')) return { ok: false, reason: message('dunning.refusal.during_plan') };
    if (kinds.has('complaint')) return { ok: false, reason: message('dunning.refusal.during_complaint') };
    if (kinds.has('promise')) return { ok: false, reason: message('dunning.refusal.during_promise') };
    return { ok: false, reason: message('dunning.refusal.nothing_overdue') };
  }
  const fitting = remindable.filter((i) => rank(i.stage) <= rank(letter));
  if (fitting.length === 0) {
    const stage = remindable.reduce((a, b) => (rank(b.stage) < rank(a.stage) ? b : a)).stage;
    return { ok: false, reason: message('dunning.refusal.behind_stage', { letter, stage }) };
  }
  return { ok: true, invoiceIds: fitting.map((i) => i.invoiceId) };
}

/** A term of an active plan, due before today and not fully paid. */
export interface LateTerm {
  planId: number;
  seq: number;
  dueDate: IsoDate;
  amountCents: Cents;
  paidCents: Cents;
}

/** Where a debtor stands for its letters: the rolled-up schedule (null: nothing overdue) and its plan's late terms. */
export interface LetterStanding {
  kind: DebtorKind;
  dunning: DebtorDunning | null;
  lateTerms: readonly LateTerm[];
}

/** The letters whose fit the stage decides: the schedule's reminders, and the term reminder within a plan. */
export type StageLetter = LetterAction | 'plan_term_reminder';

/**
 * The debtor's own next letter today: a term reminder when a term of its plan is late (the plan pauses
 * the schedule, so it is the agreement to hold the debtor to), else the schedule's letter due today.
 */
export function nextLetter(standing: LetterStanding): { type: StageLetter; invoiceIds: number[]; amountCents: Cents } | null {
  if (standing.lateTerms.length > 0)
    return { type: 'plan_term_reminder', invoiceIds: [], amountCents: standing.lateTerms.reduce((s, t) => s + t.amountCents - t.paidCents, 0) };
  const due = standing.dunning?.actions.find((a) => isLetterAction(a.action));
  return due ? { type: due.action as LetterAction, invoiceIds: due.invoiceIds, amountCents: due.amountCents } : null;
}

/** Whether this letter fits the debtor's stage now; when not, why (in the UI language). */
export function standingFit(standing: LetterStanding, letter: StageLetter): LetterFit {
  if (letter === 'plan_term_reminder')
    return standing.lateTerms.length > 0 ? { ok: true, invoiceIds: [] } : { ok: false, reason: message('dunning.refusal.no_late_term') };
  if (letter === 'consumer14' && standing.kind === 'business') return { ok: false, reason: message('dunning.refusal.fourteen_day_letter_for_business') };
  if (!standing.dunning) return { ok: false, reason: message('dunning.refusal.nothing_overdue') };
  return letterFit(standing.dunning, letter);
}
