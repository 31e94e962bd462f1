// Property-based: the Dutch date parser over every calendar date it should read, every day-month-year
// it should refuse, and random garbage (never a throw, never anything but a real 'YYYY-MM-DD').
import fc from 'fast-check';
import { formatDateShort, isIsoDate, parseDutchDate } from './dates';

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
