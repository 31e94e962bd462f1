// CSV for a Dutch spreadsheet user: UTF-8 with byte order mark (without it Excel reads UTF-8 as
// Windows-1252 and shows "CafÃ©"), ';' between fields (what Excel expects where the decimal sign is a
// comma), CRLF line ends, amounts as "1234,56" (no thousands dots: Excel reads it as a number and so
// does every Dutch importer) and dates as "31-12-2026". The 'international' style writes ',' with
// "1234.56" and "2026-12-31" for other programs.
import { formatDateShort } from '../../domain/dates';
import { spreadsheetSafeText } from '../values/spreadsheet-text';
import type { ExportColumn, ExportTable } from './table';

export type CsvStyle = 'dutch-excel' | 'international';

const BOM = '\uFEFF';

function amount(cents: number, decimal: ',' | '.'): string {
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const text = `${Math.trunc(abs / 100)}${decimal}${String(abs % 100).padStart(2, '0')}`;
  return negative ? `-${text}` : text;
}

function quote(field: string, delimiter: string): string {
  return field.includes(delimiter) || field.includes('"') || field.includes('\n') || field.includes('\r') || field !== field.trim()
    ? `"${field.replace(/"/g, '""')}"`
    : field;
}

function render<T>(column: ExportColumn<T>, row: T, style: CsvStyle): string {
  switch (column.kind) {
    case 'text': {
      const value = column.value(row);
      return value === null ? '' : spreadsheetSafeText(value);
    }
    case 'cents': {
      const value = column.value(row);
      return value === null ? '' : amount(value, style === 'dutch-excel' ? ',' : '.');
    }
    case 'date': {
      const value = column.value(row);
      return value === null ? '' : style === 'dutch-excel' ? formatDateShort(value) : value;
    }
    case 'integer': {
      const value = column.value(row);
      return value === null ? '' : String(value);
    }
  }
}

export function writeCsv<T>(table: ExportTable<T>, style: CsvStyle = 'dutch-excel'): Uint8Array {
  const delimiter = style === 'dutch-excel' ? ';' : ',';
  const lines = [table.columns.map((c) => quote(c.header, delimiter)).join(delimiter)];
  for (const row of table.rows) lines.push(table.columns.map((c) => quote(render(c, row, style), delimiter)).join(delimiter));
  return new TextEncoder().encode(BOM + lines.join('\r\n') + '\r\n');
}
