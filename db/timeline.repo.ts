// A debtor's history in one list, newest first: calls (with the path through the script), letters,
// tasks, complaints, promises, payment plans and payments. Each item carries a text key and data the
// UI renders in Dutch or English (renderer/i18n), e.g. 'timeline.promise.broken' {promisedDate, amountCents}.
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from './client';
import { callSteps, calls, invoices, letters } from './schema';
import { requireDebtor } from './repo-guards';
import { tasksOf, type TaskItem } from './tasks.repo';
import { complaintsOf, type ComplaintItem } from './complaints.repo';
import { promisesOf, type PromiseRow } from './promises.repo';
import { plansOf, type PlanWithInstallments } from './plans.repo';
import { paymentsOf, type PaymentItem } from './payments.repo';
import { todayInAmsterdam, type IsoDate } from '../domain/dates';

export interface TimelineText {
  /** i18n key: 'timeline.<kind>' or 'timeline.<kind>.<status|result|type>'. */
  key: string;
  data: Record<string, string | number | null>;
}

interface Base {
  id: number;
  /** The calendar day the item belongs to (Amsterdam). */
  date: IsoDate;
  /** Orders items of the same day: the call's start, otherwise when it was recorded (UTC). */
  at: string;
  text: TimelineText;
}

export type CallStepItem = { seq: number; step: string; at: string; note: string };
type CallRow = typeof calls.$inferSelect;
type LetterRow = typeof letters.$inferSelect;

export type TimelineItem =
  | (Base & { kind: 'call'; call: CallRow; steps: CallStepItem[] })
  | (Base & { kind: 'letter'; letter: LetterRow })
  | (Base & { kind: 'task'; task: TaskItem })
  | (Base & { kind: 'complaint'; complaint: ComplaintItem })
  | (Base & { kind: 'promise'; promise: PromiseRow })
  | (Base & { kind: 'plan'; plan: PlanWithInstallments })
  | (Base & { kind: 'payment'; payment: PaymentItem });

function callItems(db: Db, debtorId: number): TimelineItem[] {
  const rows = db.select().from(calls).where(eq(calls.debtorId, debtorId)).all();
  const steps = rows.length
    ? db.select().from(callSteps).where(inArray(callSteps.callId, rows.map((c) => c.id))).orderBy(asc(callSteps.seq)).all()
    : [];
  return rows.map((call) => ({
    kind: 'call',
    id: call.id,
    date: todayInAmsterdam(new Date(call.startedAt)), // the Amsterdam day of that moment
    at: new Date(call.startedAt).toISOString(), // comparable with created_at (UTC)
    call,
    steps: steps.filter((s) => s.callId === call.id).map(({ seq, step, at, note }) => ({ seq, step, at, note })),
    text: { key: `timeline.call.${call.result}`, data: { collector: call.collector, durationSeconds: call.durationSeconds } },
  }));
}

function letterItems(db: Db, debtorId: number): TimelineItem[] {
  return db
    .select()
    .from(letters)
    .where(eq(letters.debtorId, debtorId))
    .all()
    .map((letter) => ({
      kind: 'letter',
      id: letter.id,
      date: letter.letterDate,
      at: letter.createdAt,
      letter,
      text: { key: `timeline.letter.${letter.type}`, data: { totalCents: letter.totalCents, termEndsOn: letter.termEndsOn } },
    }));
}

/** Everything that happened with this debtor, newest first. */
export function timeline(db: Db, debtorId: number): TimelineItem[] {
  requireDebtor(db, debtorId);
  const invoiceNumber = new Map(
    db.select({ id: invoices.id, number: invoices.number }).from(invoices).where(eq(invoices.debtorId, debtorId)).all().map((i) => [i.id, i.number]),
  );
  const numbersOf = (ids: (number | null)[]) =>
    [...new Set(ids)].flatMap((id) => (id === null ? [] : [invoiceNumber.get(id) ?? String(id)])).join(', ');
  const items: TimelineItem[] = [
    ...callItems(db, debtorId),
    ...letterItems(db, debtorId),
    ...tasksOf(db, debtorId).map((task): TimelineItem => ({
      kind: 'task',
      id: task.id,
      // A done task belongs to the day it was done; an open one to the day it is due.
      date: task.doneOn ?? task.dueDate,
      at: task.createdAt,
      task,
      text: {
        key: `timeline.task.${task.status}`,
        // The title is a message of its own (task.title): the renderer formats it into this line.
        data: { type: task.type, dueDate: task.dueDate, dueTime: task.dueTime, doneOn: task.doneOn, doneNote: task.doneNote },
      },
    })),
    ...complaintsOf(db, debtorId).map((complaint): TimelineItem => ({
      kind: 'complaint',
      id: complaint.id,
      date: complaint.openedOn,
      at: complaint.createdAt,
      complaint,
      text: {
        key: `timeline.complaint.${complaint.status}`,
        data: {
          description: complaint.description,
          invoices: complaint.invoices.map((i) => i.number).join(', '),
          handler: complaint.handler,
          resolution: complaint.resolution,
          resolvedOn: complaint.resolvedOn,
          customerInformedOn: complaint.customerInformedOn,
        },
      },
    })),
    ...promisesOf(db, debtorId).map((promise): TimelineItem => ({
      kind: 'promise',
      id: promise.id,
      date: promise.madeOn,
      at: promise.createdAt,
      promise,
      text: {
        key: `timeline.promise.${promise.status}`,
        data: { promisedDate: promise.promisedDate, amountCents: promise.amountCents, settledOn: promise.settledOn },
      },
    })),
    ...plansOf(db, debtorId).map((plan): TimelineItem => ({
      kind: 'plan',
      id: plan.id,
      date: plan.agreedOn,
      at: plan.createdAt,
      plan,
      text: {
        key: `timeline.plan.${plan.status}`,
        data: {
          totalCents: plan.totalCents,
          terms: plan.installments.length,
          paidTerms: plan.installments.filter((i) => i.status === 'paid').length,
          lateTerms: plan.installments.filter((i) => i.status === 'late').length,
        },
      },
    })),
    ...paymentsOf(db, debtorId).map((payment): TimelineItem => ({
      kind: 'payment',
      id: payment.id,
      date: payment.receivedOn,
      at: payment.createdAt,
      payment,
      text: {
        key: 'timeline.payment',
        data: {
          amountCents: payment.amountCents,
          description: payment.description,
          invoices: numbersOf(payment.allocations.map((a) => a.invoiceId)),
          unallocatedCents: payment.allocations.filter((a) => a.kind === 'unallocated').reduce((s, a) => s + a.amountCents, 0),
        },
      },
    })),
  ];
  // Within a day, calls go below the rest: what a call produced (promise, task, letter) is recorded after
  // it, whatever the clock of the machine that recorded it said.
  const callsLast = (i: TimelineItem) => (i.kind === 'call' ? 1 : 0);
  return items.sort((a, b) => compareDesc(a.date, b.date) || callsLast(a) - callsLast(b) || compareDesc(a.at, b.at) || b.id - a.id);
}

const compareDesc = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);
