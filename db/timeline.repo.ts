// A debtor's history as one list, a page at a time, in one statement: every call, letter, task, step of
// the dunning schedule (outside a letter or call), complaint, promise, plan, payment and change of the
// debtor's details, ordered newest first in SQL; what each item says (a call's path, a plan's terms, a
// payment's invoices) is read for the rows of the page only. The texts are the handler's (handlers/timeline.ts).
import type { Db } from './client';
import { preparedSql } from './prepared';
import type { Message } from '../domain/message';
import type { TaskType } from '../domain/call-outcome';
import type { LetterType } from '../domain/letters/model';
import type { DunningAction } from '../domain/dunning/schedule';
import type { CallOutcomeCode } from '../domain/call-outcome-code';
import type { TaskStatus } from '../domain/lifecycle/task';
import type { ComplaintStatus } from '../domain/lifecycle/complaint';
import type { PromiseStatus } from '../domain/lifecycle/promise';
import type { PlanStatus } from '../domain/lifecycle/plan';
import type { InstallmentStatus } from '../domain/lifecycle/installment';
import type { ALLOCATION_KINDS } from '../domain/lifecycle/allocation';

// The key of each item: its kind, its id, the Amsterdam day it belongs to and the moment that orders a
// day (a call's start in UTC, otherwise when it was recorded). `source` keeps items of different kinds
// that agree on all of these in one order (they were listed kind by kind before).
const ITEMS = `
  SELECT 'call' AS kind, 0 AS source, c.id, amsterdam_day(c.started_at) AS date, strftime('%Y-%m-%dT%H:%M:%fZ', c.started_at) AS at, NULL AS data
    FROM calls c WHERE c.debtor_id = +@debtorId
  UNION ALL SELECT 'letter', 1, l.id, l.letter_date, l.created_at, NULL FROM letters l WHERE l.debtor_id = +@debtorId
  -- A done task belongs to the day it was done; an open one to the day it is due.
  UNION ALL SELECT 'task', 2, t.id, COALESCE(t.done_on, t.due_date), t.created_at, NULL FROM tasks t WHERE t.debtor_id = +@debtorId
  -- Letters and calls are items of their own; the other steps of the schedule are one item per step taken (its invoices together).
  UNION ALL SELECT 'step', 3, MIN(s.id), s.done_on, MIN(s.created_at),
      json_object('action', s.action, 'skipped', s.skipped, 'liftedOn', MAX(s.lifted_on), 'invoiceNumbers', json_group_array(i.number ORDER BY s.id))
    -- From the debtor's invoices (CROSS JOIN keeps that order; + keeps the step indexes on letter and call out of it).
    FROM invoices i CROSS JOIN invoice_steps s ON s.invoice_id = i.id
    WHERE i.debtor_id = +@debtorId AND +s.letter_id IS NULL AND +s.call_id IS NULL
    GROUP BY s.action, s.done_on, s.skipped
  UNION ALL SELECT 'complaint', 4, c.id, c.opened_on, c.created_at, NULL FROM complaints c WHERE c.debtor_id = +@debtorId
  UNION ALL SELECT 'promise', 5, p.id, p.made_on, p.created_at, NULL FROM promises p WHERE p.debtor_id = +@debtorId
  UNION ALL SELECT 'plan', 6, p.id, p.agreed_on, p.created_at, NULL FROM payment_plans p WHERE p.debtor_id = +@debtorId
  UNION ALL SELECT 'payment', 7, p.id, p.received_on, p.created_at, NULL FROM payments p WHERE p.debtor_id = +@debtorId
  UNION ALL SELECT 'change', 8, ch.id, ch.changed_on, ch.created_at, NULL FROM debtor_changes ch WHERE ch.debtor_id = +@debtorId`;

// Newest day first; within a day calls go below the rest (what a call produced — a promise, a task, a
// letter — is recorded after it, whatever the clock of the machine that recorded it said), then the later moment first.
const ORDER = `date DESC, kind = 'call', at DESC, id DESC, source`;

