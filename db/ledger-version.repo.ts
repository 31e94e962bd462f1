// Whether the ledger changed since a moment: SQLite's data_version moves when another connection commits
// a change to the file, total_changes() when this connection writes. Together they name one state of
// the ledger as this connection sees it, so a read path can keep what it derived from that state.
import type { Db } from './client';
import { connectionOf, preparedSql } from './prepared';

export function ledgerVersion(db: Db): string {
  const row = preparedSql(db, 'ledgerVersion', 'SELECT (SELECT data_version FROM pragma_data_version()) AS version, total_changes() AS changes').get() as {
    version: number;
    changes: number;
  };
  return `${row.version}:${row.changes}`;
}

/** What a read path keeps per connection: the values it derived from one state of the ledger, by key. */
export type KeptPerLedgerState<T> = WeakMap<object, { version: string; byKey: Map<string, T> }>;

/**
 * The value for `key` derived from the ledger as it stands, made by `make` unless this connection already
 * made it since the last change (ledgerVersion). Any change forgets everything kept; a new key when
 * `bound` values are kept for this state forgets them too (a large value: keep 1).
 */
export function keptForLedgerState<T>(kept: KeptPerLedgerState<T>, db: Db, key: string, bound: number, make: () => T): T {
  const version = ledgerVersion(db);
  let state = kept.get(connectionOf(db));
  if (state?.version !== version) kept.set(connectionOf(db), (state = { version, byKey: new Map() }));
  let value = state.byKey.get(key);
  if (value === undefined) {
    if (state.byKey.size >= bound) state.byKey.clear();
    state.byKey.set(key, (value = make()));
  }
  return value;
}
