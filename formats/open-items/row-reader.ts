// One data row to an OpenItem, or the reasons it cannot be one. A class with plain methods rather
// than closures per row: a 100 000-row file makes 100 000 rows, and per-row closures (and the garbage
// they leave) cost more than the parsing itself.
import { addDays, compareDates, type IsoDate } from '../../domain/dates';
import { message, type MessageParams } from '../../domain/message';
import type { Cents } from '../../domain/money';
import { checkBetalingskenmerk } from '../../domain/payment-reference';
import { cellText, isCellError, type Cell } from '../table/table';
import { centsFromNumber, parseAmountText, type AmountResult, type DecimalSeparator } from '../values/amount';
import { unescapeSpreadsheetText } from '../values/spreadsheet-text';
import { dateFromCellDate, dateFromExcelSerial, MAX_YEAR, MIN_YEAR, parseDateText, type DateResult } from '../values/date';
import type { OpenItemField } from '../../domain/open-items';
import { MAX_LENGTH } from './fields';

export interface OpenItem {
  /** The spreadsheet row it came from. */
  row: number;
  debtorCode: string;
  debtorName: string;
  invoiceNumber: string;
  invoiceDate: IsoDate;
  dueDate: IsoDate;
  originalCents: Cents;
  openCents: Cents;
  /** A credit note: a negative original amount with its own number; what is open of it is ≤ 0. */
  isCreditNote: boolean;
  currency: 'EUR';
  paymentReference: string | null;
  description: string;
  debtor: { addressLine: string; postcode: string; city: string; email: string; phone: string };
}

export interface RowIssue {
  row: number;
  /** The file's header label of the column at fault, or null when the row as a whole is. */
  column: string | null;
  field: OpenItemField | null;
  severity: 'error' | 'warning';
  message: ReturnType<typeof message>;
}

