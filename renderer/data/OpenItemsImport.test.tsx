// The import screen with the handlers answered: the mapping the file suggests, a preview naming a bad
// row, and the import allowed only after "alleen de goede rijen" is ticked — sent with that choice.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { OpenItemsImport } from './OpenItemsImport';
import { answer, callsTo, renderIn } from '../followup/test-helpers';
import type { OpenItemsInspection, OpenItemsPreview } from '../../ipc/channels/imports';

vi.mock('../api/client', async (original) => ({ ...(await original<object>()), call: vi.fn() }));

const headers = ['AccountCode', 'AccountName', 'InvoiceNumber', 'InvoiceDate', 'DueDate', 'Amount'];
const mapping = { columns: { debtorCode: 'AccountCode', debtorName: 'AccountName', invoiceNumber: 'InvoiceNumber', invoiceDate: 'InvoiceDate', dueDate: 'DueDate', openAmount: 'Amount' } };
const inspection: OpenItemsInspection = {
  fileErrors: [],
  warnings: [],
  format: { kind: 'csv', encoding: 'utf-8', delimiter: ';', sheet: null, sheets: [] },
  headerRow: 1,
  headers,
  preview: [['1001', 'Leeflang & Zn', '20260041', '01-10-2026', '31-10-2026', '1.210,00']],
  suggestion: { presetId: 'exact-online', mapping, missing: [] },
  sources: [],
};
const counts = { dataRows: 2, valid: 1, withErrors: 1, newDebtors: 1, newInvoices: 1, updatedInvoices: 0, unchangedInvoices: 0, paidPerBookkeeping: 0, paidPerBookkeepingCents: 0, settledSkipped: 0 };
const preview: OpenItemsPreview = {
  fileErrors: [],
  warnings: [],
  issues: [{ row: 3, column: 'InvoiceDate', severity: 'error', message: { key: 'import.row.impossibleDate', params: { column: 'InvoiceDate', value: '31-02-2026' } } }],
  issueCount: 1,
  counts,
  missing: [],
};

it('suggests the mapping, names the bad row, and imports only the valid rows after the explicit choice', async () => {
  const user = userEvent.setup();
  const mocked = answer({
    'imports:inspectOpenItems': () => inspection,
    'imports:previewOpenItems': () => preview,
    'imports:confirmOpenItems': () => ({ importRunId: 1, sourceId: 1, counts, markedPaid: 0 }),
  });
  renderIn(<OpenItemsImport />);
  await user.upload(screen.getByLabelText('Bestand kiezen'), new File(['AccountCode;…'], 'exact.csv', { type: 'text/csv' }));
  expect(await screen.findByRole('combobox', { name: 'Factuurnummer *' })).toHaveValue('InvoiceNumber');
  expect(screen.getByRole('combobox', { name: 'Boekhoudpakket' })).toHaveValue('exact-online');
  await user.click(screen.getByRole('button', { name: 'Voorbeeld bekijken' }));
  const row = await screen.findByRole('row', { name: /31-02-2026/ });
  expect(row).toHaveTextContent('3InvoiceDateFout: ');
  const importButton = screen.getByRole('button', { name: 'Inlezen' });
  expect(importButton).toBeDisabled();
  await user.click(screen.getByRole('checkbox', { name: /Alleen de goede rij inlezen/ }));
  await user.click(importButton);
  expect(await screen.findByRole('status')).toHaveTextContent('Ingelezen: 1 nieuwe factuur');
  await waitFor(() => expect(callsTo(mocked, 'imports:confirmOpenItems')).toEqual([expect.objectContaining({ onlyValidRows: true, sourceName: 'Exact Online', mapping })]));
});
