// Test helpers: a fixed office calendar and a collector who does each day exactly what is asked, so
// a test can read the schedule day by day. The calendar is spelled out here (not domain/calendar) so
// the tests say which days are holidays.
import { addDays, compareDates, weekday, type IsoDate } from '../dates';
import { fourteenDayTerm } from '../legal';
import type { DebtorKind } from '../primitives';
import { INGEBREKESTELLING_DAYS } from '../letters/reminders';
import { evaluateInvoice, invoiceStanding, type Interruption, type IsWorkingDay, type StepRecord, type StepState, type InvoiceDunning } from './invoice-stage';
import type { DunningStep } from './schedule';

/** Monday to Friday, without the given holidays. */
export function officeCalendar(holidays: readonly IsoDate[] = []): IsWorkingDay {
  const off = new Set(holidays);
  return (date) => weekday(date) !== 0 && weekday(date) !== 6 && !off.has(date);
}

/**
 * The office's days off around 2026: Goede Vrijdag, tweede Paasdag, Koningsdag, Bevrijdingsdag,
 * Hemelvaartsdag and the Friday after, tweede Pinksterdag, eerste Kerstdag (the second is a Saturday),
 * Nieuwjaarsdag 2027.
 */
export const OFFICE_2026 = officeCalendar(['2026-04-03', '2026-04-06', '2026-04-27', '2026-05-05', '2026-05-14', '2026-05-15', '2026-05-25', '2026-12-25', '2027-01-01']);

export const stepName = (s: Pick<StepState, 'action' | 'occurrence'>) => (s.action === 'call' ? `call#${s.occurrence}` : s.action);

/** The last day to pay a letter states, the way the letters state it: days on, then the next working day. */
export function letterTermEnd(action: StepRecord['action'], letterDate: IsoDate, isWorkingDay: IsWorkingDay): IsoDate | null {
  if (action === 'consumer14') return fourteenDayTerm(letterDate).termEndsOn;
  if (action !== 'reminder3') return null;
  let d = addDays(letterDate, INGEBREKESTELLING_DAYS);
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

export interface Simulation {
  /** Date → the steps asked that day, by name. Days with nothing asked are left out. */
  asked: Record<IsoDate, string[]>;
  records: StepRecord[];
  last: InvoiceDunning;
}

/**
 * Evaluates the invoice every day from `from` to `to` and, on working days, does what is asked (or what
 * `act` says to do), recording it the way the ledger would.
 */
export function simulate(options: {
  kind: DebtorKind;
  schedule: readonly DunningStep[];
  dueDate: IsoDate;
  from: IsoDate;
  to: IsoDate;
  isWorkingDay?: IsWorkingDay;
  interruptions?: readonly Interruption[];
  records?: readonly StepRecord[];
  act?: (date: IsoDate, due: readonly StepState[]) => StepRecord[];
}): Simulation {
  const isWorkingDay = options.isWorkingDay ?? OFFICE_2026;
  const records: StepRecord[] = [...(options.records ?? [])];
  const asked: Record<IsoDate, string[]> = {};
  const doAll = (date: IsoDate, due: readonly StepState[]) =>
    due.map((s): StepRecord => ({ action: s.action, on: date, reached: true, termEndsOn: letterTermEnd(s.action, date, isWorkingDay) }));
  const invoice = () => ({ id: 1, dueDate: options.dueDate, openCents: 100_000, records, interruptions: options.interruptions ?? [] });
  const on = (today: IsoDate) => ({ today, kind: options.kind, schedule: options.schedule, isWorkingDay });
  let date = options.from;
  for (; compareDates(date, options.to) < 0; date = addDays(date, 1)) {
    const standing = invoiceStanding(invoice(), on(date));
    if (standing.due.length) asked[date] = standing.due.map(stepName);
    if (isWorkingDay(date)) records.push(...(options.act ?? doAll)(date, standing.due));
    // The schedule has run its course: every step done, nothing to come.
    if (standing.next === null && standing.due.length === 0 && compareDates(date, options.dueDate) > 0) break;
  }
  const last = evaluateInvoice(invoice(), on(date));
  if (last.due.length) asked[date] = last.due.map(stepName);
  return { asked, records, last };
}
