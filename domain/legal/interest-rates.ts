// Statutory interest rates, kept in the app as a dated table (rates in basis points: 1015 = 10,15%).
//
// Commercial (wettelijke handelsrente, art. 6:119a BW, rate by art. 6:120 lid 2): the ECB main
// refinancing rate of the last operation before 1 January / 1 July, plus 7 points until 16 March 2013
// and plus 8 points since (Directive 2011/7/EU). It changes automatically every half year.
// Non-commercial (wettelijke rente, art. 6:119 BW, applies to consumers): set by Besluit vaststelling
// wettelijke rente, from the same ECB rate + 2,25 points, rounded to whole percents, at most 2 points
// per half year; it changes only when that formula moves it.
//
// Sources (read November 2026; none is the Staatscourant itself, so each figure was checked against
// a second source or against the formula above):
//  [A] raadvanarbitrage.nl, "Wettelijke rente, wettelijke handelsrente": both tables 2002–2010
//  [B] vdkraan.nl, "Wettelijke rente 2013": commercial 2007–2013
//  [C] news items: iqount.nl (1-7-2011, consumer 3→4%), findinet.nl and advocatenkantooroste.nl
//      (1-1-2015, consumer 3→2%, commercial 8,15% since July 2014 → 8,05%), lexence.com (8,25% since
//      1-1-2014), rechtnet.nl (1-1-2016: 8,05% / 2%), overeenkomsten.nl (1-1-2023: 10,5% / 4%),
//      wieringa-advocaten.nl (1-1-2024: 12,5% / 7%, before: 6% from 1-7-2023), metaalunie.nl
//      (1-7-2024: 12,25% / 7%), vanlaarhovenenpartners.nl (since 1-7-2025: 10,15% / 6%)
//  [D] github.com/Matthi-code/rentetool docs/03_rentetabel.csv: a complete third-party table, used
//      where [A]–[C] are silent and only where it agrees with the formula.
export type InterestKind = 'commercial' | 'consumer';
export type DebtorKind = 'business' | 'consumer';

/** A business debtor owes handelsrente; a consumer owes the (lower) wettelijke rente. */
export function interestKindFor(debtor: DebtorKind): InterestKind {
  return debtor === 'business' ? 'commercial' : 'consumer';
}

export interface RateEntry {
  from: string; // 'YYYY-MM-DD', in force until the next entry
  basisPoints: number;
}

export interface RateTable {
  /** The last day for which the table was checked; later days carry the last rate provisionally. */
  verifiedThrough: string;
  commercial: readonly RateEntry[];
  consumer: readonly RateEntry[];
}

const r = (from: string, basisPoints: number): RateEntry => ({ from, basisPoints });

