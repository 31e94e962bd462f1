import { addDays, amsterdamMoment, daysBetween, formatDateLong, formatDateShort, isIsoDate, parseDutchDate, todayInAmsterdam } from './dates';

describe('calendar dates', () => {
  it('refuses impossible dates', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(parseDutchDate('31-04-2026')).toBeNull();
    expect(parseDutchDate('22-5-2006')).toBe('2006-05-22');
  });
  it('takes today in Amsterdam, not UTC', () => {
    // 23:30 UTC on 31 March is already 1 April in Amsterdam (summer time, UTC+2).
    expect(todayInAmsterdam(new Date('2026-03-31T23:30:00Z'))).toBe('2026-04-01');
    expect(todayInAmsterdam(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
  });
  it('counts across DST changes by calendar day', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
  });
  it('turns Amsterdam wall-clock times into moments in winter and summer', () => {
    expect(amsterdamMoment('2026-11-23', '10:05')).toBe('2026-11-23T09:05:00.000Z');
    expect(amsterdamMoment('2026-06-22', '10:05')).toBe('2026-06-22T08:05:00.000Z');
    expect(() => amsterdamMoment('2026-03-29', '02:30')).toThrow(); // the hour skipped at the change to summer time
  });
  it('writes dates the way the seed letters do', () => {
    expect(formatDateShort('2006-05-01')).toBe('01-05-2006');
    expect(formatDateLong('2006-05-22')).toBe('22 mei 2006');
  });
});
