// Settings are stored key by key as JSON and always read back through the zod schema.
import { eq, sql } from 'drizzle-orm';
import type { Db } from './client';
import { settings } from './schema';
import { preparedOnce, preparedSql } from './prepared';
import { DEFAULT_SETTINGS, Settings } from '../domain/settings';
import { DEFAULT_DUNNING_SETTINGS, DunningSettings } from '../domain/dunning/settings';
import type { IsoDate } from '../domain/dates';

const KEY = 'app';

/** One stored setting; read on every request (the settings, the day settled). */
const settingRow = (db: Db, key: string) =>
  preparedOnce(db, 'setting', (d) => d.select().from(settings).where(eq(settings.key, sql.placeholder('key'))).prepare()).get({ key });

export function getSettings(db: Db): Settings {
  const row = settingRow(db, KEY);
  if (!row) return DEFAULT_SETTINGS;
  const parsed = Settings.safeParse({ ...DEFAULT_SETTINGS, ...JSON.parse(row.value) });
  // A value saved by an older version that no longer fits falls back to the defaults, field by field.
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export function saveSettings(db: Db, next: Settings): Settings {
  const value = JSON.stringify(Settings.parse(next));
  db.insert(settings).values({ key: KEY, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
  return getSettings(db);
}

const DUNNING_KEY = 'dunning';

/**
 * The settings and the dunning settings as stored (their texts, null when not saved): equal texts are equal
 * settings, so what is derived from them need not read them through their schemas again.
 */
export function settingsTexts(db: Db): { settings: string | null; dunning: string | null } {
  return preparedSql(
    db,
    'settingsTexts',
    `SELECT (SELECT value FROM settings WHERE key = '${KEY}') AS settings, (SELECT value FROM settings WHERE key = '${DUNNING_KEY}') AS dunning`,
  ).get() as { settings: string | null; dunning: string | null };
}

/** The dunning schedules, priority weights and preventive amount; seed 000's defaults until saved. */
export function getDunningSettings(db: Db): DunningSettings {
  const row = settingRow(db, DUNNING_KEY);
  if (!row) return DEFAULT_DUNNING_SETTINGS;
  const parsed = DunningSettings.safeParse({ ...DEFAULT_DUNNING_SETTINGS, ...JSON.parse(row.value) });
  // A value an older version saved that no longer fits the rules falls back to the defaults.
  return parsed.success ? parsed.data : DEFAULT_DUNNING_SETTINGS;
}

export function saveDunningSettings(db: Db, next: DunningSettings): DunningSettings {
  const value = JSON.stringify(DunningSettings.parse(next));
  db.insert(settings).values({ key: DUNNING_KEY, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
  return getDunningSettings(db);
}

const SETTLED_KEY = 'day.settledThrough';

/** The last Amsterdam day for which promises and plans were settled (handlers/day.ts), if any. */
export function settledThrough(db: Db): IsoDate | null {
  const row = settingRow(db, SETTLED_KEY);
  return row ? (JSON.parse(row.value) as IsoDate) : null;
}

/** A number that changes whenever another connection commits to the file (PRAGMA data_version): ours do not change it. */
export function othersChanges(db: Db): number {
  return (preparedSql(db, 'dataVersion', 'PRAGMA data_version').get() as { data_version: number }).data_version;
}

export function markSettledThrough(db: Db, day: IsoDate): void {
  const value = JSON.stringify(day);
  db.insert(settings).values({ key: SETTLED_KEY, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
}

/** False for a ledger opened only to look at (a copy opened query-only, db/client.ts): nothing can be settled in it. */
export function isWritable(db: Db): boolean {
  // Prepared once: asked before each read of the stored worklist, and drizzle would build and prepare it anew.
  // Its one value plucked: a pragma's row object is made by a function better-sqlite3 compiles at each run.
  return preparedSql(db, 'queryOnly', 'PRAGMA query_only').pluck().get() !== 1;
}

const LEDGER_KIND_KEY = 'ledger.kind';

/** What this file holds: the collector's own administration, or the demo; null until the first start chose. */
export function ledgerKind(db: Db): 'own' | 'demo' | null {
  const row = settingRow(db, LEDGER_KIND_KEY);
  const kind = row ? (JSON.parse(row.value) as unknown) : null;
  return kind === 'own' || kind === 'demo' ? kind : null;
}

export function setLedgerKind(db: Db, kind: 'own' | 'demo'): void {
  const value = JSON.stringify(kind);
  db.insert(settings).values({ key: LEDGER_KIND_KEY, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
}
