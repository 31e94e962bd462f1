// The settings as typed: a cleared number is an error at its field (never 0), a rate row's issue belongs to
// the rates section, and the issues come in the order of the screen.
import { DEFAULT_SETTINGS } from '../../domain/settings';
import { placeIssues, readSettings, toDraft } from './settings-draft';

const draft = toDraft(DEFAULT_SETTINGS);

it('reads the settings back as they were when nothing was changed', () => {
  expect(readSettings(draft)).toEqual({ settings: DEFAULT_SETTINGS });
});

it('refuses a cleared number and a fraction at their fields, in the order of the screen', () => {
  const read = readSettings({ ...draft, backupsToKeep: ' ', company: { ...draft.company, iban: 'NL00', paymentTermDays: '14,5' } });
  expect([...(read.issues ?? [])]).toEqual([
    ['company.iban', { key: 'validation.iban' }],
    ['company.paymentTermDays', { key: 'validation.whole_number' }],
    ['backupsToKeep', { key: 'validation.number_required' }],
  ]);
});

it('places a refusal deep in a list at its section, and one without a field apart', () => {
  const placed = placeIssues([
    { path: 'addedRates.1.source', message: { key: 'validation.rate.source' } },
    { path: 'officeDays.closedDays.0.label', message: { key: 'validation.office.closed_reason' } },
    { path: 'officeDays.workingWeekdays', message: { key: 'validation.office.weekday_min' } },
    { path: 'vatRateBasisPoints', message: { key: 'validation.invalid' } },
    { path: 'collectorName', message: { key: 'validation.required' } },
  ]);
  expect([...placed.keys()]).toEqual(['', 'collectorName', 'addedRates', 'officeDays.workingWeekdays', 'officeDays']);
});
