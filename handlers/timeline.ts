// A debtor's history in one list, newest first: calls (with the path through the script), letters,
// tasks, complaints, promises, payment plans and payments. Each item's line is a Message
// (i18n/messages/timeline.ts), rendered in the UI language.
import type { Db } from '../db/client';
import { timelinePage, type TimelineRow } from '../db/timeline.repo';
import { message } from '../domain/message';
import { catalogue } from '../i18n/catalogue';
import { TIMELINE_PAGE_SIZE, type TimelineItem, type TimelinePage, type timelineChannels } from '../ipc/channels/timeline';
import type { HandlerGroup } from './context';
import { requireDebtor } from './guards';

const date = (value: string | null) => (value === null ? null : { date: value });

/** A call's length as the collector reads it on any screen: 4:05. */
function duration(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** An item of the history with its line in the collector's language (as a message). */
function item(row: TimelineRow): TimelineItem {
  const base = { id: row.id, date: row.date, at: row.at };
  switch (row.kind) {
    case 'call': {
      const { steps, ...call } = row.details;
      // The result is free text in the ledger: one the catalogue does not know still gets a line.
      const key = catalogue.has(`timeline.call.${call.result}`) ? `timeline.call.${call.result}` : 'timeline.call.other';
      return { ...base, kind: 'call', call, steps, text: message(key, { duration: duration(call.durationSeconds) }) };
    }
    case 'letter': {
      const letter = row.details;
      return { ...base, kind: 'letter', letter, text: message(`timeline.letter.${letter.type}`, { total: { cents: letter.totalCents }, termEndsOn: date(letter.termEndsOn) }) };
    }
    case 'task': {
      const task = row.details;
      const text = task.closedBy
        ? message('timeline.task.closed_by', { title: { messages: [task.title] }, doneOn: date(task.doneOn), closedBy: { messages: [task.closedBy] } })
        : message(`timeline.task.${task.status}`, { title: { messages: [task.title] }, dueDate: { date: task.dueDate }, doneOn: date(task.doneOn) });
      return { ...base, kind: 'task', task, text };
    }
    case 'step': {
      const s = row.details;
      const invoices = { count: s.invoiceNumbers.length, invoices: { list: s.invoiceNumbers } };
      const skipped = s.skipped === 1;
      return {
        ...base,
        kind: 'step',
        step: { action: s.action, skipped, invoiceNumbers: s.invoiceNumbers, liftedOn: s.liftedOn },
        text:
          s.liftedOn === null
            ? message('timeline.step', { action: s.action, skipped: String(skipped), reached: 'true', ...invoices })
            : message('timeline.delivery_stop_lifted', { lifted: { date: s.liftedOn }, ...invoices }),
      };
    }
    case 'complaint': {
      const complaint = row.details;
      return {
        ...base,
        kind: 'complaint',
        complaint,
        text: message(`timeline.complaint.${complaint.status}`, {
          description: complaint.description,
          invoices: { list: complaint.invoices.map((i) => i.number) },
          invoiceCount: complaint.invoices.length,
          handler: complaint.handler,
          resolution: complaint.resolution,
          resolvedOn: date(complaint.resolvedOn),
        }),
      };
    }
    case 'promise': {
      const promise = row.details;
      return {
        ...base,
        kind: 'promise',
        promise,
        text: message(`timeline.promise.${promise.status}`, { amount: { cents: promise.amountCents }, promisedDate: { date: promise.promisedDate } }),
      };
    }
    case 'plan': {
      const plan = row.details;
      return {
        ...base,
        kind: 'plan',
        plan,
        text: message(`timeline.plan.${plan.status}`, {
          total: { cents: plan.totalCents },
          terms: plan.installments.length,
          paidTerms: plan.installments.filter((i) => i.status === 'paid').length,
          lateTerms: plan.installments.filter((i) => i.status === 'late').length,
        }),
      };
    }
    case 'payment': {
      const { invoiceNumbers, ...payment } = row.details;
      return { ...base, kind: 'payment', payment, invoiceNumbers, text: message('timeline.payment', { amount: { cents: payment.amountCents } }) };
    }
    case 'change': {
      const { changes } = row.details;
      return {
        ...base,
        kind: 'change',
        changes,
        text: message('timeline.debtor.changed', { fields: { messages: changes.map((c) => message(`debtor.field.${c.field}`)) } }),
      };
    }
  }
}

/** A page of everything that happened with this debtor, newest first (ordered and cut in SQL). */
export function timeline(db: Db, debtorId: number, offset = 0, limit = TIMELINE_PAGE_SIZE): TimelinePage {
  const { rows, more } = timelinePage(db, debtorId, offset, limit);
  return { items: rows.map(item), nextOffset: more ? offset + rows.length : null };
}

export const timelineHandlers = {
  'timeline:get': (ctx, { debtorId, offset, limit }) => timeline(ctx.db, requireDebtor(ctx.db, debtorId).id, offset, limit),
} satisfies HandlerGroup<keyof typeof timelineChannels>;
