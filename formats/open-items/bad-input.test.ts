// Every kind of bad input an open-items import meets, each with its own test: the result names the
// file-level problem, or the row, the file's column and what is wrong — and never lets the bad row
// through as an item.
import { checkImportSize, MAX_IMPORT_BYTES } from '../file/sniff';
import { makeWorkbook } from '../testing/workbook';
import { parseOpenItemsFile, type OpenItemsParse } from './parse';

const HEADER = 'Debiteurnummer;Debiteur;Factuurnummer;Factuurdatum;Vervaldatum;Factuurbedrag;Openstaand bedrag;Valuta;Betalingskenmerk;E-mail';
const GOOD = '1001;Leeflang & Zn;F-1;01-10-2026;31-10-2026;100,00;100,00;EUR;;';
const utf8 = (text: string) => new TextEncoder().encode(text);
const csv = (...lines: string[]) => utf8(lines.join('\r\n') + '\r\n');
const parse = (bytes: Uint8Array, name = 'export.csv', options = {}) => parseOpenItemsFile(bytes, name, options);
const fileKeys = (p: OpenItemsParse) => p.fileErrors.map((m) => m.key);
const issues = (p: OpenItemsParse) => p.issues.map((i) => ({ row: i.row, column: i.column, severity: i.severity, key: i.message.key, params: i.message.params }));
/** One good row around the bad one: the good rows still come through. */
const withBadRow = (bad: string) => csv(HEADER, GOOD, bad);

async function expectRowError(bad: string, key: string, column: string | null, params?: Record<string, unknown>) {
  const parsed = await parse(withBadRow(bad));
  expect(parsed.fileErrors).toEqual([]);
  expect(issues(parsed)).toEqual([expect.objectContaining({ row: 3, column, severity: 'error', key, ...(params ? { params: expect.objectContaining(params) } : {}) })]);
  expect(parsed.items.map((i) => i.row)).toEqual([2]);
  expect(parsed.counts).toMatchObject({ dataRows: 2, valid: 1, withErrors: 1 });
  return parsed;
}

