import { describe, expect, it } from 'vitest';
import { daysBetween, weekday } from '../dates';
import { dayNumber, isoDate, weekdayOf, workingDayFrom, workingDays } from './day-number';
import { DAYS_OFF_2026, OFFICE_2026 } from './test-calendar';

describe('day numbers', () => {
  it('agree with the JavaScript calendar on every day from 1999 to 2041, and with domain/dates, leap days and century rules included', () => {
    const wrong: string[] = [];
    for (let n = dayNumber('1999-01-01'); n <= dayNumber('2041-12-31'); n++) {
      const js = new Date(n * 86_400_000);
      const iso = js.toISOString().slice(0, 10);
      if (isoDate(n) !== iso || dayNumber(iso) !== n || weekdayOf(n) !== js.getUTCDay()) wrong.push(iso);
    }
    expect(wrong).toEqual([]);
    for (const d of ['1999-01-01', '2000-02-29', '2026-03-29', '2026-10-25', '2041-12-31']) {
      expect(dayNumber(d)).toBe(daysBetween('1970-01-01', d));
      expect(weekdayOf(dayNumber(d))).toBe(weekday(d));
    }
    expect(isoDate(dayNumber('2000-02-29') + 1)).toBe('2000-03-01');
    expect(isoDate(dayNumber('2100-02-28') + 1)).toBe('2100-03-01');
    expect(isoDate(-1)).toBe('1969-12-31');
  });

  it('asks the office calendar once per day and finds the next working day', () => {
    const asked: string[] = [];
    const calendar = (d: string) => (asked.push(d), weekday(d) !== 0 && weekday(d) !== 6);
    const isWorking = workingDays(calendar);
    const saturday = dayNumber('2026-03-07');
    expect(isoDate(workingDayFrom(saturday, isWorking))).toBe('2026-03-09');
    expect(isoDate(workingDayFrom(saturday, workingDays(calendar)))).toBe('2026-03-09');
    expect(asked).toEqual(['2026-03-07', '2026-03-08', '2026-03-09']);
  });
});

describe('the office calendar the dunning tests run on', () => {
  it('is the app’s default (domain/calendar), closed on the days the tests name and on weekends', () => {
    const closed: string[] = [];
    for (let n = dayNumber('2026-01-03'); n <= dayNumber('2027-01-03'); n++) {
      const d = isoDate(n);
      if (!OFFICE_2026(d) && weekdayOf(n) !== 0 && weekdayOf(n) !== 6) closed.push(d);
    }
    expect(closed).toEqual(DAYS_OFF_2026);
  });
});
