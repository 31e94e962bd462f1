// Open items from an accounting package's export into the ledger. The file is read before the
// transaction (readOpenItemsFile, async: XLSX), then inspected, previewed or imported against the
// ledger as it is: new debtors and invoices, changes to invoices known by number, and what the
// bookkeeping shows paid recorded as payments (so promises and plan terms settle). Invoices a full
// export no longer lists are only listed; the collector confirms which are paid.
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import type { Db } from '../db/client';
import { findImportSourceByName, insertImportRun, listImportSources, saveImportSource, type ImportSourceRow } from '../db/import-sources.repo';
import {
  debtorsByNumbers,
  insertDebtors,
  insertInvoicesWithLine,
  invoicesByNumbers,
  openInvoicesOfSourceNotIn,
  setSingleLineAmount,
  updateImportedInvoice,
  type NewDebtor,
  type NewInvoice,
} from '../db/open-items.repo';
import type { IsoDate } from '../domain/dates';
import { message, type Message } from '../domain/message';
import type { PresetId } from '../domain/open-items';
import type { Cents } from '../domain/money';
import { inspectOpenItemsTable, parseOpenItemsTable, type OpenItem } from '../formats/open-items/parse';
import { suggestMapping } from '../formats/open-items/mapping';
import { readTableFile, type TableRead } from '../formats/table/read-table';
import { isBlankRow } from '../formats/table/table';
import type { ImportCounts, ImportFile, ImportSource, MissingInvoice, OpenItemsImported, OpenItemsInspection, OpenItemsPreview, RowIssue, importChannels } from '../ipc/channels/imports';
import type { ChannelInput } from '../ipc/contract';
import { AppError } from '../ipc/errors';
import { today, type HandlerContext, type HandlerGroup } from './context';
import { invalidInput, notAllowed } from './refusals';
import { recordAllocatedPayment } from './payments';

export function fileBytes(file: ImportFile): Uint8Array {
  return new Uint8Array(Buffer.from(file.contentBase64, 'base64'));
}

export function fileSha256(file: ImportFile): string {
  return createHash('sha256').update(Buffer.from(file.contentBase64, 'base64')).digest('hex');
}

/** Reads the chosen file as a table, before the transaction (reading an XLSX workbook is asynchronous). */
export function readOpenItemsFile(input: { file: ImportFile; sheet?: string }): Promise<TableRead> {
  return readTableFile(fileBytes(input.file), input.file.name, input.sheet);
}

/** The table dispatch read for this request (handlers/readers.ts). */
function tableRead(ctx: HandlerContext): TableRead {
  if (!ctx.prepared) throw new Error('Het bestand is niet vooraf gelezen');
  return ctx.prepared as TableRead;
}

const toSource = (row: ImportSourceRow): ImportSource => ({ id: row.id, name: row.name, presetId: row.presetId as ImportSource['presetId'], mapping: row.mapping, lastImportedAt: row.lastImportedAt });

export function inspectOpenItems(db: Db, read: TableRead, presetId?: PresetId): OpenItemsInspection {
  const sources = listImportSources(db).map(toSource);
  const nothing = { warnings: [], format: null, headerRow: null, headers: [], preview: [], suggestion: null, sources };
  if (!read.ok) return { ...nothing, fileErrors: [read.error] };
  if (read.table.rows.every((row) => isBlankRow(row))) return { ...nothing, fileErrors: [message('import.file.noRows')] };
  const inspection = inspectOpenItemsTable(read.table);
  const { source } = inspection;
  // A remembered mapping whose columns all appear in this file is the likely source: listed first.
  const fits = (s: ImportSource) => Object.values(s.mapping.columns).every((label) => !label || inspection.headers.includes(label));
  return {
    fileErrors: [],
    warnings: read.warnings,
    format:
      source.kind === 'csv'
        ? { kind: 'csv', encoding: source.encoding, delimiter: source.delimiter, sheet: null, sheets: [] }
        : { kind: 'xlsx', encoding: null, delimiter: null, sheet: source.sheet, sheets: source.sheets },
    headerRow: inspection.headerRow,
    headers: inspection.headers,
    preview: inspection.preview,
    // The collector's choice of package, or the package whose column names fit best.
    suggestion: presetId ? suggestMapping(inspection.headers, presetId) : inspection.suggestion,
    sources: [...sources.filter(fits), ...sources.filter((s) => !fits(s))],
  };
}

