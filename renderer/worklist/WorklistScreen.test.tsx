// Vandaag as the worklist, on the screen: each line says why it is there, a call-back past its time is
// marked, Enter starts the call (the file is one key away), a line can be put aside with a reason.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { WorklistScreen } from './WorklistScreen';
import { answer, callsTo, renderIn } from '../followup/test-helpers';
import { message } from '../../domain/message-text';
import type { WorklistLine, WorklistPage } from '../../ipc/channels/worklist';

vi.mock('../api/client', async (original) => ({ ...(await original<object>()), call: vi.fn() }));

const line = (debtorId: number, debtorName: string, action: WorklistLine['action'], reason: WorklistLine['reasons'][number], extra: Partial<WorklistLine> = {}): WorklistLine => ({
  key: `${action}:${debtorId}`,
  debtorId,
  debtorName,
  action,
  reasons: [reason],
  priority: reason.priority,
  at: null,
  overdue: reason.overdue,
  amountCents: reason.amountCents,
  daysOverdue: reason.daysOverdue,
  invoiceIds: reason.invoiceIds ?? [],
  ...extra,
});

const LINES: WorklistLine[] = [
  line(6, 'Hotel De Zwaan BV', 'call', { kind: 'broken_promise', message: message('worklist.reason.broken_promise', { date: { date: '2026-03-05' }, amount: { cents: 109021 }, received: { cents: 0 } }), priority: 475, overdue: true, amountCents: 109021, daysOverdue: 5 }),
  line(3, 'Jansen Installatietechniek BV', 'call', { kind: 'call_back', message: message('worklist.reason.call_back_late', { time: { time: '14:00' } }), priority: 217, overdue: true, amountCents: 115192, daysOverdue: 1 }, { at: '14:00' }),
  line(14, 'Schildersbedrijf Koster', 'delivery_stop', { kind: 'delivery_stop', message: message('worklist.reason.delivery_stop', { count: 1, amount: { cents: 34969 }, days: 12, late: 1 }), priority: 200, overdue: true, amountCents: 34969, daysOverdue: 12, invoiceIds: [31] }),
  line(2, 'Bakkerij Van Dam BV', 'call', { kind: 'preventive_call', message: message('worklist.reason.preventive_call', { count: 1, amount: { cents: 129954 }, date: { date: '2026-03-18' } }), priority: 12, overdue: false, amountCents: 129954, daysOverdue: 0 }),
];

const PAGE: WorklistPage = { date: '2026-03-10', now: '19:50', total: LINES.length, offset: 0, lines: LINES, snoozed: [], paused: [], snoozedTotal: 0, pausedTotal: 0 };