describe('bad files are refused with a message naming what they are', () => {
  it('a file over 50 MB is refused before it is read or parsed', async () => {
    expect(checkImportSize(60 * 1024 * 1024)).toEqual({ key: 'import.file.tooLarge', params: { sizeMb: 60, maxMb: 50 } });
    expect(checkImportSize(MAX_IMPORT_BYTES)).toBeNull();
    const parsed = await parse(new Uint8Array(MAX_IMPORT_BYTES + 1));
    expect(fileKeys(parsed)).toEqual(['import.file.tooLarge']);
  });

  it('an empty file', async () => {
    expect(fileKeys(await parse(new Uint8Array(0), 'leeg.csv'))).toEqual(['import.file.empty']);
  });

  it('a file with only blank lines', async () => {
    expect(fileKeys(await parse(utf8('\r\n  \r\n\t\r\n'), 'leeg.csv'))).toEqual(['import.file.empty']);
  });

  it('a file with only separators (empty rows from Excel)', async () => {
    expect(fileKeys(await parse(utf8(';;;\r\n;;;\r\n')))).toEqual(['import.file.noRows']);
  });

  it('a PDF renamed .csv', async () => {
    const parsed = await parse(utf8('%PDF-1.7\n1 0 obj <<>> endobj\n'), 'openstaand.csv');
    expect(parsed.fileErrors).toEqual([{ key: 'import.file.isPdf', params: { name: 'openstaand.csv' } }]);
  });

  it('a ZIP archive renamed .csv', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0, 0, ...utf8('posten.csv')]);
    expect(fileKeys(await parse(zip, 'posten.csv'))).toEqual(['import.file.isZip']);
  });

  it('an old Excel 97-2003 workbook (.xls)', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(fileKeys(await parse(ole, 'posten.xls'))).toEqual(['import.file.isOldExcel']);
  });

  it('an OpenDocument spreadsheet (.ods)', async () => {
    const ods = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...utf8('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')]);
    expect(fileKeys(await parse(ods, 'posten.ods'))).toEqual(['import.file.isOds']);
  });

  it('a Word document', async () => {
    const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...utf8('[Content_Types].xml word/document.xml')]);
    expect(fileKeys(await parse(docx, 'posten.docx'))).toEqual(['import.file.isWordDocument']);
  });

  it('an image', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(fileKeys(await parse(png, 'scan.csv'))).toEqual(['import.file.isImage']);
  });

  it('a compressed archive (gzip)', async () => {
    expect(fileKeys(await parse(new Uint8Array([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0]), 'posten.csv.gz'))).toEqual(['import.file.isCompressed']);
  });

  it('binary garbage', async () => {
    const garbage = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    expect(fileKeys(await parse(garbage, 'posten.csv'))).toEqual(['import.file.isBinary']);
  });

  it('a damaged XLSX workbook', async () => {
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...utf8('xl/workbook.xml'), 0, 1, 2, 3]);
    expect(fileKeys(await parse(broken, 'posten.xlsx'))).toEqual(['import.file.xlsxUnreadable']);
  });

  it('an XLSX workbook whose sheets are empty', async () => {
    expect(fileKeys(await parse(await makeWorkbook([{ rows: [] }]), 'leeg.xlsx'))).toEqual(['import.file.xlsxEmpty']);
  });

  it('an XLSX workbook without the worksheet asked for', async () => {
    const bytes = await makeWorkbook([{ name: 'Posten', rows: [[HEADER]] }]);
    const parsed = await parse(bytes, 'posten.xlsx', { sheet: 'Debiteuren' });
    expect(parsed.fileErrors).toEqual([{ key: 'import.file.sheetMissing', params: { sheet: 'Debiteuren' } }]);
  });

  it('only the header row, no invoices', async () => {
    const parsed = await parse(csv(HEADER, ';;;;;;;;;'));
    expect(parsed.fileErrors).toEqual([{ key: 'import.file.headerOnly', params: { row: 1 } }]);
  });

  it('required columns missing: each one named', async () => {
    const parsed = await parse(csv('Factuurnummer;Factuurdatum;Omschrijving', 'F-1;01-10-2026;x'));
    expect(fileKeys(parsed)).toEqual([
      'import.file.missingColumn.debtorCode',
      'import.file.missingColumn.debtorName',
      'import.file.missingColumn.dueDate',
      'import.file.missingColumn.openAmount',
    ]);
    expect(parsed.items).toEqual([]);
  });

  it('a remembered mapping naming a column this export no longer has', async () => {
    const parsed = await parse(csv(HEADER, GOOD), 'export.csv', {
      mapping: { columns: { debtorCode: 'Debiteurnummer', debtorName: 'Debiteur', invoiceNumber: 'Factuurnr', invoiceDate: 'Factuurdatum', dueDate: 'Vervaldatum', openAmount: 'Openstaand bedrag' } },
    });
    expect(parsed.fileErrors).toEqual([{ key: 'import.mapping.columnNotInFile', params: { column: 'Factuurnr' } }]);
  });

  it('one column chosen for two fields', async () => {
    const parsed = await parse(csv(HEADER, GOOD), 'export.csv', {
      mapping: { columns: { debtorCode: 'Debiteurnummer', debtorName: 'Debiteurnummer', invoiceNumber: 'Factuurnummer', invoiceDate: 'Factuurdatum', dueDate: 'Vervaldatum', openAmount: 'Openstaand bedrag' } },
    });
    expect(parsed.fileErrors).toEqual([{ key: 'import.mapping.columnUsedTwice', params: { column: 'Debiteurnummer' } }]);
  });

  it('a payment term that is not a whole number of days from 0 to 365', async () => {
    const parsed = await parse(csv('Debiteurnummer;Debiteur;Factuurnummer;Factuurdatum;Openstaand', '1;A;F1;01-10-2026;10,00'), 'export.csv', {
      mapping: { columns: { debtorCode: 'Debiteurnummer', debtorName: 'Debiteur', invoiceNumber: 'Factuurnummer', invoiceDate: 'Factuurdatum', openAmount: 'Openstaand' }, dueDateTermDays: 14.5 },
    });
    expect(parsed.fileErrors).toEqual([{ key: 'import.mapping.badTermDays', params: { days: 14.5 } }]);
  });

  it('a quotation mark that is never closed', async () => {
    const parsed = await parse(csv(HEADER, GOOD, '1002;"Bakkerij De Zon;F-2;01-10-2026;31-10-2026;5,00;5,00;EUR;;', GOOD.replace('F-1', 'F-3')));
    expect(parsed.fileErrors).toEqual([{ key: 'import.file.unclosedQuote', params: { row: 3 } }]);
    expect(parsed.items).toEqual([]);
  });

  it('text after a closing quotation mark', async () => {
    const parsed = await parse(csv(HEADER, GOOD, '1002;"Bakkerij" De Zon;F-2;01-10-2026;31-10-2026;5,00;5,00;EUR;;'));
    expect(parsed.fileErrors).toEqual([{ key: 'import.file.badQuotes', params: { row: 3 } }]);
  });
});

