// The legal calendar: when a term that a letter states ends, by the Algemene termijnenwet (Atw; Wet van
// 25 juli 1964, Stb. 1964, 314, BWBR0002448; text as in force since 1 april 1965, read in
// statengeneraal/laws-markdown, November 2026).
// - art. 1 lid 1: a term set by law that ends on a Saturday, Sunday or generally recognised holiday
//   runs on through the next day that is none of these. (lid 2: not for terms counted backwards.)
// - art. 2: a term of at least three days is extended, where needed, so far that it contains at least
//   two days that are not a Saturday, Sunday or generally recognised holiday.
// - art. 3 lid 1: the holidays: Nieuwjaarsdag, tweede Paas- en Pinksterdag, both Christmas days,
//   Hemelvaartsdag, the day the King's birthday is celebrated, and 5 mei. lid 2: Goede Vrijdag is
//   equated with them. lid 3: the Crown may equate further days by a decree in the Staatscourant.
// - art. 4: not for terms in hours, or of more than 90 days, 12 weeks or 3 months, or in years.
// The Atw governs terms set by law (the 14 days of art. 6:96 lid 6 BW). We apply it to every term a
// letter sets (also the 5 days of an ingebrekestelling): a term that ends too early voids the letter,
// one that ends a day later costs a day. The office's own working days are domain/calendar/office-days.ts.
import { z } from 'zod';
import { addDays, compareDates, isIsoDate, weekday, type IsoDate } from '../dates';
import { easterSunday } from './easter';

/** A day equated with the holidays by decree (art. 3 lid 3), with the decree that does so. */
export interface EquatedDay {
  date: IsoDate;
  source: string;
}

const decree = (source: string, dates: readonly IsoDate[]): EquatedDay[] => dates.map((date) => ({ date, source }));

/**
 * The decrees of art. 3 lid 3 in force for 2023–2028. Titles as published; the Staatscourant numbers as
 * cited by MinBZK's regelrecht project (RFC-011, March 2026), the 2026–2028 title also by sterfgeval.nl
 * (answer 70745, 4 October 2025). A later decree is added by the user in Settings (legalCalendar's input).
 */
export const DAYS_EQUATED_BY_DECREE: readonly EquatedDay[] = [
  ...decree(
    'Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag (Stcrt. 2022, 7812)',
    ['2023-04-28', '2023-05-19', '2024-05-10', '2024-12-27', '2025-05-30'],
  ),
  ...decree(
    'Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag (Stcrt. 2025, 24713)',
    ['2026-01-02', '2026-05-15', '2027-05-07', '2028-04-28', '2028-05-26'],
  ),
];

/** What Settings stores for a day the user adds from a later decree. */
export const EquatedDaySchema = z.object({
  date: z.string().refine(isIsoDate, { message: 'validation.date' }),
  source: z.string().trim().min(1, { message: 'validation.decree_source' }),
});

export interface LegalCalendar {
  /** Days equated by decree (art. 3 lid 3): date → the decree. */
  readonly equated: ReadonlyMap<IsoDate, string>;
}

/** The legal calendar with the built-in decrees and the days the user added (a later decree wins on a date). */
export function legalCalendar(addedDays: readonly EquatedDay[] = []): LegalCalendar {
  const equated = new Map<IsoDate, string>();
  for (const { date, source } of [...DAYS_EQUATED_BY_DECREE, ...addedDays]) {
    const parsed = EquatedDaySchema.safeParse({ date, source });
    if (!parsed.success) throw new RangeError(`Gelijkgestelde dag ${date}: ${parsed.error.issues[0]!.message}`);
    equated.set(parsed.data.date, parsed.data.source);
  }
  return { equated };
}

export const LEGAL_CALENDAR: LegalCalendar = legalCalendar();

export type AtwDayKey =
  | 'nieuwjaarsdag'
  | 'goede_vrijdag'
  | 'tweede_paasdag'
  | 'koningsdag'
  | 'bevrijdingsdag'
  | 'hemelvaartsdag'
  | 'tweede_pinksterdag'
  | 'eerste_kerstdag'
  | 'tweede_kerstdag'
  | 'gelijkgestelde_dag'
  | 'zaterdag'
  | 'zondag';

/** A day on which no term ends, and why. */
export interface AtwRestDay {
  date: IsoDate;
  key: AtwDayKey;
  /** As a Dutch letter names it: 'Goede Vrijdag', 'zaterdag'. */
  name: string;
  /** The rule or decree that makes it one. */
  basis: string;
}

const LID1 = 'Algemene termijnenwet art. 3 lid 1';

/**
 * "De dag waarop de verjaardag van de Koning wordt gevierd": 27 April, on Saturday the 26th when the
 * 27th is a Sunday (Koningsdag since 2014); before, Koninginnedag 30 April, on the 29th when a Sunday.
 */
function kingsDay(year: number): IsoDate {
  const [birthday, dayBefore] = year >= 2014 ? ['04-27', '04-26'] : ['04-30', '04-29'];
  return weekday(`${year}-${birthday}`) === 0 ? `${year}-${dayBefore}` : `${year}-${birthday}`;
}

const statutoryHolidaysCache = new Map<number, ReadonlyMap<IsoDate, AtwRestDay>>();

