// The "veertiendagenbrief" (art. 6:96 lid 6 BW): a consumer owes collection costs only after a
// written reminder that names the costs and gives 14 days to pay, "aanvangende de dag na aanmaning".
// HR 25 november 2016, ECLI:NL:HR:2016:2704: the 14 days start the day after the consumer
// *received* the letter; a letter stating a too short term ("binnen 14 dagen na dagtekening") cannot
// be repaired and loses the costs. Businesses need no such letter.
//
// Delivery is assumed, not known: its own rule and setting, not the legal calendar's.
// - Courts and commentators on the HR ruling take ordinary post as arriving on the second postal day
//   after posting, where Sundays, Mondays and public holidays count neither as an intervening day nor
//   as the day of delivery. Mondays: PostNL stopped delivering ordinary letters on Mondays on 1 January
//   2014 (announced December 2013, e.g. oogtv.nl 2013-12 "Brieven komen niet meer op maandag"). Some
//   courts (Rb. Midden-Nederland) accepted the first postal day. We default to two: a day too late costs
//   a day, a day too early costs the whole claim for costs. PostNL's legal delivery norm also moves to
//   two days (announced for July 2026, three days from July 2027): raise `postalDays` then.
// - "Public holidays" for delivery: every day of the Atw calendar, Good Friday and days equated by decree
//   included. PostNL's own holiday schedule is no published norm; assuming delivery a day later than it
//   may happen only moves the term's end a day later, never too early.
// - The term's last day follows the Atw (art. 1 and 2; the 14 days are a term set by law):
//   domain/calendar/legal-terms.ts.
import { addDays, compareDates, weekday, type IsoDate } from '../dates';
import { atwHoliday, LEGAL_CALENDAR, legalTermEnd, type LegalCalendar } from '../calendar/legal-terms';
import type { DebtorKind } from './interest-rates';

export interface DeliveryAssumption {
  /** Postal delivery days after the letter date (0: handed over on the letter date). */
  postalDays: number;
  /** Whether the carrier delivers letters on Mondays (PostNL: no). */
  mondayDelivery: boolean;
  /** Which rule and source the assumption follows, as the letter may name it. */
  source?: string;
}
export const DEFAULT_DELIVERY: DeliveryAssumption = {
  postalDays: 2,
  mondayDelivery: false,
  source:
    'bezorging op de tweede postbezorgdag na de briefdatum, zonder zondagen, maandagen (PostNL bezorgt sinds 1 januari 2014 op maandag geen brieven) ' +
    'en feestdagen volgens de Algemene termijnenwet; de 14 dagen beginnen op de dag na ontvangst (HR 25 november 2016, ECLI:NL:HR:2016:2704)',
};

export interface FourteenDayTerm {
  deliveredOn: IsoDate;
  termStartsOn: IsoDate;
  /** Last day on which the consumer may still pay without costs. */
  termEndsOn: IsoDate;
}

function isPostalDay(date: IsoDate, assumption: DeliveryAssumption, calendar: LegalCalendar): boolean {
  const day = weekday(date);
  if (day === 0 || (day === 1 && !assumption.mondayDelivery)) return false;
  return atwHoliday(date, calendar) === null;
}

export function assumedDelivery(letterDate: IsoDate, assumption: DeliveryAssumption = DEFAULT_DELIVERY, calendar: LegalCalendar = LEGAL_CALENDAR): IsoDate {
  if (!Number.isInteger(assumption.postalDays) || assumption.postalDays < 0) {
    throw new RangeError(`Het aantal bezorgdagen moet een geheel getal van 0 of meer zijn, niet ${assumption.postalDays}`);
  }
  let date = letterDate;
  for (let counted = 0; counted < assumption.postalDays; ) {
    date = addDays(date, 1);
    if (isPostalDay(date, assumption, calendar)) counted++;
  }
  return date;
}

export function fourteenDayTerm(
  letterDate: IsoDate,
  assumption: DeliveryAssumption = DEFAULT_DELIVERY,
  calendar: LegalCalendar = LEGAL_CALENDAR,
): FourteenDayTerm {
  const deliveredOn = assumedDelivery(letterDate, assumption, calendar);
  const termStartsOn = addDays(deliveredOn, 1);
  return { deliveredOn, termStartsOn, termEndsOn: legalTermEnd({ firstDay: termStartsOn, days: 14 }, calendar).lastDay };
}

/** Whether costs may be charged on `today`; for a consumer only after the term of a 14-day letter. */
export function mayChargeCosts(kind: DebtorKind, today: IsoDate, termEndsOn: IsoDate | null): boolean {
  if (kind === 'business') return true;
  return termEndsOn !== null && compareDates(today, termEndsOn) > 0;
}

/**
 * The first day a claim including costs may go to the collection agency: the planned day, but for a
 * consumer not before the day after the 14-day term, and not at all (null) without a 14-day letter.
 */
export function earliestHandOver(kind: DebtorKind, plannedOn: IsoDate, termEndsOn: IsoDate | null): IsoDate | null {
  if (kind === 'business') return plannedOn;
  if (termEndsOn === null) return null;
  const dayAfterTerm = addDays(termEndsOn, 1);
  return compareDates(plannedOn, dayAfterTerm) >= 0 ? plannedOn : dayAfterTerm;
}
