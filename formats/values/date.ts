// Dates from files to 'YYYY-MM-DD'. Read day-month-year as Dutch exports write it ("31-12-2026",
// "31/12/2026", "31.12.2026", "31-12-26", "31 dec 2026"), year-first ISO ("2026-12-31", with or without
// a time), compact "20261231", Excel serial day numbers and real date cells. Month-first (US) order is
// not read: "12/31/2026" is reported as an impossible date, not silently swapped.
// Two-digit years are read as 20yy: Dutch packages (Exact Globe, SnelStart) export DD-MM-JJ, and an
// open invoice from the 1900s does not exist in a ledger we import.
import type { IsoDate } from '../../domain/dates';

export type DateProblem = 'not-a-date' | 'impossible' | 'out-of-range';
export type DateResult = { ok: true; date: IsoDate } | { ok: false; problem: DateProblem };

/** Years outside this are a sign of a wrong column or a typo ("31-12-0026"), not an invoice date. */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2099;

const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, january: 1, feb: 2, februari: 2, february: 2, mrt: 3, mar: 3, maart: 3, march: 3,
  apr: 4, april: 4, mei: 5, may: 5, jun: 6, juni: 6, june: 6, jul: 7, juli: 7, july: 7, aug: 8, augustus: 8,
  august: 8, sep: 9, sept: 9, september: 9, okt: 10, oct: 10, oktober: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function fromParts(year: number, month: number, day: number): DateResult {
  if (month < 1 || month > 12 || day < 1 || day > 31) return { ok: false, problem: 'impossible' };
  if (year < MIN_YEAR || year > MAX_YEAR) return { ok: false, problem: 'out-of-range' };
  if (day > daysInMonth(year, month)) return { ok: false, problem: 'impossible' };
  return { ok: true, date: `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}` };
}

const TIME_SUFFIX = /(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)$/;
const YMD = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const DMY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const NAMED = /^(\d{1,2})[\s-]+([a-z]+)\.?[\s-]+(\d{4})$/;
const SERIAL = /^\d{5}$/;

/** Parses a date written as text. */
export function parseDateText(input: string): DateResult {
  const s = input.trim().replace(TIME_SUFFIX, '').trim();
  let m = YMD.exec(s);
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DMY.exec(s);
  if (m) {
    const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return fromParts(year, Number(m[2]), Number(m[1]));
  }
  m = COMPACT.exec(s);
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  m = NAMED.exec(s.toLowerCase());
  if (m && MONTHS[m[2]!]) return fromParts(Number(m[3]), MONTHS[m[2]!]!, Number(m[1]));
  // A date column saved from Excel without its format shows the serial day number (46387 = 31-12-2026).
  if (SERIAL.test(s)) return dateFromExcelSerial(Number(s), false);
  return { ok: false, problem: 'not-a-date' };
}

/**
 * An Excel serial day number. In the 1900 system day 1 is 1900-01-01 and Excel counts a 29 February
 * 1900 that never was, so from day 61 on the days count from 1899-12-30; the 1904 system (old Mac
 * workbooks) counts from 1904-01-01 as day 0.
 */
export function dateFromExcelSerial(serial: number, date1904: boolean): DateResult {
  if (!Number.isFinite(serial) || serial < 1) return { ok: false, problem: 'not-a-date' };
  const day = Math.floor(serial);
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : day < 61 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const d = new Date(epoch + day * 86_400_000);
  return fromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * A date cell as the XLSX reader gives it: the calendar day at midnight UTC (a date-time cell keeps its
 * day). A serial a millisecond short of midnight, from floating-point arithmetic, belongs to the next day.
 */
export function dateFromCellDate(value: Date): DateResult {
  const time = value.getTime();
  if (Number.isNaN(time)) return { ok: false, problem: 'not-a-date' };
  const d = new Date(Math.floor((time + 1000) / 86_400_000) * 86_400_000);
  return fromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}
