// Opens the ledger file: checks that it is ours and not from a newer Belwijzer, WAL with a busy
// timeout (a second process waits its turn instead of failing), migrations applied under one write
// lock before anything else touches it. A file we may not write is opened for viewing only.
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type { RunResult } from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from './schema';
import { message, type Message } from '../domain/message';
import { todayInAmsterdam } from '../domain/dates';

/** A database or a transaction on it: repositories take either, so callers can compose one transaction. */
export type Db = BaseSQLiteDatabase<'sync', RunResult, typeof schema>;

/**
 * Written into every ledger's header (`PRAGMA application_id`), so a file is recognisably ours:
 * 0x42574A5A, the ASCII letters "BWJZ". A file with tables and another id (or none, and not the
 * tables of a Belwijzer ledger from before the id) belongs to another application and is refused.
 */
export const LEDGER_APPLICATION_ID = 0x42574a5a;

/** How long a connection waits for another process's write to finish before it reports the file busy. */
export const BUSY_TIMEOUT_MS = 5000;

/** Below this much free space at start the user is warned that saving may fail. */
export const LOW_DISK_SPACE_BYTES = 16 * 1024 * 1024;

export interface OpenedDatabase {
  db: Db;
  sqlite: Database.Database;
  file: string;
  /** The copy taken before migrating, when there was something to migrate. */
  backupFile: string | null;
  /** Why this ledger can only be viewed (a read-only file or folder), or null when saving works. */
  readOnly: Message | null;
  /** Something the user should know at start (little free disk space), or null. */
  warning: Message | null;
  close(): void;
}

export type LedgerProblem =
  | 'foreign_file'
  | 'not_a_database'
  | 'newer_ledger'
  | 'migration_failed'
  | 'backup_failed'
  | 'disk_full'
  | 'folder_not_writable'
  | 'read_only_needs_update'
  | 'cannot_open';

/** The ledger cannot be opened; `text` says what is wrong and what to do, `backupFile` only when it exists. */
export class LedgerOpenError extends Error {
  constructor(
    readonly problem: LedgerProblem,
    readonly text: Message,
    readonly backupFile: string | null = null,
    options?: { cause?: unknown },
  ) {
    super(`${text.key} ${JSON.stringify(text.params ?? {})}`, options);
    this.name = 'LedgerOpenError';
  }
}

export function defaultMigrationsFolder(): string {
  // Packaged builds pass their own folder; from source the migrations sit beside this file.
  return path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
}

const MIGRATIONS_TABLE = '__drizzle_migrations';

type Migration = ReturnType<typeof readMigrationFiles>[number];

function tableNames(sqlite: Database.Database): Set<string> {
  const rows = sqlite.prepare("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[];
  return new Set(rows.map((r) => r.name));
}

/** 'new' (no tables), 'ours' (our id), 'ours_unmarked' (a Belwijzer ledger from before the id) or 'foreign'. */
function identify(sqlite: Database.Database): 'new' | 'ours' | 'ours_unmarked' | 'foreign' {
  const id = sqlite.pragma('application_id', { simple: true }) as number;
  if (id === LEDGER_APPLICATION_ID) return 'ours';
  if (id !== 0) return 'foreign';
  const tables = tableNames(sqlite);
  if (tables.size === 0) return 'new';
  return tables.has(MIGRATIONS_TABLE) && tables.has('debtors') ? 'ours_unmarked' : 'foreign';
}

/** When the newest migration applied to this file was made (drizzle's created_at), or 0. */
/** When the newest migration applied to this file was written (drizzle's folderMillis); 0 for a new file. */
export function lastAppliedMillis(sqlite: Database.Database): number {
  if (!tableNames(sqlite).has(MIGRATIONS_TABLE)) return 0;
  const row = sqlite.prepare(`SELECT MAX(CAST(created_at AS INTEGER)) AS last FROM ${MIGRATIONS_TABLE}`).get() as { last: number | null };
  return row.last ?? 0;
}

/** The migrations this file still needs; refuses a file that a newer Belwijzer has migrated further. */
function pendingMigrations(sqlite: Database.Database, migrations: Migration[], file: string): Migration[] {
  const last = lastAppliedMillis(sqlite);
  const newest = Math.max(0, ...migrations.map((m) => m.folderMillis));
  if (last > newest) throw new LedgerOpenError('newer_ledger', message('startup.newerLedger', { file }));
  return migrations.filter((m) => m.folderMillis > last);
}

/** Applies what is pending as drizzle's migrator would, but under one write lock taken up front. */
function migrateUnderLock(sqlite: Database.Database, migrations: Migration[], file: string): void {
  sqlite
    .transaction(() => {
      sqlite.exec(`CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)`);
      // Read again under the lock: another process may have migrated while we waited for it.
      const insert = sqlite.prepare(`INSERT INTO ${MIGRATIONS_TABLE} ("hash", "created_at") VALUES (?, ?)`);
      for (const m of pendingMigrations(sqlite, migrations, file)) {
        for (const statement of m.sql) if (statement.trim()) sqlite.exec(statement);
        insert.run(m.hash, m.folderMillis);
      }
      const violations = sqlite.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0) throw new Error(`foreign_key_check: ${violations.length} rows refer to a missing row after the migration`);
      sqlite.pragma(`application_id = ${LEDGER_APPLICATION_ID}`);
    })
    .immediate();
}

