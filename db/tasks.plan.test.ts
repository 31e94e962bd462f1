// A page of open tasks (Taken, Vandaag's other tasks) is found by the tasks' due index and only its own
// tasks and debtors are read whole; the count of the whole list reads the due index alone when no type
// is filtered on. Their cost is the tasks due in the range asked for, not the ledger's.
import { openTestDatabase } from './test-db';
import { openTaskCountSql, openTaskPageSql } from './tasks.repo';

const SHAPES = [
  { byType: false, excepted: 0 },
  { byType: true, excepted: 0 },
  { byType: false, excepted: 2 },
  { byType: true, excepted: 2 },
];
const PARAMS = { type: 'call_back', dueFrom: null, dueUntil: null, afterDate: null, afterUntimed: null, afterTime: null, afterId: null, limit: 51, except0: 'call_back', except1: 'verify_payment' };
const BY_DUE_INDEX = /^SEARCH t USING (COVERING )?INDEX tasks_due_idx \(status=\? AND due_date>\? AND due_date<\?\)$/;

const planOf = (sqlite: ReturnType<typeof openTestDatabase>['sqlite'], text: string) =>
  (sqlite.prepare(`EXPLAIN QUERY PLAN ${text}`).all(PARAMS) as { detail: string }[]).map((r) => r.detail);

describe('the query plan of a page of open tasks', () => {
  it.each(SHAPES)('finds the page by the due index and reads only its tasks and debtors whole (%o)', (shape) => {
    const { sqlite, close } = openTestDatabase();
    const steps = planOf(sqlite, openTaskPageSql(shape));
    expect(steps.filter((s) => BY_DUE_INDEX.test(s)), steps.join(' | ')).toHaveLength(1);
    expect(steps, steps.join(' | ')).toEqual(expect.arrayContaining(['SEARCH t USING INTEGER PRIMARY KEY (rowid=?)', 'SEARCH d USING INTEGER PRIMARY KEY (rowid=?)']));
    // Scanning the page itself (its 51 ids) is what it is for; no table is scanned.
    expect(steps.filter((s) => /^SCAN (?!page\b)/.test(s)), steps.join(' | ')).toEqual([]);
    close();
  });

  it.each(SHAPES)('counts the whole list by the due index (%o)', (shape) => {
    const { sqlite, close } = openTestDatabase();
    const steps = planOf(sqlite, openTaskCountSql(shape));
    expect(steps, steps.join(' | ')).toHaveLength(1);
    expect(steps[0]).toMatch(BY_DUE_INDEX);
    // Without a type filter the index alone answers: the tasks themselves are not read.
    if (!shape.byType && shape.excepted === 0) expect(steps[0]).toContain('COVERING INDEX');
    close();
  });
});
