import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { DebtorsScreen } from './DebtorsScreen';
import { answer, renderIn } from '../followup/test-helpers';
import type { ChannelOutput } from '../../ipc/contract';

type DebtorListRow = ChannelOutput<'debtors:list'>[number];

vi.mock('../api/client', async (original) => ({ ...(await original<object>()), call: vi.fn() }));

const row = (id: number, name: string, oldestDueDate: string): DebtorListRow => ({
  id, number: String(10000 + id), name, kind: 'business', city: 'Weesp', openCents: 10000, openInvoiceCount: 1, oldestDueDate, daysOverdue: 10, escalation: null,
});
const ALL = [row(3, 'Drukkerij Smit & Co', '2026-10-01'), row(7, 'Leeflang & Zn', '2026-11-09')];

describe('the debtor list by keyboard', () => {
  it('Enter typed before the search has narrowed the list opens the debtor searched for, not the first of the old list', async () => {
    let release: (rows: DebtorListRow[]) => void = () => {};
    answer({
      'debtors:list': ({ search }) =>
        search === '' ? ALL : new Promise<DebtorListRow[]>((resolve) => (release = resolve)),
    });
    window.location.hash = '#/debtors';
    renderIn(<DebtorsScreen />);
    await screen.findByText('Drukkerij Smit & Co');
    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox'), 'leeflang{Enter}');
    // The answer for "leeflang" is not in yet: the old list is still on screen, and nothing opened.
    expect(window.location.hash).toBe('#/debtors');
    await act(async () => release([ALL[1]!]));
    await waitFor(() => expect(window.location.hash).toBe('#/debtors/7'));
  });
});
