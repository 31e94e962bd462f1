// Calendar days as integers (days since 1970-01-01) for the schedule's inner arithmetic. The worklist
// evaluates every open invoice of the ledger each time it opens; domain/dates parses its strings into
// Date objects on every call (10–20 µs each), which made one invoice cost a third of a millisecond.
// The conversions are H. Hinnant's days_from_civil / civil_from_days (proleptic Gregorian, exact for
// every year); tests compare them with domain/dates over years of days.
import type { IsoDate } from '../dates';

export type DayNumber = number;

const known = new Map<IsoDate, DayNumber>();

export function dayNumber(date: IsoDate): DayNumber {
  let day = known.get(date);
  if (day === undefined) {
    // The dates of one ledger are a few thousand; the bound only keeps a long-running app from growing.
    if (known.size >= 100_000) known.clear();
    known.set(date, (day = fromCivil(date)));
  }
  return day;
}

function fromCivil(date: IsoDate): DayNumber {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function isoDate(day: DayNumber): IsoDate {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** 0 = Sunday … 6 = Saturday (1 January 1970 was a Thursday). */
export function weekdayOf(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}

const lookups = new WeakMap<(date: IsoDate) => boolean, Map<DayNumber, boolean>>();

/**
 * The office calendar by day number, remembering each day it was asked about. The calendar must be a
 * pure function of the date (a changed calendar is a new function, with its own memory).
 */
export function workingDays(isWorkingDay: (date: IsoDate) => boolean): (day: DayNumber) => boolean {
  let memory = lookups.get(isWorkingDay);
  if (!memory) lookups.set(isWorkingDay, (memory = new Map()));
  const known = memory;
  return (day) => {
    let answer = known.get(day);
    if (answer === undefined) known.set(day, (answer = isWorkingDay(isoDate(day))));
    return answer;
  };
}

/** The first working day on or after `day`. */
export function workingDayFrom(day: DayNumber, isWorking: (day: DayNumber) => boolean): DayNumber {
  let d = day;
  // A year without a working day is a broken calendar, not a reason to hang.
  for (let i = 0; i < 366 && !isWorking(d); i++) d++;
  return d;
}
