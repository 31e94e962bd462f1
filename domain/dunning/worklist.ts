// The collector's day: one list, one line per debtor and kind of action (a call, a letter, a payment to
// check, a delivery stop, the manager, a hand-over), each saying why it is there, ordered by priority.
// Pure: the caller gathers the debtors' rolled-up schedules (debtor-rollup.ts) and the agreements.
//
// - Everything that makes the collector phone a debtor is one call line: a call-back due, a broken
//   promise, a late plan term, the schedule's call, a preventive call. A call-back agreed for a later
//   day defers the other call reasons to it: the debtor was told when we would call.
// - The schedule's call is left out on a day it was already tried without reaching anyone; it is back
//   the next working day. Preventive calls are only proposed on working days.
// - A snoozed line (reason + date) is left out until that date, and listed apart.
// - Order: priority (priority.ts), then the appointment time, the amount, the debtor's name, its id,
//   the kind of action: the same facts always give the same list.
import { z } from 'zod';
import { isIsoDate, type IsoDate } from '../dates';
import { message, type Message } from '../message';
import type { Cents } from '../money';
import { interruptionReason, type DebtorDunning } from './debtor-rollup';
import { dayNumber, workingDays } from './day-number';
import type { IsWorkingDay } from './invoice-stage';
import { priority, type PriorityWeights, type ReasonKind } from './priority';
import { isLetterAction, type LetterAction } from './schedule';

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
    until: z.string().refine(isIsoDate, { message: 'validation.date' }),
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
const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

