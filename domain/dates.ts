// Calendar dates are strings 'YYYY-MM-DD'; the business time zone is Europe/Amsterdam.
import { format, isValid, parse } from 'date-fns';
import { nl } from 'date-fns/locale';

export type IsoDate = string; // 'YYYY-MM-DD'
export const BUSINESS_TIME_ZONE = 'Europe/Amsterdam';

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

const DAY_MS = 86_400_000;

/** Days in a month of the (proleptic) Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * True only for a real calendar date in 'YYYY-MM-DD' (so 2026-02-30 is false). Checked by arithmetic, not by
 * building a Date: every date in every answer is checked (the contract), so this is on each request's path.
 * Years before 100 are refused, as they were when Date.UTC (which reads them as 19xx) did the check.
 */
export function isIsoDate(value: string): boolean {
  return calendarParts(value) !== null;
}

/** Year, month and day of a real calendar date in 'YYYY-MM-DD' (isIsoDate's check); null otherwise. */
function calendarParts(value: string): [number, number, number] | null {
  const m = ISO_RE.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return y >= 100 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo) ? [y, mo, d] : null;
}

/**
 * Days since 1970-01-01 of a year, month and day of the (proleptic) Gregorian calendar, by H. Hinnant's
 * days_from_civil (eras of 400 years, a year counted from March so the leap day comes last): no Date
 * built, no string formatted. Not checked: the caller holds them to be a real date (domain/dunning's
 * day numbers read dates the ledger already checked).
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}

/** Days since 1970-01-01 of a real calendar date; a RangeError names one that is not. */
function dayNumber(date: IsoDate): number {
  const parts = calendarParts(date);
  if (!parts) throw new RangeError(`Ongeldige datum: ${date}`);
  return daysFromCivil(...parts);
}

/** The date of a day number (civil_from_days, the inverse of daysFromCivil). */
export function dateOfDayNumber(days: number): IsoDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  // Outside four-digit years the ISO string of a Date is what callers got before (a sign, six digits).
  if (year < 0 || year > 9999) return fromUtc(new Date(days * DAY_MS + DAY_MS / 2));
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Noon UTC of the date: no time zone or DST edge can move its calendar day. */
function toUtc(date: IsoDate): Date {
  return new Date(utcNoon(date));
}

function utcNoon(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`Ongeldige datum: ${date}`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d, 12);
}

function fromUtc(dt: Date): IsoDate {
  return dt.toISOString().slice(0, 10);
}

// Made once: building an Intl.DateTimeFormat costs about 30 times formatting with one, and every request
// asks for today (the bench showed it as most of a small handler's time).
const amsterdamDay = new Intl.DateTimeFormat('en-CA', { timeZone: BUSINESS_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const amsterdamTime = new Intl.DateTimeFormat('nl-NL', { timeZone: BUSINESS_TIME_ZONE, hour: '2-digit', minute: '2-digit', hour12: false });

/** Today's calendar date in Amsterdam (not the machine's zone, not UTC). */
export function todayInAmsterdam(now: Date = new Date()): IsoDate {
  return amsterdamDay.format(now); // en-CA formats as YYYY-MM-DD
}

/** The wall-clock time 'HH:MM' in Amsterdam. */
export function timeInAmsterdam(now: Date = new Date()): string {
  return amsterdamTime.format(now);
}

// By hand rather than date-fns or Date: the interest on a bank statement's payments asks this hundreds
// of thousands of times, and counting days is a few integer operations.
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) return fromUtc(new Date(utcNoon(date) + days * DAY_MS)); // as before: a part of a day
  return dateOfDayNumber(dayNumber(date) + days);
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return toUtc(date).getUTCDay();
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** '2006-05-01' → '01-05-2006' (the seed's invoice table format). */
export function formatDateShort(date: IsoDate): string {
  const [y, m, d] = date.split('-');
  return `${d}-${m}-${y}`;
}

/** '2006-05-22' → '22 mei 2006' (letter date). */
export function formatDateLong(date: IsoDate, locale: 'nl' | 'en' = 'nl'): string {
  const dt = toUtc(date);
  const local = new Date(dt.getUTCFullYear(), dt.getUTCMonth(), dt.getUTCDate());
  return locale === 'nl' ? format(local, 'd MMMM yyyy', { locale: nl }) : format(local, 'd MMMM yyyy');
}

/** Reads '22-05-2006', '22-5-2006' or '2006-05-22'; null when it is not a real date. */
export function parseDutchDate(input: string): IsoDate | null {
  const s = input.trim();
  if (isIsoDate(s)) return s;
  const m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  if (!isIsoDate(iso)) return null;
  const check = parse(iso, 'yyyy-MM-dd', new Date());
  return isValid(check) ? iso : null;
}

/** True for 'HH:MM' with a real time of day. */
export function isTimeOfDay(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

/** The moment a wall-clock time on a calendar day in Amsterdam is, as ISO UTC (CET or CEST as the day has it). */
export function amsterdamMoment(date: IsoDate, time: string): string {
  for (const offset of ['+01:00', '+02:00']) {
    const moment = new Date(`${date}T${time}:00${offset}`);
    if (todayInAmsterdam(moment) === date && timeInAmsterdam(moment) === time) return moment.toISOString();
  }
  throw new RangeError(`${date} ${time} bestaat niet in Amsterdam`);
}
