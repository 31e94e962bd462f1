// Opens the ledger file: WAL, foreign keys on, migrations applied before anything else touches it.
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type { RunResult } from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from './schema';

/** A database or a transaction on it: repositories take either, so callers can compose one transaction. */
export type Db = BaseSQLiteDatabase<'sync', RunResult, typeof schema>;

export interface OpenedDatabase {
  db: Db;
  sqlite: Database.Database;
  file: string;
  /** The copy taken before migrating, when there was something to migrate. */
  backupFile: string | null;
  close(): void;
}

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly backupFile: string | null,
    override readonly cause: unknown,
  ) {
    super(message);
    this.name = 'MigrationError';
  }
}

export function defaultMigrationsFolder(): string {
  // Packaged builds pass their own folder; from source the migrations sit beside this file.
  return path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
}

interface JournalEntry {
  tag: string;
}

function pendingMigrations(sqlite: Database.Database, migrationsFolder: string): number {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: JournalEntry[];
  };
  const hasTable = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name='__drizzle_migrations'")
    .get();
  const applied = hasTable ? (sqlite.prepare('SELECT COUNT(*) AS n FROM __drizzle_migrations').get() as { n: number }).n : 0;
  return journal.entries.length - applied;
}

function hasUserTables(sqlite: Database.Database): boolean {
  return !!sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' LIMIT 1").get();
}

export function openDatabase(
  file: string,
  options: { migrationsFolder?: string; now?: () => Date } = {},
): OpenedDatabase {
  const migrationsFolder = options.migrationsFolder ?? defaultMigrationsFolder();
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');

  let backupFile: string | null = null;
  try {
    const pending = pendingMigrations(sqlite, migrationsFolder);
    if (pending > 0) {
      if (file !== ':memory:' && hasUserTables(sqlite)) {
        // Copy the existing ledger aside first: a failed migration must leave the user's data intact.
        sqlite.pragma('wal_checkpoint(TRUNCATE)');
        const stamp = (options.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
        backupFile = `${file}.voor-migratie-${stamp}.bak`;
        fs.copyFileSync(file, backupFile);
      }
      // Foreign keys off while migrating: drizzle-kit table rebuilds would cascade-delete child rows.
      sqlite.pragma('foreign_keys = OFF');
      const db = drizzle(sqlite, { schema });
      migrate(db, { migrationsFolder });
      const violations = sqlite.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0) throw new Error(`${violations.length} verwijzing(en) kloppen niet na de migratie`);
    }
    sqlite.pragma('foreign_keys = ON');
  } catch (error) {
    sqlite.close();
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(
      `De database ${file} kon niet worden bijgewerkt: ${reason}.` +
        (backupFile ? ` Uw gegevens staan ongewijzigd in ${backupFile}.` : ''),
      backupFile,
      error,
    );
  }

  const db = drizzle(sqlite, { schema }) as unknown as Db;
  return {
    db,
    sqlite,
    file,
    backupFile,
    close: () => sqlite.close(),
  };
}
