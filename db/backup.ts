// Backups of the ledger: a consistent copy made with SQLite's VACUUM INTO while the ledger stays open
// (other processes may keep writing), checked before it counts: a copy that fails integrity_check is
// removed, never kept as a backup. Old backups beyond the number to keep are removed, newest kept.
// A backup to restore is checked the same way, and for being Belwijzer's and not from a newer version,
// before anything is replaced.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { defaultMigrationsFolder, lastAppliedMillis, LEDGER_APPLICATION_ID } from './client';

/** Backups are named belwijzer-backup-2026-12-02T06-00-00-000Z.sqlite: sorting by name sorts by time. */
const NAME = /^belwijzer-backup-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.sqlite$/;

/** The backups of a ledger go in a folder beside it, one per ledger file (the demo's apart from the own). */
export function backupFolderOf(dataFile: string): string {
  return path.join(path.dirname(path.resolve(dataFile)), 'backups', path.basename(dataFile).replace(/\.sqlite$/, ''));
}

export function backupFileName(now: Date): string {
  return `belwijzer-backup-${now.toISOString().replace(/[:.]/g, '-')}.sqlite`;
}

/** 'ok', or what SQLite's integrity_check found in the file. */
export function integrityOf(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).join('; ');
  } finally {
    db.close();
  }
}

export interface BackupFile {
  name: string;
  /** When it was made (UTC, from its name). */
  madeAt: string;
  bytes: number;
}

/** The backups in the folder, newest first. */
export function listBackups(folder: string): BackupFile[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .flatMap((name) => {
      const m = NAME.exec(name);
      if (!m) return [];
      return [{ name, madeAt: `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`, bytes: fs.statSync(path.join(folder, name)).size }];
    })
    .sort((a, b) => (a.name < b.name ? 1 : -1));
}

export interface MadeBackup {
  file: string;
  bytes: number;
  removed: string[];
}

/** Writes a checked copy of the open ledger into `folder`; keeps the newest `keep` backups there. */
export function makeBackup(sqlite: Database.Database, folder: string, now: Date, keep: number): MadeBackup {
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, backupFileName(now));
  try {
    sqlite.prepare('VACUUM INTO ?').run(file);
    const integrity = integrityOf(file);
    if (integrity !== 'ok') throw new Error(`integrity_check: ${integrity}`);
  } catch (error) {
    fs.rmSync(file, { force: true });
    throw error;
  }
  const removed = listBackups(folder)
    .slice(keep)
    .map((b) => path.join(folder, b.name));
  for (const old of removed) fs.rmSync(old, { force: true });
  return { file, bytes: fs.statSync(file).size, removed };
}

/** Whether a backup made today (in UTC days) is already there: the daily backup is made once. */
export function hasBackupOn(folder: string, day: string): boolean {
  return listBackups(folder).some((b) => b.madeAt.startsWith(day));
}

export type BackupProblem = 'not_a_database' | 'damaged' | 'not_belwijzer' | 'newer_version';

/** Why this file cannot be restored, or null when it can: checked before anything is replaced. */
export function checkRestorable(file: string, migrationsFolder = defaultMigrationsFolder()): { problem: BackupProblem; detail?: string } | null {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma('schema_version');
  } catch {
    return { problem: 'not_a_database' };
  }
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
    if (integrity !== 'ok') return { problem: 'damaged', detail: integrity.slice(0, 200) };
    if (db.pragma('application_id', { simple: true }) !== LEDGER_APPLICATION_ID) return { problem: 'not_belwijzer' };
    const newest = Math.max(0, ...readMigrationFiles({ migrationsFolder }).map((m) => m.folderMillis));
    if (lastAppliedMillis(db) > newest) return { problem: 'newer_version' };
    return null;
  } catch {
    return { problem: 'damaged' };
  } finally {
    db.close();
  }
}
