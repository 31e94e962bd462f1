// Every kind of bad input, through the channels the import screens use: the preview names the file's
// problem, or each bad row by row, column and reason, in Dutch; confirming changes nothing (the
// ledger's every table is compared); a file with bad rows imports only after the explicit choice of
// "only the valid rows", and then exactly those.
import { handlerTest } from './test-context';
import { camt053, importFile } from './test-statements';
import { insertDebtor, insertInvoice } from '../db/test-fixtures';
import { makeWorkbook } from '../formats/testing/workbook';
import { catalogue } from '../i18n/catalogue';
import { refusalText } from '../test/refusal-text';
import { suggestMapping } from '../formats/open-items/mapping';
import type { ImportFile } from '../ipc/channels/imports';
import type { ChannelInput } from '../ipc/contract';

const TODAY = '2026-12-02';
const HEADER = 'Debiteurnummer;Debiteur;Factuurnummer;Factuurdatum;Vervaldatum;Factuurbedrag;Openstaand bedrag;Valuta;Betalingskenmerk';
const GOOD = '1001;Leeflang & Zn;F-1;01-10-2026;31-10-2026;100,00;100,00;EUR;';
// The generic preset's reading of Belwijzer's own headers, as the mapping screen suggests it.
const MAPPING = suggestMapping(HEADER.split(';'), 'generic').mapping;
const utf8 = (text: string) => new TextEncoder().encode(text);
const csv = (...lines: string[]) => lines.join('\r\n') + '\r\n';
type Mapping = ChannelInput<'imports:previewOpenItems'>['mapping'];
const request = (file: ImportFile, mapping: Mapping = MAPPING) => ({ file, sourceName: 'Boekhouding', presetId: 'generic' as const, mapping });

function ledger() {
  const t = handlerTest(TODAY, { demo: false });
  // Another debtor already owns invoice X-9: a file giving it to 1001 is wrong.
  insertInvoice(t.db, insertDebtor(t.db, { number: '2000', name: 'Schoenhuis Van Dam' }), { number: 'X-9', dueDate: '2026-11-01', lines: [5000] });
  return t;
}

