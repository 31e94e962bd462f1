// The first request of a new Amsterdam day (also when the clock passes midnight while the app runs)
// settles promises and plans as of that day, once: the day settled is remembered in the ledger, so
// every later request that day only reads one row, and a second process on the file does not settle
// it again. A ledger opened only to look at is shown as it was saved.
import type { Db } from '../db/client';
import { getSettings, isWritable, markSettledThrough, settledThrough } from '../db/settings.repo';
import { today, type HandlerContext } from './context';
import { settleAll } from './settle';
import { inWriteTransaction } from './transaction';

export function settleTheDay(ctx: HandlerContext): void {
  const day = today(ctx);
  const settledFor = (db: Db) => (settledThrough(db) ?? '') >= day;
  if (settledFor(ctx.db) || !isWritable(ctx.db)) return;
  inWriteTransaction(ctx.db, (tx) => {
    if (settledFor(tx)) return; // another process settled it meanwhile
    settleAll(tx, day, getSettings(tx).planGraceDays);
    markSettledThrough(tx, day);
  });
}