type ImportRequest = ChannelInput<'imports:previewOpenItems'> & { fullExport: boolean };

interface Payment {
  debtorKey: string;
  invoiceKey: string;
  cents: Cents;
}

interface Analysis {
  fileErrors: Message[];
  warnings: Message[];
  issues: RowIssue[];
  errorRows: number;
  counts: ImportCounts;
  source: ImportSourceRow | undefined;
  newDebtors: NewDebtor[];
  newInvoices: (Omit<NewInvoice, 'debtorId' | 'importSourceId'> & { debtorNumber: string })[];
  /** Known invoices the file lists: changed fields, a corrected amount, and whether the source takes them over. */
  updates: { id: number; values: Parameters<typeof updateImportedInvoice>[2]; amountCents: Cents | null; adopt: boolean }[];
  /** What the bookkeeping shows paid that the ledger has open, by debtor number and invoice number. */
  payments: Payment[];
  missing: MissingInvoice[];
}

const EMPTY_COUNTS: ImportCounts = {
  dataRows: 0,
  valid: 0,
  withErrors: 0,
  newDebtors: 0,
  newInvoices: 0,
  updatedInvoices: 0,
  unchangedInvoices: 0,
  paidPerBookkeeping: 0,
  paidPerBookkeepingCents: 0,
  settledSkipped: 0,
};

function refusedFile(fileErrors: Message[], warnings: Message[] = []): Analysis {
  return { fileErrors, warnings, issues: [], errorRows: 0, counts: EMPTY_COUNTS, source: undefined, newDebtors: [], newInvoices: [], updates: [], payments: [], missing: [] };
}