describe('Vandaag as the worklist', () => {
  beforeEach(() => {
    window.location.hash = '#/today';
  });

  it('says why each line is there, most urgent first, and marks a call-back whose time has passed', async () => {
    answer({ 'worklist:list': () => PAGE, 'tasks:list': () => ({ tasks: [], nextCursor: null, total: 0 }), 'calls:interrupted': () => [] });
    renderIn(<WorklistScreen today="2026-03-10" />);
    const rows = await screen.findAllByTestId('worklist-line');
    expect(rows.map((r) => within(r).getByRole('link').textContent)).toEqual(['Hotel De Zwaan BV', 'Jansen Installatietechniek BV', 'Schildersbedrijf Koster', 'Bakkerij Van Dam BV']);
    expect(rows[0]).toHaveTextContent('Betaalbelofte van € 1.090,21 voor 5 maart 2026 niet nagekomen');
    expect(rows[1]).toHaveTextContent(/^14:00te laat/);
    expect(rows[3]).not.toHaveTextContent('te laat');
    expect(screen.getByRole('note', { name: 'Wanneer bellen' })).toHaveTextContent('19:50 valt na de gouden beluren');
  });

  it('starts the call with Enter, opens the file with O, and preventive lines start the preventive call', async () => {
    answer({ 'worklist:list': () => PAGE, 'tasks:list': () => ({ tasks: [], nextCursor: null, total: 0 }), 'calls:interrupted': () => [] });
    renderIn(<WorklistScreen today="2026-03-10" />);
    await screen.findAllByTestId('worklist-line');
    await userEvent.keyboard('{Enter}');
    expect(window.location.hash).toBe('#/debtors/6/call');
    window.location.hash = '#/today';
    await userEvent.keyboard('{ArrowDown}o');
    expect(window.location.hash).toBe('#/debtors/3');
    window.location.hash = '#/today';
    await userEvent.keyboard('{End}{Enter}');
    expect(window.location.hash).toBe('#/debtors/2/preventive');
  });

  it('records the delivery stop with Enter and lists again', async () => {
    const mocked = answer({
      'worklist:list': () => PAGE,
      'tasks:list': () => ({ tasks: [], nextCursor: null, total: 0 }), 'calls:interrupted': () => [],
      'worklist:recordStep': () => ({ recorded: 1 }),
    });
    renderIn(<WorklistScreen today="2026-03-10" />);
    await screen.findAllByTestId('worklist-line');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(await screen.findByRole('status')).toHaveTextContent('Leveringsstop vastgelegd voor Schildersbedrijf Koster.');
    expect(callsTo(mocked, 'worklist:recordStep')).toEqual([{ debtorId: 14, action: 'delivery_stop', invoiceIds: [31] }]);
    expect(callsTo(mocked, 'worklist:list').length).toBeGreaterThan(1);
  });

  it('puts a line aside with a reason and a later day; says at the field what is wrong', async () => {
    const mocked = answer({
      'worklist:list': () => PAGE,
      'tasks:list': () => ({ tasks: [], nextCursor: null, total: 0 }), 'calls:interrupted': () => [],
      'worklist:snooze': ({ until }) => ({ key: 'call:6', until }),
    });
    renderIn(<WorklistScreen today="2026-03-10" />);
    await screen.findAllByTestId('worklist-line');
    await userEvent.keyboard('u');
    const form = screen.getByRole('form', { name: 'Regel van Hotel De Zwaan BV wegzetten' });
    const until = within(form).getByLabelText('Terug op');
    await userEvent.clear(until);
    await userEvent.type(until, '10-3-2026');
    await userEvent.click(within(form).getByRole('button', { name: 'Wegzetten' }));
    expect(within(form).getByLabelText('Reden')).toHaveAccessibleDescription('Geef een reden waarom deze regel wacht.');
    expect(until).toHaveAccessibleDescription('Kies een datum na vandaag (10-03-2026).');
    expect(callsTo(mocked, 'worklist:snooze')).toEqual([]);
    await userEvent.type(within(form).getByLabelText('Reden'), 'Directeur is terug op vrijdag');
    await userEvent.clear(until);
    await userEvent.type(until, '13-3-2026');
    await userEvent.click(within(form).getByRole('button', { name: 'Wegzetten' }));
    expect(callsTo(mocked, 'worklist:snooze')).toEqual([{ debtorId: 6, key: 'call:6', until: '2026-03-13', reason: 'Directeur is terug op vrijdag' }]);
  });

  it('lists the calls that were interrupted, and resumes one from here', async () => {
    answer({
      'calls:interrupted': () => [{ debtor: { id: 1, name: 'Leeflang & Zn' }, machineId: 'callScript', startedAt: '2026-03-10T09:12:00.000Z', updatedAt: '2026-03-10T09:14:00.000Z' }],
      'worklist:list': () => PAGE,
      'tasks:list': () => ({ tasks: [], nextCursor: null, total: 0 }),
    });
    renderIn(<WorklistScreen today="2026-03-10" />);
    const section = await screen.findByRole('region', { name: /Onderbroken gesprekken/ });
    expect(section).toHaveTextContent('Leeflang & Zn — Incassogesprek, begonnen op 10-03-2026 om 10:12');
    await userEvent.click(within(section).getByRole('button', { name: 'Gesprek met Leeflang & Zn hervatten' }));
    expect(window.location.hash).toBe('#/debtors/1/call');
  });

  it('shows the debtors paused a page at a time, saying how many of how many, and the next page on request', async () => {
    const paused = Array.from({ length: 120 }, (_, i) => ({
      debtorId: 100 + i,
      debtorName: `Debiteur ${String(i + 1).padStart(3, '0')}`,
      overdueCents: 10_000 + i,
      reasons: [message('dunning.paused.complaint', { since: { date: '2026-03-01' } })],
    }));
    const mocked = answer({
      'worklist:list': ({ part, offset = 0, limit }: { part: string; offset?: number; limit: number }) =>
        part === 'aside' ? { ...PAGE, offset, lines: [], paused: paused.slice(offset, offset + limit), pausedTotal: paused.length } : { ...PAGE, pausedTotal: paused.length },
      'tasks:list': () => ({ tasks: [], nextCursor: null, total: 0 }),
      'calls:interrupted': () => [],
    } as never);
    renderIn(<WorklistScreen today="2026-03-10" />);
    const section = await screen.findByRole('region', { name: /Gepauzeerd/ });
    expect(within(section).getByRole('heading')).toHaveTextContent('Gepauzeerd 120');
    expect(within(section).getAllByRole('listitem')).toHaveLength(50);
    await userEvent.click(within(section).getByRole('button', { name: 'Meer tonen (50 van 120)' }));
    await userEvent.click(await within(section).findByRole('button', { name: 'Meer tonen (100 van 120)' }));
    await within(section).findByText('Debiteur 120');
    expect(within(section).getAllByRole('listitem').map((li) => within(li).getByRole('link').textContent)).toEqual(paused.map((p) => p.debtorName));
    expect(within(section).queryByRole('button')).toBeNull();
    expect(callsTo(mocked, 'worklist:list').filter((input) => (input as { part: string }).part === 'aside')).toEqual([
      { limit: 50, offset: 0, part: 'aside' },
      { limit: 50, offset: 50, part: 'aside' },
      { limit: 50, offset: 100, part: 'aside' },
    ]);
  });
});