export function buildWorklist(input: WorklistInput): Worklist {
  const { today, settings } = input;
  const w = settings.weights;
  const todayNumber = dayNumber(today);
  const workingToday = workingDays(input.isWorkingDay)(todayNumber);
  const debtors = new Map(input.debtors.map((d) => [d.id, d]));
  const lines = new Map<string, WorklistLine>();

  const add = (debtorId: number, action: LineAction, reason: Omit<WorklistReason, 'priority'>, extra?: { minutesUntil?: number; at?: string }) => {
    const debtor = debtors.get(debtorId);
    const scored: WorklistReason = {
      ...reason,
      priority: priority(
        { kind: reason.kind, amountCents: reason.amountCents, daysOverdue: reason.daysOverdue, brokenPromises: debtor?.brokenPromises ?? 0, minutesUntilAppointment: extra?.minutesUntil },
        w,
      ),
    };
    const key = `${action}:${debtorId}`;
    const line = lines.get(key);
    if (!line) {
      lines.set(key, {
        key,
        debtorId,
        debtorName: debtor?.name ?? '',
        action,
        reasons: [scored],
        priority: scored.priority,
        at: extra?.at ?? null,
        overdue: scored.overdue,
        amountCents: scored.amountCents,
        daysOverdue: scored.daysOverdue,
        invoiceIds: [...(scored.invoiceIds ?? [])],
      });
      return;
    }
    line.reasons.push(scored);
    line.priority = Math.max(line.priority, scored.priority);
    if (extra?.at && (line.at === null || extra.at < line.at)) line.at = extra.at;
    line.overdue ||= scored.overdue;
    line.amountCents = Math.max(line.amountCents, scored.amountCents);
    line.daysOverdue = Math.max(line.daysOverdue, scored.daysOverdue);
    for (const id of scored.invoiceIds ?? []) if (!line.invoiceIds.includes(id)) line.invoiceIds.push(id);
  };

  // A call-back agreed for a later day: the debtor's other call reasons wait for it.
  const laterCallBack = new Set(input.callBacks.filter((c) => c.dueDate > today).map((c) => c.debtorId));
  const callReason = (debtorId: number) => !laterCallBack.has(debtorId);

  for (const c of input.callBacks) {
    if (c.dueDate > today) continue;
    const dunning = debtors.get(c.debtorId)?.dunning;
    const base = { kind: 'call_back' as const, taskId: c.taskId, amountCents: dunning?.overdueCents ?? 0, daysOverdue: dunning?.daysPastDue ?? 0 };
    const nowMinutes = minutesOf(input.now);
    if (c.dueDate < today)
      add(c.debtorId, 'call', { ...base, overdue: true, message: message('worklist.reason.call_back_missed', { date: { date: c.dueDate } }) }, { minutesUntil: -1 });
    else if (c.dueTime === null) add(c.debtorId, 'call', { ...base, overdue: false, message: message('worklist.reason.call_back') });
    else {
      const minutesUntil = minutesOf(c.dueTime) - nowMinutes;
      const overdue = minutesUntil < 0;
      add(
        c.debtorId,
        'call',
        { ...base, overdue, message: message(overdue ? 'worklist.reason.call_back_late' : 'worklist.reason.call_back_at', { time: { time: c.dueTime } }) },
        { minutesUntil, at: c.dueTime },
      );
    }
  }

  for (const p of input.promises) {
    const owed = Math.max(0, p.amountCents - p.receivedCents);
    if (p.status === 'broken') {
      if (!callReason(p.debtorId)) continue;
      add(p.debtorId, 'call', {
        kind: 'broken_promise',
        promiseId: p.promiseId,
        overdue: true,
        amountCents: owed,
        daysOverdue: Math.max(0, todayNumber - dayNumber(p.promisedDate)),
        message: message('worklist.reason.broken_promise', { date: { date: p.promisedDate }, amount: { cents: p.amountCents }, received: { cents: p.receivedCents } }),
      });
    } else if (p.promisedDate <= today)
      add(p.debtorId, 'check_payment', {
        kind: 'promise_due',
        promiseId: p.promiseId,
        overdue: false,
        amountCents: owed,
        daysOverdue: 0,
        message: message('worklist.reason.promise_due', { date: { date: p.promisedDate }, amount: { cents: p.amountCents }, received: { cents: p.receivedCents } }),
      });
  }

  for (const i of input.lateInstallments) {
    if (!callReason(i.debtorId)) continue;
    const daysLate = Math.max(0, todayNumber - dayNumber(i.dueDate));
    add(i.debtorId, 'call', {
      kind: 'late_installment',
      planId: i.planId,
      installmentId: i.installmentId,
      overdue: true,
      amountCents: i.amountCents - i.paidCents,
      daysOverdue: daysLate,
      message: message('worklist.reason.late_installment', { seq: i.seq, date: { date: i.dueDate }, amount: { cents: i.amountCents - i.paidCents }, days: daysLate }),
    });
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
      const common = { invoiceIds: a.invoiceIds, overdue: a.overdueDays > 0, daysOverdue: d.daysPastDue };
      const params = { count: a.invoiceIds.length, amount: { cents: a.amountCents }, days: d.daysPastDue, late: a.overdueDays };
      if (a.action === 'call') {
        if (!callReason(debtor.id) || a.lastAttemptOn === today) continue;
        add(debtor.id, 'call', {
          ...common,
          kind: 'dunning_call',
          amountCents: d.overdueCents,
          message: message('worklist.reason.dunning_call', { ...params, occurrence: a.occurrence, amount: { cents: d.overdueCents } }),
        });
      } else if (isLetterAction(a.action))
        add(debtor.id, 'letter', { ...common, kind: 'letter', letter: a.action, amountCents: a.amountCents, message: message('worklist.reason.letter', { ...params, letter: a.action }) });
      else if (a.action === 'delivery_stop' || a.action === 'manager' || a.action === 'hand_over')
        add(debtor.id, a.action, { ...common, kind: a.action, amountCents: a.amountCents, message: message(`worklist.reason.${a.action}`, params) });
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
      add(debtorId, 'call', {
        kind: 'preventive_call',
        invoiceIds: invoices.map((i) => i.invoiceId),
        overdue: false,
        amountCents: amount,
        daysOverdue: 0,
        message: message('worklist.reason.preventive_call', { count: invoices.length, amount: { cents: amount }, date: { date: first } }),
      });
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
    paused: paused.sort((a, b) => collator.compare(a.debtorName, b.debtorName) || a.debtorId - b.debtorId),
  };
}

/** Priority, then the appointment time (timed before untimed), amount, name, id, kind of action. */
export function compareLines(a: WorklistLine, b: WorklistLine): number {
  return (
    b.priority - a.priority ||
    (a.at === b.at ? 0 : a.at === null ? 1 : b.at === null ? -1 : a.at < b.at ? -1 : 1) ||
    b.amountCents - a.amountCents ||
    collator.compare(a.debtorName, b.debtorName) ||
    a.debtorId - b.debtorId ||
    LINE_ACTIONS.indexOf(a.action) - LINE_ACTIONS.indexOf(b.action)
  );
}
