import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { DebtorFollowUp } from './DebtorFollowUp';
import { answer, callsTo, refusal, renderIn, type Answers } from './test-helpers';
import type { OpenInvoice } from '../../ipc/channels/debtors';
import { message } from '../../domain/message-text';
import type { PlanCardItem } from '../../ipc/channels/plans';
import type { PromiseItem } from '../../ipc/channels/promises';
import type { RecordedPayment } from '../../ipc/channels/payments';
import type { TimelineItem } from '../../ipc/channels/timeline';

vi.mock('../api/client', async (original) => ({ ...(await original<object>()), call: vi.fn() }));

const INVOICES: OpenInvoice[] = [
  { id: 1, number: '123', invoiceDate: '2026-02-10', dueDate: '2026-02-24', description: 'Herenschoenen', amountCents: 17849, openCents: 17849, daysOverdue: 14, onHold: false, complaintId: null },
  { id: 2, number: '456', invoiceDate: '2026-02-11', dueDate: '2026-02-25', description: 'Damesschoenen', amountCents: 289824, openCents: 289824, daysOverdue: 13, onHold: true, complaintId: 4 },
];

const PROMISE: PromiseItem = { id: 1, debtorId: 1, callId: null, promisedDate: '2026-03-12', amountCents: 17849, status: 'pending', settledOn: null, madeOn: '2026-03-09', createdAt: '' };

const plan = (status: PlanCardItem['status'], paid = 0): PlanCardItem => ({
  id: 3,
  debtorId: 1,
  callId: null,
  totalCents: 160000,
  status,
  agreedOn: '2026-03-09',
  sentOn: status === 'proposed' ? null : '2026-03-09',
  signedOn: null,
  completedOn: null,
  defaultedOn: null,
  createdAt: '',
  installments: [1, 2].map((seq) => ({
    id: 10 + seq,
    planId: 3,
    seq,
    dueDate: `2026-0${3 + seq}-01`,
    amountCents: 80000,
    paidCents: seq <= paid ? 80000 : 0,
    status: seq <= paid ? ('paid' as const) : ('due' as const),
    paidOn: seq <= paid ? '2026-03-10' : null,
  })),
  invoices: [{ id: 1, number: '123' }, { id: 7, number: '789' }],
});

const CALL: TimelineItem = {
  kind: 'call',
  id: 5,
  date: '2026-03-09',
  at: '2026-03-09T09:15:00.000Z',
  text: message('timeline.call.agreement', { duration: '4:12' }),
  call: { id: 5, kind: 'collection', collector: 'Sanne de Vries', startedAt: '2026-03-09T09:15:00.000Z', durationSeconds: 252, result: 'agreement', outcomeCode: 'promise', summary: [message('recap.promise', { amount: { cents: 17849 }, date: { date: '2026-03-12' } })], notes: 'Mevr. De Boer was kortaf' },
  steps: [
    { seq: 0, step: 'greeting', at: '2026-03-09T09:15:05.000Z', note: '' },
    { seq: 1, step: 'willPay', at: '2026-03-09T09:17:00.000Z', note: 'betaalt donderdag' },
    { seq: 2, step: 'someFutureStep', at: '2026-03-09T09:18:00.000Z', note: '' },
  ],
};

function setup(extra: Answers = {}, plans: PlanCardItem[] = []) {
  const mocked = answer({
    'app:info': () => ({ version: 't', dataFile: 'x', transport: 'preview', today: '2026-03-10', demoLedgerCreated: false, ledgerKind: 'own', canSwitchLedger: false }),
    'promises:list': () => [PROMISE],
    'plans:list': () => plans,
    'complaints:list': () => ({ complaints: [], nextCursor: null, total: 0 }),
    'timeline:get': () => ({ items: [CALL], nextOffset: null }),
    ...extra,
  });
  renderIn(<DebtorFollowUp debtorId={1} invoices={INVOICES} collector="Sanne de Vries" />);
  return { mocked };
}

