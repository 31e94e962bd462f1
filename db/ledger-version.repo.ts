// Whether the ledger changed since a moment: SQLite's data_version moves when another connection commits
// a change to the file, total_changes() when this connection writes. Together they name one state of
// the ledger as this connection sees it, so a read path can keep what it derived from that state.
import type { Db } from './client';
import { preparedSql } from './prepared';

export function ledgerVersion(db: Db): string {
  const row = preparedSql(db, 'ledgerVersion', 'SELECT (SELECT data_version FROM pragma_data_version()) AS version, total_changes() AS changes').get() as {
    version: number;
    changes: number;
  };
  return `${row.version}:${row.changes}`;
}