const sameText = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Compares the file's rows with the ledger: what importing would create, change and record as paid. */
export function analyseOpenItems(db: Db, read: TableRead, request: ImportRequest, todayDate: IsoDate): Analysis {
  if (!read.ok) return refusedFile([read.error]);
  const parse = parseOpenItemsTable(read.table, { mapping: request.mapping, presetId: request.presetId, today: todayDate });
  const warnings = [...read.warnings, ...parse.warnings];
  if (!parse.ok) return refusedFile(parse.fileErrors, warnings);

  const source = findImportSourceByName(db, request.sourceName.trim());
  const ledger = new Map(invoicesByNumbers(db, parse.items.map((i) => i.invoiceNumber)).map((i) => [i.number, i]));
  const knownDebtors = new Map(debtorsByNumbers(db, [...new Set(parse.items.map((i) => i.debtorCode))]).map((d) => [d.number, d]));

  const issues: RowIssue[] = parse.issues.map((i) => ({ row: i.row, column: i.column, severity: i.severity, message: i.message }));
  const counts: ImportCounts = { ...EMPTY_COUNTS, dataRows: parse.counts.dataRows, valid: parse.counts.valid, withErrors: parse.counts.withErrors };
  const analysis: Analysis = { fileErrors: [], warnings, issues, errorRows: parse.counts.withErrors, counts, source, newDebtors: [], newInvoices: [], updates: [], payments: [], missing: [] };
  const newDebtorNumbers = new Set<string>();
  const rowIssue = (item: OpenItem, severity: RowIssue['severity'], column: string | null, m: Message) => issues.push({ row: item.row, column, severity, message: m });
  const column = (field: keyof typeof request.mapping.columns) => request.mapping.columns[field] ?? null;

  for (const item of parse.items) {
    const existing = ledger.get(item.invoiceNumber);
    if (existing && existing.debtorNumber !== item.debtorCode) {
      rowIssue(item, 'error', column('invoiceNumber'), message('import.row.invoiceOfOtherDebtor', { number: item.invoiceNumber, debtor: existing.debtorName, debtorNumber: existing.debtorNumber }));
      counts.valid--;
      counts.withErrors++;
      analysis.errorRows++;
      continue;
    }
    const known = knownDebtors.get(item.debtorCode);
    if (known && !sameText(known.name, item.debtorName))
      rowIssue(item, 'warning', column('debtorName'), message('import.row.debtorNameInLedger', { code: item.debtorCode, name: item.debtorName, ledgerName: known.name }));

    // A credit note is kept at what is still open of it: the credit the debtor can still use.
    const amountCents = item.isCreditNote ? item.openCents : item.originalCents;
    const paidCents = item.isCreditNote ? 0 : item.originalCents - item.openCents;
    if (!existing) {
      if (item.openCents === 0) {
        counts.settledSkipped++;
        continue;
      }
      if (!known && !newDebtorNumbers.has(item.debtorCode)) {
        newDebtorNumbers.add(item.debtorCode);
        const d = item.debtor;
        analysis.newDebtors.push({ number: item.debtorCode, name: item.debtorName, addressLine: d.addressLine, postcode: d.postcode, city: d.city, email: d.email || null, phone: d.phone || null });
      }
      analysis.newInvoices.push({
        debtorNumber: item.debtorCode,
        number: item.invoiceNumber,
        invoiceDate: item.invoiceDate,
        dueDate: item.dueDate,
        description: item.description,
        paymentReference: item.paymentReference,
        amountCents,
      });
      if (paidCents > 0) analysis.payments.push({ debtorKey: item.debtorCode, invoiceKey: item.invoiceNumber, cents: paidCents });
      continue;
    }

    const values: Parameters<typeof updateImportedInvoice>[2] = {};
    if (existing.invoiceDate !== item.invoiceDate) values.invoiceDate = item.invoiceDate;
    if (existing.dueDate !== item.dueDate) values.dueDate = item.dueDate;
    if (item.description !== '' && existing.description !== item.description) values.description = item.description;
    if (item.paymentReference !== null && existing.paymentReference !== item.paymentReference) values.paymentReference = item.paymentReference;
    const changedFields = Object.keys(values).length > 0;

    let newAmount: Cents | null = null;
    if (existing.amountCents !== amountCents) {
      if (existing.lineCount === 1) newAmount = amountCents;
      else
        rowIssue(item, 'warning', column('originalAmount') ?? column('openAmount'), message('import.row.amountDiffersKept', { number: item.invoiceNumber, file: { cents: amountCents }, ledger: { cents: existing.amountCents } }));
    }
    const more = paidCents - existing.paidCents;
    if (more > 0) analysis.payments.push({ debtorKey: item.debtorCode, invoiceKey: item.invoiceNumber, cents: more });
    else if (more < 0)
      rowIssue(item, 'warning', column('openAmount'), message('import.row.ledgerHasMorePaid', { number: item.invoiceNumber, ledgerPaid: { cents: existing.paidCents }, filePaid: { cents: paidCents } }));
    if (changedFields || newAmount !== null || more > 0) counts.updatedInvoices++;
    else counts.unchangedInvoices++;
    analysis.updates.push({ id: existing.id, values, amountCents: newAmount, adopt: source === undefined || existing.importSourceId !== source.id });
  }

  counts.newDebtors = analysis.newDebtors.length;
  counts.newInvoices = analysis.newInvoices.length;
  counts.paidPerBookkeeping = analysis.payments.length;
  counts.paidPerBookkeepingCents = analysis.payments.reduce((s, p) => s + p.cents, 0);
  if (request.fullExport && source) {
    const present = [...parse.items.map((i) => i.invoiceNumber), ...parse.invoiceNumbersWithErrors];
    analysis.missing = openInvoicesOfSourceNotIn(db, source.id, present).map(({ debtorId: _, ...m }) => m);
  }
  issues.sort((a, b) => a.row - b.row);
  return analysis;
}

/** At most this many issues cross the contract; the preview says how many there are in all. */
const MAX_ISSUES = 1000;

export function previewOpenItems(db: Db, read: TableRead, request: ImportRequest, todayDate: IsoDate): OpenItemsPreview {
  const a = analyseOpenItems(db, read, request, todayDate);
  return { fileErrors: a.fileErrors, warnings: a.warnings, issues: a.issues.slice(0, MAX_ISSUES), issueCount: a.issues.length, counts: a.counts, missing: a.missing };
}

