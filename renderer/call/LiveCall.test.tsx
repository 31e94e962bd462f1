import { render, screen, act } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { LiveCall } from './LiveCall';
import { callInputFrom } from './CallScreen';
import { callPrep } from './test-prep';

const prep = callPrep();

function setup() {
  const persist = vi.fn();
  const save = vi.fn();
  const onLeave = vi.fn();
  render(<LiveCall kind="collection" prep={prep} input={callInputFrom(prep, new Date('2026-11-23T09:40:00Z'))} persist={persist} save={save} onLeave={onLeave} />);
  return { persist, save, onLeave, user: userEvent.setup() };
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
    // The preparation is not kept (nothing to resume before the greeting); greeting and purpose are.
    expect(persist.mock.calls.map(([s]) => JSON.stringify((s as { value: unknown }).value))).toEqual([
      JSON.stringify({ call: 'greeting' }),
      JSON.stringify({ call: 'purpose' }),
    ]);
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

  it('keeps notes at hand: Alt+N focuses the notes, Enter adds the note and saves the running call with it', async () => {
    const { persist, user } = setup();
    await user.keyboard('{Enter}');
    await user.keyboard('{Alt>}n{/Alt}');
    expect(screen.getByRole('textbox', { name: /Notities/ })).toHaveFocus();
    await user.keyboard('Belt terug na de lunch{Enter}');
    expect(screen.getByText('Belt terug na de lunch')).toBeInTheDocument();
    const last = persist.mock.calls.at(-1)![0] as { context: { notes: string } };
    expect(last.context.notes).toBe('Belt terug na de lunch');
  });

  it('after Esc closes a form, focus is back on its button, and a second Esc asks before leaving the live call', async () => {
    const { onLeave, user } = setup();
    await user.keyboard('{Enter}');
    await user.keyboard('1');
    await user.keyboard('8'); // "ik ga betalen"
    await user.keyboard('1'); // betaalbelofte
    expect(screen.getByRole('form', { name: /Betaalbelofte/ })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.getByRole('button', { name: /^1 .*elofte/ })).toHaveFocus();
    await user.keyboard('{Escape}');
    const dialog = screen.getByRole('alertdialog', { name: 'Het gesprek loopt nog' });
    expect(screen.getByRole('button', { name: /Terug naar het gesprek/ })).toHaveFocus();
    expect(onLeave).not.toHaveBeenCalled();
    await user.keyboard('{Escape}'); // stays
    expect(dialog).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^1 .*elofte/ })).toHaveFocus();
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Gesprek onderbreken' }));
    expect(onLeave).toHaveBeenCalledWith(false);
  });

  it('leaves straight away from the preparation, keeping nothing', async () => {
    const { onLeave, persist, user } = setup();
    await user.keyboard('{Escape}');
    expect(onLeave).toHaveBeenCalledWith(true);
    expect(persist).not.toHaveBeenCalled();
  });

  it('Alt+H asks whether the customer hung up and proposes a call-back on the next office day', async () => {
    const { save, user } = setup();
    await user.keyboard('{Enter}');
    await user.keyboard('1');
    await user.keyboard('{Alt>}h{/Alt}');
    const form = screen.getByRole('form', { name: 'Klant heeft opgehangen' });
    expect(form).toHaveTextContent('Zullen we terugbellen?');
    expect(screen.getByRole('checkbox', { name: 'Terugbellen' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Datum' })).toHaveValue('24-11-2026');
    expect(save).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: /Gesprek afsluiten/ }));
    await flush();
    expect(save).toHaveBeenCalledTimes(1);
    const outcome = save.mock.calls[0]![0] as { result: string; tasks: { type: string; dueDate: string; dueTime: string }[] };
    expect(outcome.result).toBe('no_agreement');
    // The first golden-hour slot (seed 003) of the next office day.
    expect(outcome.tasks).toEqual([expect.objectContaining({ type: 'call_back', dueDate: '2026-11-24', dueTime: '09:30' })]);
  });

  it('says beside a call-back’s time when it is outside the golden hours or on a Thursday, with a better moment', async () => {
    const { user } = setup();
    await user.keyboard('{Enter}');
    await user.keyboard('1');
    await user.keyboard('{Alt>}h{/Alt}');
    const time = screen.getByRole('textbox', { name: 'Tijd' });
    expect(time).toHaveValue('09:30');
    expect(time).toHaveAccessibleDescription('');
    await user.clear(time);
    await user.type(time, '12:15');
    expect(time).toHaveAccessibleDescription('12:15 valt buiten de gouden beluren; de eerstvolgende is 13:30.');
    const date = screen.getByRole('textbox', { name: 'Datum' });
    await user.clear(date);
    await user.type(date, '26-11-2026');
    expect(time).toHaveAccessibleDescription(/^Op donderdag of vrijdag .*: 25 nov(ember|\.) 2026 of 30 nov(ember|\.) 2026\. 12:15 valt buiten/);
  });

  it('shows beside an amount what it is read as while typed, and warns when it is above what is owed', async () => {
    const { user } = setup();
    await user.keyboard('{Enter}');
    await user.keyboard('1');
    await user.keyboard('8'); // "ik ga betalen"
    await user.keyboard('1'); // betaalbelofte
    const amount = screen.getByRole('textbox', { name: 'Bedrag' });
    expect(amount).toHaveAccessibleDescription('= € 3.135,22');
    await user.clear(amount);
    await user.type(amount, '12.345');
    expect(amount).toHaveAccessibleDescription('= € 12.345,00 Let op: € 9.209,78 meer dan er openstaat (€ 3.135,22).');
    await user.clear(amount);
    await user.type(amount, '12.34');
    expect(amount).toHaveAccessibleDescription('= € 12,34');
    await user.clear(amount);
    await user.type(amount, '0.500');
    expect(amount).toHaveAccessibleDescription('geen bedrag: typ bijvoorbeeld 1.234,56');
  });
});
