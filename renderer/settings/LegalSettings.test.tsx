// Settings › Wettelijke rente and the decree days: a half-year or a day is added only with everything the
// law's table needs (a 1 January / 1 July date, both rates, a source); a refusal says what is missing.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { DecreeDaySettings, OfficeDaySettings, RateSettings } from './LegalSettings';
import { DEFAULT_SETTINGS, type Settings } from '../../domain/settings';
import { describeProblem } from '../../i18n/describe-error';
import { validationIssues } from '../../ipc/validation';
import { I18nProvider } from '../i18n';

type Draft = Pick<Settings, 'addedRates' | 'addedEquatedDays' | 'officeDays'>;
/** What the screen would save: the draft the harness shows. */
const saved = (): Draft => JSON.parse(screen.getByTestId('draft').textContent!) as Draft;

function Harness() {
  const [draft, setDraft] = useState<Draft>(DEFAULT_SETTINGS);
  const describe = (error: Parameters<typeof validationIssues>[0]) => describeProblem({ message: { key: 'errors.invalid_input' }, issues: validationIssues(error) }, 'nl');
  const onChange = (next: Partial<Draft>) => setDraft((d) => ({ ...d, ...next }));
  return (
    <I18nProvider language="nl">
      <form>
        <RateSettings draft={draft} onChange={onChange} describe={describe} />
        <DecreeDaySettings draft={draft} onChange={onChange} describe={describe} />
        <OfficeDaySettings draft={draft} onChange={onChange} />
      </form>
      <output data-testid="draft">{JSON.stringify(draft)}</output>
    </I18nProvider>
  );
}

describe('the law’s rates and calendar in Settings', () => {
  it('shows the derived 10,40% of 1 July 2026 as derived, and adds the published half-year with its source', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const table = screen.getByRole('table', { name: 'Wettelijke rente' });
    const july = () => screen.getAllByRole('row').find((r) => r.textContent!.startsWith('01-07-2026'))!;
    expect(july()).toHaveTextContent(/^01-07-202610,4% afgeleid4% voorlopig/);

    await user.type(screen.getByRole('textbox', { name: 'Vanaf' }), '1-8-2026');
    await user.type(screen.getByRole('textbox', { name: 'Handelsrente (%)' }), '10,40');
    await user.type(screen.getByRole('textbox', { name: 'Wettelijke rente (%)' }), '4');
    await user.click(screen.getByRole('button', { name: 'Halfjaar toevoegen' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Niet toegevoegd:');
    expect(screen.getByRole('alert')).toHaveTextContent('een nieuw halfjaar begint op 1 januari of 1 juli');
    expect(screen.getByRole('alert')).toHaveTextContent('noem de bron');
    expect(saved().addedRates).toEqual([]);

    await user.clear(screen.getByRole('textbox', { name: 'Vanaf' }));
    await user.type(screen.getByRole('textbox', { name: 'Vanaf' }), '1-7-2026');
    await user.type(screen.getByRole('textbox', { name: 'Bron' }), 'Stcrt. 2026, 30001');
    await user.click(screen.getByRole('button', { name: 'Halfjaar toevoegen' }));
    expect(saved().addedRates).toEqual([
      { from: '2026-07-01', commercial: { basisPoints: 1040, status: 'published' }, consumer: { basisPoints: 400, status: 'published' }, source: 'Stcrt. 2026, 30001' },
    ]);
    expect(july()).toHaveTextContent(/^01-07-202610,4%\s*4%\s*‘Stcrt\. 2026, 30001’Verwijderen$/);
    expect(table).not.toHaveTextContent('afgeleid');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('adds a day of a later decree only with the decree named', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(screen.getByRole('textbox', { name: 'Datum' }), '11-05-2029');
    await user.click(screen.getByRole('button', { name: 'Dag toevoegen' }));
    expect(screen.getByRole('alert')).toHaveTextContent('noem het besluit dat deze dag gelijkstelt');
    await user.type(screen.getByRole('textbox', { name: 'Besluit' }), 'Besluit gelijkstelling 2029 (Stcrt. 2028, 1)');
    await user.click(screen.getByRole('button', { name: 'Dag toevoegen' }));
    expect(saved().addedEquatedDays).toEqual([{ date: '2029-05-11', source: 'Besluit gelijkstelling 2029 (Stcrt. 2028, 1)' }]);
  });

  it('lets the office drop a weekday and add a closing day with its reason', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('checkbox', { name: 'vrijdag' }));
    expect(saved().officeDays.workingWeekdays).toEqual([1, 2, 3, 4]);
    await user.type(screen.getByRole('textbox', { name: 'Kantoor dicht op' }), '31-12-2026');
    await user.click(screen.getByRole('button', { name: 'Sluitingsdag toevoegen' }));
    expect(screen.getByRole('alert')).toHaveTextContent('zeg waarom het kantoor dicht is');
    await user.type(screen.getByRole('textbox', { name: 'Reden' }), 'Oudejaarsdag');
    await user.click(screen.getByRole('button', { name: 'Sluitingsdag toevoegen' }));
    expect(saved().officeDays.closedDays).toEqual([{ date: '2026-12-31', label: 'Oudejaarsdag' }]);
  });
});