const fileCases: [string, () => ImportFile | Promise<ImportFile>, RegExp, Mapping?][] = [
  ['an empty file', () => importFile('leeg.csv', ''), /‘leeg\.csv’ is leeg/],
  ['only blank lines', () => importFile('leeg.csv', '\r\n  \r\n'), /is leeg/],
  ['only separators', () => importFile('posten.csv', ';;;\r\n;;;\r\n'), /geen regels met gegevens/],
  ['a PDF renamed .csv', () => importFile('posten.csv', '%PDF-1.7\n1 0 obj <<>> endobj\n'), /is een PDF/],
  ['a ZIP archive', () => importFile('posten.csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, ...utf8('posten.csv')])), /ZIP-archief/],
  ['an old Excel workbook', () => importFile('posten.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])), /oud Excel-bestand/],
  ['an OpenDocument spreadsheet', () => importFile('posten.ods', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...utf8('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')])), /OpenDocument/],
  ['a Word document', () => importFile('posten.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...utf8('[Content_Types].xml word/document.xml')])), /Word/i],
  ['an image', () => importFile('scan.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])), /afbeelding/i],
  ['a gzip archive', () => importFile('posten.csv.gz', new Uint8Array([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0])), /gecomprimeerd archief/],
  ['binary garbage', () => importFile('posten.csv', new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256)), /.+/],
  ['a damaged workbook', () => importFile('posten.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...utf8('xl/workbook.xml'), 0, 1, 2])), /.+/],
  ['a workbook with only empty sheets', async () => importFile('leeg.xlsx', await makeWorkbook([{ rows: [] }])), /.+/],
  ['only the header row', () => importFile('posten.csv', csv(HEADER)), /alleen kolomkoppen/],
  ['a quotation mark never closed', () => importFile('posten.csv', csv(HEADER, GOOD, '1002;"Bakkerij De Zon;F-2;01-10-2026;31-10-2026;5,00;5,00;EUR;')), /aanhalingsteken/],
  ['required columns missing', () => importFile('posten.csv', csv('Factuurnummer;Factuurdatum', 'F-1;01-10-2026')), /.+/, { columns: { invoiceNumber: 'Factuurnummer', invoiceDate: 'Factuurdatum' } }],
  ['a remembered mapping naming a column the export lost', () => importFile('posten.csv', csv(HEADER, GOOD)), /Factuurnr/, { columns: { ...MAPPING.columns, invoiceNumber: 'Factuurnr' } }],
  ['one column mapped to two fields', () => importFile('posten.csv', csv(HEADER, GOOD)), /voor twee gegevens gekozen/, { columns: { ...MAPPING.columns, originalAmount: 'Openstaand bedrag' } }],
  ['a file over 50 MB', () => ({ name: 'groot.csv', contentBase64: Buffer.alloc(50 * 1024 * 1024 + 1, 0x41).toString('base64') }), /50 MB/],
];

describe('bad files: named in the preview, refused on import, nothing written', () => {
  it.each(fileCases)('%s', async (_, make, text, mapping) => {
    const t = ledger();
    const file = await make();
    const preview = await t.ok('imports:previewOpenItems', request(file, mapping));
    expect(preview.fileErrors.length).toBeGreaterThan(0);
    expect(preview.fileErrors.map((m) => catalogue.format(m, 'nl')).join(' ')).toMatch(text);
    await t.refused('imports:confirmOpenItems', { ...request(file, mapping), onlyValidRows: true }, text);
    t.close();
  });
});

const rowCases: [string, string, RegExp, string | null][] = [
  ['an amount that is not an amount', '1002;Bakkerij De Zon;F-2;01-10-2026;31-10-2026;twaalf;5,00;EUR;', /twaalf/, 'Factuurbedrag'],
  ['fractions of a cent', '1002;Bakkerij De Zon;F-2;01-10-2026;31-10-2026;5,00;4,995;EUR;', /4,995/, 'Openstaand bedrag'],
  ['an amount too large', '1002;Bakkerij De Zon;F-2;01-10-2026;31-10-2026;123456789012,00;5,00;EUR;', /.+/, 'Factuurbedrag'],
  ['a date that is not a date', '1002;Bakkerij De Zon;F-2;morgen;31-10-2026;5,00;5,00;EUR;', /morgen/, 'Factuurdatum'],
  ['a date that does not exist', '1002;Bakkerij De Zon;F-2;01-02-2026;31-02-2026;5,00;5,00;EUR;', /31-02-2026/, 'Vervaldatum'],
  ['a year that is a typo', '1002;Bakkerij De Zon;F-2;01-10-0026;31-10-2026;5,00;5,00;EUR;', /.+/, 'Factuurdatum'],
  ['a due date before the invoice date', '1002;Bakkerij De Zon;F-2;01-10-2026;30-09-2026;5,00;5,00;EUR;', /.+/, 'Vervaldatum'],
  ['a negative open amount', '1002;Bakkerij De Zon;F-2;01-10-2026;31-10-2026;5,00;-5,00;EUR;', /negatief/, 'Openstaand bedrag'],
  ['a credit note with a positive open amount', '1002;Bakkerij De Zon;C-8;01-10-2026;01-10-2026;-25,00;10,00;EUR;', /.+/, 'Openstaand bedrag'],
  ['more open than invoiced', '1002;Bakkerij De Zon;F-2;01-10-2026;31-10-2026;5,00;50,00;EUR;', /.+/, 'Factuurbedrag'],
  ['an unknown currency', '1002;Bakkerij De Zon;F-2;01-10-2026;31-10-2026;5,00;5,00;USD;', /USD/, 'Valuta'],
  ['a required value left empty', '1002;;F-2;01-10-2026;31-10-2026;5,00;5,00;EUR;', /.+/, 'Debiteur'],
  ['invoice number 0', '1002;Bakkerij De Zon;0;01-10-2026;31-10-2026;5,00;5,00;EUR;', /.+/, 'Factuurnummer'],
  ['a text longer than its field', `1002;Bakkerij De Zon;${'F'.repeat(65)};01-10-2026;31-10-2026;5,00;5,00;EUR;`, /64/, 'Factuurnummer'],
  ['a separator inside an unquoted field', '1002;Jansen; Zn;F-2;01-10-2026;31-10-2026;5,00;5,00;EUR;', /.+/, null],
  ['a row cut short', '1002;Bakkerij De Zon;F-2;01-10-2026', /.+/, null],
  ['an invoice number twice with different data', '1001;Leeflang & Zn;F-1;01-10-2026;31-10-2026;200,00;200,00;EUR;', /F-1/, 'Factuurnummer'],
  ['an invoice number that belongs to another debtor in the ledger', '1002;Bakkerij De Zon;X-9;01-10-2026;31-10-2026;50,00;50,00;EUR;', /Schoenhuis Van Dam/, 'Factuurnummer'],
];

describe('bad rows: each named by row and column; imported only as "the valid rows" after an explicit choice', () => {
  it.each(rowCases)('%s', async (_, bad, text, column) => {
    const t = ledger();
    const file = importFile('posten.csv', csv(HEADER, GOOD, '1003;Bakkerij Van Dijk;F-3;01-10-2026;31-10-2026;20,00;20,00;EUR;', bad));
    const preview = await t.ok('imports:previewOpenItems', request(file));
    const errors = preview.issues.filter((i) => i.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    const atBadRow = errors.filter((i) => i.row === 4);
    expect(atBadRow.length).toBeGreaterThan(0);
    if (column) expect(errors.map((i) => i.column)).toContain(column);
    expect(errors.map((i) => catalogue.format(i.message, 'nl')).join(' ')).toMatch(text);
    await t.refused('imports:confirmOpenItems', request(file), /niets ingelezen/);
    await t.ok('imports:confirmOpenItems', { ...request(file), onlyValidRows: true });
    const imported = t.rows<{ number: string }>("SELECT number FROM invoices WHERE number <> 'X-9' ORDER BY number").map((r) => r.number);
    // A duplicate number keeps both of its rows out; otherwise the two good rows come in.
    expect(imported).toEqual(_.startsWith('an invoice number twice') ? ['F-3'] : ['F-1', 'F-3']);
    t.close();
  });
});

describe('bad bank statements: refused with what is wrong, nothing written', () => {
  const statement = camt053([{ amount: '10.00', date: '2026-12-01', name: 'Leeflang', text: 'F-1' }]);
  const cases: [string, ImportFile, RegExp][] = [
    ['a CSV download instead of a statement', importFile('transacties.csv', 'Datum;Bedrag\n01-12-2026;10,00\n'), /CAMT\.053/],
    ['an empty file', importFile('afschrift.xml', ''), /leeg/],
    ['damaged XML', importFile('afschrift.xml', statement.replace('</Ntry>', '</Nty>')), /beschadigd|houdt halverwege op/],
    ['a statement cut off half-way', importFile('afschrift.xml', statement.slice(0, statement.length / 2)), /.+/],
    ['another ISO 20022 message (camt.052)', importFile('afschrift.xml', statement.replace('camt.053.001.02', 'camt.052.001.02')), /camt\.052/],
    ['an XML file that is no bank statement', importFile('factuur.xml', '<?xml version="1.0"?><Invoice><ID>1</ID></Invoice>'), /Invoice/],
    ['a statement in another currency', importFile('afschrift.xml', statement.replace('<Ccy>EUR</Ccy>', '<Ccy>USD</Ccy>')), /USD/],
    ['a statement without entries', importFile('afschrift.xml', camt053([])), /geen geboekte transacties/],
    ['a PDF of the statement', importFile('afschrift.pdf', '%PDF-1.4\n'), /PDF/],
  ];
  it.each(cases)('%s', async (_, file, text) => {
    const t = ledger();
    await t.refused('bank:import', { file }, text);
    t.close();
  });

  it('an error names every problem of the file, not only the first', async () => {
    const t = ledger();
    const broken = camt053([{ amount: 'tien', date: '2026-12-01' }, { amount: '5.00', date: 'morgen' }]);
    const error = await t.refused('bank:import', { file: importFile('afschrift.xml', broken) }, /.+/);
    expect(error.issues?.length).toBe(2);
    expect(refusalText(error)).toMatch(/Transactie 1/);
    t.close();
  });
});
