// Statutory interest rates, kept in the app as a dated table (rates in basis points: 1015 = 10,15%).
//
// Commercial (wettelijke handelsrente, art. 6:119a BW; its rate art. 6:120 lid 2 BW): the ECB main
// refinancing rate of the last operation before 1 January / 1 July, plus 7 points until 16 March 2013
// and plus 8 points since (Directive 2011/7/EU). It follows the ECB by law every half year.
// Non-commercial (wettelijke rente, art. 6:119 BW, applies to consumers; rate by art. 6:120 lid 1 BW):
// set by Besluit vaststelling wettelijke rente: the ECB rate (end of October / end of April) + 2,25
// points, rounded to whole percents (halves up), at most 2 points per half year; it changes only when
// that moves it (smkaccountants.nl 2024-01, schrijftolk.org 2010-01, verbeekadvocatuur.nl 2007-01).
//
// Each row carries the rates from its date until the next row, where each figure came from and how sure
// it is: 'published' (the rate in force, read from publications quoting it), 'derived' (computed by the
// formula of art. 6:120 lid 2 from an ECB rate, until the publication is entered), 'provisional' (not
// known yet: the last known figure or a formula guess). After the half-year of the last row, the last
// figures are carried forward as provisional. The user adds a half-year in Settings (rateTable's input).
//
// Sources (read November 2026; none is the Staatscourant itself, so each figure was checked against a
// second source or against the formula above). Each row names its own; the recurring ones:
//  [A] raadvanarbitrage.nl, "Wettelijke rente, wettelijke handelsrente": both tables 2002–2010
//  [B] vdkraan.nl, "Wettelijke rente 2013": commercial 2007–2013
//  [C] news items: iqount.nl (1-7-2011, consumer 3→4%), findinet.nl and advocatenkantooroste.nl
//      (1-1-2015, consumer 3→2%, commercial 8,15% since July 2014 → 8,05%), lexence.com (8,25% since
//      1-1-2014), rechtnet.nl (1-1-2016: 8,05% / 2%), overeenkomsten.nl (1-1-2023: 10,5% / 4%),
//      wieringa-advocaten.nl (1-1-2024: 12,5% / 7%, before: 6% from 1-7-2023), metaalunie.nl
//      (1-7-2024: 12,25% / 7%), vanlaarhovenenpartners.nl (since 1-7-2025: 10,15% / 6%)
//  [D] github.com/Matthi-code/rentetool docs/03_rentetabel.csv: a complete third-party table, used
//      where [A]–[C] are silent and only where it agrees with the formula.
//  Rechecked December 2026: vvoadvocatuur.nl (1-1-2025: 11,15% / 6,0%), watsonlaw.nl (1-7-2023: 12% / 6%),
//  flib.nl (1-1-2023: 10,5% / 4%), verbeekadvocatuur.nl (1-1-2007: 6%), smkaccountants.nl (1-1-2024: 7%).
//  Nothing for 1 July 2026 was found: no Staatscourant, no ECB press release, no Dutch news item.
import { z } from 'zod';
import { addDays, isIsoDate, type IsoDate } from '../dates';
import type { DebtorKind } from '../primitives';

export type { DebtorKind };
export type InterestKind = 'commercial' | 'consumer';

/** A business debtor owes handelsrente; a consumer owes the (lower) wettelijke rente. */
export function interestKindFor(debtor: DebtorKind): InterestKind {
  return debtor === 'business' ? 'commercial' : 'consumer';
}

export const RateStatus = z.enum(['published', 'derived', 'provisional']);
export type RateStatus = z.infer<typeof RateStatus>;

const RateFigure = z.object({
  basisPoints: z.number().int({ message: 'validation.rate.percent' }).min(0, { message: 'validation.rate.percent' }).max(5000, { message: 'validation.rate.percent' }),
  status: RateStatus,
});
export type RateFigure = z.infer<typeof RateFigure>;

