import { dateFromCellDate, dateFromExcelSerial, parseDateText } from './date';

const read = (text: string) => {
  const r = parseDateText(text);
  return r.ok ? r.date : r.problem;
};

describe('dates in files', () => {
  it('reads the ways Dutch exports write a date', () => {
    expect(read('31-12-2026')).toBe('2026-12-31');
    expect(read('1-2-2026')).toBe('2026-02-01');
    expect(read('31/12/2026')).toBe('2026-12-31');
    expect(read('31.12.2026')).toBe('2026-12-31');
    expect(read('2026-12-31')).toBe('2026-12-31');
    expect(read('2026/12/31')).toBe('2026-12-31');
    expect(read('2026-12-31T00:00:00')).toBe('2026-12-31');
    expect(read('2026-12-31T00:00:00.000Z')).toBe('2026-12-31');
    expect(read('31-12-2026 00:00')).toBe('2026-12-31');
    expect(read('20261231')).toBe('2026-12-31');
    expect(read('31 dec 2026')).toBe('2026-12-31');
    expect(read('1 maart 2026')).toBe('2026-03-01');
    expect(read(' 31-12-2026 ')).toBe('2026-12-31');
  });

  it('reads two-digit years as 20yy (DD-MM-JJ exports)', () => {
    expect(read('31-12-26')).toBe('2026-12-31');
    expect(read('01-01-00')).toBe('2000-01-01');
  });

  it('reads an Excel serial day number written as text', () => {
    expect(read('46387')).toBe('2026-12-31');
  });

  it('tells an impossible date from text that is no date', () => {
    expect(read('31-02-2026')).toBe('impossible');
    expect(read('29-02-2027')).toBe('impossible');
    expect(read('29-02-2028')).toBe('2028-02-29');
    expect(read('12/31/2026')).toBe('impossible');
    expect(read('00-01-2026')).toBe('impossible');
    expect(read('morgen')).toBe('not-a-date');
    expect(read('31-12')).toBe('not-a-date');
    expect(read('31 foo 2026')).toBe('not-a-date');
  });

  it('refuses years that are a typo or a wrong column', () => {
    expect(read('31-12-0026')).toBe('out-of-range');
    expect(read('01-01-1900')).toBe('out-of-range');
    expect(read('01-01-2150')).toBe('out-of-range');
  });
});

describe('dates from spreadsheet cells', () => {
  it('counts Excel serials from 1899-12-30, and from 1904-01-01 in the 1904 system', () => {
    expect(dateFromExcelSerial(46387, false)).toEqual({ ok: true, date: '2026-12-31' });
    expect(dateFromExcelSerial(46387.75, false)).toEqual({ ok: true, date: '2026-12-31' });
    expect(dateFromExcelSerial(44925, true)).toEqual({ ok: true, date: '2026-12-31' });
    expect(dateFromExcelSerial(0, false)).toEqual({ ok: false, problem: 'not-a-date' });
  });

  it('keeps the day of a date cell, also a millisecond short of midnight', () => {
    expect(dateFromCellDate(new Date(Date.UTC(2026, 11, 31)))).toEqual({ ok: true, date: '2026-12-31' });
    expect(dateFromCellDate(new Date(Date.UTC(2026, 11, 31, 15, 30)))).toEqual({ ok: true, date: '2026-12-31' });
    expect(dateFromCellDate(new Date(Date.UTC(2026, 11, 31) - 1))).toEqual({ ok: true, date: '2026-12-31' });
    expect(dateFromCellDate(new Date(Number.NaN))).toEqual({ ok: false, problem: 'not-a-date' });
  });
});
