// Editing the dunning schedule in Settings: steps added, removed and moved; a rule broken is said at the
// step it concerns (aria-invalid, aria-describedby) in the UI language and nothing is saved; a valid
// schedule is saved as typed.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { DunningSettingsForm } from './DunningSettingsForm';
import { answer, callsTo, renderIn } from '../followup/test-helpers';
import { DEFAULT_DUNNING_SETTINGS } from '../../domain/dunning/settings';

vi.mock('../api/client', async (original) => ({ ...(await original<object>()), call: vi.fn() }));

const business = () => screen.getByRole('group', { name: 'Aanmaanschema zakelijke debiteuren' });

describe('the dunning schedule in Settings', () => {
  it('shows seed 000’s schedule and refuses, at the step, an aanmaning moved before the betalingsherinnering', async () => {
    const mocked = answer({ 'dunning:settings': () => DEFAULT_DUNNING_SETTINGS, 'dunning:saveSettings': (s) => s as never });
    renderIn(<DunningSettingsForm />);
    await screen.findByRole('group', { name: 'Aanmaanschema zakelijke debiteuren' });
    expect(within(business()).getAllByTestId('schedule-business-step').map((r) => (within(r).getByRole('textbox') as HTMLInputElement).value)).toEqual(['1', '4', '10', '11', '14', '21', '24', '27', '31']);
    const day3 = within(business()).getByLabelText('Dag van stap 3');
    await userEvent.clear(day3);
    await userEvent.type(day3, '1');
    expect(day3).toHaveAttribute('aria-invalid', 'true');
    expect(day3).toHaveAccessibleDescription(/Aanmaning.*Betalingsherinnering|Betalingsherinnering.*Aanmaning/i);
    await userEvent.click(screen.getByRole('button', { name: 'Aanmaanschema opslaan' }));
    expect(screen.getByRole('alert')).toHaveTextContent('verbeter eerst wat bij de velden staat');
    expect(callsTo(mocked, 'dunning:saveSettings')).toEqual([]);
  });

  it('adds, removes and moves steps and saves the schedule as typed', async () => {
    const mocked = answer({ 'dunning:settings': () => DEFAULT_DUNNING_SETTINGS, 'dunning:saveSettings': (s) => s as never });
    renderIn(<DunningSettingsForm />, 'en');
    const group = await screen.findByRole('group', { name: 'Dunning schedule for business debtors' });
    await userEvent.click(within(group).getByRole('button', { name: 'Remove step 4' })); // the delivery stop
    const day2 = within(group).getByLabelText('Day of step 2');
    await userEvent.clear(day2);
    await userEvent.type(day2, '5');
    await userEvent.click(within(group).getByRole('button', { name: 'Add a step' }));
    await userEvent.selectOptions(within(group).getByLabelText('Step 9'), 'Call');
    const added = within(group).getByLabelText('Day of step 9');
    await userEvent.clear(added);
    await userEvent.type(added, '7');
    await userEvent.click(screen.getByRole('button', { name: 'Save the schedule' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Dunning schedule and worklist saved.');
    const saved = callsTo(mocked, 'dunning:saveSettings')[0] as typeof DEFAULT_DUNNING_SETTINGS;
    expect(saved.schedules.business.map((s) => `${s.day}:${s.action}`)).toEqual(['1:reminder1', '5:call', '10:reminder2', '14:call', '21:reminder3', '24:call', '27:manager', '31:hand_over', '7:call']);
  });

  it('says a cleared weight or a wrong amount is wrong, not 0', async () => {
    answer({ 'dunning:settings': () => DEFAULT_DUNNING_SETTINGS });
    renderIn(<DunningSettingsForm />);
    const amount = await screen.findByLabelText('Vanaf factuurbedrag (€)');
    await userEvent.clear(amount);
    await userEvent.type(amount, 'duizend');
    expect(amount).toHaveAccessibleDescription('„duizend” is geen bedrag; schrijf bijvoorbeeld 1.000,00.');
    const perDay = screen.getByLabelText('Punten per dag over de vervaldatum');
    await userEvent.clear(perDay);
    expect(perDay).toHaveAttribute('aria-invalid', 'true');
    expect(perDay).toHaveAccessibleDescription('Vul een heel getal van 0 tot en met 1000 in.');
  });
});