describe('bad rows are named by row and column; the good rows still come through', () => {
  it('too many fields (a separator inside an unquoted name)', async () => {
    await expectRowError('1002;Jansen; Zn;F-2;01-10-2026;31-10-2026;5,00;5,00;EUR;;', 'import.row.tooManyFields', null, { expected: 10, actual: 11 });
  });

  it('trailing empty fields are no error', async () => {
    const parsed = await parse(csv(HEADER, GOOD + ';;;'));
    expect(parsed.issues).toEqual([]);
    expect(parsed.items).toHaveLength(1);
  });

  it('too few fields (a row broken by a line break)', async () => {
    await expectRowError('1002;Bakkerij De Zon;F-2;01-10-2026', 'import.row.tooFewFields', null, { expected: 10, actual: 4 });
  });

  it('a required value left empty', async () => {
    await expectRowError('1002;Bakkerij De Zon;;01-10-2026;31-10-2026;5,00;5,00;EUR;;', 'import.row.required', 'Factuurnummer');
  });

  it('invoice number 0 (Exact Online’s "no number")', async () => {
    await expectRowError('1002;Bakkerij De Zon;0;01-10-2026;31-10-2026;5,00;5,00;EUR;;', 'import.row.noInvoiceNumber', 'Factuurnummer');
  });

  it('an amount that is not an amount', async () => {
    await expectRowError('1002;Bakkerij De Zon;F-2;01-10-2026;31-10-2026;twaalf;5,00;EUR;;', 'import.row.badAmount', 'Factuurbedrag', { value: 'twaalf' });
  });

  it('an amount with fractions of a cent', async () => {
    await expectRowError('1002;Bakkerij De Zon;F-2;01-10-2026;31-10-2026;5,00;4,995;EUR;;', 'import.row.tooManyDecimals', 'Openstaand bedrag', { value: '4,995' });
  });

  it('an amount too large for an invoice', async () => {
    await expectRowError('1002;Bakkerij De Zon;F-2;01-10-2026;31-10-2026;123456789012,00;5,00;EUR;;', 'import.row.amountTooLarge', 'Factuurbedrag');
  });

  it('a date that is not a date', async () => {
    await expectRowError('1002;Bakkerij De Zon;F-2;morgen;31-10-2026;5,00;5,00;EUR;;', 'import.row.badDate', 'Factuurdatum', { value: 'morgen' });
  });

  it('a date that does not exist (31-02-2026)', async () => {
    await expectRowError('1002;Bakkerij De Zon;F-2;01-02-2026;31-02-2026;5,00;5,00;EUR;;', 'import.row.impossibleDate', 'Vervaldatum', { value: '31-02-2026' });
  });

  it('a month-first (US) date is not swapped silently', async () => {
    await expectRowError('1002;Bakkerij De Zon;F-2;12/01/2026;12/31/2026;5,00;5,00;EUR;;', 'import.row.impossibleDate', 'Vervaldatum', { value: '12/31/2026' });
  });

  it('a year that is a typo (0026)', async () => {
    await expectRowError('1002;Bakkerij De Zon;F-2;01-10-0026;31-10-2026;5,00;5,00;EUR;;', 'import.row.dateOutOfRange', 'Factuurdatum', { min: 1990, max: 2099 });
  });

  it('a due date before the invoice date', async () => {
    await expectRowError('1002;Bakkerij De Zon;F-2;01-10-2026;30-09-2026;5,00;5,00;EUR;;', 'import.row.dueBeforeInvoice', 'Vervaldatum', {
      dueDate: { date: '2026-09-30' },
      invoiceDate: { date: '2026-10-01' },
    });
  });

  it('a negative open amount on a positive invoice', async () => {
    await expectRowError('1002;Bakkerij De Zon;F-2;01-10-2026;31-10-2026;5,00;-5,00;EUR;;', 'import.row.negativeOpen', 'Openstaand bedrag', { open: { cents: -500 }, original: { cents: 500 } });
  });

  it('a credit note (negative amount, own number) is fine; a positive open amount on it is not', async () => {
    const fine = await parse(csv(HEADER, '1002;Bakkerij De Zon;C-7;01-10-2026;01-10-2026;-25,00;-10,00;EUR;;'));
    expect(fine.issues).toEqual([]);
    expect(fine.items[0]).toMatchObject({ isCreditNote: true, originalCents: -2500, openCents: -1000 });
    await expectRowError('1002;Bakkerij De Zon;C-8;01-10-2026;01-10-2026;-25,00;10,00;EUR;;', 'import.row.creditNotePositiveOpen', 'Openstaand bedrag');
  });

  it('more open than the invoice was for', async () => {
    await expectRowError('1002;Bakkerij De Zon;F-2;01-10-2026;31-10-2026;5,00;50,00;EUR;;', 'import.row.openExceedsOriginal', 'Factuurbedrag', { open: { cents: 5000 }, original: { cents: 500 } });
  });

  it('a currency other than euro', async () => {
    await expectRowError('1002;Bakkerij De Zon;F-2;01-10-2026;31-10-2026;5,00;5,00;USD;;', 'import.row.unknownCurrency', 'Valuta', { value: 'USD' });
  });

  it('a text longer than its field holds', async () => {
    await expectRowError(`1002;Bakkerij De Zon;${'F'.repeat(65)};01-10-2026;31-10-2026;5,00;5,00;EUR;;`, 'import.row.tooLong', 'Factuurnummer', { max: 64, length: 65 });
  });

  it('a payment reference longer than SEPA allows', async () => {
    await expectRowError(`1002;Bakkerij De Zon;F-2;01-10-2026;31-10-2026;5,00;5,00;EUR;${'9'.repeat(36)};`, 'import.row.tooLong', 'Betalingskenmerk', { max: 35 });
  });

  it('an invoice number twice with different data: neither row is imported, each names the other', async () => {
    const parsed = await parse(csv(HEADER, GOOD, '1002;Bakkerij De Zon;F-2;01-10-2026;31-10-2026;5,00;5,00;EUR;;', '1003;Jansen;F-2;02-10-2026;01-11-2026;7,00;7,00;EUR;;'));
    expect(issues(parsed)).toEqual([
      expect.objectContaining({ row: 3, column: 'Factuurnummer', key: 'import.row.duplicateInvoice', params: { number: 'F-2', otherRow: 4 } }),
      expect.objectContaining({ row: 4, column: 'Factuurnummer', key: 'import.row.duplicateInvoice', params: { number: 'F-2', otherRow: 3 } }),
    ]);
    expect(parsed.items.map((i) => i.invoiceNumber)).toEqual(['F-1']);
    expect(parsed.counts).toMatchObject({ valid: 1, withErrors: 2 });
  });

  it('the same row twice is imported once, with a note', async () => {
    const parsed = await parse(csv(HEADER, GOOD, GOOD));
    expect(issues(parsed)).toEqual([expect.objectContaining({ row: 3, severity: 'warning', key: 'import.row.duplicateIdentical', params: { number: 'F-1', otherRow: 2 } })]);
    expect(parsed.items).toHaveLength(1);
    expect(parsed.counts).toMatchObject({ valid: 1, repeats: 1 });
  });
});

