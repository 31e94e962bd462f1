// Statutory interest on one principal (art. 6:119 / 6:119a BW).
// - It runs from the day after the due date (6:119a lid 1: "vanaf de dag volgend op de uiterste dag
//   van betaling") through `until`, the payment or statement date: paid on the due date → nothing.
//   For a consumer the caller passes as `dueDate` the last day before default (verzuim) began.
// - Simple interest per day; after each full year the year's interest is added to the principal
//   (6:119 lid 2, 6:119a lid 3), the year counted from the first interest day.
// - Day count 'actual/actual' (default): a day in a leap year is 1/366 of a year, so a full calendar
//   year always yields exactly the annual rate. Many Dutch calculators divide by 365 throughout
//   ('actual/365', available); in a leap year that gives the creditor one day's interest more.
//   We default to the lower figure: a claim a court trims is worse than a cent left unclaimed.
// - Each period is rounded half up to cents; the total is the sum of the periods as printed.
import { assertCents, type Cents } from '../money';
import { addDays, compareDates, daysBetween, type IsoDate } from '../dates';
import { rateChangesBetween, rateOn, STATUTORY_RATES, type InterestKind, type RateStatus, type RateTable } from './interest-rates';
import { mulDivHalfUp } from './rounding';

export type DayCount = 'actual/actual' | 'actual/365';

export interface InterestInput {
  principalCents: Cents;
  dueDate: IsoDate;
  until: IsoDate;
  kind: InterestKind;
  dayCount?: DayCount;
  /** Yearly capitalisation of art. 6:119 lid 2 / 6:119a lid 3; on unless asked otherwise. */
  compound?: boolean;
  /** STATUTORY_RATES, or rateTable(the half-years the user added in Settings). */
  rates?: RateTable;
}

export interface InterestPeriod {
  from: IsoDate; // first interest day, inclusive
  to: IsoDate; // last interest day, inclusive
  days: number;
  yearDays: 365 | 366;
  ratePercent: number; // 10.15 for 10,15%
  principalCents: Cents; // the base: grows after each full year when compounding
  cents: Cents;
  /** How sure the rate is (interest-rates.ts): only 'published' needs no word to the collector. */
  status: RateStatus;
  /** The table row the rate comes from, where its source is. */
  rateFrom: IsoDate;
}

export interface Capitalisation {
  on: IsoDate; // first day on which the larger principal bears interest
  addedCents: Cents;
  principalCents: Cents;
}

export interface InterestResult {
  totalCents: Cents;
  periods: InterestPeriod[];
  capitalisations: Capitalisation[];
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Same calendar day `years` later; 29 February falls back to 28 February in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const year = Number(date.slice(0, 4)) + years;
  const monthDay = date.slice(4) === '-02-29' && !isLeapYear(year) ? '-02-28' : date.slice(4);
  return `${String(year).padStart(4, '0')}${monthDay}`;
}

type Piece = Omit<InterestPeriod, 'principalCents' | 'cents'> & { basisPoints: number };

/**
 * What `make` gives for `key` under this rate table, made once and remembered with the table: the periods
 * and years of interest depend on the dates and the table only, not on the principal, and a bank
 * statement's payments ask for the same ones for many invoices (same due date, same day paid). A memory
 * bounded per table, so a long-running app does not grow.
 */
function rememberedFor<T>(byTable: WeakMap<RateTable, Map<string, T>>, rates: RateTable, key: string, make: () => T): T {
  let known = byTable.get(rates);
  if (!known) byTable.set(rates, (known = new Map()));
  let found = known.get(key);
  if (found === undefined) {
    if (known.size >= 50_000) known.clear();
    known.set(key, (found = make()));
  }
  return found;
}

const piecesByTable = new WeakMap<RateTable, Map<string, readonly Piece[]>>();

/** Splits [from, to] where the rate, how sure it is, or the year length changes; read only. */
function pieces(from: IsoDate, to: IsoDate, kind: InterestKind, dayCount: DayCount, rates: RateTable): readonly Piece[] {
  return rememberedFor(piecesByTable, rates, `${from}|${to}|${kind}|${dayCount}`, () => splitPeriod(from, to, kind, dayCount, rates));
}

