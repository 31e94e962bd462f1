// Export open items → import them with the generic preset → the same invoices, in both UI languages
// and every export style. The headers are the catalogue's field names, as batch 2's export will use.
import { writeCsv } from '../formats/export/csv';
import { openItemsExportTable, type OpenItemForExport, type OpenItemHeaders } from '../formats/export/open-items';
import { writeXlsx } from '../formats/export/xlsx';
import { OPEN_ITEM_FIELDS } from '../domain/open-items';
import { parseOpenItemsFile } from '../formats/open-items/parse';
import { catalogue } from '../i18n/catalogue';
import type { Language } from '../i18n/format';

const debtor = { addressLine: 'Dorpsstraat 1', postcode: '1234 AB', city: 'Ons Dorp', email: 'crediteuren@leeflang.test', phone: '020-1234567' };
const items: OpenItemForExport[] = [
  { debtorCode: '1001', debtorName: 'Leeflang & Zn', invoiceNumber: '2026-0041', invoiceDate: '2026-10-01', dueDate: '2026-10-31', originalCents: 313522, openCents: 313522, paymentReference: '5010002167010010', description: 'Schoenen; herfst', debtor },
  { debtorCode: '1001', debtorName: 'Leeflang & Zn', invoiceNumber: '2026-0042', invoiceDate: '2026-10-15', dueDate: '2026-11-14', originalCents: 17849, openCents: 849, paymentReference: null, description: 'Deels betaald', debtor },
  { debtorCode: '1002', debtorName: 'Café ’t Hoekje "De Zon"', invoiceNumber: 'C-7', invoiceDate: '2026-11-01', dueDate: '2026-11-01', originalCents: -5849, openCents: -5849, paymentReference: null, description: 'Creditnota', debtor: { ...debtor, email: '' } },
  { debtorCode: '1003', debtorName: '=Jansen', invoiceNumber: '+31', invoiceDate: '2026-01-02', dueDate: '2026-02-01', originalCents: 1, openCents: 1, paymentReference: null, description: '-korting', debtor: { addressLine: '', postcode: '', city: '', email: '', phone: '' } },
];

const headersIn = (language: Language) =>
  Object.fromEntries(OPEN_ITEM_FIELDS.map((field) => [field, catalogue.format({ key: `import.field.${field}` }, language)])) as OpenItemHeaders;

describe.each(['nl', 'en'] as const)('open items round trip with %s headers', (language) => {
  const table = openItemsExportTable(items, headersIn(language), 'Openstaande posten');

  it.each([
    ['CSV for Dutch Excel', 'posten.csv', async () => writeCsv(table, 'dutch-excel')],
    ['CSV international', 'posten.csv', async () => writeCsv(table, 'international')],
    ['XLSX', 'posten.xlsx', () => writeXlsx(table)],
  ])('%s: export, import, the same invoices', async (_, name, write) => {
    const parsed = await parseOpenItemsFile(await write(), name);
    expect(parsed.fileErrors).toEqual([]);
    expect(parsed.issues).toEqual([]);
    expect(parsed.presetId).toBe('generic');
    expect(parsed.items.map(({ row: _row, isCreditNote: _c, currency: _e, ...item }) => item)).toEqual(items);
  });
});
