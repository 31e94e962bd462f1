import { describe, expect, it } from 'vitest';
import { DEFAULT_BUSINESS_SCHEDULE, DEFAULT_CONSUMER_SCHEDULE, DunningSchedules, editSchedule, scheduleIssues, type DunningStep } from './schedule';

const keys = (issues: { message: { key: string } }[]) => issues.map((i) => i.message.key.replace('validation.dunning.', ''));

describe('the default schedules', () => {
  it('the business default is seed 000 to the day', () => {
    expect(DEFAULT_BUSINESS_SCHEDULE.map((s) => `${s.day} ${s.action}`)).toEqual([
      '1 reminder1',
      '4 call',
      '10 reminder2',
      '11 delivery_stop',
      '14 call',
      '21 reminder3',
      '24 call',
      '27 manager',
      '31 hand_over',
    ]);
  });

  it('both defaults pass their own validation without even a warning', () => {
    expect(scheduleIssues('business', DEFAULT_BUSINESS_SCHEDULE)).toEqual([]);
    expect(scheduleIssues('consumer', DEFAULT_CONSUMER_SCHEDULE)).toEqual([]);
  });

  it('the consumer default sends the 14-dagenbrief before any step that charges costs, far enough ahead for its term', () => {
    const day = (action: string) => DEFAULT_CONSUMER_SCHEDULE.find((s) => s.action === action)!.day;
    expect(day('consumer14')).toBeLessThan(day('reminder3'));
    expect(day('reminder3') - day('consumer14')).toBeGreaterThanOrEqual(17); // 2 postal days + 14 + 1
    expect(day('hand_over')).toBeGreaterThan(day('reminder3') + 5);
    expect(DEFAULT_CONSUMER_SCHEDULE.some((s) => s.action === 'reminder2')).toBe(false);
  });
});