type ConfirmRequest = ImportRequest & { onlyValidRows: boolean; markPaid: number[] };

/** Imports in the caller's transaction; refuses (and writes nothing) while anything is unclear. */
export function confirmOpenItems(db: Db, read: TableRead, request: ConfirmRequest, file: ImportFile, todayDate: IsoDate, now: Date): OpenItemsImported {
  const a = analyseOpenItems(db, read, request, todayDate);
  if (a.fileErrors.length > 0)
    throw new AppError(
      'invalid_input',
      a.fileErrors[0]!,
      a.fileErrors.map((m) => ({ path: 'file', message: m })),
    );
  if (a.errorRows > 0 && !request.onlyValidRows) throw notAllowed('errors.import.rows_have_errors', { count: a.errorRows });
  const missing = new Map(a.missing.map((m) => [m.invoiceId, m]));
  for (const id of request.markPaid) if (!missing.has(id)) throw invalidInput('errors.import.not_missing', { id });
  if (a.newInvoices.length === 0 && a.updates.length === 0 && request.markPaid.length === 0) throw notAllowed('errors.import.nothing_to_import');

  const importedAt = now.toISOString();
  const sourceId = saveImportSource(db, { name: request.sourceName.trim(), presetId: request.presetId, mapping: request.mapping, importedAt });
  const debtorIds = insertDebtors(db, a.newDebtors);
  for (const d of debtorsByNumbers(db, [...new Set(a.newInvoices.map((i) => i.debtorNumber).filter((n) => !debtorIds.has(n)))])) debtorIds.set(d.number, d.id);
  const invoiceIds = insertInvoicesWithLine(
    db,
    a.newInvoices.map(({ debtorNumber, ...invoice }) => ({ ...invoice, debtorId: debtorIds.get(debtorNumber)!, importSourceId: sourceId })),
  );
  for (const u of a.updates) {
    updateImportedInvoice(db, u.id, u.adopt ? { ...u.values, importSourceId: sourceId } : u.values);
    if (u.amountCents !== null) setSingleLineAmount(db, u.id, u.amountCents);
  }

  // What the bookkeeping shows paid, one payment per debtor; then the missing invoices confirmed paid.
  const known = new Map(invoicesByNumbers(db, a.payments.map((p) => p.invoiceKey)).map((i) => [i.number, i]));
  const perDebtor = new Map<number, { invoiceId: number; cents: Cents }[]>();
  const add = (debtorId: number, invoiceId: number, cents: Cents) => perDebtor.set(debtorId, [...(perDebtor.get(debtorId) ?? []), { invoiceId, cents }]);
  for (const p of a.payments) {
    const invoice = known.get(p.invoiceKey)!;
    add(invoice.debtorId, invoiceIds.get(p.invoiceKey) ?? invoice.id, p.cents);
  }
  const missingRows = openInvoicesOfSourceNotIn(db, sourceId, []).filter((m) => request.markPaid.includes(m.invoiceId));
  for (const m of missingRows) add(m.debtorId, m.invoiceId, m.openCents);
  for (const [debtorId, allocations] of perDebtor) recordAllocatedPayment(db, { debtorId, receivedOn: todayDate, description: file.name, allocations }, todayDate);

  const importRunId = insertImportRun(db, {
    kind: 'open_items',
    sourceId,
    fileName: file.name,
    fileSha256: fileSha256(file),
    importedOn: todayDate,
    counts: { ...a.counts, markedPaid: missingRows.length },
  });
  return { importRunId, sourceId, counts: a.counts, markedPaid: missingRows.length };
}

export const importHandlers = {
  'imports:inspectOpenItems': (ctx, { presetId }) => inspectOpenItems(ctx.db, tableRead(ctx), presetId),
  'imports:previewOpenItems': (ctx, input) => previewOpenItems(ctx.db, tableRead(ctx), input, today(ctx)),
  'imports:confirmOpenItems': (ctx, input) => confirmOpenItems(ctx.db, tableRead(ctx), input, input.file, today(ctx), ctx.now()),
  'imports:sources': (ctx) => listImportSources(ctx.db).map(toSource),
} satisfies HandlerGroup<keyof typeof importChannels>;
