// A save the ledger file refuses (a view-only start, a full disk, another process holding the lock)
// comes back as a message that says so, not as the generic "something went wrong".
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { dispatch } from '../handlers/dispatch';
import { openDatabase, type Db } from '../db/client';
import { seedDemoLedger } from '../db/demo-ledger';
import { tempDbFile } from '../db/test-db';
import * as schema from '../db/schema';
import type { HandlerContext } from '../handlers/context';

describe('a save the ledger file refuses', () => {
  it('on a view-only ledger: refused as not allowed, saying the ledger can only be viewed, nothing changed', async () => {
    const file = tempDbFile();
    const opened = openDatabase(file);
    seedDemoLedger(opened.db, '2026-11-23');
    opened.close();
    // As db/client.ts opens a ledger for viewing only: a read-only connection, queries only.
    const sqlite = new Database(file, { readonly: true });
    sqlite.pragma('query_only = ON');
    const ctx: HandlerContext = {
      db: drizzle(sqlite, { schema }) as unknown as Db,
      now: () => new Date('2026-11-23T10:00:00Z'),
      dataFile: file,
      transport: 'preview',
      version: 'test',
      demoLedgerCreated: false,
    };
    const before = await dispatch(ctx, 'settings:get', {});
    expect(before.ok).toBe(true);
    const settings = (before as { data: { collectorName: string } }).data;
    const result = await dispatch(ctx, 'settings:update', { ...settings, collectorName: 'Iemand anders' });
    expect(result).toEqual({ ok: false, error: { code: 'not_allowed', message: { key: 'ledger.readOnly' } } });
    expect(((await dispatch(ctx, 'settings:get', {})) as { data: { collectorName: string } }).data.collectorName).toBe(settings.collectorName);
    sqlite.close();
  });
});
