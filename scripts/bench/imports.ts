// Issue 12 point 9: how fast real data comes in. 100 000 open items from an accounting export (CSV) and a
// 10 000-entry CAMT.053 statement imported through dispatch, as the import screen and the CLI do —
// read, checked, matched and written in one transaction — next to the machine's floor for the same
// rows: prepared inserts of exactly what the import writes (debtors, invoices and their lines; bank
// entries, payments, their allocations and the interest accrued to them), in one transaction on a ledger
// of the same schema.
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type OpenedDatabase } from '../../db/client';
import { dispatch } from '../../handlers/dispatch';
import type { HandlerContext } from '../../handlers/context';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../ipc/contract';
import { formatMs, median } from './stats';
import { suggestMapping } from '../../formats/open-items/mapping';

const INVOICES = 100_000;
const DEBTORS = 5_000;
const ENTRIES = 10_000;
const TODAY = '2026-11-16';
const invoiceNumber = (i: number) => `F2026-${String(i).padStart(6, '0')}`;

function openItemsCsv(): string {
  const lines = ['Debiteurnummer;Debiteur;Factuurnummer;Factuurdatum;Vervaldatum;Factuurbedrag;Openstaand bedrag;Valuta;Omschrijving'];
  for (let i = 0; i < INVOICES; i++) lines.push(`D${i % DEBTORS};Klant ${i % DEBTORS} B.V.;${invoiceNumber(i)};01-10-2026;31-10-2026;1.234,56;1.234,56;EUR;Levering ${i}`);
  return lines.join('\r\n');
}

/** Credits paying the first 10 000 invoices in full, each naming its invoice in the text. */
function statementXml(): string {
  const ntry = (i: number) =>
    `<Ntry><Amt Ccy="EUR">1234.56</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-11-16</Dt></BookgDt><AcctSvcrRef>BENCH-${i}</AcctSvcrRef>` +
    `<NtryDtls><TxDtls><Refs><AcctSvcrRef>BENCH-${i}</AcctSvcrRef></Refs><RltdPties><Dbtr><Nm>Klant ${i % DEBTORS} B.V.</Nm></Dbtr></RltdPties>` +
    `<RmtInf><Ustrd>Factuur ${invoiceNumber(i)}</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>`;
  return (
    `<?xml version="1.0" encoding="UTF-8"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><GrpHdr><MsgId>BENCH</MsgId><CreDtTm>2026-11-16T06:00:00+01:00</CreDtTm></GrpHdr>` +
    `<Stmt><Id>BENCH</Id><Acct><Id><IBAN>NL36INGB0007654321</IBAN></Id><Ccy>EUR</Ccy></Acct>${Array.from({ length: ENTRIES }, (_, i) => ntry(i)).join('')}</Stmt></BkToCstmrStmt></Document>`
  );
}

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

function contextFor(opened: OpenedDatabase): HandlerContext {
  return { db: opened.db, now: () => new Date(`${TODAY}T09:00:00Z`), dataFile: opened.file, transport: 'preview', version: 'bench', demoLedgerCreated: false };
}

