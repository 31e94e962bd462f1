// The collector's day: one list, one line per debtor and kind of action (a call, a letter, a payment to
// check, a delivery stop, the manager, a hand-over), each saying why it is there, ordered by priority.
// Pure: the caller gathers the debtors' rolled-up schedules (debtor-rollup.ts) and the agreements.
//
// - Everything that makes the collector phone a debtor is one call line: a call-back due, a broken
//   promise, a late plan term, the schedule's call, a preventive call. A call-back agreed for a later
//   day defers the other call reasons to it: the debtor was told when we would call.
// - The schedule's call is left out on a day it was already tried without reaching anyone; it is back
//   the next working day. The schedule's calls and preventive calls are only proposed on the office's
//   working days (agreements — a call-back, a broken promise, a late term — are listed any day).
// - A snoozed line (reason + date) is left out until that date, and listed apart.
// - Order: priority (priority.ts), then the appointment time, the amount, the debtor's name, its id,
//   the kind of action: the same facts always give the same list.
import { z } from 'zod';
import type { IsoDate } from '../dates';
import { IsoDate as IsoDateSchema } from '../primitives';
import { message, type Message } from '../message';
import type { Cents } from '../money';
import { interruptionReason, type DebtorDunning } from './debtor-rollup';
import { dayNumber, workingDays } from './day-number';
import type { IsWorkingDay } from './invoice-stage';
import { priority, type PriorityWeights, type ReasonKind } from './priority';
import { isLetterAction, type LetterAction } from './schedule';
import { nameCollator } from '../name-order';

/** Seed 004: the preventive call comes 5 to 15 days before the due date. */
export const PREVENTIVE_WINDOW = { fromDays: 5, toDays: 15 } as const;

export interface WorklistDebtor {
  id: number;
  name: string;
  /** Promises the debtor broke and has not made good since (a payment clears them). */
  brokenPromises: number;
  /** The rolled-up schedule; null for a debtor with nothing overdue. */
  dunning: DebtorDunning | null;
}

export interface CallBackInput {
  taskId: number;
  debtorId: number;
  dueDate: IsoDate;
  dueTime: string | null;
}

export interface PromiseInput {
  promiseId: number;
  debtorId: number;
  promisedDate: IsoDate;
  amountCents: Cents;
  receivedCents: Cents;
  status: 'pending' | 'broken';
}

export interface LateInstallmentInput {
  planId: number;
  installmentId: number;
  debtorId: number;
  seq: number;
  dueDate: IsoDate;
  amountCents: Cents;
  paidCents: Cents;
}

export interface PreventiveInput {
  debtorId: number;
  invoiceId: number;
  dueDate: IsoDate;
  openCents: Cents;
  /** When a preventive call about this invoice was made, if one was. */
  calledOn: IsoDate | null;
}

export const LINE_ACTIONS = ['call', 'check_payment', 'hand_over', 'manager', 'letter', 'delivery_stop'] as const;
export type LineAction = (typeof LINE_ACTIONS)[number];

export const Snooze = z
  .object({
    /** The line's key (`call:12`, `letter:12`, …). */
    key: z.string().min(1),
    until: IsoDateSchema,
    reason: z.string().trim().min(1, { message: 'validation.worklist.snooze_reason' }),
  })
  .strict();
export type Snooze = z.infer<typeof Snooze>;

/** A snooze must end on a later day than today (a snooze until today changes nothing). */
export function snoozeIssue(snooze: Snooze, today: IsoDate): { path: string[]; message: Message } | null {
  return snooze.until > today ? null : { path: ['until'], message: message('validation.worklist.snooze_until_after_today', { today: { date: today } }) };
}

export interface WorklistSettings {
  weights: PriorityWeights;
  /** Preventive calls only for invoices of at least this amount (seed 004: "facturen met een aanzienlijke waarde"). */
  preventiveMinimumCents: Cents;
}

export interface WorklistInput {
  today: IsoDate;
  /** The time now, 'HH:MM' in Amsterdam. */
  now: string;
  isWorkingDay: IsWorkingDay;
  settings: WorklistSettings;
  debtors: readonly WorklistDebtor[];
  /** Open call-back tasks, any date. */
  callBacks: readonly CallBackInput[];
  /** Pending promises due today or earlier, and broken promises not made good. */
  promises: readonly PromiseInput[];
  /** Late installments of active plans. */
  lateInstallments: readonly LateInstallmentInput[];
  /** Open invoices not yet due (the window is applied here). */
  preventive: readonly PreventiveInput[];
  snoozes: readonly Snooze[];
}

export interface WorklistReason {
  kind: ReasonKind;
  message: Message;
  priority: number;
  overdue: boolean;
  amountCents: Cents;
  daysOverdue: number;
  taskId?: number;
  promiseId?: number;
  planId?: number;
  installmentId?: number;
  invoiceIds?: number[];
  letter?: LetterAction;
}