export const STATUTORY_RATES: RateTable = {
  // Nothing for 1 July 2026 or later could be checked: the table must be extended when it is set.
  verifiedThrough: '2026-06-30',
  commercial: [
    r('2005-01-01', 909), // [A][D]; earlier half-years differ between [A] and [D], so left out
    r('2005-07-01', 905), // [A][D]
    r('2006-01-01', 925), // [A][D]
    r('2006-07-01', 983), // [A][D]
    r('2007-01-01', 1058), // [A][B]
    r('2007-07-01', 1107), // [A][B]
    r('2008-01-01', 1120), // [A][B]
    r('2008-07-01', 1107), // [A][B]
    r('2009-01-01', 950), // [A][B]
    r('2009-07-01', 800), // [A][B]
    r('2010-01-01', 800), // [A][B]
    r('2010-07-01', 800), // [A][B]
    r('2011-01-01', 800), // [B][D]
    // [D] and the formula (ECB 1,25% since 13-04-2011, + 7) give 8,25%; [B] lumps 2011–2012 as 8,0%.
    r('2011-07-01', 825),
    r('2012-01-01', 800), // [B][D], ECB 1,00% + 7
    r('2012-07-01', 800), // [B][D], ECB 1,00% + 7 (the cut to 0,75% came on 11-07-2012)
    r('2013-01-01', 775), // [B][D], ECB 0,75% + 7
    // Directive 2011/7/EU implemented 16-03-2013: margin 8 points (0,75% + 8). [D]; the transitional
    // rule for contracts concluded before that date is not modelled.
    r('2013-03-16', 875),
    r('2013-07-01', 850), // [D], ECB 0,50% + 8
    r('2014-01-01', 825), // [C lexence][D]
    r('2014-07-01', 815), // [C oste][D]
    r('2015-01-01', 805), // [C oste][D]
    r('2015-07-01', 805), // [D], ECB 0,05% + 8
    r('2016-01-01', 805), // [C rechtnet][D]
    r('2016-07-01', 800), // [D], ECB 0,00% + 8 (since 16-03-2016); 8% stays until 2022 [D]
    r('2017-01-01', 800),
    r('2017-07-01', 800),
    r('2018-01-01', 800),
    r('2018-07-01', 800),
    r('2019-01-01', 800),
    r('2019-07-01', 800),
    r('2020-01-01', 800),
    r('2020-07-01', 800),
    r('2021-01-01', 800),
    r('2021-07-01', 800),
    r('2022-01-01', 800),
    r('2022-07-01', 800), // ECB raised only on 27-07-2022
    r('2023-01-01', 1050), // [C overeenkomsten, wieringa][D], ECB 2,50% + 8
    r('2023-07-01', 1200), // [D], ECB 4,00% + 8
    r('2024-01-01', 1250), // [C wieringa][D], ECB 4,50% + 8
    r('2024-07-01', 1225), // [C metaalunie][D], ECB 4,25% + 8
    r('2025-01-01', 1115), // [D], ECB 3,15% + 8
    r('2025-07-01', 1015), // [C vanlaarhoven][D], ECB 2,15% + 8
    r('2026-01-01', 1015), // [D] and two Dutch invoicing guides on GitHub; ECB unchanged at 2,15%
  ],
  consumer: [
    r('2004-02-01', 400), // [A][D]
    r('2007-01-01', 600), // [A][B]
    r('2009-07-01', 400), // [A]; wieringa-advocaten.nl 23-07-2009
    r('2010-01-01', 300), // [A]; schrijftolk.org quoting the Besluit
    r('2011-07-01', 400), // [C iqount]
    r('2012-07-01', 300), // [C findinet: "de vorige wijziging vond plaats op 1 juli 2012"][D]
    r('2015-01-01', 200), // [C findinet, oste]; unchanged through 2022 [C rechtnet][D]
    r('2023-01-01', 400), // [C overeenkomsten, wieringa]
    r('2023-07-01', 600), // [C wieringa]
    r('2024-01-01', 700), // [C wieringa]; still 7% on 1-7-2024 [C metaalunie]
    r('2025-01-01', 600), // [D] and the formula (3,40% + 2,25 → 6%); no Dutch news item found
    // Still 6% after 1-7-2025 per [C vanlaarhoven][D], although the formula (2,40% + 2,25) would give 5%.
    r('2026-01-01', 400), // [D] and Dutch invoicing guides; formula 2,15% + 2,25 → 4%
  ],
};

/** The rate in force on `date`; throws before the first entry of the table. */
export function rateOn(kind: InterestKind, date: string, table: RateTable = STATUTORY_RATES): RateEntry {
  let found: RateEntry | undefined;
  for (const entry of table[kind]) {
    if (entry.from > date) break;
    found = entry;
  }
  if (!found) throw new RangeError(`Geen wettelijke ${kind === 'commercial' ? 'handelsrente' : 'rente'} bekend op ${date}`);
  return found;
}

/** The dates in (from, to] on which a new rate of this kind starts. */
export function rateChangesBetween(kind: InterestKind, from: string, to: string, table: RateTable = STATUTORY_RATES): string[] {
  return table[kind].map((e) => e.from).filter((d) => d > from && d <= to);
}
