// Calendar days as integers (days since 1970-01-01) for the schedule's inner arithmetic. The worklist
// evaluates every open invoice of the ledger each time it opens, so it keeps day numbers instead of
// reading and checking date strings at each step. The conversions are domain/dates' (H. Hinnant's
// days_from_civil / civil_from_days), without its check of each date; tests compare them with the
// JavaScript calendar over years of days.
import { dateOfDayNumber, daysFromCivil, type IsoDate } from '../dates';

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

// The dates come from the ledger, checked when written: read without checking them again.
const fromCivil = (date: IsoDate): DayNumber => daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));

/** The date of a day number. */
export const isoDate: (day: DayNumber) => IsoDate = dateOfDayNumber;

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