const form = () => screen.getByRole('form', { name: 'Betaling boeken' });
const recorded = (fields: Partial<RecordedPayment>): RecordedPayment => ({
  paymentId: 1,
  allocations: [],
  unallocatedCents: 0,
  installments: [],
  completedPlanId: null,
  keptPromiseIds: [],
  ...fields,
});

describe('the follow-up on the debtor file', () => {
  it('records a payment typed the Dutch way, on the invoice ticked, and says the promise was kept', async () => {
    let promise = PROMISE;
    const { mocked } = setup({
      'promises:list': () => [promise],
      'payments:record': () => {
        promise = { ...PROMISE, status: 'kept', settledOn: '2026-03-10' };
        return recorded({ allocations: [{ invoiceId: 1, kind: 'principal', amountCents: 17849 }, { invoiceId: null, kind: 'unallocated', amountCents: 105307 }], unallocatedCents: 105307, keptPromiseIds: [1] });
      },
    });
    const promises = await screen.findByRole('region', { name: 'Betaalbeloftes' });
    expect(promises).toHaveTextContent('loopt € 178,49 op 12-03-2026 (toegezegd 09-03-2026)');
    expect(within(form()).getByLabelText('Ontvangen op')).toHaveValue('10-03-2026');
    await userEvent.type(within(form()).getByLabelText('Bedrag (€)'), '1.231,56');
    await userEvent.type(within(form()).getByLabelText('Omschrijving'), 'Betaling 123');
    await userEvent.click(within(form()).getByRole('checkbox', { name: /Factuur 123/ }));
    expect(within(form()).getByRole('checkbox', { name: /Factuur 456/ }).parentElement).toHaveTextContent('in klacht — niet aanmanen');
    await userEvent.click(within(form()).getByRole('button', { name: 'Betaling boeken' }));

    expect(await within(form()).findByRole('status')).toHaveTextContent(
      'Betaling van € 1.231,56 geboekt. De betaalbelofte is nagekomen. € 1.053,07 niet aan een factuur toegewezen (tegoed).',
    );
    expect(callsTo(mocked, 'payments:record')).toEqual([{ debtorId: 1, receivedOn: '2026-03-10', amountCents: 123156, description: 'Betaling 123', invoiceIds: [1] }]);
    expect(within(form()).getByLabelText('Bedrag (€)')).toHaveValue('');
    expect(await within(promises).findByText('nagekomen')).toBeInTheDocument(); // reloaded after the payment
  });

  it.each([
    ['0', '10-03-2026', 'Een betaling moet groter zijn dan € 0,00 (ingevoerd: € 0,00).'],
    ['-25,00', '10-03-2026', 'Een betaling moet groter zijn dan € 0,00 (ingevoerd: -€ 25,00).'],
    ['12,345', '10-03-2026', 'Bedrag: „12,345” is geen bedrag. Typ bijvoorbeeld 1.234,56.'],
    ['100', '31-02-2026', 'Ontvangen op: „31-02-2026” is geen bestaande datum.'],
  ])('refuses amount %s on %s before anything is sent: %s', async (amount, date, message) => {
    const { mocked } = setup();
    await screen.findByText('Betaalbeloftes');
    await userEvent.clear(within(form()).getByLabelText('Ontvangen op'));
    await userEvent.type(within(form()).getByLabelText('Ontvangen op'), date);
    await userEvent.type(within(form()).getByLabelText('Bedrag (€)'), `${amount}{Enter}`);
    expect(within(form()).getByRole('alert')).toHaveTextContent(message);
    expect(callsTo(mocked, 'payments:record')).toEqual([]);
  });

  it('shows the handler’s refusal of a payment, and keeps what was typed', async () => {
    setup({ 'payments:record': () => Promise.reject(refusal('errors.date.future', { field: 'receivedOn', date: { date: '2026-03-11' } })) });
    await screen.findByText('Betaalbeloftes');
    await userEvent.clear(within(form()).getByLabelText('Ontvangen op'));
    await userEvent.type(within(form()).getByLabelText('Ontvangen op'), '11-03-2026');
    await userEvent.type(within(form()).getByLabelText('Bedrag (€)'), '178,49{Enter}');
    expect(await within(form()).findByRole('alert')).toHaveTextContent('De ontvangstdatum (11 maart 2026) ligt in de toekomst.');
    expect(within(form()).getByLabelText('Bedrag (€)')).toHaveValue('178,49');
  });
});