// What each item of the page says. Nested JSON is passed through json(): SQLite keeps a subquery's JSON as text otherwise.
const DETAILS = `
  CASE page.kind
  WHEN 'call' THEN (SELECT json_object('id', c.id, 'kind', c.kind, 'collector', c.collector, 'startedAt', c.started_at,
      'durationSeconds', c.duration_seconds, 'result', c.result, 'outcomeCode', c.outcome_code, 'summary', json(c.summary), 'notes', c.notes,
      'steps', json((SELECT json_group_array(json_object('seq', s.seq, 'step', s.step, 'at', s.at, 'note', s.note) ORDER BY s.seq)
        FROM call_steps s WHERE s.call_id = c.id)))
    FROM calls c WHERE c.id = page.id)
  WHEN 'letter' THEN (SELECT json_object('id', l.id, 'type', l.type, 'letterDate', l.letter_date, 'totalCents', l.total_cents, 'termEndsOn', l.term_ends_on)
    FROM letters l WHERE l.id = page.id)
  WHEN 'task' THEN (SELECT json_object('id', t.id, 'type', t.type, 'title', json(t.title), 'dueDate', t.due_date, 'dueTime', t.due_time,
      'status', t.status, 'doneOn', t.done_on, 'doneNote', t.done_note, 'debtor', json_object('id', d.id, 'name', d.name),
      'callId', t.call_id, 'complaintId', t.complaint_id, 'promiseId', t.promise_id, 'planId', t.plan_id,
      'closedBy', json(t.closed_by), 'createdAt', t.created_at)
    FROM tasks t JOIN debtors d ON d.id = t.debtor_id WHERE t.id = page.id)
  WHEN 'step' THEN page.data
  WHEN 'complaint' THEN (SELECT json_object('id', c.id, 'debtorId', c.debtor_id, 'callId', c.call_id, 'status', c.status,
      'description', c.description, 'handler', c.handler, 'resolution', c.resolution, 'resolvedOn', c.resolved_on,
      'customerInformedOn', c.customer_informed_on, 'openedOn', c.opened_on, 'createdAt', c.created_at,
      'invoices', json((SELECT json_group_array(json_object('id', i.id, 'number', i.number) ORDER BY i.due_date, i.number)
        FROM complaint_invoices ci JOIN invoices i ON i.id = ci.invoice_id WHERE ci.complaint_id = c.id)))
    FROM complaints c WHERE c.id = page.id)
  WHEN 'promise' THEN (SELECT json_object('id', p.id, 'debtorId', p.debtor_id, 'callId', p.call_id, 'promisedDate', p.promised_date,
      'amountCents', p.amount_cents, 'status', p.status, 'settledOn', p.settled_on, 'madeOn', p.made_on, 'createdAt', p.created_at)
    FROM promises p WHERE p.id = page.id)
  WHEN 'plan' THEN (SELECT json_object('id', p.id, 'debtorId', p.debtor_id, 'callId', p.call_id, 'totalCents', p.total_cents, 'status', p.status,
      'agreedOn', p.agreed_on, 'sentOn', p.sent_on, 'signedOn', p.signed_on, 'completedOn', p.completed_on, 'defaultedOn', p.defaulted_on,
      'createdAt', p.created_at,
      'installments', json((SELECT json_group_array(json_object('id', i.id, 'planId', i.plan_id, 'seq', i.seq, 'dueDate', i.due_date,
          'amountCents', i.amount_cents, 'paidCents', i.paid_cents, 'status', i.status, 'paidOn', i.paid_on) ORDER BY i.seq)
        FROM plan_installments i WHERE i.plan_id = p.id)))
    FROM payment_plans p WHERE p.id = page.id)
  WHEN 'payment' THEN (SELECT json_object('id', p.id, 'receivedOn', p.received_on, 'amountCents', p.amount_cents, 'description', p.description,
      'createdAt', p.created_at,
      'allocations', json((SELECT json_group_array(json_object('invoiceId', a.invoice_id, 'kind', a.kind, 'amountCents', a.amount_cents) ORDER BY a.id)
        FROM payment_allocations a WHERE a.payment_id = p.id)),
      -- The invoices it was applied to, each once, in the order of the allocations.
      'invoiceNumbers', json((SELECT json_group_array(x.number ORDER BY x.first) FROM (
        SELECT COALESCE(i.number, CAST(a.invoice_id AS TEXT)) AS number, MIN(a.id) AS first
        FROM payment_allocations a LEFT JOIN invoices i ON i.id = a.invoice_id
        WHERE a.payment_id = p.id AND a.invoice_id IS NOT NULL GROUP BY a.invoice_id) x)))
    FROM payments p WHERE p.id = page.id)
  WHEN 'change' THEN (SELECT json_object('changes', json(ch.changes)) FROM debtor_changes ch WHERE ch.id = page.id)
  END`;

