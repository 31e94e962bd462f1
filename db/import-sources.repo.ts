// Where open items come from (an accounting package's export) with the column mapping remembered for
// it, and the record of every import run. Table-level only.
import { asc, desc, eq } from 'drizzle-orm';
import type { Db } from './client';
import { importRuns, importSources } from './schema';
import type { ColumnMapping, PresetId } from '../domain/open-items';

export type ImportSourceRow = typeof importSources.$inferSelect;

export function listImportSources(db: Db): ImportSourceRow[] {
  return db.select().from(importSources).orderBy(desc(importSources.lastImportedAt), asc(importSources.name)).all();
}

export function findImportSourceByName(db: Db, name: string): ImportSourceRow | undefined {
  return db.select().from(importSources).where(eq(importSources.name, name)).get();
}

/** Creates the source or remembers its new mapping; returns its id. */
export function saveImportSource(db: Db, source: { name: string; presetId: PresetId; mapping: ColumnMapping; importedAt: string }): number {
  return db
    .insert(importSources)
    .values({ name: source.name, presetId: source.presetId, mapping: source.mapping, lastImportedAt: source.importedAt })
    .onConflictDoUpdate({ target: importSources.name, set: { presetId: source.presetId, mapping: source.mapping, lastImportedAt: source.importedAt } })
    .returning({ id: importSources.id })
    .get().id;
}

export function insertImportRun(db: Db, run: typeof importRuns.$inferInsert): number {
  return db.insert(importRuns).values(run).returning({ id: importRuns.id }).get().id;
}
