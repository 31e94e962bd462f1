// The first request of a new Amsterdam day (also when the clock passes midnight while the app runs)
// settles promises and plans as of that day, and evaluates the day's worklist for every debtor
// (worklist-store.ts), once: the day settled is remembered in the ledger, so
// every later request that day only reads one row, and a second process on the file does not settle
// it again. A ledger opened only to look at is shown as it was saved.
import { getSettings, isWritable, markSettledThrough, othersChanges, settledThrough } from '../db/settings.repo';
import { connectionOf } from '../db/prepared';
import { today, type HandlerContext } from './context';
import { settleAll } from './settle';
import { inWriteTransaction } from './transaction';
import { refreshStoredWorklist } from './worklist-store';

// Per connection, the day known to be settled and the file's change count when that was read: while no
// other connection has committed since, the day settled can only have moved forward (by this connection),
// so a request of that day need not read it again.
const known = new WeakMap<object, { day: string; othersChanges: number }>();

export function settleTheDay(ctx: HandlerContext): void {
  const day = today(ctx);
  const connection = connectionOf(ctx.db);
  const changes = othersChanges(ctx.db);
  const seen = known.get(connection);
  if (seen && seen.day >= day && seen.othersChanges === changes) return;
  const settled = settledThrough(ctx.db) ?? '';
  if (settled >= day) {
    known.set(connection, { day: settled, othersChanges: changes });
    return;
  }
  if (!isWritable(ctx.db)) return;
  inWriteTransaction(ctx.db, (tx) => {
    if ((settledThrough(tx) ?? '') >= day) return; // another process settled it meanwhile
    settleAll(tx, day, getSettings(tx).planGraceDays);
    refreshStoredWorklist(tx, day, 'all');
    markSettledThrough(tx, day);
  });
}
