// A table to export, typed per column so each writer renders it right: text as text, cents as an
// amount in euros, dates as dates. Headers are finished texts: the caller renders them from the
// message catalogue in the UI language.
import type { IsoDate } from '../../domain/dates';
import type { Cents } from '../../domain/money';

export type ExportColumn<T> =
  | { header: string; kind: 'text'; value: (row: T) => string | null }
  | { header: string; kind: 'cents'; value: (row: T) => Cents | null }
  | { header: string; kind: 'date'; value: (row: T) => IsoDate | null }
  | { header: string; kind: 'integer'; value: (row: T) => number | null };

export interface ExportTable<T> {
  columns: readonly ExportColumn<T>[];
  rows: readonly T[];
  /** The worksheet's name in XLSX (at most 31 characters; Excel forbids \ / ? * [ ] :). */
  sheetName?: string;
}
