// Settings › Wettelijke rente and the decree days: a half-year or a day is added only with everything the
// law's table needs (a 1 January / 1 July date, both rates, a source); what is missing shows at its field,
// in the UI language, and the focus goes there.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { DecreeDaySettings, OfficeDaySettings, RateSettings } from './LegalSettings';
import { DEFAULT_SETTINGS, type Settings } from '../../domain/settings';
import { I18nProvider, type Language } from '../i18n';

type Draft = Pick<Settings, 'addedRates' | 'addedEquatedDays' | 'officeDays'>;
/** What the screen would save: the draft the harness shows. */
const saved = (): Draft => JSON.parse(screen.getByTestId('draft').textContent!) as Draft;

function Harness({ language = 'nl' }: { language?: Language }) {
  const [draft, setDraft] = useState<Draft>(DEFAULT_SETTINGS);
  const onChange = (next: Partial<Draft>) => setDraft((d) => ({ ...d, ...next }));
  return (
    <I18nProvider language={language}>
      <form>
        <RateSettings draft={draft} onChange={onChange} />
        <DecreeDaySettings draft={draft} onChange={onChange} />
        <OfficeDaySettings draft={draft} onChange={onChange} />
      </form>
      <output data-testid="draft">{JSON.stringify(draft)}</output>
    </I18nProvider>
  );
}

const field = (name: string) => screen.getByRole('textbox', { name });

describe('the law’s rates and calendar in Settings', () => {
  it('shows the derived 10,40% of 1 July 2026 as derived, and adds the published half-year with its source', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const table = screen.getByRole('table', { name: 'Wettelijke rente' });
    const july = () => screen.getAllByRole('row').find((r) => r.textContent!.startsWith('01-07-2026'))!;
    expect(july()).toHaveTextContent(/^01-07-202610,4% afgeleid4% voorlopig/);

    await user.type(field('Vanaf'), '1-8-2026');
    await user.type(field('Handelsrente (%)'), '10,40');
    await user.type(field('Wettelijke rente (%)'), '4');
    await user.click(screen.getByRole('button', { name: 'Halfjaar toevoegen' }));
    expect(field('Vanaf')).toHaveAttribute('aria-invalid', 'true');
    expect(field('Vanaf')).toHaveAccessibleDescription('Een nieuw halfjaar begint op 1 januari of 1 juli');
    expect(field('Vanaf')).toHaveFocus();
    expect(field('Bron')).toHaveAccessibleDescription('Noem de bron (publicatie of berekening, met datum)');
    expect(field('Handelsrente (%)')).not.toHaveAttribute('aria-invalid');
    expect(saved().addedRates).toEqual([]);

    await user.type(field('Bron'), 'Stcrt. 2026, 30001');
    await user.clear(field('Vanaf'));
    await user.type(field('Vanaf'), '1-7-2026');
    await user.click(screen.getByRole('button', { name: 'Halfjaar toevoegen' }));
    expect(saved().addedRates).toEqual([
      { from: '2026-07-01', commercial: { basisPoints: 1040, status: 'published' }, consumer: { basisPoints: 400, status: 'published' }, source: 'Stcrt. 2026, 30001' },
    ]);
    expect(july()).toHaveTextContent(/^01-07-202610,4%\s*4%\s*‘Stcrt\. 2026, 30001’Verwijderen$/);
    expect(table).not.toHaveTextContent('afgeleid');
    expect(document.querySelector('[aria-invalid]')).toBeNull();
  });

  it('says at each field what is missing from a half-year, in English, and reads 10.40 the English way', async () => {
    const user = userEvent.setup();
    render(<Harness language="en" />);
    await user.type(field('From'), '31/02/2027');
    await user.type(field('Commercial rate (%)'), '10.40');
    await user.click(screen.getByRole('button', { name: 'Add half-year' }));
    expect(field('From')).toHaveAccessibleDescription('“31/02/2027” is not a real date; type dd/mm/yyyy, for example 05/03/2026');
    expect(field('From')).toHaveFocus();
    expect(field('Commercial rate (%)')).not.toHaveAttribute('aria-invalid');
    expect(field('Non-commercial rate (%)')).toHaveAccessibleDescription('An interest rate between 0 and 50, at most two decimals (e.g. 10.40)');
    expect(field('Source')).toHaveAccessibleDescription('Name the source (publication or calculation, with its date)');
    expect(saved().addedRates).toEqual([]);

    await user.clear(field('From'));
    await user.type(field('From'), '01/01/2027');
    await user.type(field('Non-commercial rate (%)'), '4');
    await user.type(field('Source'), 'Stcrt. 2026, 40001{Enter}'); // Enter adds, as the button does
    expect(saved().addedRates).toEqual([
      { from: '2027-01-01', commercial: { basisPoints: 1040, status: 'published' }, consumer: { basisPoints: 400, status: 'published' }, source: 'Stcrt. 2026, 40001' },
    ]);
  });

  it('adds a day of a later decree only with the decree named', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(field('Datum'), '11-05-2029{Enter}');
    expect(field('Besluit')).toHaveAccessibleDescription('Noem het besluit dat deze dag gelijkstelt (titel en Staatscourant)');
    expect(field('Besluit')).toHaveFocus();
    expect(saved().addedEquatedDays).toEqual([]);
    await user.type(field('Besluit'), 'Besluit gelijkstelling 2029 (Stcrt. 2028, 1)');
    await user.click(screen.getByRole('button', { name: 'Dag toevoegen' }));
    expect(saved().addedEquatedDays).toEqual([{ date: '2029-05-11', source: 'Besluit gelijkstelling 2029 (Stcrt. 2028, 1)' }]);
    expect(field('Besluit')).not.toHaveAttribute('aria-invalid');
  });

  it('lets the office drop a weekday and add a closing day with its reason', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('checkbox', { name: 'vrijdag' }));
    expect(saved().officeDays.workingWeekdays).toEqual([1, 2, 3, 4]);
    await user.type(field('Kantoor dicht op'), '31-12-2026');
    await user.click(screen.getByRole('button', { name: 'Sluitingsdag toevoegen' }));
    expect(field('Reden')).toHaveAccessibleDescription('Zeg waarom het kantoor dicht is');
    expect(field('Kantoor dicht op')).not.toHaveAttribute('aria-invalid');
    await user.type(field('Reden'), 'Oudejaarsdag');
    await user.click(screen.getByRole('button', { name: 'Sluitingsdag toevoegen' }));
    expect(saved().officeDays.closedDays).toEqual([{ date: '2026-12-31', label: 'Oudejaarsdag' }]);
  });
});
