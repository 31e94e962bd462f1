import ExcelJS from 'exceljs';
import { writeCsv } from './csv';
import type { ExportTable } from './table';
import { writeXlsx } from './xlsx';

interface Row {
  name: string;
  cents: number | null;
  date: string | null;
  count: number;
}

const table: ExportTable<Row> = {
  sheetName: 'Debiteuren: lijst',
  columns: [
    { header: 'Naam', kind: 'text', value: (r) => r.name },
    { header: 'Openstaand', kind: 'cents', value: (r) => r.cents },
    { header: 'Vervaldatum', kind: 'date', value: (r) => r.date },
    { header: 'Aantal', kind: 'integer', value: (r) => r.count },
  ],
  rows: [
    { name: 'Café ’t Hoekje', cents: 123456, date: '2026-12-31', count: 3 },
    { name: 'Jansen; "De Hoek"', cents: -5, date: null, count: 0 },
    { name: '=HYPERLINK("http://x.test")', cents: null, date: '2026-01-02', count: 1 },
  ],
};

describe('CSV export', () => {
  it('writes UTF-8 with BOM, ; and CRLF, Dutch amounts and dates, quotes where needed and defuses formulas', () => {
    const bytes = writeCsv(table);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe(
      [
        'Naam;Openstaand;Vervaldatum;Aantal',
        'Café ’t Hoekje;1234,56;31-12-2026;3',
        '"Jansen; ""De Hoek""";-0,05;;0',
        `"'=HYPERLINK(""http://x.test"")";;02-01-2026;1`,
        '',
      ].join('\r\n'),
    );
  });

  it('writes the international style for other programs', () => {
    expect(new TextDecoder().decode(writeCsv(table, 'international')).split('\r\n')[1]).toBe('Café ’t Hoekje,1234.56,2026-12-31,3');
  });
});

describe('XLSX export', () => {
  it('writes amounts as euro numbers, dates as date cells, text never as a formula', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeXlsx(table)) as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Debiteuren  lijst');
    expect(sheet.getRow(1).values).toEqual([undefined, 'Naam', 'Openstaand', 'Vervaldatum', 'Aantal']);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getCell('B2').value).toBe(1234.56);
    expect(sheet.getCell('B2').numFmt).toBe('#,##0.00');
    expect(sheet.getCell('C2').value).toEqual(new Date(Date.UTC(2026, 11, 31)));
    expect(sheet.getCell('B3').value).toBe(-0.05);
    expect(sheet.getCell('A4').value).toBe('=HYPERLINK("http://x.test")');
    expect(sheet.getCell('A4').formula).toBeUndefined();
  });
});