export interface WorklistLine {
  key: string;
  debtorId: number;
  debtorName: string;
  action: LineAction;
  /** Most urgent first. */
  reasons: WorklistReason[];
  priority: number;
  /** Today's appointment time, for a call-back. */
  at: string | null;
  overdue: boolean;
  amountCents: Cents;
  daysOverdue: number;
  invoiceIds: number[];
}

export interface Worklist {
  lines: WorklistLine[];
  snoozed: { line: WorklistLine; snooze: Snooze }[];
  /** Debtors with overdue invoices and nothing to do today because every one is paused or held. */
  paused: { debtorId: number; debtorName: string; overdueCents: Cents; reasons: Message[] }[];
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

export function buildWorklist(input: WorklistInput): Worklist {
  const { today, settings } = input;
  const w = settings.weights;
  const todayNumber = dayNumber(today);
  const workingToday = workingDays(input.isWorkingDay)(todayNumber);
  const debtors = new Map(input.debtors.map((d) => [d.id, d]));
  const lines = new Map<string, WorklistLine>();

  /** Scores the reason and adds it to the debtor's line for that action. */
  const add = (debtorId: number, action: LineAction, reason: WorklistReason, appointment?: { minutesUntil: number; at?: string }) => {
    const debtor = debtors.get(debtorId);
    reason.priority = priority(
      {
        kind: reason.kind,
        amountCents: reason.amountCents,
        daysOverdue: reason.daysOverdue,
        brokenPromises: debtor?.brokenPromises ?? 0,
        minutesUntilAppointment: appointment?.minutesUntil,
      },
      w,
    );
    const key = `${action}:${debtorId}`;
    const line = lines.get(key);
    if (!line) {
      lines.set(key, {
        key,
        debtorId,
        debtorName: debtor?.name ?? '',
        action,
        reasons: [reason],
        priority: reason.priority,
        at: appointment?.at ?? null,
        overdue: reason.overdue,
        amountCents: reason.amountCents,
        daysOverdue: reason.daysOverdue,
        invoiceIds: reason.invoiceIds ? [...reason.invoiceIds] : [],
      });
      return;
    }
    line.reasons.push(reason);
    line.priority = Math.max(line.priority, reason.priority);
    if (appointment?.at && (line.at === null || appointment.at < line.at)) line.at = appointment.at;
    line.overdue ||= reason.overdue;
    line.amountCents = Math.max(line.amountCents, reason.amountCents);
    line.daysOverdue = Math.max(line.daysOverdue, reason.daysOverdue);
    for (const id of reason.invoiceIds ?? []) if (!line.invoiceIds.includes(id)) line.invoiceIds.push(id);
  };
  /** A reason before it is scored. */
  const reason = (kind: ReasonKind, msg: Message, amountCents: Cents, daysOverdue: number, overdue: boolean, refs?: Partial<WorklistReason>): WorklistReason => {
    const r: WorklistReason = { kind, message: msg, priority: 0, overdue, amountCents, daysOverdue };
    return refs ? Object.assign(r, refs) : r;
  };

  // A call-back agreed for a later day: the debtor's other call reasons wait for it.
  const laterCallBack = new Set(input.callBacks.filter((c) => c.dueDate > today).map((c) => c.debtorId));
  const callReason = (debtorId: number) => !laterCallBack.has(debtorId);

  const nowMinutes = minutesOf(input.now);
  for (const c of input.callBacks) {
    if (c.dueDate > today) continue;
    const dunning = debtors.get(c.debtorId)?.dunning;
    const amount = dunning?.overdueCents ?? 0;
    const days = dunning?.daysPastDue ?? 0;
    const refs = { taskId: c.taskId };
    if (c.dueDate < today)
      add(c.debtorId, 'call', reason('call_back', message('worklist.reason.call_back_missed', { date: { date: c.dueDate } }), amount, days, true, refs), { minutesUntil: -1 });
    else if (c.dueTime === null) add(c.debtorId, 'call', reason('call_back', message('worklist.reason.call_back'), amount, days, false, refs));
    else {
      const minutesUntil = minutesOf(c.dueTime) - nowMinutes;
      const late = minutesUntil < 0;
      const msg = message(late ? 'worklist.reason.call_back_late' : 'worklist.reason.call_back_at', { time: { time: c.dueTime } });
      add(c.debtorId, 'call', reason('call_back', msg, amount, days, late, refs), { minutesUntil, at: c.dueTime });
    }
  }

  for (const p of input.promises) {
    const owed = Math.max(0, p.amountCents - p.receivedCents);
    const params = { date: { date: p.promisedDate }, amount: { cents: p.amountCents }, received: { cents: p.receivedCents } };
    if (p.status === 'broken') {
      if (!callReason(p.debtorId)) continue;
      const days = Math.max(0, todayNumber - dayNumber(p.promisedDate));
      add(p.debtorId, 'call', reason('broken_promise', message('worklist.reason.broken_promise', params), owed, days, true, { promiseId: p.promiseId }));
    } else if (p.promisedDate <= today)
      add(p.debtorId, 'check_payment', reason('promise_due', message('worklist.reason.promise_due', params), owed, 0, false, { promiseId: p.promiseId }));
  }

  for (const i of input.lateInstallments) {
    if (!callReason(i.debtorId)) continue;
    const daysLate = Math.max(0, todayNumber - dayNumber(i.dueDate));
    const owed = i.amountCents - i.paidCents;
    const msg = message('worklist.reason.late_installment', { seq: i.seq, date: { date: i.dueDate }, amount: { cents: owed }, days: daysLate });
    add(i.debtorId, 'call', reason('late_installment', msg, owed, daysLate, true, { planId: i.planId, installmentId: i.installmentId }));
  }

  const paused: Worklist['paused'] = [];
  for (const debtor of input.debtors) {
    const d = debtor.dunning;
    if (!d) continue;
    if (d.actions.length === 0 && d.paused.length > 0) {
      // One reason per pause: three invoices under one plan say it once.
      const reasons = [...new Map(d.paused.map((p) => interruptionReason(p.interruption)).map((m) => [JSON.stringify(m), m])).values()];
      paused.push({ debtorId: debtor.id, debtorName: debtor.name, overdueCents: d.overdueCents, reasons });
    }
    for (const a of d.actions) {
      const overdue = a.overdueDays > 0;
      const count = a.invoiceIds.length;
      if (a.action === 'call') {
        if (!workingToday || !callReason(debtor.id) || a.lastAttemptOn === today) continue;
        const msg = message('worklist.reason.dunning_call', { occurrence: a.occurrence, count, amount: { cents: d.overdueCents }, days: d.daysPastDue, late: a.overdueDays });
        add(debtor.id, 'call', reason('dunning_call', msg, d.overdueCents, d.daysPastDue, overdue, { invoiceIds: a.invoiceIds }));
      } else if (isLetterAction(a.action)) {
        const msg = message('worklist.reason.letter', { letter: a.action, count, amount: { cents: a.amountCents }, days: d.daysPastDue, late: a.overdueDays });
        add(debtor.id, 'letter', reason('letter', msg, a.amountCents, d.daysPastDue, overdue, { invoiceIds: a.invoiceIds, letter: a.action }));
      } else if (a.action === 'delivery_stop' || a.action === 'manager' || a.action === 'hand_over') {
        const msg = message(`worklist.reason.${a.action}`, { count, amount: { cents: a.amountCents }, days: d.daysPastDue, late: a.overdueDays });
        add(debtor.id, a.action, reason(a.action, msg, a.amountCents, d.daysPastDue, overdue, { invoiceIds: a.invoiceIds }));
      }
    }
  }

  if (workingToday) {
    const window = new Map<number, PreventiveInput[]>();
    for (const p of input.preventive) {
      const daysUntil = dayNumber(p.dueDate) - todayNumber;
      if (p.calledOn !== null || p.openCents < settings.preventiveMinimumCents) continue;
      if (daysUntil < PREVENTIVE_WINDOW.fromDays || daysUntil > PREVENTIVE_WINDOW.toDays) continue;
      window.set(p.debtorId, [...(window.get(p.debtorId) ?? []), p]);
    }
    for (const [debtorId, invoices] of window) {
      if (!callReason(debtorId)) continue;
      const amount = invoices.reduce((sum, i) => sum + i.openCents, 0);
      const first = invoices.reduce((a, b) => (b.dueDate < a.dueDate ? b : a)).dueDate;
      const msg = message('worklist.reason.preventive_call', { count: invoices.length, amount: { cents: amount }, date: { date: first } });
      add(debtorId, 'call', reason('preventive_call', msg, amount, 0, false, { invoiceIds: invoices.map((i) => i.invoiceId) }));
    }
  }

  const snoozes = new Map<string, Snooze>();
  for (const s of input.snoozes) if (s.until > today) snoozes.set(s.key, s);
  const all = [...lines.values()];
  for (const line of all) line.reasons.sort((a, b) => b.priority - a.priority || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
  all.sort(compareLines);
  return {
    lines: all.filter((l) => !snoozes.has(l.key)),
    snoozed: all.filter((l) => snoozes.has(l.key)).map((line) => ({ line, snooze: snoozes.get(line.key)! })),
    paused: paused.sort((a, b) => nameCollator.compare(a.debtorName, b.debtorName) || a.debtorId - b.debtorId),
  };
}

/** Priority, then the appointment time (timed before untimed), amount, name, id, kind of action. */
export function compareLines(a: WorklistLine, b: WorklistLine): number {
  return (
    b.priority - a.priority ||
    (a.at === b.at ? 0 : a.at === null ? 1 : b.at === null ? -1 : a.at < b.at ? -1 : 1) ||
    b.amountCents - a.amountCents ||
    nameCollator.compare(a.debtorName, b.debtorName) ||
    a.debtorId - b.debtorId ||
    LINE_ACTIONS.indexOf(a.action) - LINE_ACTIONS.indexOf(b.action)
  );
}
