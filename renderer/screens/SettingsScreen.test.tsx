// Settings (here as the first start's company form, which is the same form without the dunning schedule
// and backups): what is wrong shows at its field in the UI language, a cleared number is an error and
// never 0, nothing is saved while anything is wrong, and Ctrl+S saves from anywhere in the form.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { SettingsScreen } from './SettingsScreen';
import { renderIn } from '../followup/test-helpers';
import { ApiError } from '../api/client';
import { DEFAULT_SETTINGS, type Settings } from '../../domain/settings';

vi.mock('../api/client', async (original) => ({ ...(await original<object>()), call: vi.fn() }));

const field = (name: string) => screen.getByRole('textbox', { name });

it('refuses a bad IBAN and a cleared payment term at their fields, saves nothing, and saves once both are right', async () => {
  const user = userEvent.setup();
  const save = vi.fn(async (s: Settings) => s);
  renderIn(<SettingsScreen settings={DEFAULT_SETTINGS} save={save} />);
  await user.clear(field('IBAN'));
  await user.type(field('IBAN'), 'NL91ABNA0417164301');
  await user.clear(field('Betalingstermijn (dagen)'));
  await user.keyboard('{Control>}s{/Control}');

  expect(save).not.toHaveBeenCalled();
  expect(field('IBAN')).toHaveAttribute('aria-invalid', 'true');
  expect(field('IBAN')).toHaveAccessibleDescription('Dit is geen geldig IBAN (controleer land, lengte en controlegetal)');
  expect(field('Betalingstermijn (dagen)')).toHaveAttribute('aria-invalid', 'true');
  expect(field('Betalingstermijn (dagen)')).toHaveAccessibleDescription('Vul een getal in');
  expect(field('IBAN')).toHaveFocus(); // the first wrong field on the screen
  expect(screen.getByRole('alert')).toHaveTextContent('Niet opgeslagen: 2 velden kloppen nog niet — IBAN en Betalingstermijn (dagen)');
  expect(field('Bedrijfsnaam')).not.toHaveAttribute('aria-invalid');

  // Corrected as typed: the field's error goes as soon as it is right.
  await user.clear(field('IBAN'));
  await user.type(field('IBAN'), 'nl91 abna 0417 1643 00');
  expect(field('IBAN')).not.toHaveAttribute('aria-invalid');
  expect(screen.getByRole('alert')).toHaveTextContent('Niet opgeslagen: één veld klopt nog niet — Betalingstermijn (dagen)');
  await user.type(field('Betalingstermijn (dagen)'), '30');
  expect(screen.queryByRole('alert')).toBeNull();
  await user.keyboard('{Control>}s{/Control}');
  expect(save).toHaveBeenCalledTimes(1);
  expect(save.mock.calls[0]![0].company).toMatchObject({ iban: 'NL91ABNA0417164300', paymentTermDays: 30 });
  expect(await screen.findByRole('status')).toHaveTextContent('Instellingen opgeslagen.');
});

it('says in English what is wrong with the grace days, and places a refusal of the handler at its field', async () => {
  const user = userEvent.setup();
  const save = vi.fn(async (_: Settings): Promise<Settings> => {
    throw new ApiError({ code: 'invalid_input', message: { key: 'errors.invalid_input' }, issues: [{ path: 'company.kvk', message: { key: 'validation.kvk' } }] });
  });
  renderIn(<SettingsScreen settings={DEFAULT_SETTINGS} save={save} />, 'en');
  await user.clear(field('Grace for a late installment (days)'));
  await user.type(field('Grace for a late installment (days)'), '61');
  await user.click(screen.getByRole('button', { name: /^Save/ }));
  expect(field('Grace for a late installment (days)')).toHaveAccessibleDescription('Grace of 0 to 60 days');
  expect(field('Grace for a late installment (days)')).toHaveFocus();
  expect(save).not.toHaveBeenCalled();

  await user.clear(field('Grace for a late installment (days)'));
  await user.type(field('Grace for a late installment (days)'), '7,5');
  expect(field('Grace for a late installment (days)')).toHaveAccessibleDescription('Enter a whole number, without letters or decimals');
  await user.clear(field('Grace for a late installment (days)'));
  await user.type(field('Grace for a late installment (days)'), '10{Enter}');
  expect(save).toHaveBeenCalledTimes(1);
  expect(await screen.findByRole('alert')).toHaveTextContent('Not saved: one field needs correcting — Chamber of Commerce no.');
  expect(field('Chamber of Commerce no.')).toHaveAccessibleDescription('A Chamber of Commerce (KvK) number has 8 digits');
  expect(field('Chamber of Commerce no.')).toHaveFocus();
});

it('does not drop a closing day typed but not added: Save refuses and says so, until it is added', async () => {
  const user = userEvent.setup();
  const save = vi.fn(async (s: Settings) => s);
  renderIn(<SettingsScreen settings={DEFAULT_SETTINGS} save={save} />);
  await user.type(field('Kantoor dicht op'), '31-12-2026');
  await user.keyboard('{Control>}s{/Control}');

  expect(save).not.toHaveBeenCalled();
  const office = screen.getByRole('group', { name: 'Werkdagen van het kantoor' });
  expect(office).toHaveAttribute('aria-invalid', 'true');
  expect(office).toHaveAccessibleDescription('Ingevuld maar nog niet toegevoegd: voeg het toe met de knop eronder, of maak de velden leeg');
  expect(screen.getByRole('alert')).toHaveTextContent('Niet opgeslagen: één veld klopt nog niet — Werkdagen van het kantoor');
  // Back at the day typed, not at the group's first weekday box.
  expect(field('Kantoor dicht op')).toHaveFocus();

  await user.type(field('Reden'), 'Oudejaarsdag');
  await user.click(screen.getByRole('button', { name: 'Sluitingsdag toevoegen' }));
  expect(office).not.toHaveAttribute('aria-invalid');
  expect(screen.queryByRole('alert')).toBeNull();
  await user.keyboard('{Control>}s{/Control}');
  expect(save).toHaveBeenCalledTimes(1);
  expect(save.mock.calls[0]![0].officeDays.closedDays).toEqual([{ date: '2026-12-31', label: 'Oudejaarsdag' }]);
});

it('lets a cleared addition go: nothing typed, nothing refused', async () => {
  const user = userEvent.setup();
  const save = vi.fn(async (s: Settings) => s);
  renderIn(<SettingsScreen settings={DEFAULT_SETTINGS} save={save} />, 'en');
  const rateFrom = screen.getAllByRole('textbox').find((e) => e.getAttribute('name') === 'rateFrom')!;
  await user.type(rateFrom, '01-01-2027');
  await user.click(screen.getByRole('button', { name: /^Save/ }));
  expect(save).not.toHaveBeenCalled();
  expect(screen.getByRole('alert')).toHaveTextContent(/Not saved/);
  await user.clear(rateFrom);
  expect(screen.queryByRole('alert')).toBeNull();
  await user.click(screen.getByRole('button', { name: /^Save/ }));
  expect(save).toHaveBeenCalledTimes(1);
});
