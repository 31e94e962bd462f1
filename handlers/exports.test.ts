// Exports as the collector opens them: Dutch CSV for Excel and XLSX with real numbers and dates; the
// open items read back by the import give the same ledger; the claim CSV says what the dossier says.
import { readXlsxTable } from '../formats/table/read-xlsx';
import { handlerTest } from './test-context';
import { importFile } from './test-statements';

const TODAY = '2026-12-02';
const csvText = (base64: string) => Buffer.from(base64, 'base64').toString('utf8');

describe('exports', () => {
  it('the debtor list as CSV for Dutch Excel, in the language asked for', async () => {
    const t = handlerTest(TODAY);
    const file = await t.ok('exports:list', { list: 'debtors', format: 'csv', language: 'nl' });
    expect(file.fileName).toBe(`debiteuren-${TODAY}.csv`);
    const lines = csvText(file.contentBase64).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Debiteurnummer;Debiteur;Soort;Plaats;Openstaand;Open facturen;Oudste vervaldatum;Dagen over tijd;Volgende stap');
    expect(lines.find((l) => l.includes('Leeflang'))).toMatch(/^\d+;Leeflang & Zn;Zakelijk;Weesp;\d+,\d\d;\d+;\d\d-\d\d-\d{4};\d+;/);
    const en = await t.ok('exports:list', { list: 'debtors', format: 'csv', language: 'en' });
    expect(csvText(en.contentBase64)).toMatch(/Debtor number;Debtor;Kind/);
    t.close();
  });

  it('tasks, the call log and promises as XLSX: amounts are numbers, dates are dates', async () => {
    const t = handlerTest(TODAY);
    const { createPromise } = await import('./promises');
    createPromise(t.ctx.db, { debtorId: t.debtorId('Leeflang & Zn'), madeOn: '2026-11-30', promisedDate: '2026-12-04', amountCents: 123456 });
    for (const list of ['tasks', 'calls', 'promises'] as const) {
      const file = await t.ok('exports:list', { list, format: 'xlsx', language: 'nl' });
      const read = await readXlsxTable(new Uint8Array(Buffer.from(file.contentBase64, 'base64')));
      if (!read.ok) throw new Error(read.error.key);
      expect(read.table.rows[0]![0]).toBe({ tasks: 'Datum', calls: 'Begonnen (UTC)', promises: 'Afgesproken op' }[list]);
      if (list === 'promises') {
        expect(read.table.rows[0]!.slice(3, 5)).toEqual(['Beloofd op', 'Bedrag']);
        expect(read.table.rows[1]!.slice(3, 5)).toEqual([new Date(Date.UTC(2026, 11, 4)), 1234.56]);
      }
    }
    t.close();
  });

  it('open items exported and imported into an empty ledger give the same invoices and amounts', async () => {
    const source = handlerTest(TODAY);
    const file = await source.ok('exports:list', { list: 'openItems', format: 'csv', language: 'nl' });
    const before = source.rows<{ number: string; open: number }>(
      `SELECT i.number, (SELECT SUM(amount_cents) FROM invoice_lines l WHERE l.invoice_id = i.id)
         - COALESCE((SELECT SUM(amount_cents) FROM payment_allocations a WHERE a.invoice_id = i.id AND a.kind = 'principal'), 0) AS open
       FROM invoices i ORDER BY i.number`,
    ).filter((r) => r.open !== 0);
    const target = handlerTest(TODAY, { demo: false });
    const csv = importFile('export.csv', Buffer.from(file.contentBase64, 'base64'));
    const inspection = await target.ok('imports:inspectOpenItems', { file: csv });
    expect(inspection.suggestion!.missing).toEqual([]);
    await target.ok('imports:confirmOpenItems', { file: csv, sourceName: 'Belwijzer', presetId: inspection.suggestion!.presetId, mapping: inspection.suggestion!.mapping });
    const after = target.rows<{ number: string; open: number }>(
      `SELECT i.number, (SELECT SUM(amount_cents) FROM invoice_lines l WHERE l.invoice_id = i.id)
         - COALESCE((SELECT SUM(amount_cents) FROM payment_allocations a WHERE a.invoice_id = i.id AND a.kind = 'principal'), 0) AS open
       FROM invoices i ORDER BY i.number`,
    );
    expect(after).toEqual(before);
    expect((await target.ok('debtors:list', {})).rows.map((d) => [d.number, d.openCents])).toEqual((await source.ok('debtors:list', {})).rows.filter((d) => d.openCents !== 0).map((d) => [d.number, d.openCents]));
    source.close();
    target.close();
  });

  it('the claim CSV for the collection agency carries the dossier’s invoices and the claim’s totals', async () => {
    const t = handlerTest(TODAY);
    const debtors = (await t.ok('debtors:list', {})).rows;
    let found = false;
    for (const d of debtors) {
      const r = await (await import('./dispatch')).dispatch(t.ctx, 'exports:claim', { debtorId: d.id });
      if (!r.ok) continue;
      found = true;
      const text = csvText((r.data as { contentBase64: string }).contentBase64);
      expect(text).toMatch(/^\uFEFFOnderdeel;Omschrijving;Bedrag\r\n/);
      expect(text).toMatch(/Vordering;Hoofdsom;\d+,\d\d/);
      expect(text).toMatch(/Vordering;Totaal;\d+,\d\d/);
      break;
    }
    expect(found).toBe(true);
    t.close();
  });
});