describe('the keyboard on the debtor file', () => {
  it('Esc leaves a field or closes the complaint form, without taking the collector back to the list', async () => {
    const screenEscape = vi.fn(); // the debtor screen's own Esc listens on window
    const listener = (e: KeyboardEvent) => e.key === 'Escape' && screenEscape();
    window.addEventListener('keydown', listener);
    try {
      setup();
      await screen.findByText('Betaalbeloftes');
      const amount = within(form()).getByLabelText('Bedrag (€)');
      await userEvent.type(amount, '12,50{Escape}');
      expect(amount).not.toHaveFocus();
      expect(amount).toHaveValue('12,50');

      await userEvent.click(screen.getByRole('button', { name: 'Klacht registreren' }));
      await userEvent.type(screen.getByLabelText('Wat is er mis?'), 'Te duur{Escape}');
      expect(screen.queryByRole('form', { name: 'Klacht registreren' })).not.toBeInTheDocument();
      expect(screenEscape).not.toHaveBeenCalled();
    } finally {
      window.removeEventListener('keydown', listener);
    }
  });
});

describe('a payment plan', () => {
  it('offers the next step only, and shows each installment with what is paid', async () => {
    let current = plan('proposed');
    const { mocked } = setup({ 'plans:markSent': ({ planId }) => (current = { ...plan('sent'), id: planId }), 'plans:list': () => [current] });
    const card = await screen.findByRole('article', { name: 'Betalingsregeling van 09-03-2026' });
    expect(within(card).getAllByRole('button').map((b) => b.textContent)).toEqual(['Verstuurd ter ondertekening']);
    expect(card).toHaveTextContent('Voor de facturen 123 en 789');
    expect(within(card).getAllByRole('row').map((r) => r.textContent)).toEqual([
      'TermijnTe betalen opBedragBetaaldStatus',
      '101-04-2026€ 800,00€ 0,00te betalen',
      '201-05-2026€ 800,00€ 0,00te betalen',
    ]);
    await userEvent.click(within(card).getByRole('button', { name: 'Verstuurd ter ondertekening' }));
    expect(await within(card).findByRole('button', { name: 'Getekend retour' })).toBeInTheDocument();
    expect(within(card).getByRole('status')).toHaveTextContent('Vastgelegd: verstuurd ter ondertekening.');
    expect(callsTo(mocked, 'plans:markSent')).toEqual([{ planId: 3 }]);
  });

  it('shows a completed plan without buttons, every installment paid', async () => {
    setup({ 'plans:list': () => [plan('completed', 2)] });
    const card = await screen.findByRole('article', { name: 'Betalingsregeling van 09-03-2026' });
    expect(card).toHaveTextContent(/^voltooid€ 1\.600,00 in 2 termijnen/);
    expect(within(card).queryAllByRole('button')).toEqual([]);
    expect(within(card).getAllByRole('row')[2]).toHaveTextContent('201-05-2026€ 800,00€ 800,00betaald 10-03-2026');
  });

  it('shows why a step is refused', async () => {
    setup({ 'plans:list': () => [plan('sent')], 'plans:markSigned': () => Promise.reject(refusal('errors.plan.already_signed')) });
    const card = await screen.findByRole('article', { name: 'Betalingsregeling van 09-03-2026' });
    await userEvent.click(within(card).getByRole('button', { name: 'Getekend retour' }));
    expect(await within(card).findByRole('alert')).toHaveTextContent('Deze betalingsregeling is al ondertekend.');
  });
});

