// Open items (unpaid invoices) from an accounting export: every row becomes an OpenItem or gets its
// errors, each naming the row, the file's column and what is wrong, as a Message. Pure: bytes or a
// table in, plain data out; nothing is written anywhere. Rows with errors are never among `items`, so
// importing "only the valid rows" is importing `items`.
import type { IsoDate } from '../../domain/dates';
import { message, type Message, type MessageParams } from '../../domain/message';
import { readTableFile } from '../table/read-table';
import { cellText, isBlankRow, type Cell, type Table, type TableSource } from '../table/table';
import { detectDecimalSeparator, type DecimalSeparator } from '../values/amount';
import type { ColumnMapping, OpenItemField, PresetId } from '../../domain/open-items';
import { headerLabels, headerScore, resolveMapping, suggestMapping, type MappingSuggestion } from './mapping';
import { isEmptyCell, RowReader, type OpenItem, type RowIssue } from './row-reader';

export type { OpenItem, RowIssue };

export interface OpenItemsParse {
  /** False when a file-level error stopped the import: then there are no items. */
  ok: boolean;
  fileErrors: Message[];
  warnings: Message[];
  source: TableSource | null;
  /** The spreadsheet row of the header (1-based). */
  headerRow: number | null;
  headers: string[];
  presetId: PresetId | null;
  mapping: ColumnMapping | null;
  items: OpenItem[];
  issues: RowIssue[];
  /** Rows after the header that are not blank; of these: valid, with errors, total lines skipped, exact repeats skipped. */
  counts: { dataRows: number; valid: number; withErrors: number; totals: number; repeats: number };
  /** Invoice numbers of rows left out for errors, where readable: the export still lists those invoices. */
  invoiceNumbersWithErrors: string[];
}

export interface OpenItemsOptions {
  /** The collector's mapping (remembered per source); without it the suggested one is used. */
  mapping?: ColumnMapping;
  presetId?: PresetId;
  /** Today in Amsterdam: an invoice dated later gets a warning. */
  today?: IsoDate;
  sheet?: string;
}

const HEADER_SEARCH_ROWS = 30;

function failed(fileErrors: Message[], base: Partial<OpenItemsParse> = {}): OpenItemsParse {
  return {
    ok: false,
    fileErrors,
    warnings: [],
    source: null,
    headerRow: null,
    headers: [],
    presetId: null,
    mapping: null,
    items: [],
    issues: [],
    counts: { dataRows: 0, valid: 0, withErrors: 0, totals: 0, repeats: 0 },
    invoiceNumbersWithErrors: [],
    ...base,
  };
}

/** The row (0-based) holding the column titles: the one whose labels name most fields; report title lines above it are skipped. */
export function findHeaderRow(table: Table, mapping?: ColumnMapping): number {
  const limit = Math.min(table.rows.length, HEADER_SEARCH_ROWS);
  if (mapping) {
    const wanted = Object.values(mapping.columns).filter((l): l is string => Boolean(l));
    for (let r = 0; r < limit; r++) {
      const labels = headerLabels(table.rows[r]!);
      if (wanted.length > 0 && wanted.every((l) => labels.includes(l))) return r;
    }
  }
  let best = -1;
  let bestScore = 1;
  for (let r = 0; r < limit; r++) {
    if (isBlankRow(table.rows[r])) continue;
    const score = headerScore(table.rows[r]!);
    if (score > bestScore) [best, bestScore] = [r, score];
  }
  if (best !== -1) return best;
  return Math.max(0, table.rows.findIndex((row) => !isBlankRow(row)));
}

export interface OpenItemsInspection {
  source: TableSource;
  headerRow: number;
  headers: string[];
  /** The first data rows as text, for the mapping screen. */
  preview: string[][];
  suggestion: MappingSuggestion;
}