/** One row of the table: both rates from `from` until the next row, with where they came from. */
export const RateRow = z.object({
  from: z.string().refine(isIsoDate, { message: 'validation.date' }),
  commercial: RateFigure,
  consumer: RateFigure,
  source: z.string().trim().min(1, { message: 'validation.rate.source' }),
});
export type RateRow = z.infer<typeof RateRow>;

/** A half-year the user adds in Settings: it starts on 1 January or 1 July, as the rates change then. */
export const AddedRateRow = RateRow.refine((row) => /-(01|07)-01$/.test(row.from), {
  message: 'validation.rate.half_year',
  path: ['from'],
});

/** Rows in date order, one per date. */
export type RateTable = readonly RateRow[];

const A = 'raadvanarbitrage.nl, "Wettelijke rente, wettelijke handelsrente" (tabellen 2002–2010)';
const B = 'vdkraan.nl, "Wettelijke rente 2013"';
const D = 'github.com/Matthi-code/rentetool docs/03_rentetabel.csv (volledige tabel van derden, alleen waar die met de formule klopt)';
const ecb = (ecbRate: string, margin: 7 | 8) => `ECB-herfinancieringsrente ${ecbRate} + ${margin} procentpunten (art. 6:120 lid 2 BW)`;

const published = (basisPoints: number): RateFigure => ({ basisPoints, status: 'published' });
const row = (from: IsoDate, commercial: RateFigure | number, consumer: RateFigure | number, commercialSource: string, consumerSource: string): RateRow => ({
  from,
  commercial: typeof commercial === 'number' ? published(commercial) : commercial,
  consumer: typeof consumer === 'number' ? published(consumer) : consumer,
  source: `handelsrente: ${commercialSource}; wettelijke rente: ${consumerSource}`,
});
const since = (date: string) => `ongewijzigd sinds ${date}`;