async function call<C extends ChannelName>(ctx: HandlerContext, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await dispatch(ctx, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.data as ChannelOutput<C>;
}

/** The floor: what the open-items import writes, as prepared inserts in one transaction. */
function rawOpenItems(opened: OpenedDatabase): number {
  const { sqlite } = opened;
  const debtor = sqlite.prepare('INSERT INTO debtors (number, name) VALUES (?, ?)');
  const invoice = sqlite.prepare('INSERT INTO invoices (debtor_id, number, invoice_date, due_date, description) VALUES (?, ?, ?, ?, ?)');
  const line = sqlite.prepare('INSERT INTO invoice_lines (invoice_id, description, amount_cents) VALUES (?, ?, ?)');
  const t = performance.now();
  sqlite.transaction(() => {
    const ids: number[] = [];
    for (let d = 0; d < DEBTORS; d++) ids.push(Number(debtor.run(`D${d}`, `Klant ${d} B.V.`).lastInsertRowid));
    for (let i = 0; i < INVOICES; i++) {
      const id = Number(invoice.run(ids[i % DEBTORS], invoiceNumber(i), '2026-10-01', '2026-10-31', `Levering ${i}`).lastInsertRowid);
      line.run(id, `Levering ${i}`, 123456);
    }
  })();
  return performance.now() - t;
}

/** The tables a bank import writes (besides its one import run), in the order their references need. */
const BANK_TABLES = ['payments', 'payment_allocations', 'claim_parts', 'bank_entries'] as const;

/**
 * The floor: exactly the rows the bank import wrote into the app's ledger — its payments, their allocations,
 * the interest accrued to them and the bank entries — read back and written again as prepared inserts in
 * one transaction into a ledger holding the same open items.
 */
function rawBankEntries(raw: OpenedDatabase, app: OpenedDatabase): { ms: number; rows: number } {
  const copy = (table: string) => {
    const columns = (app.sqlite.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all() as string[]).map((c) => `"${c}"`);
    return { rows: app.sqlite.prepare(`SELECT ${columns.join(', ')} FROM ${table} ORDER BY id`).raw().all() as unknown[][], insert: raw.sqlite.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`) };
  };
  // The import's own record, and the source it names, are copied untimed: the open-items floor left them out.
  for (const { rows, insert } of ['import_sources', 'import_runs'].map(copy)) raw.sqlite.transaction(() => rows.forEach((r) => insert.run(...r)))();
  const tables = BANK_TABLES.map(copy);
  const t = performance.now();
  raw.sqlite.transaction(() => {
    for (const { rows, insert } of tables) for (const r of rows) insert.run(...r);
  })();
  return { ms: performance.now() - t, rows: tables.reduce((n, { rows }) => n + rows.length, 0) };
}

export interface ImportFigures {
  lines: string[];
  goals: { what: string; ok: boolean }[];
}

/** The bank import is timed on this many copies of the ledger, and its floor as often: the median of each. */
const BANK_RUNS = 3;

/** A closed copy of a ledger as it is now: its write-ahead log folded in first. */
function copyOf(opened: OpenedDatabase, file: string): string {
  opened.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  fs.copyFileSync(opened.file, file);
  return file;
}

/**
 * Imports into a fresh ledger through dispatch, then the same rows raw into another fresh ledger. The bank
 * statement is imported into copies of the ledger holding the open items, and its floor written into copies
 * of the raw one, BANK_RUNS times: one import of a second is moved by a tenth by a garbage collection or a
 * busy moment of the machine (46 % and 51 % of raw in two runs of the same code).
 */
export async function measureImports(dir: string): Promise<ImportFigures> {
  const csv = openItemsCsv();
  const xml = statementXml();
  const viaApp = openDatabase(path.join(dir, 'import-app.sqlite'));
  const ctx = contextFor(viaApp);
  const request = {
    file: { name: 'openstaand.csv', contentBase64: base64(csv) },
    sourceName: 'Bench',
    presetId: 'generic' as const,
    // The generic preset's reading of these headers, as the mapping screen suggests it.
    mapping: suggestMapping(csv.slice(0, csv.indexOf('\r\n')).split(';'), 'generic').mapping,
  };
  const t = performance.now();
  const imported = await call(ctx, 'imports:confirmOpenItems', request);
  const appOpenItems = performance.now() - t;
  if (imported.counts.newInvoices !== INVOICES) throw new Error(`open-items import: ${JSON.stringify(imported.counts)}`);
  const raw = openDatabase(path.join(dir, 'import-raw.sqlite'));
  const rawOpen = rawOpenItems(raw);

  const appBanks: number[] = [];
  const rawBanks: number[] = [];
  let bankRows = 0;
  const statement = { file: { name: 'afschrift.xml', contentBase64: base64(xml) } };
  for (let run = 0; run < BANK_RUNS; run++) {
    const app = openDatabase(copyOf(viaApp, path.join(dir, `import-app-${run}.sqlite`)));
    const floor = openDatabase(copyOf(raw, path.join(dir, `import-raw-${run}.sqlite`)));
    const started = performance.now();
    const bank = await call(contextFor(app), 'bank:import', statement);
    appBanks.push(performance.now() - started);
    if (bank.matched.length !== ENTRIES) throw new Error(`bank import matched ${bank.matched.length} of ${ENTRIES}: ${JSON.stringify(bank.unmatched[0])}`);
    const written = rawBankEntries(floor, app);
    rawBanks.push(written.ms);
    bankRows = written.rows;
    floor.close();
    app.close();
  }
  const appBank = median(appBanks);
  const rawBank = median(rawBanks);
  raw.close();
  viaApp.close();

  const rate = (n: number, ms: number) => `${Math.round(n / (ms / 1000)).toLocaleString('en')}/s`;
  const share = (app: number, floor: number) => floor / app;
  const lines = [
    `Import, ${(csv.length / 1024 / 1024).toFixed(1)} MB CSV of ${INVOICES.toLocaleString('en')} open items (${DEBTORS.toLocaleString('en')} debtors) through imports:confirmOpenItems: ${formatMs(appOpenItems)} (${rate(INVOICES, appOpenItems)}); ` +
      `raw prepared inserts of the same rows: ${formatMs(rawOpen)} (${rate(INVOICES, rawOpen)}) — ${(share(appOpenItems, rawOpen) * 100).toFixed(0)}% of raw throughput`,
    `Import, ${(xml.length / 1024 / 1024).toFixed(1)} MB CAMT.053 of ${ENTRIES.toLocaleString('en')} credits, each matched to its invoice, through bank:import: ${formatMs(appBank)} (${rate(ENTRIES, appBank)}); ` +
      `raw prepared inserts of the same ${bankRows.toLocaleString('en')} rows (payments, allocations, interest accrued, entries): ${formatMs(rawBank)} (${rate(ENTRIES, rawBank)}) — ${(share(appBank, rawBank) * 100).toFixed(0)}% of raw throughput (medians of ${BANK_RUNS}: ${appBanks.map(formatMs).join(', ')} against ${rawBanks.map(formatMs).join(', ')})`,
  ];
  return {
    lines,
    goals: [
      { what: `open-items import ≥ half of raw throughput (${(share(appOpenItems, rawOpen) * 100).toFixed(0)}%)`, ok: share(appOpenItems, rawOpen) >= 0.5 },
      { what: `bank import ≥ half of raw throughput (${(share(appBank, rawBank) * 100).toFixed(0)}%)`, ok: share(appBank, rawBank) >= 0.5 },
    ],
  };
}

// Run alone: npx tsx scripts/bench/imports.ts
if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = fs.mkdtempSync(path.join((await import('node:os')).tmpdir(), 'belwijzer-bench-imports-'));
  try {
    const figures = await measureImports(dir);
    for (const l of figures.lines) console.log(l);
    for (const g of figures.goals) console.log(`  ${g.ok ? 'met    ' : 'NOT MET'} ${g.what}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