/** What the mapping screen shows: the header found, a few rows and the suggested preset and mapping. */
export function inspectOpenItemsTable(table: Table, previewRows = 10): OpenItemsInspection {
  const header = findHeaderRow(table);
  const headers = headerLabels(table.rows[header] ?? []);
  const preview: string[][] = [];
  for (let r = header + 1; r < table.rows.length && preview.length < previewRows; r++)
    if (!isBlankRow(table.rows[r])) preview.push(table.rows[r]!.map((c) => cellText(c)));
  return { source: table.source, headerRow: header + 1, headers, preview, suggestion: suggestMapping(headers) };
}

const TOTAL_LINE = /^(sub|eind)?tota(a)?l\b/i;

/** A report's total line: no debtor, no invoice number, a cell saying "Totaal". */
function isTotalLine(cells: readonly Cell[], columns: Partial<Record<OpenItemField, number>>): boolean {
  if (!isEmptyCell(cells[columns.invoiceNumber!]) || !isEmptyCell(cells[columns.debtorCode!])) return false;
  return cells.some((c) => typeof c === 'string' && TOTAL_LINE.test(c.trim()));
}

function sameItem(a: OpenItem, b: OpenItem): boolean {
  return JSON.stringify({ ...a, row: 0 }) === JSON.stringify({ ...b, row: 0 });
}

