// Backups from Settings and at start: a checked copy, the number kept, a restore that checks the backup
// before it replaces anything and keeps the replaced file aside, and bad backups refused.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { tempDbFile } from '../db/test-db';
import { backupFolderOf } from '../db/backup';
import { DEFAULT_SETTINGS } from '../domain/settings';
import type { ChannelInput, ChannelName, ChannelOutput } from '../ipc/contract';
import { refusalText } from '../test/refusal-text';
import { dispatch } from './dispatch';
import { openLedgerFiles } from './ledger-files';

let clock = new Date('2026-12-02T09:00:00Z');

function app(dataFile = tempDbFile(), backups = false) {
  const files = openLedgerFiles(dataFile, { now: () => clock, transport: 'preview', version: 't' }, { start: 'ask', backups });
  const result = async <C extends ChannelName>(name: C, input: ChannelInput<C>) => dispatch(files.current(), name, input);
  const call = async <C extends ChannelName>(name: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const r = await result(name, input);
    if (!r.ok) throw new Error(refusalText(r.error));
    return r.data as ChannelOutput<C>;
  };
  const refused = async <C extends ChannelName>(name: C, input: ChannelInput<C>) => {
    const r = await result(name, input);
    if (r.ok) throw new Error(`${name} had geweigerd moeten worden`);
    return refusalText(r.error);
  };
  const folder = backupFolderOf(dataFile);
  const debtorNames = async () => (await call('debtors:list', {})).rows.map((d) => d.name);
  const settled = () => new Promise((resolve) => setImmediate(resolve));
  return { dataFile, files, call, refused, folder, debtorNames, settled };
}

const tick = (ms: number) => (clock = new Date(clock.getTime() + ms));

async function ownLedger(a: ReturnType<typeof app>, keep = 14) {
  await a.call('app:startOwnLedger', { ...DEFAULT_SETTINGS, backupsToKeep: keep });
  await a.call('debtors:create', { number: '1001', name: 'Leeflang & Zn', kind: 'business' });
}

describe('backups', () => {
  it('makes a checked copy and keeps only the newest as many as the setting says', async () => {
    const a = app();
    await ownLedger(a, 2);
    for (let i = 0; i < 3; i++) {
      tick(60_000);
      await a.call('backups:make', {});
    }
    const list = await a.call('backups:list', {});
    expect(list.keep).toBe(2);
    expect(list.backups.map((b) => b.madeAt)).toEqual(['2026-12-02T09:03:00.000Z', '2026-12-02T09:02:00.000Z']);
    const copy = new Database(path.join(a.folder, list.backups[0]!.name), { readonly: true });
    expect(copy.prepare('SELECT name FROM debtors').all()).toEqual([{ name: 'Leeflang & Zn' }]);
    copy.close();
    a.files.close();
  });

  it('restores a backup: the ledger is as it was then, and the replaced file is kept aside', async () => {
    const a = app();
    await ownLedger(a);
    tick(60_000);
    const made = await a.call('backups:make', {});
    await a.call('debtors:create', { number: '1002', name: 'Bakkerij De Zon B.V.', kind: 'business' });
    const { keptAside } = await a.call('backups:restore', { name: made.name });
    await a.settled();
    expect(await a.debtorNames()).toEqual(['Leeflang & Zn']);
    const aside = new Database(keptAside, { readonly: true });
    expect(aside.prepare('SELECT name FROM debtors ORDER BY id').all()).toEqual([{ name: 'Leeflang & Zn' }, { name: 'Bakkerij De Zon B.V.' }]);
    aside.close();
    a.files.close();
  });

  it('refuses a damaged backup, one that is no database, another program’s file and one from a newer Belwijzer; nothing is replaced', async () => {
    const a = app();
    await ownLedger(a);
    tick(60_000);
    const made = await a.call('backups:make', {});
    const file = (minutes: number) => path.join(a.folder, `belwijzer-backup-2026-12-0${minutes}T00-00-00-000Z.sqlite`);
    // Damaged: a page of the real backup overwritten.
    const bytes = fs.readFileSync(path.join(a.folder, made.name));
    bytes.fill(0xa5, 4096 * 2, 4096 * 3);
    fs.writeFileSync(file(1), bytes);
    fs.writeFileSync(file(3), 'dit is geen database');
    new Database(file(4)).exec('CREATE TABLE klanten (naam TEXT)');
    fs.copyFileSync(path.join(a.folder, made.name), file(5));
    const newer = new Database(file(5));
    newer.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('toekomst', Date.now() + 10 ** 12);
    newer.close();
    expect(await a.refused('backups:restore', { name: path.basename(file(1)) })).toMatch(/is beschadigd|geen databasebestand/);
    expect(await a.refused('backups:restore', { name: path.basename(file(3)) })).toMatch(/geen databasebestand/);
    expect(await a.refused('backups:restore', { name: path.basename(file(4)) })).toMatch(/geen Belwijzer-administratie/);
    expect(await a.refused('backups:restore', { name: path.basename(file(5)) })).toMatch(/nieuwere versie/);
    expect(await a.refused('backups:restore', { name: 'belwijzer-backup-2020-01-01T00-00-00-000Z.sqlite' })).toMatch(/bestaat niet/);
    await a.settled();
    expect(await a.debtorNames()).toEqual(['Leeflang & Zn']);
    expect(fs.readdirSync(path.dirname(a.dataFile)).filter((f) => f.includes('voor-terugzetten'))).toEqual([]);
    a.files.close();
  });

  it('the app makes a backup at start, once a day', async () => {
    const a = app();
    await ownLedger(a);
    a.files.close();
    const again = app(a.dataFile, true);
    expect(fs.readdirSync(again.folder)).toHaveLength(1);
    again.files.close();
    tick(60_000);
    const sameDay = app(a.dataFile, true);
    expect(fs.readdirSync(sameDay.folder)).toHaveLength(1);
    sameDay.files.close();
  });
});
