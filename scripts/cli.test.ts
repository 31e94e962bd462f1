// The command line run as a scheduler runs it: a real process (node scripts/belwijzer.mjs) on a real ledger
// file, its exit code and what it prints checked. The imports go through the same handlers as the app.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { tempDbFile } from '../db/test-db';
import { openDatabase } from '../db/client';
import { camt053 } from '../handlers/test-statements';
import { EXIT, main } from './cli';

const run = promisify(execFile);
const BIN = path.join(import.meta.dirname, 'belwijzer.mjs');

async function belwijzer(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env: { ...process.env, BELWIJZER_DB: '' } });
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout, err: e.stderr };
  }
}

function ledger() {
  const file = tempDbFile();
  openDatabase(file).close();
  const dir = path.dirname(file);
  const write = (name: string, content: string) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, content);
    return p;
  };
  const query = <T>(sql: string) => {
    const db = new Database(file, { readonly: true });
    try {
      return db.prepare(sql).all() as T[];
    } finally {
      db.close();
    }
  };
  return { file, dir, write, query };
}

const EXACT = [
  'AccountCode;AccountName;InvoiceNumber;InvoiceDate;DueDate;Amount;CurrencyCode;Description',
  '1001;Leeflang & Zn;20260041;01-10-2026;31-10-2026;1.210,00;EUR;Schoenen',
  '1002;Bakkerij De Zon B.V.;20260043;20-10-2026;19-11-2026;2.898,24;EUR;Werkschoenen',
].join('\r\n');

// Each run starts Node and tsx: seconds on a loaded 2-core machine, so these tests get more time than the suite's 30 s.
describe('npx belwijzer', { timeout: 180_000 }, () => {
  it('import-invoices with the Exact preset, then import-bank: exit 0, a summary, the ledger changed', async () => {
    const { file, write, query } = ledger();
    const invoices = await belwijzer('import-invoices', write('exact.csv', EXACT), '--preset', 'exact', '--db', file);
    expect(invoices).toMatchObject({ code: 0, err: '' });
    expect(invoices.out).toMatch(/Ingelezen uit Exact Online: 2 nieuwe facturen, 0 bijgewerkt, 0 ongewijzigd, 2 nieuwe debiteuren/);
    expect(query<{ number: string }>('SELECT number FROM invoices ORDER BY number').map((r) => r.number)).toEqual(['20260041', '20260043']);

    const statement = camt053([{ amount: '1210.00', date: '2026-11-30', name: 'Leeflang & Zn', iban: 'NL91ABNA0417164300', text: 'factuur 20260041' }]);
    const bank = await belwijzer('import-bank', write('afschrift.xml', statement), '--db', file);
    expect(bank).toMatchObject({ code: 0, err: '' });
    expect(bank.out).toMatch(/1 betalingen toegewezen, 0 teruggeboekt, 0 niet herkend/);
    const again = await belwijzer('import-bank', write('afschrift.xml', statement), '--db', file);
    expect(again.out).toMatch(/0 betalingen toegewezen.*1 al eerder ingelezen/);
    expect(query('SELECT amount_cents FROM payments')).toEqual([{ amount_cents: 121000 }]);
  });

  it('a file with a bad row: exit 2, the row named, nothing imported; --only-valid-rows imports the rest', async () => {
    const { file, write, query } = ledger();
    const csv = write('exact.csv', `${EXACT}\r\n1003;Van Dam;20260050;31-02-2026;31-03-2026;10,00;EUR;x`);
    const refused = await belwijzer('import-invoices', csv, '--preset', 'exact', '--db', file);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/Rij 4 \(InvoiceDate\): fout: .*31-02-2026/);
    expect(refused.err).toMatch(/er is niets ingelezen/);
    expect(query('SELECT * FROM invoices')).toEqual([]);
    const valid = await belwijzer('import-invoices', csv, '--preset', 'exact', '--only-valid-rows', '--db', file);
    expect(valid.code).toBe(0);
    expect(query('SELECT number FROM invoices')).toHaveLength(2);
  });

  it('a file that is no export: exit 2; a ledger that is not Belwijzer’s: exit 3', async () => {
    const { file, write, dir } = ledger();
    expect(await belwijzer('import-invoices', write('scan.csv', '%PDF-1.7\n'), '--db', file)).toMatchObject({ code: 2, err: expect.stringMatching(/is een PDF/) });
    const foreign = path.join(dir, 'ander.sqlite');
    new Database(foreign).exec('CREATE TABLE x (a)');
    expect(await belwijzer('worklist', '--db', foreign)).toMatchObject({ code: 3, err: expect.stringMatching(/.+/) });
  });

  it('worklist --date prints that day’s list; backup writes a checked copy and keeps the newest', async () => {
    const { file, dir, write } = ledger();
    expect(await belwijzer('worklist', '--date', '2026-12-02', '--db', file)).toMatchObject({ code: 0, out: expect.stringMatching(/Werklijst voor 2 december 2026: niets te doen/) });
    // The dunning schedule's worklist, as Vandaag shows it: each overdue debtor's next step and why.
    expect((await belwijzer('import-invoices', write('exact.csv', EXACT), '--preset', 'exact', '--db', file)).code).toBe(0);
    const list = await belwijzer('worklist', '--date', '2026-12-02', '--db', file);
    expect(list.code).toBe(0);
    expect(list.out.split('\n').slice(0, 3)).toEqual([
      'Werklijst voor 2 december 2026: 2 punten',
      '! \tBrief\tLeeflang & Zn\t€ 1.210,00\tBetalingsherinnering versturen: 1 factuur, € 1.210,00, 30 dagen te laat',
      '! \tBrief\tBakkerij De Zon B.V.\t€ 2.898,24\tBetalingsherinnering versturen: 1 factuur, € 2.898,24, 12 dagen te laat',
    ]);
    const to = path.join(dir, 'backups');
    for (let i = 0; i < 2; i++) expect((await belwijzer('backup', '--to', to, '--keep', '1', '--db', file)).code).toBe(0);
    const backups = fs.readdirSync(to);
    expect(backups).toHaveLength(1);
    const copy = new Database(path.join(to, backups[0]!), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT COUNT(*) AS n FROM __drizzle_migrations').get()).toEqual({ n: expect.any(Number) });
    copy.close();
  });
});

// The same main() in this process: wrong commands and options are refused before any ledger is opened.
describe('usage errors', () => {
  async function inProcess(...args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }
  it.each([
    [['verstuur'], /Onbekende opdracht ‘verstuur’/],
    [[], /Gebruik: belwijzer/],
    [['import-bank'], /Noem het bestand/],
    [['import-bank', '/bestaat/niet.xml'], /kan niet worden gelezen \(ENOENT\)/],
    [['import-invoices', import.meta.filename, '--preset', 'sap'], /Onbekende voorinstelling ‘sap’/],
    [['worklist', '--date', '2026-13-01'], /‘2026-13-01’ is geen datum/],
    [['backup', '--keep', '0'], /--keep moet een geheel aantal/],
    [['worklist', '--onbekend'], /Gebruik: belwijzer/],
  ])('%j', async (args, text) => {
    expect(await inProcess(...args)).toMatchObject({ code: EXIT.usage, err: expect.stringMatching(text) });
  });
});
