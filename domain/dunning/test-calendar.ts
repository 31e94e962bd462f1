// Test helpers: the office calendar the app uses by default, and a collector who does each day exactly
// what is asked, so a test can read the schedule day by day.
import { addDays, compareDates, type IsoDate } from '../dates';
import { isOfficeDay } from '../calendar/office-days';
import { termEndAfter } from '../calendar/legal-terms';
import { fourteenDayTerm } from '../legal';
import type { DebtorKind } from '../primitives';
import { INGEBREKESTELLING_DAYS } from '../letters/reminders';
import { evaluateInvoice, invoiceStanding, type Interruption, type IsWorkingDay, type StepRecord, type StepState, type InvoiceDunning } from './invoice-stage';
import type { DunningStep } from './schedule';

/**
 * The default office calendar (domain/calendar): Monday to Friday without the Atw days. Around 2026 the
 * tests count on these days off: Goede Vrijdag 3 April, tweede Paasdag 6 April, Koningsdag 27 April,
 * Bevrijdingsdag 5 May, Hemelvaartsdag 14 May and the Friday after (equated by decree), tweede
 * Pinksterdag 25 May, eerste Kerstdag 25 December (the second is a Saturday), Nieuwjaarsdag 2027.
 */
export const OFFICE_2026: IsWorkingDay = (date) => isOfficeDay(date);
export const DAYS_OFF_2026 = ['2026-04-03', '2026-04-06', '2026-04-27', '2026-05-05', '2026-05-14', '2026-05-15', '2026-05-25', '2026-12-25', '2027-01-01'];

export const stepName = (s: Pick<StepState, 'action' | 'occurrence'>) => (s.action === 'call' ? `call#${s.occurrence}` : s.action);

/** The last day to pay a letter states, as the letters compute it (Atw: domain/calendar/legal-terms). */
export function letterTermEnd(action: StepRecord['action'], letterDate: IsoDate): IsoDate | null {
  if (action === 'consumer14') return fourteenDayTerm(letterDate).termEndsOn;
  return action === 'reminder3' ? termEndAfter(letterDate, INGEBREKESTELLING_DAYS).lastDay : null;
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
    due.map((s): StepRecord => ({ action: s.action, on: date, reached: true, termEndsOn: letterTermEnd(s.action, date) }));
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
