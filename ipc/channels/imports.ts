// Importing open items (unpaid invoices) from an accounting package's CSV/XLSX export: read the file and
// suggest a column mapping, preview what the import would do, then import it in one transaction.
import { z } from 'zod';
import { mutation, query } from '../channel';
import { Cents, Id, IsoDate } from '../../domain/primitives';
import { Message } from '../../domain/message';
import { OPEN_ITEM_FIELDS, PRESET_IDS } from '../../domain/open-items';

/** Files up to 50 MB are read (formats/file/sniff.ts); a little more passes here so that refusal names the size. */
const MAX_FILE_BASE64 = Math.ceil((51 * 1024 * 1024) / 3) * 4;

/** A file the collector chose, its bytes in base64 (JSON carries no bytes). */
export const ImportFile = z.object({ name: z.string().min(1).max(255), contentBase64: z.string().max(MAX_FILE_BASE64) }).strict();
export type ImportFile = z.infer<typeof ImportFile>;

export const OpenItemField = z.enum(OPEN_ITEM_FIELDS);
export const PresetId = z.enum(PRESET_IDS);

export const ColumnMapping = z
  .object({
    columns: z.partialRecord(OpenItemField, z.string().max(300)),
    dueDateTermDays: z.number().int().min(0).max(365).optional(),
    decimalSeparator: z.enum([',', '.']).optional(),
  })
  .strict();

export const ImportSource = z.object({ id: Id, name: z.string(), presetId: PresetId, mapping: ColumnMapping, lastImportedAt: z.string().nullable() });
export type ImportSource = z.infer<typeof ImportSource>;

const FileRequest = z.object({ file: ImportFile, sheet: z.string().max(100).optional() });

export const OpenItemsInspection = z.object({
  fileErrors: z.array(Message),
  warnings: z.array(Message),
  format: z.object({ kind: z.enum(['csv', 'xlsx']), encoding: z.string().nullable(), delimiter: z.string().nullable(), sheet: z.string().nullable(), sheets: z.array(z.string()) }).nullable(),
  headerRow: z.number().int().nullable(),
  headers: z.array(z.string()),
  /** The first data rows as text. */
  preview: z.array(z.array(z.string())),
  suggestion: z.object({ presetId: PresetId, mapping: ColumnMapping, missing: z.array(OpenItemField) }).nullable(),
  /** Sources imported from before, with their remembered mappings; the one whose columns fit this file first. */
  sources: z.array(ImportSource),
});
export type OpenItemsInspection = z.infer<typeof OpenItemsInspection>;

const ImportRequest = FileRequest.extend({
  /** The collector's name for where the file comes from ("Exact Online"); its mapping is remembered under it. */
  sourceName: z.string().trim().min(1).max(100),
  presetId: PresetId,
  mapping: ColumnMapping,
  /** The file holds every open item of the source: what it lacks is listed as possibly paid. */
  fullExport: z.boolean().default(false),
});

export const RowIssue = z.object({ row: z.number().int(), column: z.string().nullable(), severity: z.enum(['error', 'warning']), message: Message });
export type RowIssue = z.infer<typeof RowIssue>;

export const MissingInvoice = z.object({ invoiceId: Id, number: z.string(), debtorNumber: z.string(), debtorName: z.string(), dueDate: IsoDate, openCents: Cents });
export type MissingInvoice = z.infer<typeof MissingInvoice>;

export const ImportCounts = z.object({
  dataRows: z.number().int(),
  valid: z.number().int(),
  withErrors: z.number().int(),
  newDebtors: z.number().int(),
  newInvoices: z.number().int(),
  updatedInvoices: z.number().int(),
  unchangedInvoices: z.number().int(),
  /** Invoices the export shows (partly) paid that the ledger had open: recorded as paid per the bookkeeping. */
  paidPerBookkeeping: z.number().int(),
  paidPerBookkeepingCents: Cents,
  /** Rows of invoices already settled in the bookkeeping that the ledger does not know: nothing to collect. */
  settledSkipped: z.number().int(),
});
export type ImportCounts = z.infer<typeof ImportCounts>;

export const OpenItemsPreview = z.object({
  fileErrors: z.array(Message),
  warnings: z.array(Message),
  /** Every problem by row: errors keep the row out, warnings do not. At most 1 000; `issueCount` has them all. */
  issues: z.array(RowIssue),
  issueCount: z.number().int(),
  counts: ImportCounts,
  missing: z.array(MissingInvoice),
});
export type OpenItemsPreview = z.infer<typeof OpenItemsPreview>;

export const OpenItemsImported = z.object({ importRunId: Id, sourceId: Id, counts: ImportCounts, markedPaid: z.number().int() });
export type OpenItemsImported = z.infer<typeof OpenItemsImported>;

export const importChannels = {
  /** Reads the file: the header row found, the first rows, the mapping suggested, the sources known. */
  'imports:inspectOpenItems': query(FileRequest.extend({ presetId: PresetId.optional() }).strict(), OpenItemsInspection),
  /** What importing with this mapping would do, row by row; writes nothing. */
  'imports:previewOpenItems': query(ImportRequest.strict(), OpenItemsPreview),
  /**
   * Imports in one transaction: new debtors and invoices, changes to known invoices, payments the
   * bookkeeping shows; remembers the mapping for the source. Refused while the file has errors unless
   * `onlyValidRows` is chosen; `markPaid` names missing invoices the collector confirms as paid.
   */
  'imports:confirmOpenItems': mutation(ImportRequest.extend({ onlyValidRows: z.boolean().default(false), markPaid: z.array(Id).max(100_000).default([]) }).strict(), OpenItemsImported),
  'imports:sources': query(z.object({}).strict(), z.array(ImportSource)),
};
