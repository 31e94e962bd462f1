// Measures the file-format layer on this machine: 100 000 open items from CSV (and 20 000 from XLSX)
// parsed and validated, and a 10 000-entry CAMT.053 statement. Run: npx tsx scripts/bench-formats.ts
import { matchBankEntries, type MatchableInvoice } from '../domain/bank-matching';
import { parseBankStatementFile } from '../formats/bank/parse-statement';
import { parseOpenItemsFile } from '../formats/open-items/parse';
import { makeWorkbook } from '../formats/testing/workbook';

function openItemsCsv(rows: number): Uint8Array {
  const lines = ['Debiteurnummer;Debiteur;Factuurnummer;Factuurdatum;Vervaldatum;Factuurbedrag;Openstaand bedrag;Valuta;Betalingskenmerk;Omschrijving;Adres;Postcode;Plaats;E-mail;Telefoon'];
  for (let i = 0; i < rows; i++) {
    const debtor = i % 5000;
    lines.push(`D${debtor};"Klant ${debtor} B.V.";F2026-${i};01-10-2026;31-10-2026;1.234,56;234,56;EUR;;Levering ${i};Straat ${debtor};1234 AB;Amsterdam;k${debtor}@example.nl;020-1234567`);
  }
  return new TextEncoder().encode(lines.join('\r\n'));
}

/** Wall-clock time, and the CPU time of this process: on a shared machine the second is the honest one. */
async function time<T>(label: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = await run();
  const used = process.cpuUsage(cpu);
  console.log(`${label}: ${Math.round(performance.now() - start)} ms wall, ${Math.round((used.user + used.system) / 1000)} ms CPU`);
  return result;
}

const csv = openItemsCsv(100_000);
console.log(`CSV: ${(csv.length / 1024 / 1024).toFixed(1)} MB`);
for (let run = 1; run <= 3; run++) {
  const parsed = await time(`parse 100 000 open items from CSV (run ${run})`, () => parseOpenItemsFile(csv, 'bench.csv'));
  if (parsed.items.length !== 100_000) throw new Error(`expected 100 000 items, got ${parsed.items.length}: ${JSON.stringify(parsed.fileErrors ?? parsed.issues[0])}`);
}

const header = ['Debiteurnummer', 'Debiteur', 'Factuurnummer', 'Factuurdatum', 'Vervaldatum', 'Factuurbedrag', 'Openstaand bedrag'];
const rows: unknown[][] = [header];
for (let i = 0; i < 20_000; i++) rows.push([`D${i % 5000}`, `Klant ${i % 5000}`, `F${i}`, new Date(Date.UTC(2026, 9, 1)), new Date(Date.UTC(2026, 9, 31)), 1234.56, 234.56]);
const xlsx = await makeWorkbook([{ rows: rows as never, formats: { 4: 'dd-mm-yyyy', 5: 'dd-mm-yyyy' } }]);
const parsedXlsx = await time('parse 20 000 open items from XLSX', () => parseOpenItemsFile(xlsx, 'bench.xlsx'));
if (parsedXlsx.items.length !== 20_000) throw new Error('XLSX bench lost rows');

function camt053(entries: number): Uint8Array {
  const ntry = (i: number) =>
    `<Ntry><Amt Ccy="EUR">123.45</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-12-01</Dt></BookgDt><ValDt><Dt>2026-12-01</Dt></ValDt>` +
    `<AcctSvcrRef>BENCH-${i}</AcctSvcrRef><NtryDtls><TxDtls><Refs><EndToEndId>E2E-${i}</EndToEndId></Refs><RltdPties><Dbtr><Nm>Klant ${i % 5000}</Nm></Dbtr>` +
    `<DbtrAcct><Id><IBAN>NL91ABNA0417164300</IBAN></Id></DbtrAcct></RltdPties><RmtInf><Ustrd>Factuur F2026-${i}</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>`;
  const body = Array.from({ length: entries }, (_, i) => ntry(i)).join('');
  const closing = (12345 * entries) / 100;
  return new TextEncoder().encode(
    `<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><GrpHdr><MsgId>B</MsgId></GrpHdr><Stmt><Id>B</Id>` +
      `<Acct><Id><IBAN>NL36INGB0007654321</IBAN></Id><Ccy>EUR</Ccy></Acct>` +
      `<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">0.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-30</Dt></Dt></Bal>` +
      `<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">${closing.toFixed(2)}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-12-01</Dt></Dt></Bal>` +
      `${body}</Stmt></BkToCstmrStmt></Document>`,
  );
}

const statementBytes = camt053(10_000);
console.log(`CAMT.053: ${(statementBytes.length / 1024 / 1024).toFixed(1)} MB`);
const statement = await time('parse a 10 000-entry CAMT.053', async () => parseBankStatementFile(statementBytes, 'bench.xml'));
if (statement.entries.length !== 10_000) throw new Error(`CAMT bench: ${JSON.stringify(statement.errors)}`);
const ledger: MatchableInvoice[] = Array.from({ length: 100_000 }, (_, i) => ({ invoiceId: i, invoiceNumber: `F2026-${i}`, debtorId: i % 5000, openCents: 12345, dueDate: '2026-10-31', paymentReference: null }));
const matched = await time('match 10 000 entries against 100 000 open invoices', async () => matchBankEntries({ entries: statement.entries, invoices: ledger, debtors: [] }));
if (matched.outcomes.filter((o) => o.kind === 'match').length !== 10_000) throw new Error('matching bench lost matches');
