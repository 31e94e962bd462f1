// Property-based: the Dutch date parser over every calendar date it should read, every day-month-year
// it should refuse, and random garbage (never a throw, never anything but a real 'YYYY-MM-DD').
import fc from 'fast-check';
import { addDays, daysBetween, formatDateShort, isIsoDate, parseDutchDate } from './dates';

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number) => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

const calendarDate = fc
  .record({ y: fc.integer({ min: 1000, max: 9999 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .filter(({ y, m, d }) => d <= daysIn(y, m));

describe('parseDutchDate (properties)', () => {
  it('reads back every date as formatDateShort writes it, as ISO, and typed without leading zeros or with / and .', () => {
    fc.assert(
      fc.property(calendarDate, fc.constantFrom('-', '/', '.'), ({ y, m, d }, sep) => {
        const iso = `${y}-${pad(m)}-${pad(d)}`;
        expect(parseDutchDate(formatDateShort(iso))).toBe(iso);
        expect(parseDutchDate(iso)).toBe(iso);
        expect(parseDutchDate(` ${d}${sep}${m}${sep}${y} `)).toBe(iso);
      }),
    );
  });

  it('refuses a day the month does not have (31-04, 29-02 outside leap years)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 99 }), (y, m, d) => {
        const parsed = parseDutchDate(`${d}-${m}-${y}`);
        if (d <= daysIn(y, m)) expect(parsed).toBe(`${y}-${pad(m)}-${pad(d)}`);
        else expect(parsed).toBeNull();
      }),
    );
    expect(parseDutchDate('29-02-2100')).toBeNull();
    expect(parseDutchDate('29-02-2000')).toBe('2000-02-29');
  });

  it('never throws on garbage and yields null or a real calendar date', () => {
    const garbage = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.string({ unit: fc.constantFrom(...'0123456789-/. T:'.split('')), maxLength: 16 }),
    );
    fc.assert(
      fc.property(garbage, (text) => {
        const parsed = parseDutchDate(text);
        if (parsed !== null) expect(isIsoDate(parsed)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

// isIsoDate and daysBetween became arithmetic (they run for every date of every answer); the calendar
// as JavaScript's Date keeps it is the oracle they must agree with, over every 'dddd-dd-dd' string.
describe('isIsoDate, daysBetween and addDays against the Date calendar (properties)', () => {
  const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'.split('')), minLength: n, maxLength: n });
  const dateLike = fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`);
  const byDate = (value: string) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    const dt = new Date(Date.UTC(y, m - 1, d));
    return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
  };
  const isoOf = ({ y, m, d }: { y: number; m: number; d: number }) => `${y}-${pad(m)}-${pad(d)}`;

  it('calls a string a date exactly when Date does (the 30th of February, month 13, year 0099 are not)', () => {
    fc.assert(
      fc.property(fc.oneof(dateLike, calendarDate.map(isoOf)), (value) => {
        expect(isIsoDate(value)).toBe(byDate(value));
      }),
      { numRuns: 5000 },
    );
    expect(isIsoDate('0099-01-01')).toBe(false);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isIsoDate('2400-02-29')).toBe(true);
  });

  it('counts the calendar days between two dates as Date does', () => {
    fc.assert(
      fc.property(calendarDate, calendarDate, (a, b) => {
        const days = Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
        expect(daysBetween(isoOf(a), isoOf(b))).toBe(days);
      }),
    );
  });

  it('moves a date by a number of days as Date does, across months, leap days, centuries and year 0100', () => {
    const early = fc.record({ y: fc.integer({ min: 100, max: 1000 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });
    fc.assert(
      fc.property(fc.oneof(calendarDate, early), fc.oneof(fc.integer({ min: -40, max: 40 }), fc.integer({ min: -400_000, max: 400_000 })), (a, days) => {
        const start = new Date(Date.UTC(2000, a.m - 1, a.d, 12));
        start.setUTCFullYear(a.y); // Date.UTC would read a year below 100 as 19xx
        const byDate = new Date(start.getTime() + days * 86_400_000).toISOString().slice(0, 10);
        expect(addDays(`${pad(a.y, 4)}-${pad(a.m)}-${pad(a.d)}`, days)).toBe(byDate);
      }),
      { numRuns: 5000 },
    );
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('0100-01-01', -1)).toBe('0099-12-31');
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });
});
