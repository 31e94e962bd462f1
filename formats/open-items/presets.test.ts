import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseOpenItemsFile, type OpenItemsParse } from './parse';
import { suggestMapping } from './mapping';

const sample = (name: string) => new Uint8Array(readFileSync(join(__dirname, 'samples', name)));
const errorsOf = (p: OpenItemsParse) => [...p.fileErrors.map((m) => m.key), ...p.issues.filter((i) => i.severity === 'error').map((i) => `${i.row}:${i.message.key}`)];

describe('presets for the usual Dutch exports', () => {
  it('Exact Online: recognises the receivables list, takes Amount as what is open, reads quoted fields and a credit note', async () => {
    const parsed = await parseOpenItemsFile(sample('exact-online.csv'), 'Openstaande posten debiteuren.csv');
    expect(errorsOf(parsed)).toEqual([]);
    expect(parsed.presetId).toBe('exact-online');
    expect(parsed.source).toEqual({ kind: 'csv', encoding: 'utf-8', delimiter: ';' });
    expect(parsed.items.map((i) => [i.debtorCode, i.debtorName, i.invoiceNumber, i.invoiceDate, i.dueDate, i.openCents, i.originalCents])).toEqual([
      ['1001', 'Leeflang & Zn', '20260041', '2026-10-01', '2026-10-31', 121000, 121000],
      ['1001', 'Leeflang & Zn', '20260042', '2026-10-15', '2026-11-14', 17849, 17849],
      ['1002', 'Bakkerij De Zon B.V.', '20260043', '2026-10-20', '2026-11-19', 289824, 289824],
      ['1003', 'Jansen "De Hoek" V.O.F.', '20260044', '2026-11-01', '2026-12-01', -5849, -5849],
    ]);
    expect(parsed.items[2]!.description).toBe('Werkschoenen; maat 42-46');
    expect(parsed.items[3]!.isCreditNote).toBe(true);
  });

  it('Twinfield: finds the header under the report title, takes the debtor’s "Naam" (not the daybook’s) and skips the total line', async () => {
    const parsed = await parseOpenItemsFile(sample('twinfield.csv'), 'debiteurenkaart.csv');
    expect(errorsOf(parsed)).toEqual([]);
    expect(parsed.presetId).toBe('twinfield');
    expect(parsed.headerRow).toBe(4);
    expect(parsed.mapping?.columns.debtorName).toBe('Naam (2)');
    expect(parsed.counts).toMatchObject({ dataRows: 4, valid: 3, totals: 1 });
    expect(parsed.items.map((i) => [i.row, i.debtorCode, i.debtorName, i.invoiceNumber, i.invoiceDate, i.originalCents, i.openCents])).toEqual([
      [5, '1004', 'Schoenhuis Van Dam', '2026-0311', '2026-09-05', 313522, 313522],
      [6, '1004', 'Schoenhuis Van Dam', '2026-0312', '2026-09-12', 50000, 25000],
      [7, '1005', 'Modehuis Ter Horst', '2026-0313', '2026-09-19', 8995, 8995],
    ]);
  });

  it('Moneybird: a comma-separated file with decimal points, a quoted thousands separator and the betalingskenmerk', async () => {
    const parsed = await parseOpenItemsFile(sample('moneybird.csv'), 'facturen.csv');
    expect(errorsOf(parsed)).toEqual([]);
    expect(parsed.presetId).toBe('moneybird');
    expect(parsed.source).toMatchObject({ delimiter: ',' });
    expect(parsed.items.map((i) => [i.invoiceNumber, i.debtorCode, i.debtorName, i.originalCents, i.openCents, i.paymentReference])).toEqual([
      ['2026-0100', 'K-17', 'Sportief Schoeisel', 181500, 181500, '5010002167010010'],
      ['2026-0101', 'K-18', 'Loopwerk, Utrecht', 104990, 4990, null],
      ['2026-0102', 'K-17', 'Sportief Schoeisel', 6050, 6050, null],
    ]);
  });

  it('e-Boekhouden: a Windows-1252 file decodes ’ € é ë right, and the due date comes from the payment term', async () => {
    const bytes = sample('e-boekhouden-windows-1252.csv');
    expect(bytes.includes(0x92)).toBe(true); // ’ in Windows-1252, a control character to Node's TextDecoder
    const withoutTerm = await parseOpenItemsFile(bytes, 'openposten.csv');
    expect(withoutTerm.presetId).toBe('e-boekhouden');
    expect(withoutTerm.fileErrors.map((m) => m.key)).toEqual(['import.file.missingColumn.dueDate']);

    const parsed = await parseOpenItemsFile(bytes, 'openposten.csv', { mapping: { ...withoutTerm.mapping!, dueDateTermDays: 14 }, presetId: 'e-boekhouden' });
    expect(errorsOf(parsed)).toEqual([]);
    expect(parsed.source).toMatchObject({ encoding: 'windows-1252' });
    expect(parsed.items.map((i) => [i.invoiceNumber, i.debtorCode, i.debtorName, i.invoiceDate, i.dueDate, i.originalCents, i.openCents])).toEqual([
      ['F-2026-201', 'D300', 'Café ’t Hoekje', '2026-09-01', '2026-09-15', 125000, 100000],
      ['F-2026-202', 'D301', 'Brasserie Zoë & Hélène', '2026-09-08', '2026-09-22', 7550, 7550],
      ['F-2026-203', 'D300', 'Café ’t Hoekje', '2026-09-15', '2026-09-29', 30000, 30000],
    ]);
  });

  it('tolerates case, spaces, dots and accents in headers, and a renamed column falls back to the generic names', () => {
    const s = suggestMapping([' FACTUURNR. ', 'debiteur', 'NAAM', 'boekdatum', 'verval datum', 'openstaand  bedrag', 'Euro']);
    expect(s.presetId).toBe('twinfield');
    expect(s.mapping.columns).toMatchObject({ invoiceNumber: ' FACTUURNR. ', debtorCode: 'debiteur', debtorName: 'NAAM', dueDate: 'verval datum', openAmount: 'openstaand  bedrag' });
    expect(s.missing).toEqual([]);
  });

  it('suggests the generic preset for Belwijzer’s own headers and for unknown ones, naming what is missing', () => {
    expect(suggestMapping(['Debiteurnummer', 'Debiteur', 'Factuurnummer', 'Factuurdatum', 'Vervaldatum', 'Factuurbedrag', 'Openstaand bedrag']).presetId).toBe('generic');
    const unknown = suggestMapping(['Kolom1', 'Kolom2', 'Factuurnummer']);
    expect(unknown.presetId).toBe('generic');
    expect(unknown.missing).toEqual(['debtorCode', 'debtorName', 'invoiceDate', 'dueDate', 'openAmount']);
  });
});

