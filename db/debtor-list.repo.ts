// The debtor list: one page of debtors in one statement, filtered and ordered in SQL, paged by keyset
// (the sort key of the last row shown, never OFFSET), with what the collector judges a debtor by — what
// is open and since when (stored per debtor, kept by triggers), the latest promise and plan, unresolved
// complaints, the last call and the next open task, read by index for the rows of the page only.
import { sql, type SQL } from 'drizzle-orm';
import { preparedBuilt } from './prepared';
import type { Db } from './client';
import type { DebtorKind, Escalation } from '../domain/primitives';
import type { DebtorSort, SortDirection } from '../domain/debtor-list';
import type { Message } from '../domain/message';
import type { TaskType } from '../domain/call-outcome';
import type { PromiseStatus } from '../domain/lifecycle/promise';
import type { PlanStatus } from '../domain/lifecycle/plan';
import { OPEN_COMPLAINT_STATUSES } from '../domain/lifecycle/complaint';

const LAST_CONTACT = sql`(SELECT MAX(c.started_at) FROM calls c WHERE c.debtor_id = d.id)`;
const NEXT_ACTION_DUE = sql`(SELECT MIN(t.due_date) FROM tasks t WHERE t.debtor_id = d.id AND t.status = 'open')`;

/** The column a sort is by, and whether debtors can lack it (those come last either way). */
const SORT_KEYS: Record<DebtorSort, { key: SQL; nullable: boolean; byName: boolean }> = {
  overdue: { key: sql`d.oldest_open_due`, nullable: true, byName: true },
  number: { key: sql`d.number`, nullable: false, byName: false },
  name: { key: sql`d.name`, nullable: false, byName: false },
  city: { key: sql`d.city`, nullable: false, byName: true },
  open: { key: sql`d.open_cents`, nullable: false, byName: true },
  lastContact: { key: LAST_CONTACT, nullable: true, byName: true },
  nextAction: { key: NEXT_ACTION_DUE, nullable: true, byName: true },
};

interface SortOrder {
  /** When the column can be empty: `(column IS NULL)`, ascending in both directions (empty last). */
  lacks: SQL | null;
  /** The column, then the name (where it breaks ties), then the id: each row its own place. */
  keys: SQL[];
  desc: boolean;
}

function sortOrder(sort: DebtorSort, direction: SortDirection): SortOrder {
  const { key, nullable, byName } = SORT_KEYS[sort];
  return {
    lacks: nullable ? sql`(${key} IS NULL)` : null,
    keys: [key, ...(byName ? [sql`d.name`] : []), sql`d.id`],
    desc: direction === 'desc',
  };
}

/** How many values a cursor of this sort holds. */
export const sortKeyLength = (sort: DebtorSort): number => allKeys(sortOrder(sort, 'asc')).length;

/** Every expression of the order, as selected into the page and compared with the cursor. */
const allKeys = (o: SortOrder): SQL[] => [...(o.lacks ? [o.lacks] : []), ...o.keys];

// A value interpolated into sql`` is a parameter, an SQL fragment stays SQL.
const row = (values: readonly unknown[]) => sql`(${sql.join(values.map((v) => sql`${v}`), sql`, `)})`;

/**
 * Rows strictly after the cursor `values` (one per key of allKeys) in this order. A row-value comparison,
 * which SQLite answers from the index where the order has one; a column that can be empty is compared
 * only among the rows that have it (NULL compares as unknown).
 */
function after(o: SortOrder, values: readonly unknown[]): SQL {
  const cmp = sql.raw(o.desc ? '<' : '>');
  if (!o.lacks) return sql`${row(o.keys)} ${cmp} ${row(values)}`;
  const [lacking, ...rest] = values;
  // Past the last row with a value: only rows without one, in name/id order.
  if (lacking) return sql`${o.lacks} = 1 AND ${row(o.keys.slice(1))} ${cmp} ${row(rest.slice(1))}`;
  // Ascending, the empty ones sort after every value anyway: one comparison the index can seek on.
  if (!o.desc) return sql`${row(allKeys(o))} > ${row(values)}`;
  return sql`(${o.lacks} = 1 OR ${row(o.keys)} < ${row(rest)})`;
}

/** What the collector types is text, not a pattern: % and _ match themselves. Name, number or city. */
function matches(search: string): SQL {
  const term = search.trim().toLowerCase();
  if (term === '') return sql`1`;
  const like = `%${term.replace(/[!%_]/g, (c) => `!${c}`)}%`;
  return sql`(lower(d.name) LIKE ${like} ESCAPE '!' OR d.number LIKE ${like} ESCAPE '!' OR lower(d.city) LIKE ${like} ESCAPE '!')`;
}

export interface DebtorListQuery {
  search: string;
  sort: DebtorSort;
  direction: SortDirection;
  limit: number;
  /** The sort key of the last row of the previous page (`DebtorListPage.lastKey`), or null for the first page. */
  after: readonly unknown[] | null;
}

export interface DebtorListRow {
  id: number;
  number: string;
  name: string;
  kind: DebtorKind;
  city: string;
  escalation: Escalation | null;
  openCents: number;
  openInvoiceCount: number;
  oldestDueDate: string | null;
  promise: { status: PromiseStatus; promisedDate: string; amountCents: number } | null;
  plan: { status: PlanStatus; nextDueDate: string | null } | null;
  openComplaints: number;
  lastContact: { at: string; result: string } | null;
  nextAction: { type: TaskType; dueDate: string; dueTime: string | null; title: Message } | null;
}

interface RawRow {
  id: number;
  number: string;
  name: string;
  kind: DebtorKind;
  city: string;
  escalation: Escalation | null;
  open_cents: number;
  open_invoice_count: number;
  oldest_open_due: string | null;
  promise: string | null;
  plan: string | null;
  open_complaints: number;
  last_contact: string | null;
  next_action: string | null;
  sort_key: string;
}

