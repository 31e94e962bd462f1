// Working days in the Netherlands: not Saturday, Sunday or an "algemeen erkende feestdag"
// (Algemene termijnenwet art. 3: Nieuwjaarsdag, 2e Paasdag, Hemelvaartsdag, 2e Pinksterdag,
// 1e en 2e Kerstdag, Koningsdag, 5 mei). Goede Vrijdag is not one of them.
import { addDays, weekday, type IsoDate } from './dates';

/** Easter Sunday (Gregorian, anonymous algorithm). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Koningsdag: 27 April, or the 26th when the 27th is a Sunday. */
function kingsDay(year: number): IsoDate {
  const d = `${year}-04-27`;
  return weekday(d) === 0 ? `${year}-04-26` : d;
}

const cache = new Map<number, Map<IsoDate, string>>();

/** The public holidays of a year, date → Dutch name. */
export function publicHolidays(year: number): Map<IsoDate, string> {
  const hit = cache.get(year);
  if (hit) return hit;
  const easter = easterSunday(year);
  const list: [IsoDate, string][] = [
    [`${year}-01-01`, 'Nieuwjaarsdag'],
    [addDays(easter, 1), 'Tweede Paasdag'],
    [kingsDay(year), 'Koningsdag'],
    [`${year}-05-05`, 'Bevrijdingsdag'],
    [addDays(easter, 39), 'Hemelvaartsdag'],
    [addDays(easter, 50), 'Tweede Pinksterdag'],
    [`${year}-12-25`, 'Eerste Kerstdag'],
    [`${year}-12-26`, 'Tweede Kerstdag'],
  ];
  const map = new Map(list);
  cache.set(year, map);
  return map;
}

export function holidayName(date: IsoDate): string | undefined {
  return publicHolidays(Number(date.slice(0, 4))).get(date);
}

export function isWorkingDay(date: IsoDate): boolean {
  const wd = weekday(date);
  return wd !== 0 && wd !== 6 && !holidayName(date);
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(date: IsoDate): IsoDate {
  let d = addDays(date, 1);
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

/** `date` itself when it is a working day, else the next one (a term ending on a holiday moves on). */
export function onOrNextWorkingDay(date: IsoDate): IsoDate {
  return isWorkingDay(date) ? date : nextWorkingDay(date);
}

/** `date` itself when it is a working day, else the last working day before it. */
export function onOrPreviousWorkingDay(date: IsoDate): IsoDate {
  let d = date;
  while (!isWorkingDay(d)) d = addDays(d, -1);
  return d;
}