export function parseOpenItemsTable(table: Table, options: OpenItemsOptions = {}): OpenItemsParse {
  const firstRow = table.rows.findIndex((row) => !isBlankRow(row));
  if (firstRow === -1) return failed([message('import.file.noRows')], { source: table.source });
  const headerIndex = findHeaderRow(table, options.mapping);
  const headers = headerLabels(table.rows[headerIndex]!);
  const suggestion = options.mapping ? null : suggestMapping(headers, options.presetId);
  const mapping = options.mapping ?? suggestion!.mapping;
  const presetId = options.mapping ? (options.presetId ?? null) : suggestion!.presetId;
  const base = { source: table.source, headerRow: headerIndex + 1, headers, presetId, mapping };
  const resolved = resolveMapping(mapping, headers);
  if (!resolved.ok) return failed(resolved.errors, base);
  const columns = resolved.columns;

  const rows = table.rows;
  let lastDataRow = rows.length - 1;
  while (lastDataRow > headerIndex && isBlankRow(rows[lastDataRow])) lastDataRow--;
  if (lastDataRow === headerIndex) return failed([message('import.file.headerOnly', { row: headerIndex + 1 })], base);

  const isCsv = table.source.kind === 'csv';
  const date1904 = table.source.kind === 'xlsx' && table.source.date1904;
  const width = headers.length;
  const mappedIndexes = Object.values(columns) as number[];
  const lastMapped = Math.max(...mappedIndexes);

  const decimal: DecimalSeparator =
    mapping.decimalSeparator ??
    detectDecimalSeparator(
      (function* samples() {
        let n = 0;
        for (let r = headerIndex + 1; r <= lastDataRow && n < 5000; r++)
          for (const field of ['openAmount', 'originalAmount'] as const) {
            const cell = columns[field] === undefined ? undefined : rows[r]![columns[field]!];
            if (typeof cell === 'string' && cell.trim() !== '') {
              n++;
              yield cell;
            }
          }
      })(),
    );

  // Rows longer than the header are fine when the whole file writes them so (a trailing separator
  // on every data row); one row longer than the rest has a separator inside a field.
  let usualLength = width;
  if (isCsv) {
    const lengths = new Map<number, number>();
    for (let r = headerIndex + 1; r <= lastDataRow; r++) if (!isBlankRow(rows[r])) lengths.set(rows[r]!.length, (lengths.get(rows[r]!.length) ?? 0) + 1);
    let most = lengths.get(width) ?? 0;
    for (const [length, times] of lengths) if (times > most) [usualLength, most] = [length, times];
  }

  const reader = new RowReader({ columns, headers, decimal, date1904, dueDateTermDays: resolved.dueDateTermDays, today: options.today });
  const items: (OpenItem | null)[] = [];
  const issues: RowIssue[] = [];
  const counts = { dataRows: 0, valid: 0, withErrors: 0, totals: 0, repeats: 0 };
  const byNumber = new Map<string, { row: number; item: number; flagged: boolean }>();
  const debtorNames = new Map<string, { name: string; row: number }>();
  const numberColumn = headers[columns.invoiceNumber!]!;
  const numbersWithErrors = new Set<string>();
  const rowIssue = (row: number, key: string, params: MessageParams, field: OpenItemField | null = null, severity: RowIssue['severity'] = 'error'): RowIssue => ({
    row,
    column: field ? headers[columns[field]!]! : null,
    field,
    severity,
    message: message(key, params),
  });

  for (let r = headerIndex + 1; r <= lastDataRow; r++) {
    const cells = rows[r]!;
    const row = r + 1;
    if (isBlankRow(cells)) continue;
    counts.dataRows++;
    if (isCsv && cells.length > width && (cells.length !== usualLength || cells.slice(width).some((c) => !isEmptyCell(c)))) {
      issues.push(rowIssue(row, 'import.row.tooManyFields', { expected: width, actual: cells.length }));
      counts.withErrors++;
      continue;
    }
    if (isCsv && cells.length < width && lastMapped >= cells.length) {
      issues.push(rowIssue(row, 'import.row.tooFewFields', { expected: width, actual: cells.length }));
      counts.withErrors++;
      continue;
    }
    if (isTotalLine(cells, columns)) {
      counts.totals++;
      continue;
    }

    let item = reader.read(cells, row);
    const rowIssues = reader.issues;

    const debtor = reader.lastDebtor;
    if (debtor) {
      const known = debtorNames.get(debtor[0]);
      if (!known) debtorNames.set(debtor[0], { name: debtor[1], row });
      else if (known.name.toLowerCase() !== debtor[1].toLowerCase())
        rowIssues.push(rowIssue(row, 'import.row.debtorNameDiffers', { code: debtor[0], name: debtor[1], firstName: known.name, firstRow: known.row }, 'debtorName', 'warning'));
    }

    const number = reader.lastInvoiceNumber;
    if (number !== '') {
      const first = byNumber.get(number);
      if (!first) {
        byNumber.set(number, { row, item: item ? items.length : -1, flagged: false });
      } else if (item && first.item !== -1 && items[first.item] && sameItem(items[first.item]!, item)) {
        // The same line twice (an export that repeats a row) changes nothing: noted, imported once.
        issues.push(...rowIssues, rowIssue(row, 'import.row.duplicateIdentical', { number, otherRow: first.row }, 'invoiceNumber', 'warning'));
        counts.repeats++;
        continue;
      } else {
        rowIssues.push({ row, column: numberColumn, field: 'invoiceNumber', severity: 'error', message: message('import.row.duplicateInvoice', { number, otherRow: first.row }) });
        item = null;
        if (!first.flagged) {
          first.flagged = true;
          issues.push(rowIssue(first.row, 'import.row.duplicateInvoice', { number, otherRow: row }, 'invoiceNumber'));
          if (first.item !== -1 && items[first.item]) {
            items[first.item] = null;
            counts.valid--;
            counts.withErrors++;
          }
        }
      }
    }

    issues.push(...rowIssues);
    items.push(item);
    if (item) counts.valid++;
    else {
      counts.withErrors++;
      if (number !== '') numbersWithErrors.add(number);
    }
  }

  issues.sort((a, b) => a.row - b.row);
  return {
    ok: true,
    fileErrors: [],
    warnings: [],
    ...base,
    items: items.filter((i): i is OpenItem => i !== null),
    issues,
    counts,
    invoiceNumbersWithErrors: [...numbersWithErrors],
  };
}

/** Reads the file (CSV or XLSX, by its content) and parses its open items. */
export async function parseOpenItemsFile(bytes: Uint8Array, fileName: string, options: OpenItemsOptions = {}): Promise<OpenItemsParse> {
  const read = await readTableFile(bytes, fileName, options.sheet);
  if (!read.ok) return failed([read.error]);
  const parsed = parseOpenItemsTable(read.table, options);
  return { ...parsed, warnings: [...read.warnings, ...parsed.warnings] };
}

