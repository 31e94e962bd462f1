import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { TodayScreen } from './TodayScreen';
import { answer, renderIn } from './test-helpers';
import type { TodayItem } from '../../ipc/channels/today';
import { message } from '../../domain/message';

const callBack = (text: string) => message('task.legacy.call_back', { text });

vi.mock('../api/client', async (original) => ({ ...(await original<object>()), call: vi.fn() }));

const smit = { id: 2, name: 'Drukkerij Smit & Co' };
const leeflang = { id: 1, name: 'Leeflang & Zn' };
const groot = { id: 4, name: 'De Groot Transport BV' };
const zwaan = { id: 6, name: 'Hotel De Zwaan BV' };

// As the handler sends them: sections in order, call-backs by time.
const ITEMS: TodayItem[] = [
  { kind: 'call_back', debtor: smit, taskId: 11, callId: null, title: callBack('Terugbellen: mevr. Smit is er vanaf half tien'), dueTime: '09:30' },
  { kind: 'call_back', debtor: leeflang, taskId: 12, callId: 3, title: message('task.call_back.payment'), dueTime: '14:00' },
  { kind: 'broken_promise', debtor: groot, promiseId: 5, taskId: 13, promisedDate: '2026-03-06', amountCents: 50000, reason: message('task.promise_broken', { date: { date: '2026-03-06' }, amount: { cents: 50000 } }) },
  { kind: 'late_installment', debtor: zwaan, planId: 2, installmentId: 7, seq: 2, dueDate: '2026-03-07', amountCents: 40000, paidCents: 10000, daysLate: 3 },
];

describe('Vandaag', () => {
  beforeEach(() => {
    window.location.hash = '#/today';
  });

  it('shows the call-backs at their time, then the broken promise with its reason and the late installment', async () => {
    answer({ 'calls:interrupted': () => [], 'today:list': () => ITEMS });
    renderIn(<TodayScreen today="2026-03-10" />);
    const callBacks = await screen.findByRole('region', { name: /Terugbelafspraken/ });
    expect(within(callBacks).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^09:30Drukkerij Smit & Co/),
      expect.stringMatching(/^14:00Leeflang & ZnTerugbellen over de betaling/),
    ]);
    expect(screen.getByRole('region', { name: /Niet nagekomen betaalbeloftes/ })).toHaveTextContent(
      '06-03-2026De Groot Transport BVBetaalbelofte van 6 maart 2026 (€ 500,00) niet nagekomen',
    );
    expect(screen.getByRole('region', { name: /Te late termijnen/ })).toHaveTextContent(
      'Termijn 2 van € 400,00 niet (volledig) betaald; betaald: € 100,00 3 dagen te laat',
    );
    expect(screen.getByText('10 maart 2026 · 4 te doen', { exact: false })).toBeInTheDocument();
  });

  it('moves the selection with ↓/↑ and opens the selected debtor with Enter; the button shows the key', async () => {
    answer({ 'calls:interrupted': () => [], 'today:list': () => ITEMS });
    renderIn(<TodayScreen today="2026-03-10" />);
    await screen.findByText('De Groot Transport BV');
    const selected = () => document.querySelector('li[aria-current="true"]')!;
    expect(selected()).toHaveTextContent('Drukkerij Smit & Co');
    expect(within(selected() as HTMLElement).getByRole('button')).toHaveTextContent('Dossier openen Enter');

    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(selected()).toHaveTextContent('De Groot Transport BV');
    await userEvent.keyboard('{ArrowUp}');
    expect(selected()).toHaveTextContent('Leeflang & Zn');
    await userEvent.keyboard('{Enter}');
    expect(window.location.hash).toBe('#/debtors/1');
  });

  it('says when there is nothing left to do, and shows the handler’s message when loading fails', async () => {
    answer({ 'calls:interrupted': () => [], 'today:list': () => [] });
    const { unmount } = renderIn(<TodayScreen today="2026-03-10" />);
    expect(await screen.findByText('Niets meer te doen vandaag.')).toBeInTheDocument();
    unmount();

    answer({ 'calls:interrupted': () => [], 'today:list': () => Promise.reject(new Error('Geen verbinding met Belwijzer.')) });
    renderIn(<TodayScreen today="2026-03-10" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Geen verbinding met Belwijzer.');
  });

  it('speaks English when the collector chose it', async () => {
    answer({ 'calls:interrupted': () => [], 'today:list': () => ITEMS.slice(2, 3) });
    renderIn(<TodayScreen today="2026-03-10" />, 'en');
    expect(await screen.findByRole('heading', { name: 'Today', level: 1 })).toBeInTheDocument();
    // The heading shows before the list has loaded: wait for the section.
    expect(await screen.findByRole('region', { name: /Broken promises to pay/ })).toHaveTextContent('Promise to pay of 6 March 2026 (€500.00) not kept');
  });

  it('lists the calls that were interrupted, and resumes one from here', async () => {
    answer({
      'calls:interrupted': () => [{ debtor: leeflang, machineId: 'callScript', startedAt: '2026-03-10T09:12:00.000Z', updatedAt: '2026-03-10T09:14:00.000Z' }],
      'today:list': () => ITEMS,
    });
    renderIn(<TodayScreen today="2026-03-10" />);
    const section = await screen.findByRole('region', { name: /Onderbroken gesprekken/ });
    expect(section).toHaveTextContent('Leeflang & Zn — Incassogesprek, begonnen op 10-03-2026 om 10:12');
    await userEvent.click(within(section).getByRole('button', { name: 'Gesprek met Leeflang & Zn hervatten' }));
    expect(window.location.hash).toBe('#/debtors/1/call');
  });
});
