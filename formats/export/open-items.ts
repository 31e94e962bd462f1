// The open-items table in the columns the import reads back (the generic preset knows these headers
// in Dutch and English), so export → import gives the same invoices.
import type { OpenItemField } from '../../domain/open-items';
import type { OpenItem } from '../open-items/row-reader';
import type { ExportTable } from './table';

export type OpenItemForExport = Omit<OpenItem, 'row' | 'isCreditNote' | 'currency'>;

/** Column titles per field, rendered by the caller from the catalogue (import.field.*). */
export type OpenItemHeaders = Record<OpenItemField, string>;

export function openItemsExportTable(items: readonly OpenItemForExport[], headers: OpenItemHeaders, sheetName?: string): ExportTable<OpenItemForExport> {
  const text = (field: OpenItemField, value: (i: OpenItemForExport) => string | null) => ({ header: headers[field], kind: 'text' as const, value });
  return {
    sheetName,
    rows: items,
    columns: [
      text('debtorCode', (i) => i.debtorCode),
      text('debtorName', (i) => i.debtorName),
      text('invoiceNumber', (i) => i.invoiceNumber),
      { header: headers.invoiceDate, kind: 'date', value: (i) => i.invoiceDate },
      { header: headers.dueDate, kind: 'date', value: (i) => i.dueDate },
      { header: headers.originalAmount, kind: 'cents', value: (i) => i.originalCents },
      { header: headers.openAmount, kind: 'cents', value: (i) => i.openCents },
      text('currency', () => 'EUR'),
      text('paymentReference', (i) => i.paymentReference),
      text('description', (i) => i.description),
      text('debtorAddress', (i) => i.debtor.addressLine),
      text('debtorPostcode', (i) => i.debtor.postcode),
      text('debtorCity', (i) => i.debtor.city),
      text('debtorEmail', (i) => i.debtor.email),
      text('debtorPhone', (i) => i.debtor.phone),
    ],
  };
}