describe('the timeline', () => {
  it('shows a call with its result, duration, notes and the path through the script', async () => {
    setup();
    const call = await screen.findByTestId('history-call');
    expect(call).toHaveTextContent('09-03-2026 10:15GesprekAfspraak gemaakt (4:12)');
    expect(call).toHaveTextContent('gebeld door Sanne de Vries');
    expect(call).toHaveTextContent('U betaalt € 178,49 uiterlijk op 12 maart 2026.');
    expect(call).toHaveTextContent('Notities: Mevr. De Boer was kortaf');
    expect(within(call).getByRole('list', { name: 'Verloop van het gesprek' }).textContent).toBe(
      'Begroeting„Ik ga betalen” — betaalt donderdagsomeFutureStep',
    );
  });

  it('shows each line as the handlers word it, in the UI language, with the payment’s invoices', async () => {
    const items: TimelineItem[] = [
      {
        kind: 'payment',
        id: 1,
        date: '2026-03-10',
        at: '2026-03-10T09:00:00.000Z',
        text: message('timeline.payment', { amount: { cents: 123456 } }),
        payment: { id: 1, receivedOn: '2026-03-10', amountCents: 123456, description: 'deel 456', createdAt: '', allocations: [{ invoiceId: 7, kind: 'principal', amountCents: 123456 }] },
        invoiceNumbers: ['456'],
      },
      {
        kind: 'letter',
        id: 2,
        date: '2026-03-01',
        at: '2026-03-01T09:00:00.000Z',
        text: message('timeline.letter.consumer14', { total: { cents: 24995 }, termEndsOn: { date: '2026-03-17' } }),
        letter: { id: 2, type: 'consumer14', letterDate: '2026-03-01', totalCents: 24995, termEndsOn: '2026-03-17' },
      },
    ];
    setup({ 'timeline:get': () => ({ items, nextOffset: null }) });
    expect(await screen.findByTestId('timeline-payment')).toHaveTextContent('10-03-2026Betaling€ 1.234,56 ontvangendeel 456 · factuur 456');
    expect(screen.getByTestId('timeline-letter')).toHaveTextContent('01-03-2026Brief14-dagenbrief verstuurd (€ 249,95), termijn tot en met 17 maart 2026');
    expect(screen.getByRole('link', { name: /14-dagenbrief verstuurd/ })).toHaveAttribute('href', '#/letters/2');
  });
  it('shows the latest page and brings the earlier items on request, each once', async () => {
    const payment = (id: number): TimelineItem => ({
      kind: 'payment',
      id,
      date: `2026-02-${String(28 - id).padStart(2, '0')}`,
      at: '2026-02-01T09:00:00.000Z',
      text: message('timeline.payment', { amount: { cents: 100 * id } }),
      payment: { id, receivedOn: '2026-02-01', amountCents: 100 * id, description: `betaling ${id}`, createdAt: '', allocations: [] },
      invoiceNumbers: [],
    });
    const { mocked } = setup({
      'timeline:get': ({ offset = 0 }) => ({ items: [1, 2, 3, 4, 5].slice(offset, offset + 3).map(payment), nextOffset: offset === 0 ? 3 : null }),
    });
    await screen.findByText('betaling 3');
    expect(screen.getAllByTestId('timeline-payment')).toHaveLength(3);
    await userEvent.click(screen.getByRole('button', { name: 'Eerdere tonen' }));
    await screen.findByText('betaling 5');
    expect(screen.getAllByTestId('timeline-payment').map((li) => li.textContent?.match(/betaling \d/)?.[0])).toEqual(['betaling 1', 'betaling 2', 'betaling 3', 'betaling 4', 'betaling 5']);
    expect(screen.queryByRole('button', { name: 'Eerdere tonen' })).toBeNull();
    expect(callsTo(mocked, 'timeline:get')).toEqual([{ debtorId: 1, offset: 0 }, { debtorId: 1, offset: 3 }]);
  });
});