describe('editing a schedule in Settings', () => {
  const business = [...DEFAULT_BUSINESS_SCHEDULE];

  it('adds a step and gives the schedule back sorted by day', () => {
    const result = editSchedule('business', business, { op: 'add', step: { day: 7, action: 'call' } });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.steps.slice(0, 4).map((s) => `${s.day} ${s.action}`)).toEqual(['1 reminder1', '4 call', '7 call', '10 reminder2']);
  });

  it('moves a step to another day', () => {
    const result = editSchedule('business', business, { op: 'move', index: 3, day: 12 }); // the delivery stop
    expect(result).toMatchObject({ ok: true, warnings: [] });
    if (result.ok) expect(result.steps.find((s) => s.action === 'delivery_stop')?.day).toBe(12);
  });

  it('refuses to remove the ingebrekestelling while a hand-over follows, and changes nothing', () => {
    const before = JSON.stringify(business);
    const result = editSchedule('business', business, { op: 'remove', index: 5 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toEqual([{ path: [7, 'action'], severity: 'error', message: { key: 'validation.dunning.hand_over_without_notice' } }]);
    expect(JSON.stringify(business)).toBe(before);
  });

  it('refuses a hand-over moved before the ingebrekestelling', () => {
    const result = editSchedule('business', business, { op: 'move', index: 8, day: 20 });
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: [8, 'day'], severity: 'error', message: { key: 'validation.dunning.ladder_order', params: { action: 'hand_over', before: 'reminder3' } } },
        // and the third call, on day 24, would come after it
        { path: [6, 'day'], severity: 'error', message: { key: 'validation.dunning.step_after_hand_over', params: { action: 'call', day: 20 } } },
      ],
    });
  });

  it('refuses letters in the wrong order, and two letters on one day', () => {
    expect(
      keys(
        scheduleIssues('business', [
          { day: 5, action: 'reminder2' },
          { day: 8, action: 'reminder1' },
        ]),
      ),
    ).toEqual(['ladder_order']);
    expect(
      keys(
        scheduleIssues('business', [
          { day: 5, action: 'reminder1' },
          { day: 5, action: 'reminder2' },
        ]),
      ),
    ).toEqual(['ladder_order']);
  });

  it('refuses an action twice, except calls', () => {
    expect(editSchedule('business', business, { op: 'add', step: { day: 15, action: 'reminder2' } })).toMatchObject({
      ok: false,
      issues: [{ path: [9, 'action'], message: { key: 'validation.dunning.duplicate_action', params: { action: 'reminder2' } } }],
    });
    expect(editSchedule('business', business, { op: 'add', step: { day: 17, action: 'call' } }).ok).toBe(true);
  });

  it('refuses a 14-dagenbrief in the business schedule', () => {
    expect(keys(scheduleIssues('business', [...business, { day: 15, action: 'consumer14' }]))).toEqual(['fourteen_day_letter_for_business']);
  });

  it('refuses a consumer hand-over without a 14-dagenbrief before it', () => {
    const withoutLetter = DEFAULT_CONSUMER_SCHEDULE.filter((s) => s.action !== 'consumer14');
    expect(keys(scheduleIssues('consumer', withoutLetter))).toEqual(['hand_over_without_fourteen_day_letter']);
    // Without a hand-over a consumer schedule may do without it: nothing in it charges costs.
    expect(
      scheduleIssues('consumer', [
        { day: 1, action: 'reminder1' },
        { day: 4, action: 'call' },
      ]),
    ).toEqual([]);
  });

  it('refuses steps on or after the hand-over day, an empty schedule, days outside 1–365', () => {
    expect(keys(scheduleIssues('business', [...business, { day: 35, action: 'call' }]))).toEqual(['step_after_hand_over']);
    expect(keys(scheduleIssues('business', []))).toEqual(['empty']);
    expect(editSchedule('business', business, { op: 'move', index: 0, day: 0 })).toEqual({
      ok: false,
      issues: [{ path: [0, 'day'], severity: 'error', message: { key: 'validation.dunning.day_range' } }],
    });
    expect(editSchedule('business', business, { op: 'remove', index: 9 })).toMatchObject({ ok: false, issues: [{ message: { key: 'validation.dunning.no_such_step' } }] });
  });

  it('accepts with a warning a letter that follows the previous one inside its payment term', () => {
    const result = editSchedule('business', business, { op: 'move', index: 2, day: 6 }); // aanmaning 5 days after the herinnering's 8-day term began
    expect(result).toMatchObject({
      ok: true,
      warnings: [
        { path: [2, 'day'], severity: 'warning', message: { key: 'validation.dunning.within_letter_term', params: { action: 'reminder2', before: 'reminder1', days: 8 } } },
      ],
    });
  });

  it('warns when a consumer ingebrekestelling comes inside the 14-day term (it will wait for the term)', () => {
    const consumer = [...DEFAULT_CONSUMER_SCHEDULE];
    const result = editSchedule('consumer', consumer, { op: 'move', index: 4, day: 21 });
    expect(result).toMatchObject({ ok: true, warnings: [{ message: { key: 'validation.dunning.within_fourteen_day_term', params: { action: 'reminder3', days: 17 } } }] });
  });
});

describe('the schedules as a setting (zod)', () => {
  it('parses schedules in any order into schedules sorted by day', () => {
    const shuffled: DunningStep[] = [...DEFAULT_BUSINESS_SCHEDULE].reverse();
    const parsed = DunningSchedules.parse({ business: shuffled, consumer: DEFAULT_CONSUMER_SCHEDULE });
    expect(parsed.business).toEqual(DEFAULT_BUSINESS_SCHEDULE);
  });

  it('names the rule and the field of each error, under the kind it belongs to', () => {
    const result = DunningSchedules.safeParse({ business: [{ day: 31, action: 'hand_over' }], consumer: [{ day: 0, action: 'reminder1' }] });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['business.0.action', 'validation.dunning.hand_over_without_notice'],
      ['consumer.0.day', 'validation.dunning.day_range'],
    ]);
    expect(result.error!.issues[0]).not.toHaveProperty('params.action');
  });

  it('carries the parameters of a rule for the message', () => {
    const result = DunningSchedules.safeParse({
      business: [
        { day: 5, action: 'reminder2' },
        { day: 8, action: 'reminder1' },
      ],
      consumer: DEFAULT_CONSUMER_SCHEDULE,
    });
    expect(result.error!.issues[0]).toMatchObject({
      path: ['business', 0, 'day'],
      message: 'validation.dunning.ladder_order',
      params: { action: 'reminder2', before: 'reminder1' },
    });
  });
});
