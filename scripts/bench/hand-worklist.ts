// Vandaag's first page written by hand on raw better-sqlite3: today's stored worklist (worklist_lines)
// ordered and counted in SQL, with the lines of the debtors evaluated live at the request (a call-back
// at a time today; the domain's rules, which SQL cannot state) given as the handler computes them. What
// the handler adds on top — the stale check, evaluating those few debtors, validation, the contract — is
// its overhead.
import type Database from 'better-sqlite3';
import type { Db } from '../../db/client';
import { storedEntryRow } from '../../db/worklist-store.repo';
import type { IsoDate } from '../../domain/dates';
import { liveWorklistEntries, remakeChangedDebtors } from '../../handlers/worklist-store';
import { inWriteTransaction } from '../../handlers/transaction';
import { today, type HandlerContext } from '../../handlers/context';

/** The live debtors' entries as [debtor, entry, priority, appointment time ('~': none), amount, name key, action rank, data]. */
export interface LiveWorklist {
  liveIds: number[];
  live: unknown[][];
}

/** The live debtors' entries as the handler computes them at `now`, for the hand SQL. */
export function liveWorklistOf(db: Db, today: IsoDate, now: string): LiveWorklist {
  const { liveIds, live } = liveWorklistEntries(db, today, now);
  return { liveIds, live: live.map(storedEntryRow) };
}

/** Marks a debtor stale as the triggers do on a change to its facts. */
export function markStale(sqlite: Database.Database): (debtorId: number) => void {
  const mark = sqlite.prepare('INSERT OR IGNORE INTO worklist_stale (debtor_id) VALUES (?)');
  return (debtorId) => void mark.run(debtorId);
}

/** A change to a debtor's facts as dispatch leaves it: marked stale, and made again at the end of the change's transaction. */
export function changeOf(ctx: HandlerContext, mark: (debtorId: number) => void): (debtorId: number) => void {
  return (debtorId) =>
    inWriteTransaction(ctx.db, (tx) => {
      mark(debtorId);
      remakeChangedDebtors(tx, today(ctx));
    });
}

const ORDER = 'p DESC, t, a DESC, n, d, r';

export function handWorklist(sqlite: Database.Database) {
  const entries = sqlite
    .prepare(
      `WITH live AS (SELECT key AS k, value AS v FROM json_each(@live)),
       page AS MATERIALIZED (
         SELECT id, NULL AS k, priority AS p, at_order AS t, amount_cents AS a, name_key AS n, debtor_id AS d, action_rank AS r
         FROM worklist_lines WHERE entry = @entry AND debtor_id NOT IN (SELECT value FROM json_each(@ids))
         UNION ALL
         SELECT NULL, k, v ->> 2, v ->> 3, v ->> 4, v ->> 5, v ->> 0, v ->> 6 FROM live WHERE v ->> 1 = @entry
         ORDER BY ${ORDER} LIMIT @limit)
       SELECT COALESCE((SELECT data FROM worklist_lines w WHERE w.id = page.id), (SELECT v ->> 7 FROM live WHERE live.k = page.k))
       FROM page ORDER BY ${ORDER}`,
    )
    .pluck();
  const count = sqlite.prepare('SELECT COUNT(*) FROM worklist_lines WHERE entry = ? AND debtor_id NOT IN (SELECT value FROM json_each(?))').pluck();
  /** The first page of the lines ('lines'), or of the lines put aside and the debtors paused ('aside'), `limit` of each. */
  return (today: IsoDate, now: string, { liveIds, live }: LiveWorklist, limit: number, part: 'lines' | 'aside') => {
    const ids = JSON.stringify(liveIds);
    const rows = JSON.stringify(live);
    const read = (entry: string) => (entries.all({ entry, ids, live: rows, limit }) as string[]).map((data) => JSON.parse(data) as unknown);
    const total = (entry: string) => (count.get(entry, ids) as number) + live.filter((e) => e[1] === entry).length;
    return {
      date: today,
      now,
      total: total('line'),
      offset: 0,
      lines: part === 'lines' ? read('line') : [],
      snoozed: part === 'aside' ? read('snoozed') : [],
      paused: part === 'aside' ? read('paused') : [],
      snoozedTotal: total('snoozed'),
      pausedTotal: total('paused'),
    };
  };
}
