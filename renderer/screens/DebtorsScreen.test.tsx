import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { DebtorsScreen } from './DebtorsScreen';
import { answer, callsTo, renderIn } from '../followup/test-helpers';
import type { DebtorListPage, DebtorListRow } from '../../ipc/channels/debtors';

vi.mock('../api/client', async (original) => ({ ...(await original<object>()), call: vi.fn() }));

const row = (id: number, name: string, more: Partial<DebtorListRow> = {}): DebtorListRow => ({
  id,
  number: String(10000 + id),
  name,
  kind: 'business',
  city: 'Weesp',
  openCents: 10000,
  openInvoiceCount: 1,
  oldestDueDate: '2026-10-01',
  daysOverdue: 45,
  escalation: null,
  promise: null,
  plan: null,
  openComplaints: 0,
  lastContact: null,
  nextAction: null,
  ...more,
});
const page = (rows: DebtorListRow[], nextCursor: DebtorListPage['nextCursor'] = null): DebtorListPage => ({
  rows,
  nextCursor,
  totals: { count: rows.length, openCents: rows.reduce((s, r) => s + r.openCents, 0) },
});
const ALL = [row(3, 'Drukkerij Smit & Co'), row(7, 'Leeflang & Zn')];
/** The row the keys act on. */
const selectedRow = () => document.querySelector('tr[aria-selected="true"]');
/** What the user would see, however long a loaded machine takes to show it. */
const WAIT = { timeout: 10_000 };

describe('the debtor list by keyboard', () => {
  it('Enter typed before the search has narrowed the list opens the debtor searched for, not the first of the old list', async () => {
    let release: ((answer: DebtorListPage) => void) | undefined;
    answer({
      'debtors:list': ({ search }) => (search ? new Promise<DebtorListPage>((resolve) => (release = resolve)) : page(ALL)),
    });
    window.location.hash = '#/debtors';
    renderIn(<DebtorsScreen />);
    await screen.findByText('Drukkerij Smit & Co', {}, WAIT);
    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox'), 'leeflang{Enter}');
    // The answer for "leeflang" is not in yet: the old list is still on screen, and nothing opened.
    expect(window.location.hash).toBe('#/debtors');
    // The search is asked once typing pauses; its answer comes later still.
    await vi.waitFor(() => expect(release).toBeDefined(), WAIT);
    expect(window.location.hash).toBe('#/debtors');
    await act(async () => release!(page([ALL[1]!])));
    await vi.waitFor(() => expect(window.location.hash).toBe('#/debtors/7'), WAIT);
  });

  it('asks for one list when a word is typed, not one per letter', async () => {
    const calls = answer({ 'debtors:list': ({ search }) => page(search ? [ALL[1]!] : ALL) });
    renderIn(<DebtorsScreen />);
    await screen.findByText('Drukkerij Smit & Co', {}, WAIT);
    await userEvent.setup().type(screen.getByRole('searchbox'), 'leeflang');
    await vi.waitFor(() => expect(screen.queryByText('Drukkerij Smit & Co')).toBeNull(), WAIT);
    expect(callsTo(calls, 'debtors:list').map((i) => (i as { search: string }).search)).toEqual(['', 'leeflang']);
  });

  it('asks for the next page as the arrow keys come near the end of what is loaded; the keys go on into the next page', async () => {
    const first = Array.from({ length: 60 }, (_, i) => row(i + 1, `Debiteur ${String(i + 1).padStart(2, '0')}`));
    const calls = answer({
      'debtors:list': ({ after }) => (after ? page([row(99, 'Debiteur 99')]) : page(first, ['2026-10-01', 'Debiteur 60', 60])),
    });
    renderIn(<DebtorsScreen />);
    await screen.findByText('Debiteur 01', {}, WAIT);
    // Only what is in view (and a little around it) is rendered, not all 60 rows.
    expect(screen.queryByText('Debiteur 60')).toBeNull();
    expect(callsTo(calls, 'debtors:list')).toHaveLength(1);
    const user = userEvent.setup();
    for (let i = 0; i < 41; i++) await user.keyboard('{ArrowDown}');
    await vi.waitFor(() => expect(callsTo(calls, 'debtors:list')[1]).toMatchObject({ after: ['2026-10-01', 'Debiteur 60', 60] }), WAIT);
    expect(selectedRow()).toHaveTextContent('Debiteur 42');
    // On past the last row of the first page: the next page's row follows it.
    for (let i = 0; i < 18; i++) await user.keyboard('{ArrowDown}');
    expect(selectedRow()).toHaveTextContent('Debiteur 60');
    // Once the next page is in, the next press goes on to it (the last row: further presses stay there).
    await vi.waitFor(async () => {
      await user.keyboard('{ArrowDown}');
      expect(selectedRow()).toHaveTextContent('Debiteur 99');
    }, WAIT);
  });
});

