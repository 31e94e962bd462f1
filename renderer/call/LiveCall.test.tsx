import { render, screen, act } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { LiveCall } from './LiveCall';
import { callInputFrom } from './CallScreen';
import type { CallPreparation } from '../../ipc/channels/calls';

const invoice = (id: number, number: string, openCents: number) => ({
  id, number, invoiceDate: '2026-10-26', dueDate: '2026-11-09', description: '', amountCents: openCents, openCents, daysOverdue: 14, onHold: false, complaintId: null,
});
const invoices = [invoice(1, '123', 17849), invoice(2, '456', 289824), invoice(3, '789', 5849)];

const prep: CallPreparation = {
  file: {
    debtor: {
      id: 7, number: '10023', name: 'Leeflang & Zn', kind: 'business', salutation: null, addressLine: 'Dorpsstraat 123', postcode: '4567 AB', city: 'Weesp',
      phone: '0294-412345', email: null, contactName: 'mevrouw J. de Boer', contactRole: 'crediteurenadministratie', contactPhone: '0294-412350', contactEmail: null,
      mayOfferPlan: true, maxPlanTerms: 4, tone: null, deliveryStop: false, escalation: null, escalationReason: null, notes: '',
    },
    openInvoices: invoices,
    totalOpenCents: 313522,
  },
  callInvoices: invoices,
  collector: 'Sanne de Vries',
  companyName: 'Shoepro BV',
  tone: 'zakelijk',
  mayOfferPlan: true,
  maxPlanTerms: 4,
  language: 'nl',
  complaints: [{ id: 3, description: 'Verkeerde maat geleverd', status: 'opgelost', invoiceIds: [1], invoiceNumbers: ['123'], openedOn: '2026-10-30', resolution: 'Omgeruild' }],
  promises: [{ id: 4, promisedDate: '2026-11-01', amountCents: 17849, status: 'broken', madeOn: '2026-10-25' }],
  plans: [],
  reminders: [{ id: 9, type: 'reminder1', letterDate: '2026-11-10', totalCents: 313522 }],
  ingebrekestellingSent: false,
  today: '2026-11-23',
  active: null,
};

function setup() {
  const persist = vi.fn();
  const save = vi.fn();
  render(<LiveCall kind="collection" prep={prep} input={callInputFrom(prep, new Date('2026-11-23T09:40:00Z'))} persist={persist} save={save} onLeave={() => {}} />);
  return { persist, save, user: userEvent.setup() };
}

const flush = () => act(() => new Promise((r) => setTimeout(r, 0)));

describe('the live call screen', () => {
  it('shows the prepared file beside the script: total, reminders, a broken promise, an earlier complaint', () => {
    setup();
    expect(screen.getByTestId('call-total')).toHaveTextContent('€ 3.135,22');
    expect(screen.getByText(/1e herinnering — 10-11-2026/)).toBeInTheDocument();
    expect(screen.getByText(/Belofte € 178,49 op 01-11-2026/)).toHaveTextContent('niet nagekomen');
    expect(screen.getByText(/Verkeerde maat geleverd/)).toHaveTextContent('opgelost');
  });

  it('greets with our company and the collector, and saves the running call on every step', async () => {
    const { persist, user } = setup();
    await user.keyboard('{Enter}');
    await flush();
    expect(screen.getByTestId('script-text')).toHaveTextContent('u spreekt met Sanne de Vries van Shoepro BV. Spreek ik met de crediteurenafdeling?');
    expect(screen.getByRole('button', { name: /1 Crediteurenafdeling aan de lijn|1 .*aan de lijn/ })).toBeInTheDocument();
    await user.keyboard('1');
    await flush();
    expect(screen.getByTestId('script-text')).toHaveTextContent('123');
    expect(persist.mock.calls.length).toBeGreaterThanOrEqual(3);
    const last = persist.mock.calls.at(-1)![0] as { value: unknown };
    expect(JSON.stringify(last.value)).toContain('purpose');
  });

  it('refuses a plan that does not add up, says why, and stays on the step', async () => {
    const { user } = setup();
    await user.keyboard('{Enter}');
    await user.keyboard('1');
    await user.keyboard('7'); // kan niet betalen
    await user.keyboard('1'); // plan form
    const amount4 = screen.getByRole('textbox', { name: 'Bedrag termijn 4' });
    await user.clear(amount4);
    await user.type(amount4, '700,00');
    await user.click(screen.getByRole('button', { name: /Vastleggen/ }));
    expect(screen.getByRole('alert')).toHaveTextContent('De termijnen tellen op tot € 3.051,42, het afgesproken bedrag is € 3.135,22');
    expect(screen.getByTestId('script-text')).toHaveTextContent('betalingsregeling');
  });

  it('keeps notes at hand: Alt+N focuses the notes, Enter adds the note', async () => {
    const { user } = setup();
    await user.keyboard('{Alt>}n{/Alt}');
    expect(screen.getByRole('textbox', { name: /Notities/ })).toHaveFocus();
    await user.keyboard('Belt terug na de lunch{Enter}');
    expect(screen.getByText('Belt terug na de lunch')).toBeInTheDocument();
  });
});
