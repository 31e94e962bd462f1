// For handler tests: a real temporary ledger (optionally with the demo administration), a clock the test
// moves, and the channels called through dispatch as the renderer calls them.
import { openTestDatabase } from '../db/test-db';
import { dumpTables } from '../db/test-fixtures';
import { seedDemoLedger } from '../db/demo-ledger';
import type { ChannelInput, ChannelName, ChannelOutput } from '../ipc/contract';
import type { AppErrorShape } from '../ipc/errors';
import { refusalText } from '../test/refusal-text';
import { dispatch } from './dispatch';
import { settleTheDay } from './day';
import type { HandlerContext } from './context';

export function handlerTest(today: string, options: { demo?: boolean } = {}) {
  const opened = openTestDatabase();
  if (options.demo ?? true) seedDemoLedger(opened.db, today);
  let clock = new Date(`${today}T09:00:00Z`);
  const ctx: HandlerContext = { db: opened.db, now: () => clock, dataFile: opened.file, transport: 'preview', version: 'test', demoLedgerCreated: !!options.demo };
  const ok = async <C extends ChannelName>(name: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const r = await dispatch(ctx, name, input);
    if (!r.ok) throw new Error(`${name} geweigerd: ${refusalText(r.error)}`);
    return r.data as ChannelOutput<C>;
  };
  /** Expects a refusal whose Dutch text matches, and the ledger untouched. */
  const refused = async <C extends ChannelName>(name: C, input: ChannelInput<C>, text: RegExp): Promise<AppErrorShape> => {
    settleTheDay(ctx); // the day's own settling is not the refused change
    const before = dumpTables(opened.sqlite);
    const r = await dispatch(ctx, name, input);
    expect(r.ok, `${name} had geweigerd moeten worden`).toBe(false);
    const error = (r as { error: AppErrorShape }).error;
    expect(refusalText(error)).toMatch(text);
    expect(dumpTables(opened.sqlite)).toEqual(before);
    return error;
  };
  const row = <T>(sql: string, ...params: unknown[]) => opened.sqlite.prepare(sql).get(...params) as T;
  const rows = <T>(sql: string, ...params: unknown[]) => opened.sqlite.prepare(sql).all(...params) as T[];
  const debtorId = (name: string) => row<{ id: number }>('SELECT id FROM debtors WHERE name = ?', name).id;
  const invoiceId = (number: string) => row<{ id: number }>('SELECT id FROM invoices WHERE number = ?', number).id;
  /** Moves the clock: to 09:00 UTC on `date`, or to the moment given. */
  const setNow = (moment: string) => (clock = new Date(moment.length === 10 ? `${moment}T09:00:00Z` : moment));
  /** Rows changed by this connection so far (SQLite's total_changes()). */
  const changes = () => row<{ n: number }>('SELECT total_changes() AS n').n;
  return { ...opened, ctx, ok, refused, row, rows, debtorId, invoiceId, setNow, changes };
}
