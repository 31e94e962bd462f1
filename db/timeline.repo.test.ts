// The timeline's one statement reads a debtor's history by the debtor indexes of each table: its cost is
// that debtor's history, not the ledger's.
import { openTestDatabase } from './test-db';
import { insertDebtor } from './test-fixtures';
import { TIMELINE_PAGE } from './timeline.repo';

describe('the query plan of the timeline', () => {
  it('reads every kind of item by its debtor index, never by scanning a table', () => {
    const { sqlite, db, close } = openTestDatabase();
    const debtorId = insertDebtor(db);
    const steps = (sqlite.prepare(`EXPLAIN QUERY PLAN ${TIMELINE_PAGE}`).all({ debtorId, offset: 0, limit: 51 }) as { detail: string }[]).map((r) => r.detail);
    // Scanning the page itself (its 51 rows) and a payment's few allocations is what they are for; every table is searched.
    const scans = steps.filter((s) => /^SCAN (?!page\b|x\b|\(subquery)/.test(s));
    expect(scans, steps.join(' | ')).toEqual([]);
    for (const index of ['calls', 'letters', 'tasks', 'invoices', 'complaints', 'promises', 'plans', 'payments', 'debtor_changes'].map((t) => `${t}_debtor_idx`))
      expect(steps.filter((s) => s.includes(`INDEX ${index} (debtor_id=?`)), `${index}: ${steps.join(' | ')}`).toHaveLength(1);
    close();
  });
});
