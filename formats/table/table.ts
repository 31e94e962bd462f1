// A table read from a CSV or XLSX file: rows of cells as the file has them, numbered as a spreadsheet
// shows them (row 1 is the first line), before any column is interpreted.
import type { TextEncoding } from '../file/decode-text';

/** An error value in a spreadsheet cell, e.g. #N/A or #VALUE!. */
export interface CellError {
  error: string;
}

/** CSV cells are always text; XLSX cells keep their type (number, date, text, error). */
export type Cell = string | number | boolean | Date | CellError | null;

export type CsvDelimiter = ';' | ',' | '\t';

export type TableSource =
  | { kind: 'csv'; encoding: TextEncoding; delimiter: CsvDelimiter }
  | { kind: 'xlsx'; sheet: string; /** Every worksheet of the workbook, for choosing another. */ sheets: string[]; date1904: boolean };

export interface Table {
  /** rows[i] is spreadsheet row i + 1. */
  rows: Cell[][];
  source: TableSource;
}

export function isCellError(cell: Cell): cell is CellError {
  return typeof cell === 'object' && cell !== null && !(cell instanceof Date);
}

/** A cell as plain text for display and text fields: dates as 'YYYY-MM-DD', errors as their code. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return cell.error;
}

export function isBlankRow(row: readonly Cell[] | undefined): boolean {
  if (!row) return true;
  for (const cell of row) if (cell !== null && !(typeof cell === 'string' && cell.trim() === '')) return false;
  return true;
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
