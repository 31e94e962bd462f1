// What the worklist of one day is made from, read in one set-based statement (one snapshot, no query per
// debtor or invoice): each debtor with something open, each open invoice past due with the schedule steps
// recorded for it up to that day and what paused or held it (complaints, plans, promises), the open
// call-backs, the promises due or broken, the late plan terms, the invoices in the preventive window and
// the snoozes. Each row is (source, debtor, JSON payload); the rules are domain/dunning's.
import { preparedSql } from './prepared';
import type { Db } from './client';
import type { IsoDate } from '../domain/dates';
import type { DebtorKind } from '../domain/primitives';
import type { DunningAction } from '../domain/dunning/schedule';
import type { InterruptionKind } from '../domain/dunning/invoice-stage';

export interface FactDebtor {
  name: string;
  kind: DebtorKind;
  deliveryStop: boolean;
}
export interface FactInvoice {
  id: number;
  dueDate: IsoDate;
  openCents: number;
  records: { action: DunningAction; on: IsoDate; reached: boolean; skipped: boolean; termEndsOn: IsoDate | null }[];
  interruptions: { kind: InterruptionKind; from: IsoDate; until: IsoDate | null; defaulted: boolean }[];
}
export interface FactCallBack {
  taskId: number;
  dueDate: IsoDate;
  dueTime: string | null;
}
export interface FactPromise {
  promiseId: number;
  promisedDate: IsoDate;
  amountCents: number;
  receivedCents: number;
  status: 'pending' | 'broken';
}
export interface FactInstallment {
  planId: number;
  installmentId: number;
  seq: number;
  dueDate: IsoDate;
  amountCents: number;
  paidCents: number;
}
export interface FactPreventive {
  invoiceId: number;
  dueDate: IsoDate;
  openCents: number;
  calledOn: IsoDate | null;
}
export interface FactSnooze {
  key: string;
  until: IsoDate;
  reason: string;
}

export type WorklistFact =
  | { source: 'debtor'; debtorId: number; data: FactDebtor }
  | { source: 'invoice'; debtorId: number; data: FactInvoice }
  | { source: 'call_back'; debtorId: number; data: FactCallBack }
  | { source: 'promise'; debtorId: number; data: FactPromise }
  | { source: 'installment'; debtorId: number; data: FactInstallment }
  | { source: 'preventive'; debtorId: number; data: FactPreventive }
  | { source: 'snooze'; debtorId: number; data: FactSnooze };

/** The last day of the preventive window (seed 004: up to 15 days before the due date). */
const PREVENTIVE_DAYS = 15;

/**
 * The facts of the worklist for `date`: steps recorded after it are not counted; the ledger is read as it
 * stands (what is open now, tasks open now). `debtorIds`: only these debtors' facts (one debtor's file or
 * letter, the debtors whose stored worklist lines are made again); every debtor's when omitted.
 */
export function worklistFacts(db: Db, date: IsoDate, debtorIds?: readonly number[]): WorklistFact[] {
  // Prepared once per connection in two forms (every debtor, some debtors): building this statement anew
  // cost more than running it for the one debtor a change makes stale.
  const statement = debtorIds ? preparedSql(db, 'worklistFacts:some', worklistFactsSql(true)) : preparedSql(db, 'worklistFacts:all', worklistFactsSql(false));
  const rows = statement.all(debtorIds ? { date, scope: JSON.stringify(debtorIds) } : { date }) as { source: WorklistFact['source']; debtor_id: number; data: string }[];
  return rows.map((r) => ({ source: r.source, debtorId: r.debtor_id, data: JSON.parse(r.data) }) as WorklistFact);
}

