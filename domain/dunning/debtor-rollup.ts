// A debtor's invoices rolled up into what the collector does today: one letter, one call, and the
// debtor-wide steps (delivery stop, manager, hand-over), each naming the invoices it covers.
//
// Letters: a debtor gets one reminder letter a day, not one per invoice. Its type is the most advanced
// letter due on any of its invoices; it covers every invoice with a letter due, at that letter's stage
// or below — an invoice that only needed a betalingsherinnering is swept into the aanmaning (and is at
// the aanmaning's stage after it). The one exception is the law's: a consumer invoice that still needs
// its 14-dagenbrief cannot be swept into a letter past it (no costs without that letter's own term);
// it waits for a letter of its own, on the next day the debtor has no other letter. Invoices not yet
// due for a letter are not in it (the letter composer may list them as "also open").
// Calls: one call covers every invoice with a call step due; it is the highest call step due (the
// "2nd call" when one invoice is at its second and another at its first). Paused and held invoices
// take part in nothing; they are listed with what pauses them, so every overdue debtor is on the
// worklist or shown as paused with a reason.
import type { IsoDate } from '../dates';
import type { DebtorKind } from '../primitives';
import { message, type Message } from '../message';
import type { Cents } from '../money';
import { invoiceStanding, STAGES, type ActiveInterruption, type InvoiceInput, type InvoiceStanding, type IsWorkingDay, type Stage, type StepState } from './invoice-stage';
import { isLetterAction, isRequiredAction, ladderRank, type DunningAction, type DunningStep, type LetterAction } from './schedule';

export interface DebtorInput {
  debtorId: number;
  kind: DebtorKind;
  /** The debtor's open invoices (paid ones may be left out). */
  invoices: readonly InvoiceInput[];
}

export interface RollupContext {
  today: IsoDate;
  schedules: Readonly<Record<DebtorKind, readonly DunningStep[]>>;
  isWorkingDay: IsWorkingDay;
}

/** What a debtor-wide action covers. */
export interface DebtorAction {
  /** The step: a letter type (reminder1 …), 'call', 'delivery_stop', 'manager' or 'hand_over'. */
  action: DunningAction;
  invoiceIds: number[];
  amountCents: Cents;
  /** The earliest day one of its steps was asked. */
  askOn: IsoDate;
  /** The most any of its steps is overdue (schedule days). */
  overdueDays: number;
  /** Calls: which call of the schedule (the highest due); 1 otherwise. */
  occurrence: number;
  /** Calls: the last attempt that reached nobody, while these steps were due. */
  lastAttemptOn: IsoDate | null;
}

export interface BlockedAction {
  action: DunningAction;
  invoiceIds: number[];
  /** The first day it may be taken, when known. */
  until: IsoDate | null;
  reason: Message;
}

export interface DebtorDunning {
  debtorId: number;
  kind: DebtorKind;
  invoices: InvoiceStanding[];
  /** The most advanced stage of the debtor's open invoices past their due date ('current' if none is). */
  stage: Stage;
  overdueCents: Cents;
  /** The most calendar days any open invoice is past its due date. */
  daysPastDue: number;
  /** Today's actions, most serious first: hand-over, manager, letter, delivery stop, call. */
  actions: DebtorAction[];
  blocked: BlockedAction[];
  /** Open invoices past due that a pause or a hold keeps out of today's actions. */
  paused: { invoiceId: number; interruption: ActiveInterruption }[];
  /** When nothing is due: the next step and its day. */
  next: { action: DunningAction; on: IsoDate; invoiceIds: number[] } | null;
}

const STAGE_RANK = new Map(STAGES.map((s, i) => [s, i]));
const ACTION_ORDER: readonly DunningAction[] = ['hand_over', 'manager', 'reminder3', 'consumer14', 'reminder2', 'reminder1', 'delivery_stop', 'call'];