const sqliteCode = (error: unknown): string => String((error as { code?: unknown })?.code ?? '');
// SQLITE_IOERR_SHMSIZE: the WAL index (-shm) could not be given its first pages, on a full disk.
const isDiskFull = (error: unknown) => ['SQLITE_FULL', 'SQLITE_IOERR_SHMSIZE', 'ENOSPC', 'EDQUOT'].includes(sqliteCode(error));
const isNotADatabase = (error: unknown) => sqliteCode(error) === 'SQLITE_NOTADB';
const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function canWrite(target: string): boolean {
  try {
    fs.accessSync(target, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function freeBytes(dir: string): number | null {
  try {
    const s = fs.statfsSync(dir);
    return s.bavail * s.bsize;
  } catch {
    return null;
  }
}

function removeLedgerFiles(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true });
}

/** A consistent copy of the ledger beside it; null when it could not be written (and no partial copy is left). */
function backUp(sqlite: Database.Database, target: string): { ok: true } | { ok: false; error: unknown } {
  try {
    sqlite.prepare('VACUUM INTO ?').run(target);
    return { ok: true };
  } catch (error) {
    fs.rmSync(target, { force: true });
    return { ok: false, error };
  }
}

function finish(sqlite: Database.Database, file: string, extra: Partial<OpenedDatabase> & { cleanup?: () => void }): OpenedDatabase {
  // The Amsterdam calendar day of a moment, for statements that order by it (the timeline): SQLite knows no time zones.
  sqlite.function('amsterdam_day', { deterministic: true }, (moment: unknown) => (typeof moment === 'string' ? todayInAmsterdam(new Date(moment)) : null));
  const db = drizzle(sqlite, { schema }) as unknown as Db;
  return {
    db,
    sqlite,
    file,
    backupFile: extra.backupFile ?? null,
    readOnly: extra.readOnly ?? null,
    warning: extra.warning ?? null,
    close: () => {
      sqlite.close();
      extra.cleanup?.();
    },
  };
}

/**
 * A ledger we may read but not write (read-only file or folder): viewed through a private copy, so
 * SQLite never needs to create -wal/-shm files beside a file it may not change.
 */
function openForViewing(file: string, migrations: Migration[], why: 'file' | 'folder' | 'disk_full'): OpenedDatabase {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'belwijzer-alleen-lezen-'));
  const copy = path.join(dir, path.basename(file));
  const cleanup = () => fs.rmSync(dir, { recursive: true, force: true });
  let sqlite: Database.Database | null = null;
  try {
    fs.copyFileSync(file, copy);
    if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
    sqlite = new Database(copy, { readonly: true, fileMustExist: true });
    const kind = identify(sqlite);
    if (kind === 'foreign') throw new LedgerOpenError('foreign_file', message('startup.foreignFile', { file }));
    if (kind === 'new') throw new LedgerOpenError('folder_not_writable', message('startup.folderNotWritable', { folder: path.dirname(file) }));
    if (pendingMigrations(sqlite, migrations, file).length > 0)
      throw why === 'disk_full'
        ? new LedgerOpenError('disk_full', message('startup.diskFull', { file, backup: 'none' }))
        : new LedgerOpenError('read_only_needs_update', message('startup.readOnlyNeedsUpdate', { file }));
    sqlite.pragma('query_only = ON');
    const key = { file: 'startup.readOnlyFile', folder: 'startup.readOnlyFolder', disk_full: 'startup.readOnlyDiskFull' }[why];
    const readOnly = message(key, { file, folder: path.dirname(file) });
    return finish(sqlite, file, { readOnly, cleanup });
  } catch (error) {
    sqlite?.close();
    cleanup();
    if (error instanceof LedgerOpenError) throw error;
    if (isNotADatabase(error)) throw new LedgerOpenError('not_a_database', message('startup.notADatabase', { file }), null, { cause: error });
    if (isDiskFull(error)) throw new LedgerOpenError('disk_full', message('startup.diskFull', { file }), null, { cause: error });
    throw new LedgerOpenError('cannot_open', message('startup.cannotOpen', { file, reason: reasonOf(error) }), null, { cause: error });
  }
}

