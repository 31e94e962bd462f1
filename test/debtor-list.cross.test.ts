// The debtor list on a generated ledger (the bench's generator, 300 debtors): paging through it in every
// order gives exactly the rows the plain, from-scratch statement gives (every invoice's lines and
// allocations summed, whole list sorted at once — how the list was computed before it was paged), and
// no statement of the list reads invoices, promises, plans, tasks, calls or complaints by scanning them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { buildSyntheticLedger } from '../scripts/bench/synthetic-ledger';
import { debtorListPage, debtorListStatement, debtorListTotals, type DebtorListQuery, type DebtorListRow } from '../db/debtor-list.repo';
import { DEBTOR_SORTS, SORT_DIRECTIONS, type DebtorSort } from '../domain/debtor-list';

const TODAY = '2026-11-16';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'belwijzer-list-'));
const ledger = buildSyntheticLedger(path.join(dir, 'ledger.sqlite'), 300, TODAY);
const { db, sqlite } = ledger.opened;
afterAll(() => {
  ledger.opened.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Reference {
  id: number;
  name: string;
  number: string;
  city: string;
  open_cents: number;
  open_count: number;
  oldest: string | null;
  last_contact: string | null;
  next_due: string | null;
}

/** The list as it was computed before paging: every invoice's open amount summed from its lines and allocations. */
function referenceRows(search: string): Reference[] {
  const like = `%${search}%`;
  return sqlite
    .prepare(
      `WITH inv AS (
         SELECT i.debtor_id, i.due_date,
           (SELECT COALESCE(SUM(l.amount_cents), 0) FROM invoice_lines l WHERE l.invoice_id = i.id)
           - (SELECT COALESCE(SUM(a.amount_cents), 0) FROM payment_allocations a WHERE a.invoice_id = i.id AND a.kind = 'principal') AS open_cents
         FROM invoices i)
       SELECT d.id, d.name, d.number, d.city,
         -- A credit note's unused credit (open below zero) reduces what the debtor owes.
         COALESCE(SUM(inv.open_cents), 0) AS open_cents,
         COUNT(CASE WHEN inv.open_cents > 0 THEN 1 END) AS open_count,
         MIN(CASE WHEN inv.open_cents > 0 THEN inv.due_date END) AS oldest,
         (SELECT MAX(started_at) FROM calls WHERE debtor_id = d.id) AS last_contact,
         (SELECT MIN(due_date) FROM tasks WHERE debtor_id = d.id AND status = 'open') AS next_due
       FROM debtors d LEFT JOIN inv ON inv.debtor_id = d.id
       WHERE ? = '' OR lower(d.name) LIKE ? OR d.number LIKE ? OR lower(d.city) LIKE ?
       GROUP BY d.id`,
    )
    .all(search, like, like, like) as Reference[];
}

const keyOf: Record<DebtorSort, (r: Reference) => string | number | null> = {
  overdue: (r) => r.oldest,
  number: (r) => r.number,
  name: (r) => r.name,
  city: (r) => r.city,
  open: (r) => r.open_cents,
  lastContact: (r) => r.last_contact,
  nextAction: (r) => r.next_due,
};
const byName: Record<DebtorSort, boolean> = { overdue: true, number: false, name: false, city: true, open: true, lastContact: true, nextAction: true };
const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

/** The reference order: debtors without a value last either way, then the column, the name, the id. */
function sorted(rows: Reference[], sort: DebtorSort, direction: 'asc' | 'desc'): Reference[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const [ka, kb] = [keyOf[sort](a), keyOf[sort](b)];
    if ((ka === null) !== (kb === null)) return ka === null ? 1 : -1;
    return (
      sign * (ka === null ? 0 : compare(ka, kb!)) || (byName[sort] ? sign * compare(a.name, b.name) : 0) || sign * (a.id - b.id)
    );
  });
}

function allPages(query: Omit<DebtorListQuery, 'after'>): DebtorListRow[] {
  const rows: DebtorListRow[] = [];
  let after: DebtorListQuery['after'] = null;
  do {
    const page = debtorListPage(db, { ...query, after });
    expect(page.rows.length).toBeLessThanOrEqual(query.limit);
    rows.push(...page.rows);
    after = page.lastKey;
  } while (after);
  return rows;
}

describe('the debtor list, paged, against the whole list computed from scratch', () => {
  for (const sort of DEBTOR_SORTS)
    for (const direction of SORT_DIRECTIONS)
      it(`gives the same rows in the same order by ${sort} ${direction}`, () => {
        const paged = allPages({ search: '', sort, direction, limit: 37 });
        const expected = sorted(referenceRows(''), sort, direction);
        expect(paged.map((r) => [r.id, r.openCents, r.openInvoiceCount, r.oldestDueDate, r.lastContact?.at ?? null, r.nextAction?.dueDate ?? null])).toEqual(
          expected.map((r) => [r.id, r.open_cents, r.open_count, r.oldest, r.last_contact, r.next_due]),
        );
      });

  it('narrows to what the search finds, and counts what it found', () => {
    const paged = allPages({ search: 'bakker', sort: 'overdue', direction: 'asc', limit: 10 });
    const expected = sorted(referenceRows('bakker'), 'overdue', 'asc');
    expect(expected.length).toBeGreaterThan(10);
    expect(paged.map((r) => r.id)).toEqual(expected.map((r) => r.id));
    expect(debtorListTotals(db, 'bakker')).toEqual({ count: expected.length, openCents: expected.reduce((s, r) => s + r.open_cents, 0) });
  });
});

describe('the query plan of the debtor list', () => {
  const plan = (query: DebtorListQuery) => db.all<{ detail: string }>(sql`EXPLAIN QUERY PLAN ${debtorListStatement(query)}`).map((r) => r.detail);

  it('reads what it shows per debtor by index, never by scanning a table, in every order and on later pages', () => {
    for (const sort of DEBTOR_SORTS) {
      const firstPage = debtorListPage(db, { search: '', sort, direction: 'asc', limit: 20, after: null });
      for (const after of [null, firstPage.lastKey]) {
        const steps = plan({ search: 'a', sort, direction: 'asc', limit: 20, after });
        const scans = steps.filter((s) => /^SCAN (?!d\b|page\b)/.test(s));
        expect(scans, `${sort}: ${steps.join(' | ')}`).toEqual([]);
      }
    }
  });

  it('takes the default order from an index: no sort of all debtors for the first page', () => {
    const steps = plan({ search: '', sort: 'overdue', direction: 'asc', limit: 100, after: null });
    expect(steps).toContain('SCAN d USING COVERING INDEX debtors_overdue_idx');
  });
});