describe('spreadsheet cells that lost their meaning in Excel', () => {
  const header = ['Debiteurnummer', 'Debiteur', 'Factuurnummer', 'Factuurdatum', 'Vervaldatum', 'Openstaand', 'Betalingskenmerk'];
  const good = ['1001', 'Leeflang & Zn', 'F-1', new Date(Date.UTC(2026, 9, 1)), new Date(Date.UTC(2026, 9, 31)), 100, '5010002167010010'];
  const sheet = async (bad: unknown[]) => parse(await makeWorkbook([{ rows: [header, good, bad] as never }]), 'posten.xlsx');

  it('an error value (#N/A) in a cell', async () => {
    const parsed = await sheet(['1002', 'Bakkerij De Zon', 'F-2', new Date(Date.UTC(2026, 9, 1)), new Date(Date.UTC(2026, 9, 31)), { error: '#N/A' }, '']);
    expect(issues(parsed)).toEqual([expect.objectContaining({ row: 3, column: 'Openstaand', key: 'import.row.cellError', params: { column: 'Openstaand', value: '#N/A' } })]);
    expect(parsed.items).toHaveLength(1);
  });

  it('an invoice number Excel turned into a date', async () => {
    const parsed = await sheet(['1002', 'Bakkerij De Zon', new Date(Date.UTC(2026, 2, 1)), new Date(Date.UTC(2026, 9, 1)), new Date(Date.UTC(2026, 9, 31)), 5, '']);
    expect(issues(parsed)).toEqual([expect.objectContaining({ row: 3, column: 'Factuurnummer', key: 'import.row.textBecameDate', params: { column: 'Factuurnummer', value: '2026-03-01' } })]);
  });

  it('a 16-digit betalingskenmerk stored as a number (its last digit lost)', async () => {
    const parsed = await sheet(['1002', 'Bakkerij De Zon', 'F-2', new Date(Date.UTC(2026, 9, 1)), new Date(Date.UTC(2026, 9, 31)), 5, 5010002167010010]);
    expect(issues(parsed)).toEqual([expect.objectContaining({ row: 3, column: 'Betalingskenmerk', key: 'import.row.referenceAsNumber' })]);
  });

  it('a workbook saved under .csv is read as the workbook, with a warning', async () => {
    const parsed = await parse(await makeWorkbook([{ rows: [header, good] as never }]), 'posten.csv');
    expect(parsed.warnings).toEqual([{ key: 'import.file.extensionMismatch.xlsx', params: { name: 'posten.csv' } }]);
    expect(parsed.items).toHaveLength(1);
  });
});