function splitPeriod(from: IsoDate, to: IsoDate, kind: InterestKind, dayCount: DayCount, rates: RateTable): Piece[] {
  const cuts = new Set(rateChangesBetween(kind, from, to, rates));
  for (let y = Number(from.slice(0, 4)) + 1; y <= Number(to.slice(0, 4)); y++) cuts.add(`${y}-01-01`);
  const starts = [from, ...[...cuts].sort()];
  const out: Piece[] = [];
  starts.forEach((start, i) => {
    const end = i + 1 < starts.length ? addDays(starts[i + 1]!, -1) : to;
    const { basisPoints, status, from: rateFrom } = rateOn(kind, start, rates);
    const yearDays = dayCount === 'actual/365' || !isLeapYear(Number(start.slice(0, 4))) ? 365 : 366;
    const prev = out.at(-1);
    // A new calendar year or a repeated table row with the same terms is not a new period.
    if (prev && prev.basisPoints === basisPoints && prev.yearDays === yearDays && prev.status === status) {
      prev.to = end;
      prev.days = daysBetween(prev.from, end) + 1;
    } else {
      out.push({ from: start, to: end, days: daysBetween(start, end) + 1, yearDays, basisPoints, ratePercent: basisPoints / 100, status, rateFrom });
    }
  });
  return out;
}

/** One year of interest from the first interest day: its periods, and the day its interest joins the principal (null: the last year). */
interface InterestYear {
  pieces: readonly Piece[];
  capitalisedOn: IsoDate | null;
}

// Remembered like the pieces, so that the interest of each invoice of a bank statement is arithmetic on
// the principal alone.
const yearsByTable = new WeakMap<RateTable, Map<string, readonly InterestYear[]>>();

function interestYears(dueDate: IsoDate, until: IsoDate, kind: InterestKind, dayCount: DayCount, rates: RateTable): readonly InterestYear[] {
  return rememberedFor(yearsByTable, rates, `${dueDate}|${until}|${kind}|${dayCount}`, () => {
    const years: InterestYear[] = [];
    for (let year = 1; ; year++) {
      const yearStart = addDays(addYears(dueDate, year - 1), 1);
      if (compareDates(yearStart, until) > 0) break;
      const yearEnd = addYears(dueDate, year);
      const last = compareDates(yearEnd, until) < 0 ? yearEnd : until;
      years.push({ pieces: pieces(yearStart, last, kind, dayCount, rates), capitalisedOn: last === until ? null : addDays(yearEnd, 1) });
      if (last === until) break;
    }
    return years;
  });
}

/** The interest, and when `result` is given its periods and capitalisations there too. */
function accrue(input: InterestInput, result: InterestResult | null): Cents {
  const { principalCents, dueDate, until, kind, dayCount = 'actual/actual', compound = true, rates = STATUTORY_RATES } = input;
  assertCents(principalCents, 'hoofdsom');
  if (principalCents < 0) throw new RangeError('De hoofdsom kan niet negatief zijn');
  let total = 0;
  let principal = principalCents;
  for (const { pieces: yearPieces, capitalisedOn } of interestYears(dueDate, until, kind, dayCount, rates)) {
    let yearCents = 0;
    for (const { basisPoints, ...piece } of yearPieces) {
      const cents = mulDivHalfUp(principal, basisPoints * piece.days, 10_000 * piece.yearDays);
      result?.periods.push({ ...piece, principalCents: principal, cents });
      yearCents += cents;
    }
    total += yearCents;
    if (capitalisedOn === null) break;
    if (compound && yearCents > 0) {
      principal += yearCents;
      result?.capitalisations.push({ on: capitalisedOn, addedCents: yearCents, principalCents: principal });
    }
  }
  return total;
}

export function statutoryInterest(input: InterestInput): InterestResult {
  const result: InterestResult = { totalCents: 0, periods: [], capitalisations: [] };
  result.totalCents = accrue(input, result);
  return result;
}

/** statutoryInterest(input).totalCents, without writing out the periods: for the many invoices of a bank statement. */
export function statutoryInterestCents(input: InterestInput): Cents {
  return accrue(input, null);
}
