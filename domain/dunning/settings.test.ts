import { describe, expect, it } from 'vitest';
import { DEFAULT_DUNNING_SETTINGS, DunningSettings } from './settings';

describe('the dunning settings', () => {
  it('the defaults are valid settings', () => {
    expect(DunningSettings.parse(DEFAULT_DUNNING_SETTINGS)).toEqual(DEFAULT_DUNNING_SETTINGS);
  });

  it('refuse a broken schedule at the step it concerns, and a threshold in parts of a cent', () => {
    const broken = { ...DEFAULT_DUNNING_SETTINGS, schedules: { ...DEFAULT_DUNNING_SETTINGS.schedules, business: [{ day: 31, action: 'hand_over' }] }, preventiveMinimumCents: 0.5 };
    const result = DunningSettings.safeParse(broken);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['schedules.business.0.action', 'validation.dunning.hand_over_without_notice'],
      ['preventiveMinimumCents', 'validation.whole_cents'],
    ]);
  });
});