describe('doubtful values are kept or dropped with a warning, the row stays valid', () => {
  const warningOf = async (row: string, options = {}) => {
    const parsed = await parse(csv(HEADER, GOOD, row), 'export.csv', options);
    expect(parsed.items).toHaveLength(2);
    return issues(parsed);
  };

  it('an e-mail address that is none is left out', async () => {
    expect(await warningOf('1002;Bakkerij De Zon;F-2;01-10-2026;31-10-2026;5,00;5,00;EUR;;info-at-dezon.nl')).toEqual([
      expect.objectContaining({ row: 3, column: 'E-mail', severity: 'warning', key: 'import.row.badEmail', params: { column: 'E-mail', value: 'info-at-dezon.nl' } }),
    ]);
  });

  it('a 16-digit betalingskenmerk with a wrong check digit', async () => {
    expect(await warningOf('1002;Bakkerij De Zon;F-2;01-10-2026;31-10-2026;5,00;5,00;EUR;5010002167010011;')).toEqual([
      expect.objectContaining({ row: 3, column: 'Betalingskenmerk', severity: 'warning', key: 'import.row.kenmerkCheckDigit' }),
    ]);
  });

  it('one debtor number with two names', async () => {
    expect(await warningOf('1001;Leeflang en Zonen;F-2;01-10-2026;31-10-2026;5,00;5,00;EUR;;')).toEqual([
      expect.objectContaining({ row: 3, column: 'Debiteur', severity: 'warning', key: 'import.row.debtorNameDiffers', params: { code: '1001', name: 'Leeflang en Zonen', firstName: 'Leeflang & Zn', firstRow: 2 } }),
    ]);
  });

  it('an invoice dated after today', async () => {
    expect(await warningOf('1002;Bakkerij De Zon;F-2;01-12-2026;31-12-2026;5,00;5,00;EUR;;', { today: '2026-11-30' })).toEqual([
      expect.objectContaining({ row: 3, column: 'Factuurdatum', severity: 'warning', key: 'import.row.invoiceDateInFuture', params: { date: { date: '2026-12-01' } } }),
    ]);
  });
});
