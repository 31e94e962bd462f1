// Importing an accounting package's open items through the channels the import screen uses: inspect
// (mapping suggested), preview (nothing written, every problem by row), confirm (one transaction),
// the next export updating by debtor and invoice number, and invoices a full export no longer lists.
import { handlerTest } from './test-context';
import { importFile } from './test-statements';
import { dumpTables } from '../db/test-fixtures';

const TODAY = '2026-12-02';
const HEADER = 'Debiteurnummer;Debiteur;Factuurnummer;Factuurdatum;Vervaldatum;Factuurbedrag;Openstaand bedrag;Valuta;Betalingskenmerk';
const csv = (...lines: string[]) => lines.join('\r\n') + '\r\n';

const FIRST_EXPORT = csv(
  HEADER,
  '1001;Leeflang & Zn;2026-0041;01-10-2026;31-10-2026;1.210,00;1.210,00;EUR;8000000020260041',
  '1001;Leeflang & Zn;2026-0042;15-10-2026;14-11-2026;178,49;78,49;EUR;',
  '1002;Bakkerij De Zon B.V.;2026-0043;20-10-2026;19-11-2026;2.898,24;2.898,24;EUR;',
);

async function setup() {
  const t = handlerTest(TODAY, { demo: false });
  const inspection = await t.ok('imports:inspectOpenItems', { file: importFile('openstaand.csv', FIRST_EXPORT) });
  const mapping = inspection.suggestion!.mapping;
  const request = (content: string, extra: Record<string, unknown> = {}) => ({
    file: importFile('openstaand.csv', content),
    sourceName: 'Exact Online',
    presetId: inspection.suggestion!.presetId,
    mapping,
    ...extra,
  });
  const open = () => Object.fromEntries(t.rows<{ number: string; open: number }>(
    `SELECT i.number, (SELECT SUM(amount_cents) FROM invoice_lines l WHERE l.invoice_id = i.id)
       - COALESCE((SELECT SUM(amount_cents) FROM payment_allocations a WHERE a.invoice_id = i.id AND a.kind = 'principal'), 0) AS open
     FROM invoices i ORDER BY i.number`).map((r) => [r.number, r.open]));
  return { ...t, inspection, request, open };
}