export function rollUpDebtor(debtor: DebtorInput, ctx: RollupContext): DebtorDunning {
  const schedule = ctx.schedules[debtor.kind];
  const evaluation = { today: ctx.today, kind: debtor.kind, schedule, isWorkingDay: ctx.isWorkingDay };
  const invoices = debtor.invoices.map((invoice) => invoiceStanding(invoice, evaluation));
  const open = invoices.filter((i) => i.stage !== 'settled');
  const pastDue = open.filter((i) => i.daysPastDue > 0);
  let stage: Stage = open.length ? 'current' : 'settled';
  for (const i of pastDue) if (STAGE_RANK.get(i.stage)! > STAGE_RANK.get(stage)!) stage = i.stage;

  const actions: DebtorAction[] = [];
  const letter = debtorLetter(open, schedule, debtor.kind);
  if (letter) actions.push(letter);
  // The debtor-wide steps: each invoice's latest due step of that action.
  const byAction = new Map<DunningAction, { invoice: InvoiceStanding; step: StepState }[]>();
  for (const invoice of open) {
    const latest = new Map<DunningAction, StepState>();
    for (const step of invoice.due) if (!isLetterAction(step.action)) latest.set(step.action, step);
    for (const [action, step] of latest) {
      const covered = byAction.get(action);
      if (covered) covered.push({ invoice, step });
      else byAction.set(action, [{ invoice, step }]);
    }
  }
  for (const [action, covered] of byAction) actions.push(actionOver(action, covered));
  actions.sort((a, b) => ACTION_ORDER.indexOf(a.action) - ACTION_ORDER.indexOf(b.action));

  const blocked = new Map<DunningAction, BlockedAction>();
  for (const invoice of open)
    for (const s of invoice.blocked) {
      const b = blocked.get(s.action);
      if (b) b.invoiceIds.push(invoice.invoiceId);
      else blocked.set(s.action, { action: s.action, invoiceIds: [invoice.invoiceId], until: s.blocked!.until, reason: s.blocked!.reason });
    }

  let next: DebtorDunning['next'] = null;
  if (actions.length === 0) {
    const upcoming = open
      .map((invoice) => ({ invoiceId: invoice.invoiceId, step: invoice.next }))
      .filter((u): u is { invoiceId: number; step: StepState & { askOn: IsoDate } } => u.step?.status === 'upcoming' && u.step.askOn !== null)
      .sort((a, b) => (a.step.askOn < b.step.askOn ? -1 : a.step.askOn > b.step.askOn ? 1 : ACTION_ORDER.indexOf(a.step.action) - ACTION_ORDER.indexOf(b.step.action)));
    const first = upcoming[0];
    if (first)
      next = {
        action: first.step.action,
        on: first.step.askOn,
        invoiceIds: upcoming.filter((u) => u.step.askOn === first.step.askOn && u.step.action === first.step.action).map((u) => u.invoiceId),
      };
  }

  return {
    debtorId: debtor.debtorId,
    kind: debtor.kind,
    invoices,
    stage,
    overdueCents: pastDue.reduce((sum, i) => sum + i.openCents, 0),
    daysPastDue: pastDue.reduce((max, i) => Math.max(max, i.daysPastDue), 0),
    actions,
    blocked: [...blocked.values()],
    paused: pastDue.filter((i) => i.interruption !== null).map((i) => ({ invoiceId: i.invoiceId, interruption: i.interruption! })),
    next,
  };
}

function actionOver(action: DunningAction, covered: readonly { invoice: InvoiceStanding; step: StepState }[]): DebtorAction {
  let askOn = covered[0]!.step.askOn!;
  let lastAttemptOn: IsoDate | null = null;
  for (const { step } of covered) {
    if (step.askOn! < askOn) askOn = step.askOn!;
    if (step.attempts && (!lastAttemptOn || step.attempts.lastOn > lastAttemptOn)) lastAttemptOn = step.attempts.lastOn;
  }
  return {
    action,
    invoiceIds: covered.map((c) => c.invoice.invoiceId),
    amountCents: covered.reduce((sum, c) => sum + c.invoice.openCents, 0),
    askOn,
    overdueDays: Math.max(...covered.map((c) => c.step.overdueDays)),
    occurrence: Math.max(...covered.map((c) => c.step.occurrence)),
    lastAttemptOn,
  };
}

/** The debtor's one letter today (see the header), or undefined. */
function debtorLetter(open: readonly InvoiceStanding[], schedule: readonly DunningStep[], kind: DebtorKind): DebtorAction | undefined {
  // Each invoice's most advanced letter due, and the most advanced of those: the letter's type.
  const withLetter: { invoice: InvoiceStanding; step: StepState; rank: number }[] = [];
  let type: LetterAction | undefined;
  for (const invoice of open) {
    let best: { step: StepState; rank: number } | undefined;
    for (const step of invoice.due) if (isLetterAction(step.action) && (!best || ladderRank(step.action) > best.rank)) best = { step, rank: ladderRank(step.action) };
    if (!best) continue;
    withLetter.push({ invoice, ...best });
    if (!type || best.rank > ladderRank(type)) type = best.step.action as LetterAction;
  }
  if (!type) return undefined;
  const typeRank = ladderRank(type);
  // Required letters between an invoice's own letter and this one, which the letter may not stand in for.
  const required = schedule.map((s) => s.action).filter((a): a is LetterAction => isLetterAction(a) && isRequiredAction(a) && (a !== 'consumer14' || kind === 'consumer'));
  const covered = withLetter.filter(({ invoice, rank }) => !required.some((r) => ladderRank(r) >= rank && ladderRank(r) < typeRank && !invoice.done.includes(r)));
  return actionOver(type, covered);
}

/** Why a paused or held invoice takes part in nothing today, for the worklist and the debtor file. */
export function interruptionReason(interruption: ActiveInterruption): Message {
  const since = { date: interruption.since };
  switch (interruption.kind) {
    case 'complaint':
      return message('dunning.paused.complaint', { since });
    case 'plan':
      return message('dunning.paused.plan', { since });
    case 'plan_proposed':
      return message('dunning.held.plan_proposed', { since });
    case 'promise':
      return message('dunning.held.promise', { until: { date: interruption.until ?? interruption.since } });
  }
}
