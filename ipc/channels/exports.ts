// Lists out of Belwijzer for a spreadsheet or another program (CSV for Dutch Excel, or XLSX), and the
// claim that goes with the hand-over dossier to the collection agency as CSV.
import { z } from 'zod';
import { query } from '../channel';
import { Id } from '../../domain/primitives';
import { Language } from '../../domain/settings';

export const EXPORT_LISTS = ['debtors', 'tasks', 'calls', 'promises', 'openItems'] as const;

export const ExportedFile = z.object({ fileName: z.string(), mimeType: z.string(), contentBase64: z.string() });
export type ExportedFile = z.infer<typeof ExportedFile>;

export const exportChannels = {
  /** One list as a file; column titles in the language asked for. */
  'exports:list': query(z.object({ list: z.enum(EXPORT_LISTS), format: z.enum(['csv', 'xlsx']), language: Language }).strict(), ExportedFile),
  /** The claim of the hand-over dossier (invoices, costs, interest, letters, calls, promises) as CSV. */
  'exports:claim': query(z.object({ debtorId: Id }).strict(), ExportedFile),
};