describe('importing open items', () => {
  it('suggests the mapping from the header and shows the first rows', async () => {
    const { inspection, close } = await setup();
    expect(inspection.fileErrors).toEqual([]);
    expect(inspection.format).toMatchObject({ kind: 'csv', delimiter: ';' });
    expect(inspection.suggestion!.missing).toEqual([]);
    expect(inspection.suggestion!.mapping.columns).toMatchObject({ debtorCode: 'Debiteurnummer', invoiceNumber: 'Factuurnummer', openAmount: 'Openstaand bedrag' });
    expect(inspection.preview[0]).toEqual(['1001', 'Leeflang & Zn', '2026-0041', '01-10-2026', '31-10-2026', '1.210,00', '1.210,00', 'EUR', '8000000020260041']);
    close();
  });

  it('previews what it would do and writes nothing', async () => {
    const { ok, sqlite, request, close } = await setup();
    const before = dumpTables(sqlite);
    const preview = await ok('imports:previewOpenItems', request(FIRST_EXPORT));
    expect(preview.counts).toMatchObject({ dataRows: 3, valid: 3, withErrors: 0, newDebtors: 2, newInvoices: 3, paidPerBookkeeping: 1, paidPerBookkeepingCents: 10000 });
    expect(preview.issues).toEqual([]);
    expect(dumpTables(sqlite)).toEqual(before);
    close();
  });

  it('imports debtors and invoices in one go; what the bookkeeping shows paid is a payment; the mapping is remembered', async () => {
    const { ok, request, open, rows, close } = await setup();
    const imported = await ok('imports:confirmOpenItems', request(FIRST_EXPORT));
    expect(imported.counts).toMatchObject({ newDebtors: 2, newInvoices: 3 });
    expect(open()).toEqual({ '2026-0041': 121000, '2026-0042': 7849, '2026-0043': 289824 });
    const list = (await ok('debtors:list', {})).rows;
    expect(list.map((d) => [d.number, d.name, d.openCents])).toEqual([
      ['1001', 'Leeflang & Zn', 128849],
      ['1002', 'Bakkerij De Zon B.V.', 289824],
    ]);
    expect(rows('SELECT payment_reference FROM invoices WHERE number = ?', '2026-0041')).toEqual([{ payment_reference: '8000000020260041' }]);
    const sources = await ok('imports:sources', {});
    expect(sources).toEqual([expect.objectContaining({ name: 'Exact Online', mapping: request('').mapping })]);
    const again = await ok('imports:inspectOpenItems', { file: importFile('volgende.csv', FIRST_EXPORT) });
    expect(again.sources.map((s) => s.name)).toEqual(['Exact Online']);
    close();
  });

  it('the next export updates by debtor and invoice number and never duplicates', async () => {
    const { ok, request, open, row, close } = await setup();
    await ok('imports:confirmOpenItems', request(FIRST_EXPORT));
    const next = csv(
      HEADER,
      '1001;Leeflang & Zn;2026-0041;01-10-2026;15-11-2026;1.210,00;210,00;EUR;8000000020260041',
      '1001;Leeflang & Zn;2026-0042;15-10-2026;14-11-2026;178,49;78,49;EUR;',
      '1002;Bakkerij De Zon B.V.;2026-0043;20-10-2026;19-11-2026;2.898,24;2.898,24;EUR;',
      '1003;Schoenhuis Van Dam;2026-0050;25-11-2026;25-12-2026;313,50;313,50;EUR;',
    );
    const preview = await ok('imports:previewOpenItems', request(next));
    expect(preview.counts).toMatchObject({ newDebtors: 1, newInvoices: 1, updatedInvoices: 1, unchangedInvoices: 2, paidPerBookkeeping: 1, paidPerBookkeepingCents: 100000 });
    await ok('imports:confirmOpenItems', request(next));
    expect(open()).toEqual({ '2026-0041': 21000, '2026-0042': 7849, '2026-0043': 289824, '2026-0050': 31350 });
    expect(row<{ n: number }>('SELECT COUNT(*) AS n FROM invoices').n).toBe(4);
    expect(row<{ due_date: string }>("SELECT due_date FROM invoices WHERE number = '2026-0041'").due_date).toBe('2026-11-15');
    close();
  });

  it('lists the invoices a full export no longer has, and marks paid only those the collector confirms', async () => {
    const { ok, refused, request, open, close } = await setup();
    await ok('imports:confirmOpenItems', request(FIRST_EXPORT));
    const next = csv(HEADER, '1002;Bakkerij De Zon B.V.;2026-0043;20-10-2026;19-11-2026;2.898,24;2.898,24;EUR;');
    const partial = await ok('imports:previewOpenItems', request(next));
    expect(partial.missing).toEqual([]);
    const preview = await ok('imports:previewOpenItems', request(next, { fullExport: true }));
    expect(preview.missing.map((m) => [m.number, m.debtorName, m.openCents])).toEqual([
      ['2026-0041', 'Leeflang & Zn', 121000],
      ['2026-0042', 'Leeflang & Zn', 7849],
    ]);
    // Nothing is closed silently: without confirmation both stay open.
    await ok('imports:confirmOpenItems', request(next, { fullExport: true }));
    expect(open()).toMatchObject({ '2026-0041': 121000, '2026-0042': 7849 });
    const bakery = preview.missing[0]!.invoiceId;
    await refused('imports:confirmOpenItems', request(next, { fullExport: true, markPaid: [999] }), /niet .*ontbrekende facturen/);
    await ok('imports:confirmOpenItems', request(next, { fullExport: true, markPaid: [bakery] }));
    expect(open()).toEqual({ '2026-0041': 0, '2026-0042': 7849, '2026-0043': 289824 });
    close();
  });

  it('a bookkeeping payment keeps the promise it covers', async () => {
    const { ok, request, ctx, debtorId, rows, close } = await setup();
    await ok('imports:confirmOpenItems', request(FIRST_EXPORT));
    const { createPromise } = await import('./promises');
    createPromise(ctx.db, { debtorId: debtorId('Bakkerij De Zon B.V.'), madeOn: '2026-11-28', promisedDate: '2026-12-05', amountCents: 289824 });
    const paid = csv(HEADER, '1002;Bakkerij De Zon B.V.;2026-0043;20-10-2026;19-11-2026;2.898,24;0,00;EUR;');
    await ok('imports:confirmOpenItems', request(paid));
    expect(rows('SELECT status FROM promises')).toEqual([{ status: 'kept' }]);
    close();
  });
});
