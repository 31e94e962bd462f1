import { describe, expect, it } from 'vitest';
import { callDayHint, callTimeHint, isGoldenTime, proposeCallBackTime } from './timing';
import { OFFICE_2026 } from './test-calendar';

describe('golden calling hours (seed 003)', () => {
  it('are 09:30–11:30 and 13:30–15:30, each from its start up to its end', () => {
    expect(['09:29', '09:30', '11:29', '11:30', '12:00', '13:30', '15:29', '15:30'].map(isGoldenTime)).toEqual([false, true, true, false, false, true, true, false]);
  });

  it('say when a time is outside them, and when the next one starts', () => {
    expect(callTimeHint('10:00')).toBeNull();
    expect(callTimeHint('12:10')).toEqual({ key: 'worklist.timing.outside_golden_hours', params: { time: { time: '12:10' }, suggestion: { time: '13:30' } } });
    expect(callTimeHint('16:45')).toEqual({ key: 'worklist.timing.after_golden_hours', params: { time: { time: '16:45' } } });
  });
});

describe('proposing a call-back time', () => {
  const propose = (date: string, time: string, taken: { date: string; time: string }[] = []) => proposeCallBackTime({ earliest: { date, time }, isWorkingDay: OFFICE_2026, taken });

  it('keeps a time inside the golden hours, on the quarter', () => {
    expect(propose('2026-03-17', '10:00')).toEqual({ date: '2026-03-17', time: '10:00' });
    expect(propose('2026-03-17', '10:05')).toEqual({ date: '2026-03-17', time: '10:15' });
  });

  it('moves a time outside them to the next golden hour, the next working day after the last one', () => {
    expect(propose('2026-03-17', '12:00')).toEqual({ date: '2026-03-17', time: '13:30' });
    expect(propose('2026-03-17', '07:00')).toEqual({ date: '2026-03-17', time: '09:30' });
    expect(propose('2026-03-17', '15:20')).toEqual({ date: '2026-03-18', time: '09:30' }); // no whole quarter left
    expect(propose('2026-04-02', '16:00')).toEqual({ date: '2026-04-07', time: '09:30' }); // Good Friday, the weekend, Easter Monday
  });

  it('skips a quarter already taken by another call-back', () => {
    expect(
      propose('2026-03-17', '09:30', [
        { date: '2026-03-17', time: '09:30' },
        { date: '2026-03-17', time: '09:45' },
      ]),
    ).toEqual({
      date: '2026-03-17',
      time: '10:00',
    });
    expect(propose('2026-03-17', '09:30', [{ date: '2026-03-18', time: '09:30' }])).toEqual({ date: '2026-03-17', time: '09:30' });
  });
});

describe('the day of a call', () => {
  const hint = (date: string, today = '2026-03-16') => callDayHint(date, { today, isWorkingDay: OFFICE_2026 });

  it('Monday to Wednesday is good', () => {
    expect([hint('2026-03-16'), hint('2026-03-17'), hint('2026-03-18')]).toEqual([null, null, null]);
  });

  it('on Thursday or Friday suggests the Wednesday before (when still to come) or the Monday after', () => {
    expect(hint('2026-03-19')).toEqual({
      kind: 'late_week',
      earlier: '2026-03-18',
      later: '2026-03-23',
      message: { key: 'worklist.timing.late_week_or_earlier', params: { earlier: { date: '2026-03-18' }, later: { date: '2026-03-23' } } },
    });
    expect(hint('2026-03-20', '2026-03-19')).toMatchObject({ kind: 'late_week', earlier: null, later: '2026-03-23', message: { key: 'worklist.timing.late_week' } });
  });

  it('skips days off: the Monday after Easter is no suggestion', () => {
    expect(hint('2026-04-02', '2026-04-02')).toMatchObject({ earlier: null, later: '2026-04-07' });
  });

  it('a weekend day or a holiday is not a working day: the next one is suggested', () => {
    expect(hint('2026-03-21')).toEqual({
      kind: 'not_working_day',
      suggestion: '2026-03-23',
      message: { key: 'worklist.timing.not_working_day', params: { date: { date: '2026-03-21' }, suggestion: { date: '2026-03-23' } } },
    });
    expect(hint('2026-04-27', '2026-04-20')).toMatchObject({ kind: 'not_working_day', suggestion: '2026-04-28' }); // Koningsdag
  });
});
