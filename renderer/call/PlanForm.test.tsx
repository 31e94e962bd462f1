import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import type { ComponentProps } from 'react';
import { PlanForm, proposedDueDates } from './PlanForm';
import type { Choice } from '../../machines/call-script.choices';
import { isOfficeDay, officeCalendar } from '../../domain/calendar/office-days';
import { addDays } from '../../domain/dates';

const one = { open: [{ id: 1, number: '1001', openCents: 30000 }], held: [] };
// Leeflang & Zn (seed 000): 178,49 + 2.898,24 + 58,49 = 3.135,22, and 1043 under a complaint.
const leeflang = {
  open: [
    { id: 1, number: '123', openCents: 17849 },
    { id: 2, number: '456', openCents: 289824 },
    { id: 3, number: '789', openCents: 5849 },
  ],
  held: [{ id: 4, number: '1043', openCents: 12100 }],
};

function renderPlan(props: Partial<ComponentProps<typeof PlanForm>> = {}) {
  const onDraft = vi.fn();
  const onSubmit = vi.fn();
  const view = render(
    <PlanForm
      choice={{ event: 'SUBMIT_PLAN', form: 'plan', labelKey: 'plan', hotkey: '1' } as unknown as Choice}
      label="Betalingsregeling"
      today="2026-11-23"
      planChoices={one}
      maxPlanTerms={4}
      onDraft={onDraft}
      onSubmit={onSubmit}
      onCancel={() => {}}
      {...props}
    />,
  );
  return { ...view, onDraft, onSubmit };
}

const dateOf = (term: number) => (screen.getByLabelText(`Datum termijn ${term}`) as HTMLInputElement).value;
const amountOf = (term: number) => (screen.getByLabelText(`Bedrag termijn ${term}`) as HTMLInputElement).value;

// After Alt+← back to the plan step, the form is filled from what was submitted there: the dates exactly
// as the collector typed them ('morgen', '5-1-2027', '2027-02-05'), which the machine reads again.
describe('PlanForm filled from the previous submit', () => {
  it('shows each typed due date so that it can be submitted again', () => {
    renderPlan({
      previous: {
        totalCents: 30000,
        installments: [
          { dueDate: 'morgen', amountCents: 10000 },
          { dueDate: '5-1-2027', amountCents: 10000 },
          { dueDate: '2027-02-05', amountCents: 10000 },
        ],
      },
    });
    expect([dateOf(1), dateOf(2), dateOf(3)]).toEqual(['morgen', '5-1-2027', '05-02-2027']);
  });
});

