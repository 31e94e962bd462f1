// After a change to one debtor only that debtor's worklist is made again (handlers/worklist-store.ts):
// its facts are read and its stored lines cleared by the debtor indexes, never by scanning a table, so
// the cost is that debtor's, not the ledger's.
import { openTestDatabase } from './test-db';
import { worklistFactsSql } from './worklist.repo';
import { clearDebtorsSql } from './worklist-store.repo';

const planOf = (sqlite: ReturnType<typeof openTestDatabase>['sqlite'], text: string, params: unknown) =>
  (sqlite.prepare(`EXPLAIN QUERY PLAN ${text}`).all(params as never) as { detail: string }[]).map((r) => r.detail);

describe('the query plan of one debtor’s worklist made again', () => {
  it('reads the debtor’s facts from every table by an index', () => {
    const { sqlite, close } = openTestDatabase();
    const steps = planOf(sqlite, worklistFactsSql(true), { date: '2026-11-16', scope: '[1]' });
    // The debtor ids themselves (json_each) and the CTEs' few rows are scanned; no table is.
    const scans = steps.filter((s) => /^SCAN (?!json_each\b|open_invoices\b|o\b|pr\b|promise_received\b|x\b|\(subquery)/.test(s));
    expect(scans, steps.join(' | ')).toEqual([]);
    close();
  });

  it('clears the debtor’s stored lines by the debtor index', () => {
    const { sqlite, close } = openTestDatabase();
    for (const table of ['worklist_lines', 'worklist_debtors', 'worklist_stale']) {
      const steps = planOf(sqlite, clearDebtorsSql(table), ['[1]']);
      expect(steps.some((s) => /^SEARCH \w+ USING (INTEGER PRIMARY KEY|(COVERING )?INDEX \w+) \((debtor_id|rowid)=\?\)/.test(s)), `${table}: ${steps.join(' | ')}`).toBe(true);
      expect(steps.filter((s) => /^SCAN (?!json_each\b)/.test(s)), `${table}: ${steps.join(' | ')}`).toEqual([]);
    }
    close();
  });
});
