// Entering a debtor and a credit note by hand, with the handlers answered: what is typed is what is sent,
// and a refusal is shown in the UI language.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { NewDebtorScreen } from './NewDebtorScreen';
import { InvoiceForm } from './InvoiceForm';
import { answer, callsTo, refusal, renderIn } from '../followup/test-helpers';

vi.mock('../api/client', async (original) => ({ ...(await original<object>()), call: vi.fn() }));

it('a new debtor with the contact at the crediteurenafdeling; a number in use is refused with its message', async () => {
  const user = userEvent.setup();
  const mocked = answer({
    'debtors:create': () => {
      throw refusal('errors.debtor.number_taken', { number: '1001', name: 'Leeflang & Zn' });
    },
  });
  renderIn(<NewDebtorScreen />);
  await user.type(screen.getByRole('textbox', { name: 'Debiteurnummer *' }), '1001');
  await user.type(screen.getByRole('textbox', { name: 'Naam *' }), 'Bakkerij De Zon B.V.');
  await user.type(screen.getByRole('textbox', { name: 'Contactpersoon' }), 'mevrouw Smit');
  await user.type(screen.getByRole('textbox', { name: 'Aanhef' }), 'Geachte mevrouw Smit');
  await user.click(screen.getByRole('button', { name: 'Debiteur aanmaken' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('Debiteurnummer 1001 is al in gebruik voor Leeflang & Zn.');
  expect(callsTo(mocked, 'debtors:create')).toEqual([
    expect.objectContaining({ number: '1001', name: 'Bakkerij De Zon B.V.', contactName: 'mevrouw Smit', salutation: 'Geachte mevrouw Smit', kind: 'business', mayOfferPlan: true }),
  ]);
});

it('a credit note typed the Dutch way is sent as a credit note of that many cents', async () => {
  const user = userEvent.setup();
  const done = vi.fn();
  const mocked = answer({ 'invoices:create': () => ({ id: 9, debtorId: 3, openCents: -2100 }) });
  renderIn(<InvoiceForm debtorId={3} onDone={done} />);
  await user.selectOptions(screen.getByRole('combobox', { name: 'Soort' }), 'credit_note');
  await user.type(screen.getByRole('textbox', { name: 'Factuur' }), 'C-3');
  await user.type(screen.getByRole('textbox', { name: 'Factuurdatum' }), '15-10-2026');
  await user.type(screen.getByRole('textbox', { name: 'Bedrag' }), '21,00');
  await user.click(screen.getByRole('button', { name: 'Opslaan' }));
  await waitFor(() => expect(done).toHaveBeenCalled());
  expect(callsTo(mocked, 'invoices:create')).toEqual([
    expect.objectContaining({ debtorId: 3, kind: 'credit_note', number: 'C-3', invoiceDate: '2026-10-15', dueDate: '2026-10-15', amountCents: 2100 }),
  ]);
});
