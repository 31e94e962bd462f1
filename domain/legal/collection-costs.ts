// Buitengerechtelijke incassokosten: Besluit vergoeding voor buitengerechtelijke incassokosten
// (Stb. 2012, 141), art. 2, in force for claims in default since 1 July 2012.
// - lid 1: a staffel over the hoofdsom (principal) only. Interest is not added to it, except interest
//   capitalised after a full year (art. 6:119 lid 2 / 6:119a lid 3 BW), which then is principal.
// - lid 2: at least € 40.  The € 6.775 maximum closes lid 1.
// - lid 3: raised by the percentage of art. 9 lid 1 Wet OB 1968 (the general VAT rate) only when the
//   creditor uses a service on which VAT is due, cannot deduct that VAT, and declares both expressly
//   and that the costs were raised for it: the letter carries bikVatDeclaration().
// (Text of art. 2 read in statengeneraal/laws-markdown BWBR0031432, Besluit van 27 maart 2012, Stb. 2012, 141.)
// Binding towards consumers (art. 6:96 lid 5 BW); towards businesses it is the default rule.
// Several invoices of one debtor are one claim: the staffel runs over their total principal.
import { assertCents, type Cents } from '../money';
import { mulDivHalfUp } from './rounding';

const STAFFEL: readonly { upToCents: number; basisPoints: number }[] = [
  { upToCents: 250_000, basisPoints: 1500 }, // 15% over the first € 2.500
  { upToCents: 500_000, basisPoints: 1000 }, // 10% over the next € 2.500
  { upToCents: 1_000_000, basisPoints: 500 }, // 5% over the next € 5.000
  { upToCents: 20_000_000, basisPoints: 100 }, // 1% over the next € 190.000
  { upToCents: Number.POSITIVE_INFINITY, basisPoints: 50 }, // 0,5% over the rest
];
export const MINIMUM_COSTS_CENTS: Cents = 4_000;
export const MAXIMUM_COSTS_CENTS: Cents = 677_500;

export interface CollectionCostsOptions {
  /** Art. 2 lid 3: only when VAT charged by the collector cannot be reclaimed. */
  addVat: boolean;
  vatRateBasisPoints: number; // 2100 = 21%
}
/** Art. 9 lid 1 Wet OB 1968, the general VAT rate: 21% since 1 October 2012 (19% before). */
export const GENERAL_VAT_RATE_BASIS_POINTS = 2100;
export const NO_VAT: CollectionCostsOptions = { addVat: false, vatRateBasisPoints: GENERAL_VAT_RATE_BASIS_POINTS };

/**
 * The declaration art. 2 lid 3 BIK requires in a claim whose costs are raised by VAT: that we use a service
 * on which VAT is due, cannot deduct that VAT, and raised the costs for it. For the letter, in Dutch.
 */
export function bikVatDeclaration(vatRateBasisPoints: number = GENERAL_VAT_RATE_BASIS_POINTS): string {
  const rate = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }).format(vatRateBasisPoints / 100);
  return (
    'Voor de incasso van deze vordering maken wij gebruik van een dienst waarover omzetbelasting (btw) verschuldigd is. ' +
    `Wij verklaren nadrukkelijk dat wij die btw niet kunnen verrekenen en dat de buitengerechtelijke incassokosten daarom zijn verhoogd met ${rate}% btw ` +
    '(artikel 2 lid 3 Besluit vergoeding voor buitengerechtelijke incassokosten).'
  );
}

export interface CostSlice {
  fromCents: Cents;
  toCents: Cents | null; // null: open-ended top slice
  basisPoints: number;
  /** The part of the principal that falls in this slice. */
  baseCents: Cents;
  costsCents: Cents;
}

export interface CollectionCosts {
  principalCents: Cents;
  slices: CostSlice[]; // only the slices the principal reaches
  staffelCents: Cents; // sum of the slices, before minimum and maximum
  minimumApplied: boolean;
  maximumApplied: boolean;
  costsCents: Cents; // excluding the VAT raise
  vatCents: Cents;
  totalCents: Cents;
}

export function collectionCosts(principalCents: Cents, options: CollectionCostsOptions = NO_VAT): CollectionCosts {
  assertCents(principalCents, 'hoofdsom');
  if (principalCents < 0) throw new RangeError('De hoofdsom kan niet negatief zijn');
  const slices: CostSlice[] = [];
  let from = 0;
  for (const { upToCents, basisPoints } of STAFFEL) {
    if (principalCents <= from) break;
    const baseCents = Math.min(principalCents, upToCents) - from;
    // Every full slice is a whole number of cents; only the slice the principal ends in can carry a
    // fraction, so rounding it here is the same as rounding the exact total once.
    slices.push({ fromCents: from, toCents: Number.isFinite(upToCents) ? upToCents : null, basisPoints, baseCents, costsCents: mulDivHalfUp(baseCents, basisPoints, 10_000) });
    from = upToCents;
  }
  const staffelCents = slices.reduce((sum, s) => sum + s.costsCents, 0);
  // No principal, no claim: the € 40 floor only applies to an amount that is owed.
  const minimumApplied = principalCents > 0 && staffelCents < MINIMUM_COSTS_CENTS;
  const maximumApplied = staffelCents > MAXIMUM_COSTS_CENTS;
  const costsCents = minimumApplied ? MINIMUM_COSTS_CENTS : maximumApplied ? MAXIMUM_COSTS_CENTS : staffelCents;
  // VAT is raised on the rounded amount, as the letter shows it (kosten + btw = totaal).
  const vatCents = options.addVat ? mulDivHalfUp(costsCents, options.vatRateBasisPoints, 10_000) : 0;
  return { principalCents, slices, staffelCents, minimumApplied, maximumApplied, costsCents, vatCents, totalCents: costsCents + vatCents };
}