// Issue 10 item 10: the plan covers invoices, ticked; its amount is what is open on them, never typed.
describe('PlanForm: the invoices the plan covers', () => {
  it('ticks every open invoice not under a complaint; the one under a complaint is shown, cannot be ticked, and says why', () => {
    renderPlan({ planChoices: leeflang });
    for (const name of ['Factuur 123 (€ 178,49)', 'Factuur 456 (€ 2.898,24)', 'Factuur 789 (€ 58,49)']) expect(screen.getByRole('checkbox', { name })).toBeChecked();
    const held = screen.getByRole('checkbox', { name: /Factuur 1043/ });
    expect(held).toBeDisabled();
    expect(held).not.toBeChecked();
    expect(held).toHaveAccessibleDescription('— onder klacht: pas in een regeling als de klacht is opgelost');
    expect(screen.getByRole('status')).toHaveTextContent('Bedrag van de regeling: € 3.135,22');
    expect(screen.queryByRole('textbox', { name: /Afgesproken bedrag|Bedrag van de regeling/ })).toBeNull();
  });

  it('by keyboard: Space unticks an invoice, the amount follows and the terms are proposed again for it', async () => {
    const { onSubmit } = renderPlan({ planChoices: leeflang });
    expect(screen.getByRole('checkbox', { name: 'Factuur 123 (€ 178,49)' })).toHaveFocus();
    await userEvent.tab();
    await userEvent.keyboard(' ');
    expect(screen.getByRole('checkbox', { name: 'Factuur 456 (€ 2.898,24)' })).not.toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('Bedrag van de regeling: € 236,98 · niet in de regeling: factuur 456 (€ 2.898,24), met zijn eigen betalingstermijn');
    expect([1, 2, 3, 4].map(amountOf)).toEqual(['59,26', '59,24', '59,24', '59,24']);
    await userEvent.keyboard('{Enter}'); // Enter records from the ticked invoice too
    expect(onSubmit).toHaveBeenCalledWith({ invoiceIds: [1, 3], totalCents: 23698, installments: expect.any(Array) });
  });

  it('refuses to submit without an invoice, saying what to do', async () => {
    const { onSubmit } = renderPlan();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Factuur 1001 (€ 300,00)' }));
    await userEvent.click(screen.getByRole('button', { name: /^Vastleggen/ }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('Kies de factuur of facturen die de regeling dekt.');
  });
});

// Issue 11 point 2: what was typed and not submitted comes back exactly (783,79 stayed 783,80 before).
describe('PlanForm and what was typed', () => {
  it('hands every change over as typed, and shows a draft exactly as typed when opened again', async () => {
    const { onDraft, unmount } = renderPlan({ planChoices: leeflang });
    await userEvent.clear(screen.getByLabelText('Bedrag termijn 2'));
    await userEvent.type(screen.getByLabelText('Bedrag termijn 2'), '783,79');
    const draft = onDraft.mock.calls.at(-1)![0] as { invoiceIds: number[]; rows: { dueDate: string; amount: string }[] };
    expect(draft.invoiceIds).toEqual([1, 2, 3]);
    expect(draft.rows[1]!.amount).toBe('783,79');
    unmount();
    renderPlan({ planChoices: leeflang, draft });
    expect(amountOf(2)).toBe('783,79');
    expect(dateOf(1)).toBe(draft.rows[0]!.dueDate);
  });
});

// A debtor allowed three terms gets a plan of three: no fourth row is proposed or can be added.
describe('PlanForm for a debtor with fewer terms allowed', () => {
  it('proposes and allows only the debtor’s number of terms', () => {
    renderPlan({ maxPlanTerms: 3 });
    expect(screen.getByLabelText('Datum termijn 3')).toBeInTheDocument();
    expect(screen.queryByLabelText('Datum termijn 4')).toBeNull();
    expect(screen.getByRole('button', { name: 'Termijn toevoegen' })).toBeDisabled();
    expect(screen.getByText(/Hoogstens 3 termijnen/)).toBeInTheDocument();
  });

  it('never offers more than the plan rules allow, whatever the debtor’s setting says', () => {
    renderPlan({ maxPlanTerms: 9 });
    expect(screen.getByLabelText('Datum termijn 4')).toBeInTheDocument();
    expect(screen.queryByLabelText('Datum termijn 5')).toBeNull();
    expect(screen.getByRole('button', { name: 'Termijn toevoegen' })).toBeDisabled();
  });
});

// Issue 11 point 6: a proposed term never falls on a weekend or holiday (today + 14 + 30·i days did).
describe('the proposed due dates', () => {
  it('fall on office days: a term that would be due on Sunday 7 March 2027 is proposed for Monday 8 March', () => {
    renderPlan({ planChoices: leeflang });
    expect([1, 2, 3, 4].map(dateOf)).toEqual(['07-12-2026', '06-01-2027', '05-02-2027', '08-03-2027']);
  });

  it('are office days, ascending, for every day of two years', () => {
    for (let day = '2026-01-01'; day < '2028-01-01'; day = addDays(day, 1)) {
      const dates = proposedDueDates(day, 4);
      for (const d of dates) expect(isOfficeDay(d), `${day}: ${d}`).toBe(true);
      for (let i = 1; i < dates.length; i++) expect(dates[i]! > dates[i - 1]!).toBe(true);
    }
  });

  it('fall on the office’s working days: a date on Tweede Kerstdag or a closed day moves to the next working day', () => {
    // From Saturday 12 December 2026: in two weeks is Saturday 26 December (Tweede Kerstdag), then Monday 25 January 2027.
    expect(proposedDueDates('2026-12-12', 2)).toEqual(['2026-12-28', '2027-01-25']);
    const closed = officeCalendar({ workingWeekdays: [1, 2, 3, 4, 5], closedDays: [{ date: '2026-12-28', label: 'Kerstsluiting' }, { date: '2026-12-29', label: 'Kerstsluiting' }] });
    expect(proposedDueDates('2026-12-12', 2, closed)).toEqual(['2026-12-30', '2027-01-25']);
  });
});
