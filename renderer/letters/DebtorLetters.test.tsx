import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DebtorLetters } from './DebtorLetters';
import { ApiError } from '../api/client';
import { renderIn } from '../followup/test-helpers';
import { composeReminder1 } from '../../domain/letters';
import { ctx, LEEFLANG_INVOICES } from '../../domain/letters/test-fixtures';

const call = vi.hoisted(() => vi.fn());
vi.mock('../api/client', async (original) => ({ ...(await original<typeof import('../api/client')>()), call }));

const reminder = composeReminder1({ ...ctx('2026-05-22'), open: LEEFLANG_INVOICES });
const options = {
  kind: 'business',
  types: ['reminder1', 'reminder2', 'reminder3', 'handover_dossier'],
  letters: [{ id: 4, debtorId: 1, type: 'reminder1', letterDate: '2026-05-22', principalCents: 313_522, costsCents: 0, interestCents: 0, totalCents: 313_522, termEndsOn: null, payBy: '2026-06-01', callId: null, planId: null }],
  calls: [{ id: 9, startedAt: '2026-06-03T08:15:00.000Z', result: 'agreement', confirmationId: null }],
  plans: [],
};

const standing = { next: 'reminder2', lateTerm: false, refused: [], invoices: [] };

describe('DebtorLetters on the debtor file', () => {
  beforeEach(() => {
    call.mockReset();
    window.location.hash = '#/debtors/1';
  });

  it('lists the letters sent with type, date, amount and a link to open them', async () => {
    call.mockImplementation(async (channel: string) => (channel === 'letters:standing' ? standing : options));
    renderIn(<DebtorLetters debtorId={1} />);
    const row = await screen.findByTestId('letter-row');
    expect(row).toHaveTextContent('Betalingsherinnering22-05-2026€ 3.135,2201-06-2026Openen');
    expect(screen.getByRole('link', { name: 'Openen' })).toHaveAttribute('href', '#/letters/4');
    // A business debtor gets no 14-dagenbrief; the call without confirmation gets its button.
    expect(screen.queryByRole('button', { name: '14-dagenbrief' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Bevestiging gesprek 03-06-2026' })).toBeInTheDocument();
  });

  it('previews a letter without recording it, then records it and opens it', async () => {
    call.mockImplementation(async (channel: string) => {
      if (channel === 'letters:options') return options;
      if (channel === 'letters:standing') return standing;
      if (channel === 'letters:preview') return reminder;
      if (channel === 'letters:issue') return { id: 5, letter: reminder };
      throw new Error(channel);
    });
    renderIn(<DebtorLetters debtorId={1} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Betalingsherinnering' }));
    const preview = await screen.findByRole('region', { name: 'Voorbeeld: Betalingsherinnering' });
    expect(preview).toHaveTextContent('Totaal openstaand€ 3.135,22');
    expect(call).not.toHaveBeenCalledWith('letters:issue', expect.anything());
    await userEvent.click(screen.getByRole('button', { name: 'Vastleggen en openen' }));
    expect(call).toHaveBeenCalledWith('letters:issue', { debtorId: 1, type: 'reminder1' });
    await waitFor(() => expect(window.location.hash).toBe('#/letters/5'));
  });

  it('shows the refusal in Dutch when there is nothing to remind of', async () => {
    call.mockImplementation(async (channel: string) => {
      if (channel === 'letters:options') return { ...options, letters: [], calls: [] };
      if (channel === 'letters:standing') return standing;
      throw new ApiError({ code: 'not_allowed', message: { key: 'errors.letter.nothing_open', params: { name: 'Leeflang & Zn' } } });
    });
    renderIn(<DebtorLetters debtorId={1} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Aanmaning · volgende stap' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('staat niets open dat aangemaand kan worden');
    expect(screen.queryByRole('region', { name: /Voorbeeld/ })).toBeNull();
  });

  it('offers the letter that fits the stage as the next step and shows the one that contradicts it disabled, with why', async () => {
    const refused = [{ type: 'reminder1', reason: { key: 'dunning.refusal.behind_stage', params: { letter: 'reminder1', stage: 'reminder1' } } }];
    call.mockImplementation(async (channel: string) => (channel === 'letters:standing' ? { ...standing, refused } : options));
    renderIn(<DebtorLetters debtorId={1} />);
    expect(await screen.findByRole('button', { name: 'Aanmaning · volgende stap' })).toBeEnabled();
    const reminder1 = screen.getByRole('button', { name: 'Betalingsherinnering' });
    expect(reminder1).toBeDisabled();
    expect(reminder1).toHaveAccessibleDescription(/^Betalingsherinnering: Een betalingsherinnering past hier niet meer: de klant heeft al een betalingsherinnering gehad/);
  });
});