describe('what the list shows per debtor, and its order', () => {
  it('shows the running plan that covers the overdue days, a promise, open complaints, the last call and the next task', async () => {
    answer({
      'debtors:list': () =>
        page([
          row(1, 'Leeflang & Zn', {
            plan: { status: 'active', nextDueDate: '2026-11-30' },
            promise: { status: 'broken', promisedDate: '2026-11-02', amountCents: 5000 },
            openComplaints: 2,
            lastContact: { at: '2026-11-12T09:30:00.000Z', result: 'agreement' },
            nextAction: { type: 'call_back', dueDate: '2026-11-20', dueTime: '14:00', title: { key: 'task.legacy.other', params: { text: 'Terugbellen mevr. De Boer' } } },
          }),
        ]),
    });
    renderIn(<DebtorsScreen />);
    const line = await screen.findByRole('row', { name: /Leeflang & Zn/ }, WAIT);
    const text = line.textContent ?? '';
    expect(text).toContain('regeling loopt · termijn 30-11-2026');
    expect(text).toContain('belofte niet nagekomen');
    expect(text).toContain('2 open klachten');
    expect(text).toContain('12-11-2026');
    expect(text).toMatch(/Terugbellen · 20-11-2026/);
    // The plan covers the 45 days: not marked as alarming.
    expect(line).not.toHaveClass('overdue');
  });

  it('orders by a column header, and reverses on a second press', async () => {
    const calls = answer({ 'debtors:list': () => page(ALL) });
    renderIn(<DebtorsScreen />, 'en');
    await screen.findByText('Leeflang & Zn', {}, WAIT);
    const user = userEvent.setup();
    const header = () => screen.getByRole('columnheader', { name: /Outstanding/ });
    await user.click(within(header()).getByRole('button'));
    await vi.waitFor(() => expect(header()).toHaveAttribute('aria-sort', 'descending'), WAIT);
    await user.click(within(header()).getByRole('button'));
    await vi.waitFor(() => expect(header()).toHaveAttribute('aria-sort', 'ascending'), WAIT);
    expect(callsTo(calls, 'debtors:list').map((i) => [(i as { sort: string }).sort, (i as { direction: string }).direction])).toEqual([
      ['overdue', 'asc'],
      ['open', 'desc'],
      ['open', 'asc'],
    ]);
  });

  it('orders by the column whose header has the focus when Enter is pressed, instead of opening a debtor', async () => {
    window.location.hash = '#/debtors';
    answer({ 'debtors:list': () => page(ALL) });
    renderIn(<DebtorsScreen />);
    await screen.findByText('Leeflang & Zn', {}, WAIT);
    const user = userEvent.setup();
    const header = () => screen.getByRole('columnheader', { name: /Laatste contact/ });
    within(header()).getByRole('button').focus();
    await user.keyboard('{Enter}');
    await vi.waitFor(() => expect(header()).toHaveAttribute('aria-sort', 'descending'), WAIT);
    expect(window.location.hash).toBe('#/debtors');
  });
});