/**
 * The statement of one page (exported for its query-plan test). The parameters are written `+@name`: SQLite
 * (3.54, as better-sqlite3 builds it) lets a bare parameter in LIMIT, or one compared with an indexed column
 * here (the grouped steps), shape the plan, and then prepares the whole statement again each time a value
 * is bound — every request, as numbers are bound anew each time: 0.2 ms of a 0.3 ms page. A unary plus keeps
 * the plan the same for every value, and the indexes are used as before.
 */
export const TIMELINE_PAGE = `
  WITH page AS MATERIALIZED (SELECT * FROM (${ITEMS}) ORDER BY ${ORDER} LIMIT +@limit OFFSET +@offset)
  SELECT page.kind, page.id, page.date, page.at, ${DETAILS} AS details FROM page ORDER BY ${ORDER}`;

interface CallDetails {
  id: number;
  kind: 'collection' | 'preventive';
  collector: string;
  startedAt: string;
  durationSeconds: number;
  result: string;
  outcomeCode: CallOutcomeCode | null;
  summary: Message[];
  notes: string;
  steps: { seq: number; step: string; at: string; note: string }[];
}

/** One item of the history with what it says, as read from the ledger. */
export type TimelineRow = { id: number; date: string; at: string } & (
  | { kind: 'call'; details: CallDetails }
  | { kind: 'letter'; details: { id: number; type: LetterType; letterDate: string; totalCents: number; termEndsOn: string | null } }
  | {
      kind: 'task';
      details: {
        id: number;
        type: TaskType;
        title: Message;
        dueDate: string;
        dueTime: string | null;
        status: TaskStatus;
        doneOn: string | null;
        doneNote: string | null;
        debtor: { id: number; name: string };
        callId: number | null;
        complaintId: number | null;
        promiseId: number | null;
        planId: number | null;
        closedBy: Message | null;
        createdAt: string;
      };
    }
  | { kind: 'step'; details: { action: DunningAction; skipped: 0 | 1; liftedOn: string | null; invoiceNumbers: string[] } }
  | {
      kind: 'complaint';
      details: {
        id: number;
        debtorId: number;
        callId: number | null;
        status: ComplaintStatus;
        description: string;
        handler: string | null;
        resolution: string | null;
        resolvedOn: string | null;
        customerInformedOn: string | null;
        openedOn: string;
        createdAt: string;
        invoices: { id: number; number: string }[];
      };
    }
  | {
      kind: 'promise';
      details: {
        id: number;
        debtorId: number;
        callId: number | null;
        promisedDate: string;
        amountCents: number;
        status: PromiseStatus;
        settledOn: string | null;
        madeOn: string;
        createdAt: string;
      };
    }
  | {
      kind: 'plan';
      details: {
        id: number;
        debtorId: number;
        callId: number | null;
        totalCents: number;
        status: PlanStatus;
        agreedOn: string;
        sentOn: string | null;
        signedOn: string | null;
        completedOn: string | null;
        defaultedOn: string | null;
        createdAt: string;
        installments: {
          id: number;
          planId: number;
          seq: number;
          dueDate: string;
          amountCents: number;
          paidCents: number;
          status: InstallmentStatus;
          paidOn: string | null;
        }[];
      };
    }
  | {
      kind: 'payment';
      details: {
        id: number;
        receivedOn: string;
        amountCents: number;
        description: string;
        createdAt: string;
        allocations: { invoiceId: number | null; kind: (typeof ALLOCATION_KINDS)[number]; amountCents: number }[];
        invoiceNumbers: string[];
      };
    }
  | { kind: 'change'; details: { changes: { field: string; before: string | null; after: string | null }[] } }
);

/** Items `offset` to `offset + limit` of the debtor's history (newest first), and whether more follow. */
export function timelinePage(db: Db, debtorId: number, offset: number, limit: number): { rows: TimelineRow[]; more: boolean } {
  const raw = preparedSql(db, 'timelinePage', TIMELINE_PAGE).all({ debtorId, offset, limit: limit + 1 }) as { kind: string; id: number; date: string; at: string; details: string }[];
  const rows = raw.slice(0, limit).map((r) => ({ ...r, details: JSON.parse(r.details) as unknown }) as TimelineRow);
  return { rows, more: raw.length > limit };
}