/** Art. 3 lid 1 and lid 2 for one year: the days named by the law itself. */
function statutoryHolidays(year: number): ReadonlyMap<IsoDate, AtwRestDay> {
  const hit = statutoryHolidaysCache.get(year);
  if (hit) return hit;
  const easter = easterSunday(year);
  const day = (date: IsoDate, key: AtwDayKey, name: string, basis = LID1): [IsoDate, AtwRestDay] => [date, { date, key, name, basis }];
  const map = new Map([
    day(`${year}-01-01`, 'nieuwjaarsdag', 'Nieuwjaarsdag'),
    day(addDays(easter, -2), 'goede_vrijdag', 'Goede Vrijdag', 'Algemene termijnenwet art. 3 lid 2'),
    day(addDays(easter, 1), 'tweede_paasdag', 'Tweede Paasdag'),
    day(kingsDay(year), 'koningsdag', 'Koningsdag'),
    day(`${year}-05-05`, 'bevrijdingsdag', 'Bevrijdingsdag'),
    day(addDays(easter, 39), 'hemelvaartsdag', 'Hemelvaartsdag'),
    day(addDays(easter, 50), 'tweede_pinksterdag', 'Tweede Pinksterdag'),
    day(`${year}-12-25`, 'eerste_kerstdag', 'Eerste Kerstdag'),
    day(`${year}-12-26`, 'tweede_kerstdag', 'Tweede Kerstdag'),
  ]);
  statutoryHolidaysCache.set(year, map);
  return map;
}

/** The holiday, Good Friday or equated day that `date` is; null on any other day (weekends included). */
export function atwHoliday(date: IsoDate, calendar: LegalCalendar = LEGAL_CALENDAR): AtwRestDay | null {
  const statutory = statutoryHolidays(Number(date.slice(0, 4))).get(date);
  if (statutory) return statutory;
  const decreeSource = calendar.equated.get(date);
  return decreeSource ? { date, key: 'gelijkgestelde_dag', name: 'een bij besluit met een feestdag gelijkgestelde dag', basis: decreeSource } : null;
}

/** Why no term ends on `date` (a holiday is named before the weekend it falls in), or null on a term day. */
export function atwRestDay(date: IsoDate, calendar: LegalCalendar = LEGAL_CALENDAR): AtwRestDay | null {
  const holiday = atwHoliday(date, calendar);
  if (holiday) return holiday;
  const wd = weekday(date);
  if (wd === 6) return { date, key: 'zaterdag', name: 'zaterdag', basis: 'Algemene termijnenwet art. 1 lid 1' };
  if (wd === 0) return { date, key: 'zondag', name: 'zondag', basis: 'Algemene termijnenwet art. 1 lid 1' };
  return null;
}

/** A day that is not a Saturday, Sunday or generally recognised (or equated) holiday. */
export function isTermDay(date: IsoDate, calendar: LegalCalendar = LEGAL_CALENDAR): boolean {
  return atwRestDay(date, calendar) === null;
}

/** Every holiday, Good Friday and equated day of a year, in date order (weekends left out). */
export function atwHolidaysOf(year: number, calendar: LegalCalendar = LEGAL_CALENDAR): AtwRestDay[] {
  const days = [...statutoryHolidays(year).values()];
  for (const date of calendar.equated.keys()) if (Number(date.slice(0, 4)) === year && !statutoryHolidays(year).has(date)) days.push(atwHoliday(date, calendar)!);
  return days.sort((a, b) => compareDates(a.date, b.date));
}

/** Art. 1 lid 1: `date` itself when it is a term day, else the next day that is one. */
export function onOrNextTermDay(date: IsoDate, calendar: LegalCalendar = LEGAL_CALENDAR): IsoDate {
  let d = date;
  while (!isTermDay(d, calendar)) d = addDays(d, 1);
  return d;
}

export interface LegalTerm {
  firstDay: IsoDate;
  /** The last day by counting alone. */
  countedLastDay: IsoDate;
  /** The last day on which the act (paying) is still in time. */
  lastDay: IsoDate;
  /** The articles that moved the last day, in the order applied. */
  extendedBy: ('Algemene termijnenwet art. 1' | 'Algemene termijnenwet art. 2')[];
}

/** Longest term in days the Atw applies to (art. 4 sub a). */
export const ATW_MAXIMUM_DAYS = 90;

/**
 * A forward term of `days` days whose first day is `firstDay` (counted as day 1), extended by Atw art. 1
 * and art. 2. Terms of more than 90 days are not extended (art. 4 sub a).
 */
export function legalTermEnd(term: { firstDay: IsoDate; days: number }, calendar: LegalCalendar = LEGAL_CALENDAR): LegalTerm {
  const { firstDay, days } = term;
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`Een termijn is een geheel aantal dagen van minstens 1, niet ${days}`);
  const countedLastDay = addDays(firstDay, days - 1);
  const result: LegalTerm = { firstDay, countedLastDay, lastDay: countedLastDay, extendedBy: [] };
  if (days > ATW_MAXIMUM_DAYS) return result;
  result.lastDay = onOrNextTermDay(countedLastDay, calendar);
  if (result.lastDay !== countedLastDay) result.extendedBy.push('Algemene termijnenwet art. 1');
  if (days >= 3) {
    let termDays = 0;
    for (let d = firstDay; d <= result.lastDay; d = addDays(d, 1)) if (isTermDay(d, calendar)) termDays++;
    const beforeArt2 = result.lastDay;
    // Counting on to the second term day ends the term on a term day, so art. 1 stays satisfied.
    while (termDays < 2) {
      result.lastDay = addDays(result.lastDay, 1);
      if (isTermDay(result.lastDay, calendar)) termDays++;
    }
    if (result.lastDay !== beforeArt2) result.extendedBy.push('Algemene termijnenwet art. 2');
  }
  return result;
}

/** "Within `days` days after `date`": the term starts the day after `date` (the letter date, the day of receipt). */
export function termEndAfter(date: IsoDate, days: number, calendar: LegalCalendar = LEGAL_CALENDAR): LegalTerm {
  return legalTermEnd({ firstDay: addDays(date, 1), days }, calendar);
}
