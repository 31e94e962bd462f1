import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, weekday } from '../dates';
import { dayNumber, isoDate, weekdayOf, workingDayFrom, workingDays } from './day-number';

describe('day numbers', () => {
  it('agree with domain/dates on every day from 1999 to 2041, leap days and century rules included', () => {
    const start = '1999-01-01';
    const base = dayNumber(start);
    expect(base).toBe(daysBetween('1970-01-01', start));
    const wrong: string[] = [];
    for (let i = 0, d = start; i < 15_706; i++, d = addDays(d, 1))
      if (dayNumber(d) !== base + i || isoDate(base + i) !== d || weekdayOf(base + i) !== weekday(d)) wrong.push(d);
    expect(wrong).toEqual([]);
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
