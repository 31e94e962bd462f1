// The columns an open-items import understands and the accounting packages it has presets for, shared
// by the file parser (formats/open-items), the contract and the import screen.

export const OPEN_ITEM_FIELDS = [
  'debtorCode',
  'debtorName',
  'invoiceNumber',
  'invoiceDate',
  'dueDate',
  'originalAmount',
  'openAmount',
  'currency',
  'paymentReference',
  'description',
  'debtorAddress',
  'debtorPostcode',
  'debtorCity',
  'debtorEmail',
  'debtorPhone',
] as const;
export type OpenItemField = (typeof OPEN_ITEM_FIELDS)[number];

export const PRESET_IDS = ['generic', 'exact-online', 'twinfield', 'moneybird', 'e-boekhouden', 'snelstart'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

/** Which file column holds which field, as remembered per source (formats/open-items/mapping.ts). */
export interface ColumnMapping {
  /** The file's header label for each field (duplicate labels carry " (2)", " (3)"). */
  columns: Partial<Record<OpenItemField, string>>;
  /** When the export has no due date: the invoice date plus this many days. */
  dueDateTermDays?: number;
  /** Overrides the decimal separator detected from the file's amounts written as text. */
  decimalSeparator?: ',' | '.';
}

/** The accounting packages' own names, the same in every language (the generic preset is named by a message). */
export const PACKAGE_NAMES: Record<Exclude<PresetId, 'generic'>, string> = {
  'exact-online': 'Exact Online',
  twinfield: 'Twinfield',
  moneybird: 'Moneybird',
  'e-boekhouden': 'e-Boekhouden.nl',
  snelstart: 'SnelStart',
};
