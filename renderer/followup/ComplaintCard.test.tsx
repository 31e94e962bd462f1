import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { ComplaintsScreen } from './ComplaintsScreen';
import { answer, callsTo, refusal, renderIn } from './test-helpers';
import type { ComplaintPage, ComplaintRow } from '../../ipc/channels/complaints';

vi.mock('../api/client', async (original) => ({ ...(await original<object>()), call: vi.fn() }));

const complaint = (fields: Partial<ComplaintRow>): ComplaintRow => ({
  id: 9,
  debtorId: 1,
  callId: null,
  status: 'open',
  description: 'Verkeerde maten geleverd',
  handler: null,
  resolution: null,
  resolvedOn: null,
  customerInformedOn: null,
  openedOn: '2026-03-02',
  createdAt: '2026-03-02T10:00:00.000Z',
  invoices: [{ id: 2, number: '456' }],
  debtor: { id: 1, name: 'Leeflang & Zn' },
  ...fields,
});

/** One page holding every complaint. */
const page = (complaints: ComplaintRow[]): ComplaintPage => ({ complaints, nextCursor: null, total: complaints.length });

const buttons = () => screen.queryAllByRole('button').map((b) => b.textContent);

describe('Klachten', () => {
  it('offers only the next steps: an open complaint can be taken up or resolved, a resolved one only told to the customer', async () => {
    const mocked = answer({
      'complaints:list': ({ status }) =>
        page(status === 'opgelost' ? [complaint({ status: 'opgelost', handler: 'Karin', resolution: 'Creditnota', resolvedOn: '2026-03-05' })] : [complaint({})]),
    });
    renderIn(<ComplaintsScreen today="2026-03-10" collector="Sanne de Vries" />);
    expect(await screen.findByRole('article', { name: 'Klacht 9' })).toHaveTextContent('openLeeflang & ZnFactuur 456ingediend 02-03-2026Verkeerde maten geleverd');
    expect(buttons()).toEqual(['In behandeling nemen', 'Oplossen']);

    await userEvent.selectOptions(screen.getByLabelText('Toon'), 'Opgelost');
    await screen.findByText('Creditnota (05-03-2026)');
    expect(callsTo(mocked, 'complaints:list').at(-1)).toEqual({ status: 'opgelost', after: null });
    expect(buttons()).toEqual(['Klant geïnformeerd']);
    expect(screen.getByRole('article')).toHaveTextContent('Klant geïnformeerd opnog niet');
  });

  it('takes a complaint up with the handler named, prefilled with the collector', async () => {
    let current = complaint({});
    const mocked = answer({
      'complaints:list': () => page([current]),
      'complaints:startHandling': ({ handler }) => (current = complaint({ status: 'in_behandeling', handler })),
    });
    renderIn(<ComplaintsScreen today="2026-03-10" collector="Sanne de Vries" />);
    await userEvent.click(await screen.findByRole('button', { name: 'In behandeling nemen' }));
    expect(screen.getByLabelText('Behandelaar')).toHaveValue('Sanne de Vries');
    await userEvent.clear(screen.getByLabelText('Behandelaar'));
    await userEvent.type(screen.getByLabelText('Behandelaar'), 'Karin Bos{Enter}');
    expect(await screen.findByRole('status')).toHaveTextContent('Klacht in behandeling genomen.');
    expect(callsTo(mocked, 'complaints:startHandling')).toEqual([{ complaintId: 9, handler: 'Karin Bos' }]);
    expect(await screen.findByText('in behandeling')).toBeInTheDocument();
    expect(buttons()).toEqual(['Oplossen']);
    // Focus is on what can be done next with this complaint, not back at the page's start.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Oplossen' })).toHaveFocus(), { timeout: 10_000 });
  });

  it('refuses an impossible resolution date without asking the handler, and shows the handler’s own refusal', async () => {
    const mocked = answer({
      'complaints:list': () => page([complaint({ status: 'in_behandeling', handler: 'Karin' })]),
      'complaints:resolve': () => Promise.reject(refusal('errors.complaint.already_resolved')),
    });
    renderIn(<ComplaintsScreen today="2026-03-10" collector="Sanne de Vries" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Oplossen' }));
    await userEvent.type(screen.getByLabelText('Oplossing'), 'Creditnota voor 2 paar');
    expect(screen.getByLabelText('Datum oplossing')).toHaveValue('10-03-2026');
    await userEvent.clear(screen.getByLabelText('Datum oplossing'));
    await userEvent.type(screen.getByLabelText('Datum oplossing'), '31-02-2026');
    await userEvent.click(screen.getByRole('button', { name: 'Opgelost' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Datum oplossing: „31-02-2026” is geen bestaande datum. Typ dd-mm-jjjj, bijvoorbeeld 05-03-2026.');
    expect(callsTo(mocked, 'complaints:resolve')).toEqual([]);

    await userEvent.clear(screen.getByLabelText('Datum oplossing'));
    await userEvent.type(screen.getByLabelText('Datum oplossing'), '9-3-2026');
    await userEvent.click(screen.getByRole('button', { name: 'Opgelost' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Deze klacht is al opgelost.');
    expect(callsTo(mocked, 'complaints:resolve')).toEqual([{ complaintId: 9, resolution: 'Creditnota voor 2 paar', handler: 'Karin', resolvedOn: '2026-03-09' }]);
    expect(screen.getByLabelText('Oplossing')).toHaveValue('Creditnota voor 2 paar'); // nothing lost: try again
  });
});