describe('XLSX exports', () => {
  it('SnelStart: reads date cells, number cells, a formula result and amounts typed as text', async () => {
    const { makeWorkbook } = await import('../testing/workbook');
    const bytes = await makeWorkbook([
      {
        name: 'Openstaande verkoopfacturen',
        rows: [
          ['Openstaande verkoopfacturen per 30-11-2026'],
          [],
          ['Relatiecode', 'Naam', 'Factuurnummer', 'Factuurdatum', 'Vervaldatum', 'Factuurbedrag', 'Openstaand saldo', 'Omschrijving'],
          [2001, { richText: [{ text: 'Voetzorg ' }, { text: 'Noord', font: { bold: true } }] }, 'S-9001', new Date(Date.UTC(2026, 9, 1)), new Date(Date.UTC(2026, 9, 31)), 1234.56, 1234.56, 'Inlegzolen'],
          [2002, 'Orthopedie Zuid', 'S-9002', new Date(Date.UTC(2026, 9, 2)), 46327, { formula: 'F5*1.21', result: 121.00000000000001 }, 0.1 + 0.2, 'Steunzolen'],
          [2003, 'Sportzaak Oost', 'S-9003', '03-10-2026', '2026-11-02', '1.234,56', '1.000,00', { text: 'Bestelling', hyperlink: 'https://example.test/order' }],
        ],
        formats: { 4: 'dd-mm-yyyy', 5: 'dd-mm-yyyy', 6: '#,##0.00', 7: '#,##0.00' },
      },
    ]);
    const parsed = await parseOpenItemsFile(bytes, 'openstaand.xlsx', { presetId: 'snelstart' });
    expect(errorsOf(parsed)).toEqual([]);
    expect(parsed.source).toEqual({ kind: 'xlsx', sheet: 'Openstaande verkoopfacturen', sheets: ['Openstaande verkoopfacturen'], date1904: false });
    expect(parsed.headerRow).toBe(3);
    expect(parsed.items.map((i) => [i.row, i.debtorCode, i.debtorName, i.invoiceNumber, i.invoiceDate, i.dueDate, i.originalCents, i.openCents, i.description])).toEqual([
      [4, '2001', 'Voetzorg Noord', 'S-9001', '2026-10-01', '2026-10-31', 123456, 123456, 'Inlegzolen'],
      [5, '2002', 'Orthopedie Zuid', 'S-9002', '2026-10-02', '2026-11-01', 12100, 30, 'Steunzolen'],
      [6, '2003', 'Sportzaak Oost', 'S-9003', '2026-10-03', '2026-11-02', 123456, 100000, 'Bestelling'],
    ]);
  });

  it('reads dates of a workbook in the 1904 date system', async () => {
    const { makeWorkbook } = await import('../testing/workbook');
    const bytes = await makeWorkbook(
      [{ rows: [['Debiteurnummer', 'Debiteur', 'Factuurnummer', 'Factuurdatum', 'Vervaldatum', 'Openstaand'], ['1', 'A', 'F1', 44925, new Date(Date.UTC(2027, 0, 30)), 10]] }],
      { date1904: true },
    );
    const parsed = await parseOpenItemsFile(bytes, 'oud-mac.xlsx');
    expect(errorsOf(parsed)).toEqual([]);
    expect(parsed.items[0]).toMatchObject({ invoiceDate: '2026-12-31', dueDate: '2027-01-30' });
  });

  it('reads the worksheet asked for, and names all worksheets for choosing', async () => {
    const { makeWorkbook } = await import('../testing/workbook');
    const header = ['Debiteurnummer', 'Debiteur', 'Factuurnummer', 'Factuurdatum', 'Vervaldatum', 'Openstaand'];
    const bytes = await makeWorkbook([
      { name: 'Toelichting', rows: [['Export van 30-11-2026']] },
      { name: 'Posten', rows: [header, ['1', 'A', 'F1', '01-10-2026', '31-10-2026', '10,00']] },
    ]);
    const parsed = await parseOpenItemsFile(bytes, 'export.xlsx', { sheet: 'Posten' });
    expect(errorsOf(parsed)).toEqual([]);
    expect(parsed.source).toMatchObject({ sheet: 'Posten', sheets: ['Toelichting', 'Posten'] });
    expect(parsed.items.map((i) => i.invoiceNumber)).toEqual(['F1']);
  });
});
