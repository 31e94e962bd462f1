// First start: the data file stays empty until the collector chooses; the demo opens in a file of its
// own and never lands in the data file; the own administration starts with the company settings.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { tempDbFile } from '../db/test-db';
import { DEFAULT_SETTINGS } from '../domain/settings';
import type { ChannelInput, ChannelName, ChannelOutput } from '../ipc/contract';
import { refusalText } from '../test/refusal-text';
import { dispatch } from './dispatch';
import { DEMO_FILE_NAME, openLedgerFiles } from './ledger-files';

function app(start: 'ask' | 'demo') {
  const dataFile = tempDbFile();
  const files = openLedgerFiles(dataFile, { now: () => new Date('2026-12-02T09:00:00Z'), transport: 'preview', version: 't' }, { start, demoActivity: false });
  const call = async <C extends ChannelName>(name: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const r = await dispatch(files.current(), name, input);
    if (!r.ok) throw new Error(refusalText(r.error));
    return r.data as ChannelOutput<C>;
  };
  const debtorsIn = (file: string) => {
    const db = new Database(file, { readonly: true });
    try {
      return (db.prepare('SELECT COUNT(*) AS n FROM debtors').get() as { n: number }).n;
    } finally {
      db.close();
    }
  };
  // Closing the previous file waits for the request to finish: one turn of the event loop.
  const settled = () => new Promise((resolve) => setImmediate(resolve));
  return { dataFile, files, call, debtorsIn, settled };
}

describe('first start', () => {
  it('a new data file asks; the demo opens in its own file and the data file stays empty', async () => {
    const { dataFile, files, call, debtorsIn, settled } = app('ask');
    expect(await call('app:info', {})).toMatchObject({ ledgerKind: 'new', canSwitchLedger: true, dataFile });
    expect((await call('debtors:list', {})).rows).toEqual([]);
    expect(await call('app:openDemo', {})).toEqual({ switched: true });
    await settled();
    const demo = await call('app:info', {});
    expect(demo).toMatchObject({ ledgerKind: 'demo', dataFile: path.join(path.dirname(dataFile), DEMO_FILE_NAME) });
    expect((await call('debtors:list', {})).rows.map((d) => d.name)).toContain('Leeflang & Zn');
    expect(debtorsIn(dataFile)).toBe(0);
    expect(await call('app:leaveDemo', {})).toEqual({ switched: true });
    await settled();
    expect(await call('app:info', {})).toMatchObject({ ledgerKind: 'new', dataFile });
    // Back to the demo: the same file, with what was done in it, not a new one.
    await call('app:openDemo', {});
    await settled();
    expect(debtorsIn(path.join(path.dirname(dataFile), DEMO_FILE_NAME))).toBe((await call('debtors:list', {})).totals.count);
    files.close();
  });

  it('the own administration starts with the company settings; the first start cannot be repeated', async () => {
    const { files, call } = app('ask');
    const settings = { ...DEFAULT_SETTINGS, company: { ...DEFAULT_SETTINGS.company, name: 'Schoenfabriek Noord BV', kvk: '87654321' }, collectorName: 'Anna Bos' };
    expect(await call('app:startOwnLedger', settings)).toMatchObject({ ledgerKind: 'own' });
    expect(await call('settings:get', {})).toMatchObject({ company: { name: 'Schoenfabriek Noord BV' }, collectorName: 'Anna Bos' });
    const again = await dispatch(files.current(), 'app:startOwnLedger', settings);
    expect(again.ok).toBe(false);
    expect(refusalText((again as { error: Parameters<typeof refusalText>[0] }).error)).toMatch(/al in gebruik/);
    files.close();
  });

  it('tests and the dev server may still start with the demo in the given file', async () => {
    const { dataFile, files, call, debtorsIn } = app('demo');
    expect(await call('app:info', {})).toMatchObject({ ledgerKind: 'demo', demoLedgerCreated: true });
    expect(debtorsIn(dataFile)).toBeGreaterThan(0);
    expect(fs.existsSync(path.join(path.dirname(dataFile), DEMO_FILE_NAME))).toBe(false);
    files.close();
  });
});
