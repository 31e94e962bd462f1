// Whether a reminder letter fits where the debtor stands (issue 10, item 8): a betalingsherinnering after
// the ingebrekestelling, or an aanmaning during a payment plan, contradicts what the debtor was told.
// The letter may cover the overdue invoices that are not paused and not yet past this letter's stage;
// when there are none, it is refused with the reason.
import type { DebtorDunning } from './debtor-rollup';
import { STAGES, type Stage } from './invoice-stage';
import { message, type Message } from '../message';
import type { LetterAction } from './schedule';

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
