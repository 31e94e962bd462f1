// The stored worklist of the working day (tables worklist_lines, worklist_debtors, worklist_stale,
// worklist_evaluation): written a debtor set at a time, read a page at a time. The lines of the debtors
// evaluated live at a request (stale ones, and those with a call-back at a time today) come in as JSON
// and are ordered together with the stored ones in the same statement; the stored lines of those debtors
// are left out. What an entry holds is the handlers' (handlers/worklist-store.ts); here it is text.
import type { Db } from './client';
import { preparedSql } from './prepared';

export type StoredEntryKind = 'line' | 'snoozed' | 'paused';

/** One entry with the keys of the worklist's order (domain/dunning/worklist.ts compareLines). */
export interface StoredEntry {
  debtorId: number;
  entry: StoredEntryKind;
  priority: number;
  at: string | null;
  amountCents: number;
  nameKey: string;
  actionRank: number;
  data: string;
}

export interface StoredDebtor {
  debtorId: number;
  timed: boolean;
  nextLetter: string | null;
}

/** The day and the settings the stored worklist was made for, or null before it was first made. */
export function storedEvaluation(db: Db): { date: string; settingsKey: string } | null {
  const row = preparedSql(db, 'worklistEvaluation', 'SELECT date, settings_key AS settingsKey FROM worklist_evaluation WHERE id = 1').get() as
    | { date: string; settingsKey: string }
    | undefined;
  return row ?? null;
}

/**
 * What the lines evaluated at a request depend on besides the day and the time: `dataVersion` moves when
 * another connection commits, `changes` with every write of this one, `anyStale` says whether a debtor
 * is marked stale.
 */
export function worklistLedgerState(db: Db): { dataVersion: number; changes: number; anyStale: boolean } {
  const row = preparedSql(
    db,
    'worklistLedgerState',
    'SELECT (SELECT data_version FROM pragma_data_version()) AS dataVersion, total_changes() AS changes, EXISTS (SELECT 1 FROM worklist_stale) AS anyStale',
  ).get() as { dataVersion: number; changes: number; anyStale: number };
  return { dataVersion: row.dataVersion, changes: row.changes, anyStale: row.anyStale === 1 };
}

/** The debtors whose facts changed since their lines were stored, the lowest ids first; at most `limit` (-1: all). */
export function staleDebtorIds(db: Db, limit = -1): number[] {
  // `+@limit`: a bare LIMIT parameter makes SQLite prepare the statement again whenever a number is bound.
  return preparedSql(db, 'worklistStale', 'SELECT debtor_id FROM worklist_stale ORDER BY debtor_id LIMIT +@limit').pluck().all({ limit }) as number[];
}

/** The debtors to evaluate at a request: the stale ones, and those whose lines depend on the time of day. */
export function liveDebtorIds(db: Db): number[] {
  return preparedSql(
    db,
    'worklistLiveDebtors',
    'SELECT debtor_id FROM worklist_stale UNION SELECT debtor_id FROM worklist_debtors WHERE timed ORDER BY 1',
  )
    .pluck()
    .all() as number[];
}

/** Where a line without an appointment time sorts: after every 'HH:MM'. */
const UNTIMED = '~';

/** An entry as the statements take it in JSON: [debtor, entry, priority, appointment time or '~', amount, name key, action rank, data]. */
export const storedEntryRow = (e: StoredEntry) => [e.debtorId, e.entry, e.priority, e.at ?? UNTIMED, e.amountCents, e.nameKey, e.actionRank, e.data];

/** Clears what a table of the stored worklist holds for some debtors (`?`: a JSON array of ids). */
export const clearDebtorsSql = (table: string) => `DELETE FROM ${table} WHERE debtor_id IN (SELECT value FROM json_each(?))`;

/**
 * Replaces what is stored for `debtorIds` (every debtor: 'all') by what was evaluated for them and clears
 * their stale marks. One statement per table, none for what there is nothing of.
 */
