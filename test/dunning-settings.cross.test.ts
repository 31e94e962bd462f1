// A dunning schedule edited in Settings and refused: each rule's message arrives through the contract's
// validation mapping (ipc/validation.ts) at the step it concerns, and reads right in both languages.
import { describe, expect, it } from 'vitest';
import { DEFAULT_DUNNING_SETTINGS, DunningSettings } from '../domain/dunning/settings';
import { catalogue } from '../i18n/catalogue';
import { validationIssues } from '../ipc/validation';

const refused = (settings: unknown) => {
  const result = DunningSettings.safeParse(settings);
  if (result.success) throw new Error('the settings were accepted');
  return validationIssues(result.error).map((i) => ({ path: i.path, nl: catalogue.format(i.message, 'nl'), en: catalogue.format(i.message, 'en') }));
};

describe('refusing an edited dunning schedule', () => {
  it('names the rule and the step: a hand-over moved before the ingebrekestelling', () => {
    const business = DEFAULT_DUNNING_SETTINGS.schedules.business.map((s) => (s.action === 'hand_over' ? { ...s, day: 20 } : s));
    const consumer = DEFAULT_DUNNING_SETTINGS.schedules.consumer;
    expect(refused({ ...DEFAULT_DUNNING_SETTINGS, schedules: { business, consumer } })).toEqual([
      {
        path: 'schedules.business.8.day',
        nl: 'Het uit handen geven komt na de ingebrekestelling: kies een latere dag.',
        en: 'The hand-over to the collection agency comes after the notice of default: choose a later day.',
      },
      {
        path: 'schedules.business.6.day',
        nl: 'Na het uit handen geven (dag 20) volgt geen stap meer; het telefoontje moet eerder.',
        en: 'No step follows the hand-over (day 20); the call must come earlier.',
      },
    ]);
  });

  it('a consumer schedule without the 14-dagenbrief, and a day outside 1–365', () => {
    const consumer = DEFAULT_DUNNING_SETTINGS.schedules.consumer.filter((s) => s.action !== 'consumer14').map((s, i) => (i === 0 ? { ...s, day: 0 } : s));
    expect(refused({ ...DEFAULT_DUNNING_SETTINGS, schedules: { business: DEFAULT_DUNNING_SETTINGS.schedules.business, consumer } })).toEqual([
      { path: 'schedules.consumer.0.day', nl: 'Kies een dag van 1 tot en met 365 na de vervaldatum.', en: 'Choose a day from 1 to 365 after the due date.' },
      {
        path: 'schedules.consumer.6.action',
        nl: 'Een consument kan pas uit handen worden gegeven na de 14-dagenbrief (art. 6:96 lid 6 BW): zet die eerder in het schema.',
        en: 'A consumer’s claim can only be handed over after the 14-day letter (art. 6:96(6) Dutch Civil Code): put it earlier in the schedule.',
      },
    ]);
  });
});
