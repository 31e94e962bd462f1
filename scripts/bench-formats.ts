// Measures the file-format layer on this machine: 100 000 open items from CSV (and 20 000 from XLSX)
// parsed and validated, and a 10 000-entry CAMT.053 statement. Run: npx tsx scripts/bench-formats.ts
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