export const STATUTORY_RATES: RateTable = [
  // Earlier half-years differ between [A] and [D], so the table starts in 2005.
  row('2005-01-01', 909, 400, `${A}; ${D}`, `4% sinds 1-2-2004: ${A}; ${D}`),
  row('2005-07-01', 905, 400, `${A}; ${D}`, since('1-2-2004')),
  row('2006-01-01', 925, 400, `${A}; ${D}`, since('1-2-2004')),
  row('2006-07-01', 983, 400, `${A}; ${D}`, since('1-2-2004')),
  row('2007-01-01', 1058, 600, `${A}; ${B}`, `${A}; ${B}; verbeekadvocatuur.nl (4 → 6% per 1-1-2007)`),
  row('2007-07-01', 1107, 600, `${A}; ${B}`, since('1-1-2007')),
  row('2008-01-01', 1120, 600, `${A}; ${B}`, since('1-1-2007')),
  row('2008-07-01', 1107, 600, `${A}; ${B}`, since('1-1-2007')),
  row('2009-01-01', 950, 600, `${A}; ${B}`, since('1-1-2007')),
  row('2009-07-01', 800, 400, `${A}; ${B}`, `${A}; wieringa-advocaten.nl 23-07-2009; Besluit van 19 juni 2009, Stb. 262`),
  row('2010-01-01', 800, 300, `${A}; ${B}`, `${A}; schrijftolk.org (ECB 1% + 2,25 → 3%)`),
  row('2010-07-01', 800, 300, `${A}; ${B}`, since('1-1-2010')),
  row('2011-01-01', 800, 300, `${B}; ${D}`, since('1-1-2010')),
  // [B] lumps 2011–2012 as 8,0%; [D] and the formula (ECB 1,25% since 13-04-2011, + 7) give 8,25%.
  row('2011-07-01', 825, 400, `${D}; ${ecb('1,25%', 7)}`, 'iqount.nl 03-06-2011 (3 → 4% per 1-7-2011)'),
  row('2012-01-01', 800, 400, `${B}; ${D}; ${ecb('1,00%', 7)}`, since('1-7-2011')),
  row('2012-07-01', 800, 300, `${B}; ${D}; ${ecb('1,00%', 7)} (de verlaging naar 0,75% kwam op 11-07-2012)`, `findinet.nl; ${D}`),
  row('2013-01-01', 775, 300, `${B}; ${D}; ${ecb('0,75%', 7)}`, since('1-7-2012')),
  // Directive 2011/7/EU implemented 16-03-2013: margin 8 points. The transitional rule for contracts
  // concluded before that date is not modelled.
  row('2013-03-16', 875, 300, `${D}; ${ecb('0,75%', 8)}`, since('1-7-2012')),
  row('2013-07-01', 850, 300, `${D}; ${ecb('0,50%', 8)}`, since('1-7-2012')),
  row('2014-01-01', 825, 300, `lexence.com; ${D}`, since('1-7-2012')),
  row('2014-07-01', 815, 300, `advocatenkantooroste.nl; ${D}`, since('1-7-2012')),
  row('2015-01-01', 805, 200, `advocatenkantooroste.nl; ${D}`, 'findinet.nl; advocatenkantooroste.nl (3 → 2% per 1-1-2015)'),
  row('2015-07-01', 805, 200, `${D}; ${ecb('0,05%', 8)}`, since('1-1-2015')),
  row('2016-01-01', 805, 200, `rechtnet.nl (per 1-1-2016: 8,05% / 2%); ${D}`, 'rechtnet.nl (per 1-1-2016: 2%)'),
  row('2016-07-01', 800, 200, `${D}; ${ecb('0,00% (sinds 16-03-2016)', 8)}`, since('1-1-2015')),
  ...['2017-01-01', '2017-07-01', '2018-01-01', '2018-07-01', '2019-01-01', '2019-07-01', '2020-01-01', '2020-07-01', '2021-01-01', '2021-07-01', '2022-01-01'].map((from) =>
    row(from, 800, 200, `${D}; ${ecb('0,00%', 8)}`, `${since('1-1-2015')} (${D})`),
  ),
  row('2022-07-01', 800, 200, `${D}; ${ecb('0,00%', 8)} (de ECB verhoogde pas op 27-07-2022)`, `${since('1-1-2015')} (${D})`),
  row('2023-01-01', 1050, 400, `overeenkomsten.nl; wieringa-advocaten.nl; ${D}; ${ecb('2,50%', 8)}`, 'overeenkomsten.nl; wieringa-advocaten.nl; flib.nl (2 → 4% per 1-1-2023)'),
  row('2023-07-01', 1200, 600, `watsonlaw.nl; ${D}; ${ecb('4,00%', 8)}`, 'wieringa-advocaten.nl 16-01-2024; watsonlaw.nl (6% per 1-7-2023)'),
  row('2024-01-01', 1250, 700, `wieringa-advocaten.nl 16-01-2024; ${D}; ${ecb('4,50%', 8)}`, 'wieringa-advocaten.nl 16-01-2024; smkaccountants.nl 03-01-2024 (ECB 4,5% + 2,25 → 7%)'),
  row('2024-07-01', 1225, 700, `metaalunie.nl (per 1-7-2024: 12,25% / 7%); ${D}; ${ecb('4,25%', 8)}`, 'metaalunie.nl (per 1-7-2024: 7%)'),
  row('2025-01-01', 1115, 600, `vvoadvocatuur.nl (per 1-1-2025: 11,15% / 6,0%); ${D}; ${ecb('3,15%', 8)}`, `vvoadvocatuur.nl (per 1-1-2025: 6,0%); ${D}; ECB 3,40% eind oktober 2024 + 2,25 → 6%`),
  // The consumer formula (ECB 2,40% at the end of April 2025 + 2,25 → 5%) would have lowered it to 5%;
  // both sources still give 6% for the second half of 2025.
  row('2025-07-01', 1015, 600, `vanlaarhovenenpartners.nl (sinds 1-7-2025: 10,15% / 6%); ${D}; ${ecb('2,15%', 8)}`, `vanlaarhovenenpartners.nl; ${D}`),
  row('2026-01-01', 1015, 400, `${D}; twee Nederlandse factuurhandleidingen op GitHub; ${ecb('2,15%, ongewijzigd', 8)}`, `${D}; factuurhandleidingen; ECB 2,15% eind oktober 2025 + 2,25 → 4%`),
  row(
    '2026-07-01',
    { basisPoints: 1040, status: 'derived' },
    { basisPoints: 400, status: 'provisional' },
    `afgeleid, nog niet gepubliceerd: ${ecb('2,40% per 1-7-2026 (verhoging juni 2026, gemeld; ECB-besluit niet ingezien)', 8)}`,
    'voorlopig, geen publicatie gevonden: 4% ongewijzigd volgens de formule (ECB 2,15% eind april 2026 + 2,25 → 4%; de verhoging kwam in juni)',
  ),
];

