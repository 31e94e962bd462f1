// Test helper: writes a real XLSX workbook with exceljs, cells typed as a spreadsheet program would
// store them (numbers, dates with a date format, text, formulas, errors), for the readers to read.
import ExcelJS from 'exceljs';

export type SheetCell = ExcelJS.CellValue;

export interface SheetSpec {
  name?: string;
  rows: SheetCell[][];
  /** Number format per 1-based column, e.g. { 4: 'dd-mm-yyyy', 6: '#,##0.00' }. */
  formats?: Record<number, string>;
}

export async function makeWorkbook(sheets: SheetSpec[], options: { date1904?: boolean } = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  if (options.date1904) workbook.properties.date1904 = true;
  for (const [i, spec] of sheets.entries()) {
    const sheet = workbook.addWorksheet(spec.name ?? `Blad${i + 1}`);
    for (const row of spec.rows) sheet.addRow(row);
    for (const [column, format] of Object.entries(spec.formats ?? {})) sheet.getColumn(Number(column)).numFmt = format;
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
