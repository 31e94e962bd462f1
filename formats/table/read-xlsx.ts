// XLSX to a table with exceljs. Cells keep their type: numbers stay numbers (converted to cents at
// Excel's displayed precision later), date-formatted cells arrive as dates, text as text, formula
// cells as their last computed result, and error values (#N/A) as errors to report per row.
import ExcelJS from 'exceljs';
import { message, type Message } from '../../domain/message';
import type { Cell, Table } from './table';

export type XlsxRead = { ok: true; table: Table } | { ok: false; error: Message };

type ExcelValue = ExcelJS.CellValue | undefined;

function toCell(value: ExcelValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('error' in value) return { error: String(value.error) };
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return toCell((value as ExcelJS.CellFormulaValue).result as ExcelValue);
  if ('hyperlink' in value) return toCell(value.text as ExcelValue);
  return null;
}

export async function readXlsxTable(bytes: Uint8Array, sheetName?: string): Promise<XlsxRead> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs reads any Uint8Array; its type only names Buffer.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    return { ok: false, error: message('import.file.xlsxUnreadable') };
  }
  let sheet: ExcelJS.Worksheet | undefined;
  if (sheetName !== undefined) {
    sheet = workbook.getWorksheet(sheetName);
    if (!sheet) return { ok: false, error: message('import.file.sheetMissing', { sheet: sheetName }) };
  } else {
    sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  }
  if (!sheet || sheet.actualRowCount === 0) return { ok: false, error: message('import.file.xlsxEmpty') };
  const rows: Cell[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as ExcelValue[];
    const cells: Cell[] = [];
    // row.values is 1-based (index 0 unused) and sparse where cells are empty.
    for (let c = 1; c < values.length; c++) cells.push(toCell(values[c]));
    rows[rowNumber - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return { ok: true, table: { rows, source: { kind: 'xlsx', sheet: sheet.name, sheets: workbook.worksheets.map((ws) => ws.name), date1904: Boolean(workbook.properties.date1904) } } };
}