export function replaceStoredWorklist(db: Db, debtorIds: readonly number[] | 'all', entries: readonly StoredEntry[], debtors: readonly StoredDebtor[]): void {
  // Two statements, not one with `OR @scope IS NULL`: that would scan the whole table to clear one debtor.
  for (const table of ['worklist_lines', 'worklist_debtors', 'worklist_stale']) {
    if (debtorIds === 'all') preparedSql(db, `worklistClearAll:${table}`, `DELETE FROM ${table}`).run();
    else preparedSql(db, `worklistClear:${table}`, clearDebtorsSql(table)).run(JSON.stringify(debtorIds));
  }
  if (entries.length > 0)
    preparedSql(
      db,
      'worklistInsertLines',
      `INSERT INTO worklist_lines (debtor_id, entry, priority, at_order, amount_cents, name_key, action_rank, data)
       SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6, value ->> 7 FROM json_each(@rows)`,
    ).run({ rows: JSON.stringify(entries.map(storedEntryRow)) });
  if (debtors.length > 0)
    preparedSql(
      db,
      'worklistInsertDebtors',
      `INSERT INTO worklist_debtors (debtor_id, timed, next_letter) SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(@rows)`,
    ).run({ rows: JSON.stringify(debtors.map((d) => [d.debtorId, d.timed ? 1 : 0, d.nextLetter])) });
}

/** Records the day and the settings the stored worklist was made for. */
export function recordStoredEvaluation(db: Db, evaluation: { date: string; settingsKey: string }): void {
  preparedSql(
    db,
    'worklistEvaluated',
    `INSERT INTO worklist_evaluation (id, date, settings_key) VALUES (1, @date, @settingsKey)
     ON CONFLICT (id) DO UPDATE SET date = excluded.date, settings_key = excluded.settings_key`,
  ).run(evaluation);
}

/**
 * The entries of one kind in the worklist's order — priority, appointment time (timed first), amount,
 * the name's key, debtor, kind of action — from `offset`, at most `limit` (-1: all): the stored ones of
 * the debtors not in `liveIds`, and `live`. The stored ones come in order from their index and are merged
 * with the live ones (a handful), so a page stops at its last row; its texts are read for its rows only.
 */
export function storedEntries(
  db: Db,
  query: { entry: StoredEntryKind; live: readonly StoredEntry[]; liveIds: readonly number[]; offset: number; limit: number },
): string[] {
  return preparedSql(
    db,
    'worklistPage',
    `WITH live AS (SELECT key AS k, value AS v FROM json_each(@live)),
     page AS MATERIALIZED (
       SELECT id, NULL AS k, priority AS p, at_order AS t, amount_cents AS a, name_key AS n, debtor_id AS d, action_rank AS r
       FROM worklist_lines
       WHERE entry = @entry AND debtor_id NOT IN (SELECT value FROM json_each(@liveIds))
       UNION ALL
       SELECT NULL, k, v ->> 2, v ->> 3, v ->> 4, v ->> 5, v ->> 0, v ->> 6 FROM live WHERE v ->> 1 = @entry
       ORDER BY p DESC, t, a DESC, n, d, r
       LIMIT @limit OFFSET @offset)
     SELECT COALESCE((SELECT w.data FROM worklist_lines w WHERE w.id = page.id), (SELECT live.v ->> 7 FROM live WHERE live.k = page.k)) AS data
     FROM page
     ORDER BY p DESC, t, a DESC, n, d, r`,
  )
    .pluck()
    .all({ entry: query.entry, live: JSON.stringify(query.live.map(storedEntryRow)), liveIds: JSON.stringify(query.liveIds), offset: query.offset, limit: query.limit }) as string[];
}

/** How many stored entries of a kind the debtors not in `liveIds` have. */
export function storedEntryCount(db: Db, entry: StoredEntryKind, liveIds: readonly number[]): number {
  return preparedSql(db, 'worklistCount', 'SELECT COUNT(*) FROM worklist_lines WHERE entry = @entry AND debtor_id NOT IN (SELECT value FROM json_each(@liveIds))')
    .pluck()
    .get({ entry, liveIds: JSON.stringify(liveIds) }) as number;
}

/** The next letter stored per debtor (not in `liveIds`), as text. */
export function storedNextLetters(db: Db, liveIds: readonly number[]): Map<number, string> {
  const rows = preparedSql(
    db,
    'worklistNextLetters',
    'SELECT debtor_id AS debtorId, next_letter AS nextLetter FROM worklist_debtors WHERE next_letter IS NOT NULL AND debtor_id NOT IN (SELECT value FROM json_each(@liveIds))',
  ).all({ liveIds: JSON.stringify(liveIds) }) as { debtorId: number; nextLetter: string }[];
  return new Map(rows.map((r) => [r.debtorId, r.nextLetter]));
}