export interface OpenOptions {
  migrationsFolder?: string;
  now?: () => Date;
  /** Where the copy before a migration goes; beside the ledger unless a test needs it elsewhere. */
  backupPath?: (file: string, stamp: string) => string;
}

export function openDatabase(file: string, options: OpenOptions = {}): OpenedDatabase {
  const migrations = readMigrationFiles({ migrationsFolder: options.migrationsFolder ?? defaultMigrationsFolder() });
  if (file === ':memory:') {
    const sqlite = new Database(file);
    sqlite.pragma('foreign_keys = OFF');
    migrateUnderLock(sqlite, migrations, file);
    sqlite.pragma('foreign_keys = ON');
    return finish(sqlite, file, {});
  }

  const dir = path.dirname(path.resolve(file));
  const fileExisted = fs.existsSync(file);
  const existed = fileExisted && fs.statSync(file).size > 0; // an empty file is a new ledger
  if (existed && !canWrite(file)) return openForViewing(file, migrations, 'file');
  if (existed && !canWrite(dir)) return openForViewing(file, migrations, 'folder');
  if (!existed) {
    try {
      fs.mkdirSync(dir, { recursive: true });
    } catch (error) {
      if (isDiskFull(error)) throw new LedgerOpenError('disk_full', message('startup.diskFull', { file }), null, { cause: error });
      throw new LedgerOpenError('folder_not_writable', message('startup.folderNotWritable', { folder: dir }), null, { cause: error });
    }
    if (!canWrite(dir)) throw new LedgerOpenError('folder_not_writable', message('startup.folderNotWritable', { folder: dir }));
  }

  let sqlite: Database.Database | null = null;
  let backupFile: string | null = null;
  let migrating = false;
  try {
    sqlite = new Database(file);
    // First, before anything that writes: wait for other processes instead of failing on their locks,
    // and leave a file that is not ours exactly as it was.
    sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    const kind = identify(sqlite);
    if (kind === 'foreign') throw new LedgerOpenError('foreign_file', message('startup.foreignFile', { file }));
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');

    const pending = pendingMigrations(sqlite, migrations, file);
    if (pending.length > 0 || kind !== 'ours') {
      if (pending.length > 0 && kind !== 'new') {
        // A consistent copy aside first: a failed migration must leave the user's data intact.
        const stamp = (options.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
        const target = options.backupPath?.(file, stamp) ?? `${file}.voor-migratie-${stamp}.bak`;
        const copied = backUp(sqlite, target);
        if (!copied.ok)
          throw new LedgerOpenError(
            'backup_failed',
            message(isDiskFull(copied.error) ? 'startup.backupFailedDiskFull' : 'startup.backupFailed', { file, folder: path.dirname(target) }),
            null,
            { cause: copied.error },
          );
        backupFile = target;
      }
      // Foreign keys off while migrating: drizzle-kit table rebuilds would cascade-delete child rows.
      sqlite.pragma('foreign_keys = OFF');
      migrating = true;
      migrateUnderLock(sqlite, migrations, file);
      migrating = false;
    }
    sqlite.pragma('foreign_keys = ON');
    const free = freeBytes(dir);
    const warning = free !== null && free < LOW_DISK_SPACE_BYTES ? message('startup.lowDiskSpace', { folder: dir, freeMb: Math.floor(free / 1024 / 1024) }) : null;
    return finish(sqlite, file, { backupFile, warning });
  } catch (error) {
    sqlite?.close();
    // A ledger we were creating and could not finish is removed, with its -wal/-shm: no stray files.
    if (!fileExisted) removeLedgerFiles(file);
    if (error instanceof LedgerOpenError) throw error;
    if (isNotADatabase(error)) throw new LedgerOpenError('not_a_database', message('startup.notADatabase', { file }), null, { cause: error });
    // An existing ledger on a full disk can still be looked at (through a copy elsewhere, if there is room).
    if (isDiskFull(error) && existed && !migrating) return openForViewing(file, migrations, 'disk_full');
    if (isDiskFull(error))
      throw new LedgerOpenError('disk_full', message('startup.diskFull', { file, backup: backupFile ?? 'none' }), backupFile, { cause: error });
    if (sqliteCode(error).startsWith('SQLITE_BUSY'))
      throw new LedgerOpenError('cannot_open', message('startup.busy', { file }), backupFile, { cause: error });
    if (!migrating)
      throw new LedgerOpenError('cannot_open', message('startup.cannotOpen', { file, reason: reasonOf(error) }), backupFile, { cause: error });
    throw new LedgerOpenError(
      'migration_failed',
      message('startup.migrationFailed', { file, reason: reasonOf(error), backup: backupFile ?? 'none' }),
      backupFile,
      { cause: error },
    );
  }
}
