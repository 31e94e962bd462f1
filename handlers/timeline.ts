// A debtor's history in one list, newest first: calls (with the path through the script), letters,
// tasks, complaints, promises, payment plans and payments. Each item's line is a Message
// (i18n/messages/timeline.ts), rendered in the UI language.
import type { Db } from '../db/client';
import { callsOf, stepsOfCalls } from '../db/calls.repo';
import { letterRowsOf } from '../db/letters.repo';
import { tasksOf } from '../db/tasks.repo';
import { complaintsOf } from '../db/complaints.repo';
import { promisesOf } from '../db/promises.repo';
import { plansOf } from '../db/plans.repo';
import { paymentsOf } from '../db/payments.repo';
import { invoiceNumbersOf } from '../db/invoices.repo';
import { stepGroupsOf } from '../db/invoice-steps.repo';
import { debtorChangesOf } from '../db/debtors.repo';
import { todayInAmsterdam } from '../domain/dates';
import { message } from '../domain/message';
import { catalogue } from '../i18n/catalogue';
import type { TimelineItem, timelineChannels } from '../ipc/channels/timeline';
import type { HandlerGroup } from './context';
import { requireDebtor } from './guards';

const date = (value: string | null) => (value === null ? null : { date: value });

/** A call's length as the collector reads it on any screen: 4:05. */
function duration(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

function callItems(db: Db, debtorId: number): TimelineItem[] {
  const rows = callsOf(db, debtorId);
  const steps = stepsOfCalls(db, rows.map((c) => c.id));
  return rows.map((call) => {
    // The result is free text in the ledger: one the catalogue does not know still gets a line.
    const key = catalogue.has(`timeline.call.${call.result}`) ? `timeline.call.${call.result}` : 'timeline.call.other';
    return {
      kind: 'call',
      id: call.id,
      date: todayInAmsterdam(new Date(call.startedAt)), // the Amsterdam day of that moment
      at: new Date(call.startedAt).toISOString(), // comparable with created_at (UTC)
      call,
      steps: steps.filter((s) => s.callId === call.id).map(({ seq, step, at, note }) => ({ seq, step, at, note })),
      text: message(key, { duration: duration(call.durationSeconds) }),
    };
  });
}

/** Everything that happened with this debtor, newest first. */
export function timeline(db: Db, debtorId: number): TimelineItem[] {
  const invoiceNumber = invoiceNumbersOf(db, debtorId);
  const numbersOf = (ids: (number | null)[]) => [...new Set(ids)].flatMap((id) => (id === null ? [] : [invoiceNumber.get(id) ?? String(id)]));
  const items: TimelineItem[] = [
    ...callItems(db, debtorId),
    ...letterRowsOf(db, debtorId).map((letter): TimelineItem => ({
      kind: 'letter',
      id: letter.id,
      date: letter.letterDate,
      at: letter.createdAt,
      letter,
      text: message(`timeline.letter.${letter.type}`, { total: { cents: letter.totalCents }, termEndsOn: date(letter.termEndsOn) }),
    })),
    ...tasksOf(db, debtorId).map((task): TimelineItem => ({
      kind: 'task',
      id: task.id,
      // A done task belongs to the day it was done; an open one to the day it is due.
      date: task.doneOn ?? task.dueDate,
      at: task.createdAt,
      task,
      text: task.closedBy
        ? message('timeline.task.closed_by', { title: { messages: [task.title] }, doneOn: date(task.doneOn), closedBy: { messages: [task.closedBy] } })
        : message(`timeline.task.${task.status}`, { title: { messages: [task.title] }, dueDate: { date: task.dueDate }, doneOn: date(task.doneOn) }),
    })),
    // Letters and calls are items of their own; the other steps of the schedule are shown here.
    ...stepGroupsOf(db, debtorId)
      .filter((s) => s.letterId === null && s.callId === null)
      .map((s): TimelineItem => {
        const invoices = { count: s.invoiceNumbers.length, invoices: { list: s.invoiceNumbers } };
        return {
          kind: 'step',
          id: s.id,
          date: s.doneOn,
          at: s.createdAt,
          step: { action: s.action, skipped: s.skipped, invoiceNumbers: s.invoiceNumbers, liftedOn: s.liftedOn },
          text:
            s.liftedOn === null
              ? message('timeline.step', { action: s.action, skipped: String(s.skipped), reached: 'true', ...invoices })
              : message('timeline.delivery_stop_lifted', { lifted: { date: s.liftedOn }, ...invoices }),
        };
      }),
    ...complaintsOf(db, debtorId).map((complaint): TimelineItem => ({
      kind: 'complaint',
      id: complaint.id,
      date: complaint.openedOn,
      at: complaint.createdAt,
      complaint,
      text: message(`timeline.complaint.${complaint.status}`, {
        description: complaint.description,
        invoices: { list: complaint.invoices.map((i) => i.number) },
        invoiceCount: complaint.invoices.length,
        handler: complaint.handler,
        resolution: complaint.resolution,
        resolvedOn: date(complaint.resolvedOn),
      }),
    })),
    ...promisesOf(db, debtorId).map((promise): TimelineItem => ({
      kind: 'promise',
      id: promise.id,
      date: promise.madeOn,
      at: promise.createdAt,
      promise,
      text: message(`timeline.promise.${promise.status}`, { amount: { cents: promise.amountCents }, promisedDate: { date: promise.promisedDate } }),
    })),
    ...plansOf(db, debtorId).map((plan): TimelineItem => ({
      kind: 'plan',
      id: plan.id,
      date: plan.agreedOn,
      at: plan.createdAt,
      plan,
      text: message(`timeline.plan.${plan.status}`, {
        total: { cents: plan.totalCents },
        terms: plan.installments.length,
        paidTerms: plan.installments.filter((i) => i.status === 'paid').length,
        lateTerms: plan.installments.filter((i) => i.status === 'late').length,
      }),
    })),
    ...paymentsOf(db, debtorId).map((payment): TimelineItem => ({
      kind: 'payment',
      id: payment.id,
      date: payment.receivedOn,
      at: payment.createdAt,
      payment,
      invoiceNumbers: numbersOf(payment.allocations.map((a) => a.invoiceId)),
      text: message('timeline.payment', { amount: { cents: payment.amountCents } }),
    })),
    ...debtorChangesOf(db, debtorId).map((change): TimelineItem => ({
      kind: 'change',
      id: change.id,
      date: change.changedOn,
      at: change.createdAt,
      changes: change.changes,
      text: message('timeline.debtor.changed', { fields: { messages: change.changes.map((c) => message(`debtor.field.${c.field}`)) } }),
    })),
  ];
  // Within a day, calls go below the rest: what a call produced (promise, task, letter) is recorded after
  // it, whatever the clock of the machine that recorded it said.
  const callsLast = (i: TimelineItem) => (i.kind === 'call' ? 1 : 0);
  return items.sort((a, b) => compareDesc(a.date, b.date) || callsLast(a) - callsLast(b) || compareDesc(a.at, b.at) || b.id - a.id);
}

const compareDesc = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

export const timelineHandlers = {
  'timeline:get': (ctx, { debtorId }) => timeline(ctx.db, requireDebtor(ctx.db, debtorId).id),
} satisfies HandlerGroup<keyof typeof timelineChannels>;