/** The built-in table with the half-years the user added; an added row replaces a built-in one of the same date. */
export function rateTable(added: readonly RateRow[] = []): RateTable {
  const byDate = new Map(STATUTORY_RATES.map((r) => [r.from, r]));
  for (const candidate of added) {
    const parsed = AddedRateRow.safeParse(candidate);
    if (!parsed.success) throw new RangeError(`Rente vanaf ${candidate.from}: ${parsed.error.issues[0]!.message}`);
    byDate.set(parsed.data.from, parsed.data);
  }
  return [...byDate.values()].sort((a, b) => (a.from < b.from ? -1 : 1));
}

/** The first day of the half-year after the one `date` falls in. */
function nextHalfYear(date: IsoDate): IsoDate {
  const year = Number(date.slice(0, 4));
  return date.slice(5) < '07-01' ? `${year}-07-01` : `${year + 1}-01-01`;
}

/** The first day no row speaks for: from then on the last rates are carried forward, provisionally. */
export function carriedFrom(table: RateTable): IsoDate {
  return nextHalfYear(table.at(-1)!.from);
}

export interface RateInForce extends RateFigure {
  kind: InterestKind;
  /** The row the rate comes from. */
  from: IsoDate;
  source: string;
  /** True on days after the table's last half-year: the last figure, carried forward. */
  carried: boolean;
}

/** The rate in force on `date`; throws before the first row. */
export function rateOn(kind: InterestKind, date: IsoDate, table: RateTable = STATUTORY_RATES): RateInForce {
  let found: RateRow | undefined;
  for (const r of table) {
    if (r.from > date) break;
    found = r;
  }
  if (!found) throw new RangeError(`Geen wettelijke ${kind === 'commercial' ? 'handelsrente' : 'rente'} bekend op ${date}`);
  const carried = date >= carriedFrom(table);
  return {
    kind,
    from: found.from,
    basisPoints: found[kind].basisPoints,
    status: carried ? 'provisional' : found[kind].status,
    source: carried ? `${found.source} (doorgetrokken: geen percentage ingevoerd vanaf ${carriedFrom(table)})` : found.source,
    carried,
  };
}

/** The dates in (from, to] on which the rate of this kind, or how sure it is, changes. */
export function rateChangesBetween(kind: InterestKind, from: IsoDate, to: IsoDate, table: RateTable = STATUTORY_RATES): IsoDate[] {
  const candidates = [...table.map((r) => r.from), carriedFrom(table)].filter((d) => d > from && d <= to && d > table[0]!.from);
  return candidates.filter((d) => {
    const before = rateOn(kind, addDays(d, -1), table);
    const after = rateOn(kind, d, table);
    return before.basisPoints !== after.basisPoints || before.status !== after.status;
  });
}
