// The whole claim (vordering) against one debtor on a given date, as the ingebrekestelling and the
// hand-over dossier state it: principal and interest per invoice, collection costs, total.
// - Interest per invoice on its open amount from the day after its due date (handelsrente for a
//   business, wettelijke rente for a consumer). Simplification: an invoice's interest is computed on
//   today's open amount; interest on amounts paid off earlier is not reconstructed.
// - Costs run over the total principal of the overdue invoices, one staffel for the whole claim, and
//   over the current principal, so a part payment lowers them (HR 25-11-2016 for the 14-day term).
//   Interest capitalised after a year is not added to that base: the conservative reading.
// - For a consumer the costs are stated (the 14-day letter must name them) but only charged once the
//   term of the 14-day letter has passed (art. 6:96 lid 6 BW).
// - What the debtor already paid on costs or interest (art. 6:44 allocations) is deducted.
import { assertCents, type Cents } from '../money';
import { compareDates, type IsoDate } from '../dates';
import type { InvoiceId } from './allocation';
import { collectionCosts, NO_VAT, type CollectionCosts, type CollectionCostsOptions } from './collection-costs';
import { mayChargeCosts } from './fourteen-day-letter';
import { statutoryInterest, type DayCount, type InterestResult } from './interest';
import { interestKindFor, rateOn, STATUTORY_RATES, type DebtorKind, type RateInForce, type RateTable } from './interest-rates';

export interface ClaimInvoice {
  id: InvoiceId;
  number?: string;
  invoiceDate: IsoDate;
  dueDate: IsoDate;
  openCents: Cents;
}

export interface ClaimInput {
  debtorKind: DebtorKind;
  asOf: IsoDate;
  invoices: readonly ClaimInvoice[];
  /** Consumers: last day of the 14-day term of the letter sent, or null when none was sent. */
  termEndsOn?: IsoDate | null;
  vat?: CollectionCostsOptions;
  /** Earlier payments allocated to costs and to interest. */
  paid?: { costsCents: Cents; interestCents: Cents };
  dayCount?: DayCount;
  rates?: RateTable;
}

export interface ClaimLine extends ClaimInvoice {
  overdue: boolean;
  interest: InterestResult;
}

export interface Claim {
  asOf: IsoDate;
  debtorKind: DebtorKind;
  lines: ClaimLine[];
  principalCents: Cents; // all open invoices
  overduePrincipalCents: Cents; // the base of the collection costs
  interestCents: Cents; // accrued minus already paid
  /** The costs by the staffel, whether or not they may be charged yet (a 14-day letter names them). */
  costs: CollectionCosts;
  costsMayBeCharged: boolean;
  costsCents: Cents; // charged now, minus already paid
  totalCents: Cents;
  /** Some interest uses a rate that is not published (derived or provisional): say so before printing. */
  provisionalRates: boolean;
  /** Those rates, once each, with their status and source: what the screen names. */
  unpublishedRates: RateInForce[];
}

export function stateClaim(input: ClaimInput): Claim {
  const { debtorKind, asOf, invoices, termEndsOn = null, vat = NO_VAT, paid = { costsCents: 0, interestCents: 0 } } = input;
  assertCents(paid.costsCents, 'betaalde kosten');
  assertCents(paid.interestCents, 'betaalde rente');
  const kind = interestKindFor(debtorKind);
  const lines: ClaimLine[] = invoices
    .filter((inv) => assertCents(inv.openCents, `openstaand bedrag van factuur ${inv.number ?? inv.id}`) > 0)
    .map((inv) => ({
      ...inv,
      overdue: compareDates(inv.dueDate, asOf) < 0,
      interest: statutoryInterest({ principalCents: inv.openCents, dueDate: inv.dueDate, until: asOf, kind, dayCount: input.dayCount, rates: input.rates }),
    }));
  const unpublished = new Map<string, RateInForce>();
  for (const p of lines.flatMap((l) => l.interest.periods)) {
    if (p.status === 'published') continue;
    const rate = rateOn(kind, p.from, input.rates ?? STATUTORY_RATES);
    unpublished.set(`${rate.from}|${rate.status}`, rate);
  }
  const unpublishedRates = [...unpublished.values()];
  const sum = (values: Cents[]) => values.reduce((a, b) => a + b, 0);
  const principalCents = sum(lines.map((l) => l.openCents));
  const overduePrincipalCents = sum(lines.filter((l) => l.overdue).map((l) => l.openCents));
  const interestCents = Math.max(0, sum(lines.map((l) => l.interest.totalCents)) - paid.interestCents);
  const costs = collectionCosts(overduePrincipalCents, vat);
  const costsMayBeCharged = overduePrincipalCents > 0 && mayChargeCosts(debtorKind, asOf, termEndsOn);
  const costsCents = costsMayBeCharged ? Math.max(0, costs.totalCents - paid.costsCents) : 0;
  return {
    asOf,
    debtorKind,
    lines,
    principalCents,
    overduePrincipalCents,
    interestCents,
    costs,
    costsMayBeCharged,
    costsCents,
    totalCents: principalCents + interestCents + costsCents,
    provisionalRates: unpublishedRates.length > 0,
    unpublishedRates,
  };
}
