// The office's own working days: when a call-back can be planned, when a promise counts as broken ("the
// next working day"), when a plan's installments fall due. A company setting, not the law: by default
// Monday to Friday without the days of the Atw calendar (holidays, Good Friday, days equated by decree);
// the company picks its weekdays and adds its own closed days (e.g. between Christmas and New Year).
// Terms that a letter states follow the Atw instead: domain/calendar/legal-terms.ts.
import { z } from 'zod';
import { addDays, isIsoDate, weekday, type IsoDate } from '../dates';
import { atwHoliday, LEGAL_CALENDAR, type AtwRestDay, type LegalCalendar } from './legal-terms';

/** What Settings stores: the weekdays the office works (0 = Sunday … 6 = Saturday) and its extra closed days. */
export const OfficeDaysSettings = z.object({
  workingWeekdays: z
    .array(z.number().int().min(0).max(6))
    .min(1, { message: 'validation.office.weekday_min' })
    .refine((days) => new Set(days).size === days.length, { message: 'validation.office.weekday_once' }),
  closedDays: z.array(
    z.object({
      date: z.string().refine(isIsoDate, { message: 'validation.date' }),
      label: z.string().trim().min(1, { message: 'validation.office.closed_reason' }),
    }),
  ),
});
export type OfficeDaysSettings = z.infer<typeof OfficeDaysSettings>;

export const DEFAULT_OFFICE_DAYS: OfficeDaysSettings = { workingWeekdays: [1, 2, 3, 4, 5], closedDays: [] };

export interface OfficeCalendar {
  readonly workingWeekdays: ReadonlySet<number>;
  readonly closedDays: ReadonlyMap<IsoDate, string>;
  readonly legal: LegalCalendar;
}

/** The office calendar from its settings and the legal calendar (whose holidays the office also keeps). */
export function officeCalendar(settings: OfficeDaysSettings = DEFAULT_OFFICE_DAYS, legal: LegalCalendar = LEGAL_CALENDAR): OfficeCalendar {
  const parsed = OfficeDaysSettings.safeParse(settings);
  if (!parsed.success) throw new RangeError(`Werkdagen van het kantoor: ${parsed.error.issues[0]!.message}`);
  return {
    workingWeekdays: new Set(parsed.data.workingWeekdays),
    closedDays: new Map(parsed.data.closedDays.map((d) => [d.date, d.label])),
    legal,
  };
}

export const DEFAULT_OFFICE_CALENDAR: OfficeCalendar = officeCalendar();

/** Why the office is closed on a day: a weekday it does not work, an Atw day, or one of its own closed days. */
export type OfficeClosure =
  | { kind: 'weekday'; weekday: number }
  | { kind: 'holiday'; holiday: AtwRestDay }
  | { kind: 'closed'; label: string };

/** Why the office does not work on `date`, or null when it does. */
export function officeClosure(date: IsoDate, calendar: OfficeCalendar = DEFAULT_OFFICE_CALENDAR): OfficeClosure | null {
  const holiday = atwHoliday(date, calendar.legal);
  if (holiday) return { kind: 'holiday', holiday };
  const label = calendar.closedDays.get(date);
  if (label !== undefined) return { kind: 'closed', label };
  const wd = weekday(date);
  return calendar.workingWeekdays.has(wd) ? null : { kind: 'weekday', weekday: wd };
}

export function isOfficeDay(date: IsoDate, calendar: OfficeCalendar = DEFAULT_OFFICE_CALENDAR): boolean {
  return officeClosure(date, calendar) === null;
}

/** The first office day strictly after `date`. */
export function nextOfficeDay(date: IsoDate, calendar: OfficeCalendar = DEFAULT_OFFICE_CALENDAR): IsoDate {
  let d = addDays(date, 1);
  while (!isOfficeDay(d, calendar)) d = addDays(d, 1);
  return d;
}

/** `date` itself when the office works that day, else the next office day. */
export function onOrNextOfficeDay(date: IsoDate, calendar: OfficeCalendar = DEFAULT_OFFICE_CALENDAR): IsoDate {
  return isOfficeDay(date, calendar) ? date : nextOfficeDay(date, calendar);
}

/** `date` itself when the office works that day, else the last office day before it. */
export function onOrPreviousOfficeDay(date: IsoDate, calendar: OfficeCalendar = DEFAULT_OFFICE_CALENDAR): IsoDate {
  let d = date;
  while (!isOfficeDay(d, calendar)) d = addDays(d, -1);
  return d;
}
