// Settings are stored key by key as JSON and always read back through the zod schema.
import { eq } from 'drizzle-orm';
import type { Db } from './client';
import { settings } from './schema';
import { DEFAULT_SETTINGS, Settings } from '../domain/settings';

const KEY = 'app';

export function getSettings(db: Db): Settings {
  const row = db.select().from(settings).where(eq(settings.key, KEY)).get();
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