/** The statement of worklistFacts: `@date`, and with `some` the debtors `@scope` (a JSON array of ids). */
export function worklistFactsSql(some: boolean): string {
  const scoped = (column: string) => (some ? `AND ${column} IN (SELECT value FROM json_each(@scope))` : '');
  return `
    -- What is open per invoice and per debtor is stored, kept by triggers (migration debtor_balances).
    WITH open_invoices AS MATERIALIZED (
      SELECT i.id, i.debtor_id, i.due_date, i.invoice_date, i.number, i.open_cents FROM invoices i WHERE i.open_cents > 0 ${scoped('i.debtor_id')}
    ),
    promise_received AS MATERIALIZED (
      SELECT p.id, p.debtor_id, p.promised_date, p.amount_cents, p.status, p.made_on,
        (SELECT COALESCE(SUM(y.amount_cents), 0) FROM payments y WHERE y.debtor_id = p.debtor_id AND y.received_on >= p.made_on AND y.received_on <= @date) AS received_cents
      FROM promises p
      WHERE p.status IN ('pending', 'broken') ${scoped('p.debtor_id')}
    )
    SELECT 'debtor' AS source, d.id AS debtor_id, '' AS order_key, d.id AS order_id,
      json_object('name', d.name, 'kind', d.kind, 'deliveryStop', json(CASE WHEN d.delivery_stop THEN 'true' ELSE 'false' END)) AS data
    FROM debtors d
    WHERE (d.open_invoice_count > 0 OR d.id IN (SELECT debtor_id FROM tasks WHERE status = 'open' AND type = 'call_back')) ${scoped('d.id')}
    UNION ALL
    SELECT 'invoice', o.debtor_id, o.due_date || ' ' || o.invoice_date || ' ' || o.number, o.id, json_object(
      'id', o.id, 'dueDate', o.due_date, 'openCents', o.open_cents,
      -- json(…) around each subquery: SQLite 3.45+ drops the JSON subtype of a subquery's value, so json_object would embed it as a string.
      'records', json((SELECT json_group_array(json_object('action', s.action, 'on', s.done_on, 'reached', json(CASE WHEN s.reached THEN 'true' ELSE 'false' END),
                    'skipped', json(CASE WHEN s.skipped THEN 'true' ELSE 'false' END), 'termEndsOn', s.term_ends_on))
                  FROM invoice_steps s WHERE s.invoice_id = o.id AND s.done_on <= @date)),
      'interruptions', json((SELECT json_group_array(json_object('kind', x.kind, 'from', x."from", 'until', x."until", 'defaulted', json(CASE WHEN x.defaulted THEN 'true' ELSE 'false' END)))
        FROM (
          SELECT 'complaint' AS kind, c.opened_on AS "from", CASE WHEN c.status = 'opgelost' THEN c.resolved_on ELSE NULL END AS "until", 0 AS defaulted
          FROM complaint_invoices ci JOIN complaints c ON c.id = ci.complaint_id WHERE ci.invoice_id = o.id
          UNION ALL
          -- A plan holds the invoices it covers until it is signed, and pauses them while it runs (through
          -- plan_invoices' index by invoice); an invoice it does not cover keeps its own reminders.
          SELECT 'plan_proposed', p.agreed_on, CASE WHEN p.status IN ('proposed', 'sent') THEN NULL ELSE COALESCE(p.signed_on, p.agreed_on) END, 0
          FROM plan_invoices pi JOIN payment_plans p ON p.id = pi.plan_id WHERE pi.invoice_id = o.id
          UNION ALL
          SELECT 'plan', COALESCE(p.signed_on, p.agreed_on), CASE p.status WHEN 'completed' THEN p.completed_on WHEN 'defaulted' THEN p.defaulted_on ELSE NULL END, p.status = 'defaulted'
          FROM plan_invoices pi JOIN payment_plans p ON p.id = pi.plan_id WHERE pi.invoice_id = o.id AND p.status IN ('active', 'completed', 'defaulted')
          UNION ALL
          -- A promise holds the claim while it is pending (until it was kept or broken).
          SELECT 'promise', k.made_on, CASE WHEN k.status = 'pending' THEN NULL ELSE k.settled_on END, 0 FROM promises k WHERE k.debtor_id = o.debtor_id
        ) x))
    )
    FROM open_invoices o
    WHERE o.due_date < @date
    UNION ALL
    SELECT 'call_back', t.debtor_id, '', t.id, json_object('taskId', t.id, 'dueDate', t.due_date, 'dueTime', t.due_time)
    FROM tasks t
    WHERE t.status = 'open' AND t.type = 'call_back' ${scoped('t.debtor_id')}
      -- The call-back that follows up a broken promise is that promise's line.
      AND NOT EXISTS (SELECT 1 FROM promises p WHERE p.id = t.promise_id AND p.status = 'broken')
    UNION ALL
    SELECT 'promise', pr.debtor_id, '', pr.id, json_object('promiseId', pr.id, 'promisedDate', pr.promised_date, 'amountCents', pr.amount_cents,
      'receivedCents', MIN(pr.received_cents, pr.amount_cents), 'status', pr.status)
    FROM promise_received pr
    WHERE (pr.status = 'pending' AND pr.promised_date <= @date)
       -- A broken promise stays until it is followed up (its call-back done) or made good: what was promised
       -- came in after all, or the debtor owes nothing any more.
       OR (pr.status = 'broken' AND pr.received_cents < pr.amount_cents AND EXISTS (SELECT 1 FROM debtors od WHERE od.id = pr.debtor_id AND od.open_invoice_count > 0)
           AND EXISTS (SELECT 1 FROM tasks t WHERE t.promise_id = pr.id AND t.type = 'call_back' AND t.status = 'open'))
    UNION ALL
    SELECT 'installment', p.debtor_id, '', i.id, json_object('planId', p.id, 'installmentId', i.id, 'seq', i.seq, 'dueDate', i.due_date,
      'amountCents', i.amount_cents, 'paidCents', i.paid_cents)
    FROM plan_installments i JOIN payment_plans p ON p.id = i.plan_id
    WHERE p.status = 'active' AND i.due_date < @date AND i.paid_cents < i.amount_cents ${scoped('p.debtor_id')}
    UNION ALL
    SELECT 'preventive', o.debtor_id, o.due_date || ' ' || o.invoice_date || ' ' || o.number, o.id, json_object('invoiceId', o.id, 'dueDate', o.due_date, 'openCents', o.open_cents,
      'calledOn', (SELECT MAX(substr(c.started_at, 1, 10)) FROM calls c WHERE c.debtor_id = o.debtor_id AND c.kind = 'preventive' AND substr(c.started_at, 1, 10) >= o.invoice_date))
    FROM open_invoices o
    WHERE o.due_date > @date AND o.due_date <= date(@date, '+${PREVENTIVE_DAYS} days')
    UNION ALL
    SELECT 'snooze', z.debtor_id, '', z.id, json_object('key', z.line_key, 'until', z.until, 'reason', z.reason)
    FROM worklist_snoozes z
    WHERE z.until > @date ${scoped('z.debtor_id')}
    -- Invoices in the order payments are applied to them (due date, invoice date, number), so a letter
    -- lists them oldest first; the rest by id. The same facts always give the same list.
    ORDER BY order_key, order_id
  `;
}
