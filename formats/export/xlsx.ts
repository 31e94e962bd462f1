// XLSX with exceljs: a bold, frozen header row, amounts as numbers in euros with two decimals (so
// Excel can sum them), dates as real date cells, text as text (never a formula).
import ExcelJS from 'exceljs';
import type { ExportTable } from './table';

const EURO_FORMAT = '#,##0.00';
const DATE_FORMAT = 'dd-mm-yyyy';

function sheetName(name: string | undefined): string {
  const clean = (name ?? 'Blad1').replace(/[\\/?*[\]:]/g, ' ').trim();
  return (clean || 'Blad1').slice(0, 31);
}

export async function writeXlsx<T>(table: ExportTable<T>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName(table.sheetName), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((column) => ({
    header: column.header,
    width: Math.min(60, Math.max(10, column.header.length + 2)),
    style: column.kind === 'cents' ? { numFmt: EURO_FORMAT } : column.kind === 'date' ? { numFmt: DATE_FORMAT } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) {
    sheet.addRow(
      table.columns.map((column) => {
        switch (column.kind) {
          case 'text':
            return column.value(row);
          case 'cents': {
            const cents = column.value(row);
            // cents / 100 is the nearest double to the amount; Excel shows and sums it to the cent.
            return cents === null ? null : cents / 100;
          }
          case 'date': {
            const date = column.value(row);
            if (date === null) return null;
            const [y, m, d] = date.split('-').map(Number) as [number, number, number];
            return new Date(Date.UTC(y, m - 1, d));
          }
          case 'integer':
            return column.value(row);
        }
      }),
    );
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