const parse = <T>(value: string | null): T | null => (value === null ? null : (JSON.parse(value) as T));

/**
 * The statement of one page, one row more than asked (to know whether another page follows). The page is
 * chosen and ordered from the debtors alone (from an index for the default order); the promise, plan,
 * complaints, last call and next task are read for its rows only.
 */
export function debtorListStatement(query: DebtorListQuery): SQL {
  const order = sortOrder(query.sort, query.direction);
  const keys = allKeys(order);
  const direction = (i: number) => (order.lacks && i === 0 ? 'ASC' : order.desc ? 'DESC' : 'ASC');
  const orderBy = sql.join(keys.map((k, i) => sql`${k} ${sql.raw(direction(i))}`), sql`, `);
  const keyColumns = sql.join(keys.map((k, i) => sql`${k} AS ${sql.raw(`k${i}`)}`), sql`, `);
  const pageOrder = sql.raw(keys.map((_, i) => `page.k${i} ${direction(i)}`).join(', '));
  return sql`
    WITH page AS MATERIALIZED (
      SELECT d.id, ${keyColumns}
      FROM debtors d
      WHERE ${matches(query.search)} ${query.after ? sql`AND ${after(order, query.after)}` : sql``}
      ORDER BY ${orderBy}
      LIMIT +${query.limit + 1})
    SELECT d.id, d.number, d.name, d.kind, d.city, d.escalation, d.open_cents, d.open_invoice_count, d.oldest_open_due,
      json_array(${sql.raw(keys.map((_, i) => `page.k${i}`).join(', '))}) AS sort_key,
      (SELECT json_object('status', p.status, 'promisedDate', p.promised_date, 'amountCents', p.amount_cents)
        FROM promises p WHERE p.debtor_id = d.id ORDER BY p.made_on DESC, p.id DESC LIMIT 1) AS promise,
      (SELECT json_object('status', pl.status, 'nextDueDate',
          (SELECT MIN(i.due_date) FROM plan_installments i WHERE i.plan_id = pl.id AND i.status != 'paid'))
        FROM payment_plans pl WHERE pl.debtor_id = d.id ORDER BY pl.agreed_on DESC, pl.id DESC LIMIT 1) AS plan,
      (SELECT COUNT(*) FROM complaints c WHERE c.debtor_id = d.id AND c.status IN ${[...OPEN_COMPLAINT_STATUSES]}) AS open_complaints,
      (SELECT json_object('at', c.started_at, 'result', c.result)
        FROM calls c WHERE c.debtor_id = d.id ORDER BY c.started_at DESC, c.id DESC LIMIT 1) AS last_contact,
      (SELECT json_object('type', t.type, 'dueDate', t.due_date, 'dueTime', t.due_time, 'title', json(t.title))
        FROM tasks t WHERE t.debtor_id = d.id AND t.status = 'open' ORDER BY t.due_date, t.due_time IS NULL, t.due_time, t.id LIMIT 1) AS next_action
    FROM page JOIN debtors d ON d.id = page.id
    ORDER BY ${pageOrder}`;
}

/** One page of the debtor list and the sort key of its last row (to ask for the next page), or `lastKey: null` on the last page. */
export function debtorListPage(db: Db, query: DebtorListQuery): { rows: DebtorListRow[]; lastKey: (string | number | null)[] | null } {
  // The statement's text is one of a few (per sort, direction, with or without a search and a cursor) and is
  // prepared once per connection; preparing it anew at each page was a third of the page. `LIMIT +?`: with a
  // bare LIMIT parameter SQLite 3.54 would prepare it again each time a number is bound.
  const page = preparedBuilt(db, 'debtorListPage', debtorListStatement(query));
  const raw = page.statement.all(...page.params) as RawRow[];
  const more = raw.length > query.limit;
  const shown = more ? raw.slice(0, query.limit) : raw;
  return {
    rows: shown.map((r) => ({
      id: r.id,
      number: r.number,
      name: r.name,
      kind: r.kind,
      city: r.city,
      escalation: r.escalation,
      openCents: r.open_cents,
      openInvoiceCount: r.open_invoice_count,
      oldestDueDate: r.oldest_open_due,
      promise: parse(r.promise),
      plan: parse(r.plan),
      openComplaints: r.open_complaints,
      lastContact: parse(r.last_contact),
      nextAction: parse(r.next_action),
    })),
    lastKey: more ? (JSON.parse(shown[shown.length - 1]!.sort_key) as (string | number | null)[]) : null,
  };
}

/** How many debtors match the search and what they owe together (the list's heading). */
export function debtorListTotals(db: Db, search: string): { count: number; openCents: number } {
  const totals = preparedBuilt(db, 'debtorListTotals', sql`
    SELECT COUNT(*) AS count, COALESCE(SUM(d.open_cents), 0) AS openCents FROM debtors d WHERE ${matches(search)}`);
  return totals.statement.get(...totals.params) as { count: number; openCents: number };
}

/** Every debtor with what is open, in the list's default order (most overdue first): the export of the list. */
export function allDebtorBalances(db: Db) {
  type Balance = Pick<DebtorListRow, 'id' | 'number' | 'name' | 'kind' | 'city' | 'escalation' | 'openCents' | 'openInvoiceCount' | 'oldestDueDate'>;
  return db.all<Balance>(sql`
    SELECT d.id, d.number, d.name, d.kind, d.city, d.escalation, d.open_cents AS openCents, d.open_invoice_count AS openInvoiceCount,
      d.oldest_open_due AS oldestDueDate
    FROM debtors d ORDER BY (d.oldest_open_due IS NULL), d.oldest_open_due, d.name, d.id`);
}
