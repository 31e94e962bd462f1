// Real temporary SQLite files for tests: same migrations, same pragmas as the app.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type OpenedDatabase } from './client';

export function tempDbFile(name = 'belwijzer'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'belwijzer-test-'));
  return path.join(dir, `${name}.sqlite`);
}

/** A freshly migrated ledger in a temporary file; call close() when done. */
export function openTestDatabase(): OpenedDatabase {
  return openDatabase(tempDbFile());
}

/** A copy of the migrations with one more at the end, as a next release would ship it. */
export function migrationsWithOneMore(besideFile: string, tag: string, sql: string): string {
  const folder = fs.mkdtempSync(path.join(path.dirname(besideFile), 'mig-'));
  fs.cpSync(path.join(import.meta.dirname, 'migrations'), folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8'));
  journal.entries.push({ idx: journal.entries.length, version: '6', when: Date.now() + 1000, tag, breakpoints: true });
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  fs.writeFileSync(path.join(folder, `${tag}.sql`), sql);
  return folder;
}

/** The migrations folder as it was at `tag` (the later entries left out of the journal), beside `dir`. */
export function migrationsUpTo(tag: string, dir: string): string {
  const folder = path.join(dir, `migrations-${tag}`);
  fs.cpSync(path.join(import.meta.dirname, 'migrations'), folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  journal.entries = journal.entries.slice(0, journal.entries.findIndex((e) => e.tag === tag) + 1);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

/** The tag of the migration just before the one whose tag ends in `suffix`, whatever number work landing in parallel gave them. */
export function migrationBefore(suffix: string): string {
  const journal = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'migrations', 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  return journal.entries[journal.entries.findIndex((e) => e.tag.endsWith(suffix)) - 1]!.tag;
}