export interface RowReaderSetup {
  columns: Partial<Record<OpenItemField, number>>;
  headers: readonly string[];
  decimal: DecimalSeparator;
  date1904: boolean;
  dueDateTermDays: number | undefined;
  today: IsoDate | undefined;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmptyCell(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

export class RowReader {
  /** The issues of the row being read; read them after read(), before the next row. */
  readonly issues: RowIssue[] = [];
  private errorCount = 0;
  private row = 0;
  private cells: readonly Cell[] = [];

  constructor(private readonly setup: RowReaderSetup) {}

  /** The column label of a mapped field, as the file names it. */
  label(field: OpenItemField): string {
    const index = this.setup.columns[field];
    return index === undefined ? '' : this.setup.headers[index]!;
  }

  error(field: OpenItemField | null, key: string, params?: MessageParams): void {
    this.issues.push({ row: this.row, column: field && this.setup.columns[field] !== undefined ? this.label(field) : null, field, severity: 'error', message: message(key, params) });
    this.errorCount++;
  }

  warn(field: OpenItemField | null, key: string, params?: MessageParams): void {
    this.issues.push({ row: this.row, column: field && this.setup.columns[field] !== undefined ? this.label(field) : null, field, severity: 'warning', message: message(key, params) });
  }

  private cell(field: OpenItemField): Cell | undefined {
    const index = this.setup.columns[field];
    return index === undefined ? undefined : this.cells[index];
  }

  private text(field: OpenItemField, required: boolean): string {
    const cell = this.cell(field);
    if (cell === undefined || cell === null) {
      if (required) this.error(field, 'import.row.required', { column: this.label(field) });
      return '';
    }
    if (cell instanceof Date) {
      this.error(field, 'import.row.textBecameDate', { column: this.label(field), value: cellText(cell) });
      return '';
    }
    if (isCellError(cell)) {
      this.error(field, 'import.row.cellError', { column: this.label(field), value: cell.error });
      return '';
    }
    // Excel keeps 15 significant digits: a 16-digit kenmerk stored as a number has lost its last one.
    if (typeof cell === 'number' && field === 'paymentReference' && Math.abs(cell) >= 1e15) {
      this.error(field, 'import.row.referenceAsNumber', { column: this.label(field) });
      return '';
    }
    const value = typeof cell === 'string' ? unescapeSpreadsheetText(cell.trim()) : String(cell);
    if (value === '') {
      if (required) this.error(field, 'import.row.required', { column: this.label(field) });
      return '';
    }
    const max = MAX_LENGTH[field];
    if (max !== undefined && value.length > max) {
      this.error(field, 'import.row.tooLong', { column: this.label(field), max, length: value.length });
      return '';
    }
    return value;
  }

  /** The cell of a required amount or date, or null once it is reported empty or an Excel error. */
  private required(field: OpenItemField): string | number | boolean | Date | null {
    const cell = this.cell(field);
    if (isEmptyCell(cell)) {
      this.error(field, 'import.row.required', { column: this.label(field) });
      return null;
    }
    if (isCellError(cell!)) {
      this.error(field, 'import.row.cellError', { column: this.label(field), value: (cell as { error: string }).error });
      return null;
    }
    return cell as string | number | boolean | Date;
  }

  private amount(field: OpenItemField): Cents | null {
    const cell = this.required(field);
    if (cell === null) return null;
    const result: AmountResult =
      typeof cell === 'number' ? centsFromNumber(cell) : typeof cell === 'string' ? parseAmountText(cell, this.setup.decimal) : { ok: false, problem: 'not-an-amount' };
    if (result.ok) return result.cents;
    const key = result.problem === 'too-many-decimals' ? 'import.row.tooManyDecimals' : result.problem === 'too-large' ? 'import.row.amountTooLarge' : 'import.row.badAmount';
    this.error(field, key, { column: this.label(field), value: cellText(cell) });
    return null;
  }

  private date(field: OpenItemField): IsoDate | null {
    const cell = this.required(field);
    if (cell === null) return null;
    const result: DateResult =
      typeof cell === 'string'
        ? parseDateText(cell)
        : cell instanceof Date
          ? dateFromCellDate(cell)
          : typeof cell === 'number'
            ? dateFromExcelSerial(cell, this.setup.date1904)
            : { ok: false, problem: 'not-a-date' };
    if (result.ok) return result.date;
    const value = cellText(cell);
    if (result.problem === 'impossible') this.error(field, 'import.row.impossibleDate', { column: this.label(field), value });
    else if (result.problem === 'out-of-range') this.error(field, 'import.row.dateOutOfRange', { column: this.label(field), value, min: MIN_YEAR, max: MAX_YEAR });
    else this.error(field, 'import.row.badDate', { column: this.label(field), value });
    return null;
  }

  /** Reads one row; null when it has errors (this.issues says which). */
  read(cells: readonly Cell[], row: number): OpenItem | null {
    this.issues.length = 0;
    this.errorCount = 0;
    this.cells = cells;
    this.row = row;
    const { columns } = this.setup;

    const debtorCode = this.text('debtorCode', true);
    const debtorName = this.text('debtorName', true);
    let invoiceNumber = this.text('invoiceNumber', true);
    // Exact Online writes invoice number 0 for an item without one.
    if (invoiceNumber === '0') {
      this.error('invoiceNumber', 'import.row.noInvoiceNumber', { column: this.label('invoiceNumber') });
      invoiceNumber = '';
    }
    const invoiceDate = this.date('invoiceDate');
    let dueDate: IsoDate | null = null;
    if (columns.dueDate !== undefined) dueDate = this.date('dueDate');
    else if (invoiceDate) dueDate = addDays(invoiceDate, this.setup.dueDateTermDays ?? 0);
    const openCents = this.amount('openAmount');
    const originalCents = columns.originalAmount === undefined ? openCents : this.amount('originalAmount');
    const currencyText = this.text('currency', false).toUpperCase();
    if (currencyText !== '' && currencyText !== 'EUR' && currencyText !== '€' && currencyText !== 'EURO')
      this.error('currency', 'import.row.unknownCurrency', { column: this.label('currency'), value: currencyText });
    const paymentReference = this.text('paymentReference', false);
    const description = this.text('description', false);
    const addressLine = this.text('debtorAddress', false);
    const postcode = this.text('debtorPostcode', false);
    const city = this.text('debtorCity', false);
    let email = this.text('debtorEmail', false);
    const phone = this.text('debtorPhone', false);

    if (invoiceDate && dueDate && compareDates(dueDate, invoiceDate) < 0)
      this.error('dueDate', 'import.row.dueBeforeInvoice', { dueDate: { date: dueDate }, invoiceDate: { date: invoiceDate } });
    if (invoiceDate && this.setup.today && compareDates(invoiceDate, this.setup.today) > 0)
      this.warn('invoiceDate', 'import.row.invoiceDateInFuture', { date: { date: invoiceDate } });
    if (openCents !== null && originalCents !== null) {
      const amounts = { open: { cents: openCents }, original: { cents: originalCents } };
      if (originalCents >= 0 && openCents < 0) this.error('openAmount', 'import.row.negativeOpen', amounts);
      else if (originalCents < 0 && openCents > 0) this.error('openAmount', 'import.row.creditNotePositiveOpen', amounts);
      else if (Math.abs(openCents) > Math.abs(originalCents))
        this.error(columns.originalAmount === undefined ? 'openAmount' : 'originalAmount', 'import.row.openExceedsOriginal', amounts);
    }
    if (email !== '' && !EMAIL.test(email)) {
      this.warn('debtorEmail', 'import.row.badEmail', { column: this.label('debtorEmail'), value: email });
      email = '';
    }
    if (paymentReference !== '' && checkBetalingskenmerk(paymentReference) === 'bad-check-digit')
      this.warn('paymentReference', 'import.row.kenmerkCheckDigit', { value: paymentReference });

    this.lastInvoiceNumber = invoiceNumber;
    this.lastDebtor = debtorCode !== '' && debtorName !== '' ? [debtorCode, debtorName] : null;
    if (this.errorCount > 0) return null;
    return {
      row,
      debtorCode,
      debtorName,
      invoiceNumber,
      invoiceDate: invoiceDate!,
      dueDate: dueDate!,
      originalCents: originalCents!,
      openCents: openCents!,
      isCreditNote: originalCents! < 0,
      currency: 'EUR',
      paymentReference: paymentReference === '' ? null : paymentReference,
      description,
      debtor: { addressLine, postcode, city, email, phone },
    };
  }

  /** The invoice number of the last row read, also when the row had other errors ('' when unreadable). */
  lastInvoiceNumber = '';
  /** The debtor code and name of the last row read, when both were readable. */
  lastDebtor: [string, string] | null = null;

  get hasErrors(): boolean {
    return this.errorCount > 0;
  }
}
