// The claim as the ingebrekestelling and the hand-over dossier print it: principal, statutory interest
// period by period, collection costs slice by slice of the staffel, and the total — all from stateClaim.
import { compareDates, formatDateShort, type IsoDate } from '../dates';
import { formatEuro, type Cents } from '../money';
import { MAXIMUM_COSTS_CENTS, MINIMUM_COSTS_CENTS, stateClaim, type CollectionCosts, type CollectionCostsOptions, type RateInForce, type RateTable } from '../legal';
import { day, percent, sumOf, type LetterInvoice } from './common';
import type { LetterTable } from './model';
import type { DebtorKind } from '../primitives';

export interface ClaimStatementInput {
  kind: DebtorKind;
  asOf: IsoDate;
  invoices: readonly LetterInvoice[];
  /** Consumers: end of the 14-day term of the 14-dagenbrief sent, or null. */
  termEndsOn: IsoDate | null;
  /**
   * Consumers: the last day before they are in default (verzuim), i.e. the pay-by date of the first
   * ingebrekestelling whose term expired (domain/legal consumerDefaultAfter); null when none has. A
   * consumer is not in default by the invoice's due date alone, so no wettelijke rente is claimed before it.
   */
  consumerDefaultAfter: IsoDate | null;
  vat: CollectionCostsOptions;
  paid: { costsCents: Cents; interestCents: Cents };
  /** Caption of the total: "Uw schuld per …" to the debtor, "Vordering per …" in the dossier. */
  summaryCaption: string;
  /** The statutory interest table with the half-years added in Settings. */
  rates: RateTable;
}

export interface ClaimStatement {
  principalCents: Cents;
  interestCents: Cents;
  costsCents: Cents;
  totalCents: Cents;
  /** The staffel amount, whether or not it may be charged yet. */
  costs: CollectionCosts;
  costsCharged: boolean;
  interestTable: LetterTable | null;
  costsTable: LetterTable;
  summaryTable: LetterTable;
  /** Warnings for the collector, one per rate used that is not published yet (derived or provisional): never printed. */
  rateWarnings: string[];
}

export const STAFFEL_SENTENCE =
  'De buitengerechtelijke incassokosten zijn berekend volgens het Besluit vergoeding voor buitengerechtelijke incassokosten: ' +
  '15% over de eerste € 2.500, 10% over de volgende € 2.500, 5% over de volgende € 5.000, 1% over de volgende € 190.000 en 0,5% over het meerdere, ' +
  `met een minimum van ${formatEuro(MINIMUM_COSTS_CENTS)} en een maximum van ${formatEuro(MAXIMUM_COSTS_CENTS)}.`;

/**
 * For the collector when a rate is not published yet (never printed: the letter states the rate it used):
 * which rate, from when, how it was found, and where to enter the publication.
 */
export function provisionalRateWarning(rate: RateInForce): string {
  const how = rate.status === 'derived' ? 'afgeleid, nog niet officieel gepubliceerd' : 'voorlopig, niet gepubliceerd';
  const kind = rate.kind === 'commercial' ? 'wettelijke handelsrente' : 'wettelijke rente';
  return (
    `De rente is (deels) berekend met ${percent(rate.basisPoints)} ${kind} vanaf ${day(rate.from)} (${how}; bron: ${rate.source}). ` +
    'Voer het gepubliceerde percentage in bij Instellingen › Wettelijke rente voordat u deze brief verstuurt, of verstuur hem bewust zo.'
  );
}


export function interestName(kind: DebtorKind): string {
  return kind === 'business' ? 'Wettelijke handelsrente (art. 6:119a BW)' : 'Wettelijke rente (art. 6:119 BW)';
}

/** The staffel slice by slice, with the minimum, maximum, VAT and what was already paid as their own lines. */
export function costsTable(costs: CollectionCosts, vat: CollectionCostsOptions, paidCents: Cents, caption: string): LetterTable {
  const rows: LetterTable['rows'] = costs.slices.map((s) => ({
    cells: [s.toCents === null ? `boven ${formatEuro(s.fromCents)}` : `${formatEuro(s.fromCents)} – ${formatEuro(s.toCents)}`, percent(s.basisPoints), formatEuro(s.baseCents)],
    cents: s.costsCents,
  }));
  if (costs.minimumApplied) rows.push({ cells: ['verhoging tot het wettelijke minimum', '', ''], cents: costs.costsCents - costs.staffelCents });
  if (costs.maximumApplied) rows.push({ cells: ['verlaging tot het wettelijke maximum', '', ''], cents: costs.costsCents - costs.staffelCents });
  if (costs.vatCents) rows.push({ cells: ['btw over de incassokosten', percent(vat.vatRateBasisPoints), formatEuro(costs.costsCents)], cents: costs.vatCents });
  const paid = Math.min(paidCents, costs.totalCents);
  if (paid > 0) rows.push({ cells: ['al van u ontvangen op de kosten', '', ''], cents: -paid });
  return {
    caption,
    columns: [
      { label: 'Schijf van de hoofdsom', align: 'left' },
      { label: 'Percentage', align: 'right' },
      { label: 'Deel in deze schijf', align: 'right' },
    ],
    amountHeader: 'Kosten',
    rows,
    total: { label: 'Buitengerechtelijke incassokosten', cents: costs.totalCents - paid },
  };
}

export function claimStatement(input: ClaimStatementInput): ClaimStatement {
  const { kind, asOf, termEndsOn, vat, paid, rates } = input;
  const claimInvoices = input.invoices.map((i) => ({ id: i.id, number: i.number, invoiceDate: i.invoiceDate, dueDate: i.dueDate, openCents: i.openCents }));
  const claim = stateClaim({ debtorKind: kind, asOf, invoices: claimInvoices, termEndsOn, vat, paid, rates });

  // Interest: a business from the day after each due date; a consumer only after the ingebrekestelling's term.
  const interestFrom = kind === 'consumer' ? input.consumerDefaultAfter : null;
  const interestClaim =
    kind === 'business'
      ? claim
      : interestFrom && compareDates(interestFrom, asOf) < 0
        ? stateClaim({
            debtorKind: kind,
            asOf,
            invoices: claimInvoices.map((i) => ({ ...i, dueDate: compareDates(i.dueDate, interestFrom) > 0 ? i.dueDate : interestFrom })),
            termEndsOn,
            vat,
            paid,
            rates,
          })
        : null;

  let interestTable: LetterTable | null = null;
  let interestCents = 0;
  if (interestClaim) {
    const rows: LetterTable['rows'] = interestClaim.lines.flatMap((line) =>
      line.interest.periods.map((p) => ({
        cells: [line.number ?? String(line.id), `${formatDateShort(p.from)} t/m ${formatDateShort(p.to)}`, String(p.days), percent(Math.round(p.ratePercent * 100)), formatEuro(p.principalCents)],
        cents: p.cents,
      })),
    );
    const accrued = sumOf(rows.map((r) => r.cents));
    const paidInterest = Math.min(paid.interestCents, accrued);
    if (paidInterest > 0) rows.push({ cells: ['al van u ontvangen op de rente', '', '', '', ''], cents: -paidInterest });
    interestCents = accrued - paidInterest;
    if (rows.length)
      interestTable = {
        caption: `Berekening van de rente tot en met ${day(asOf)}`,
        columns: [
          { label: 'Factuur', align: 'left' },
          { label: 'Periode', align: 'left' },
          { label: 'Dagen', align: 'right' },
          { label: 'Rente', align: 'right' },
          { label: 'Over bedrag', align: 'right' },
        ],
        amountHeader: 'Rente',
        rows,
        total: { label: 'Totaal rente', cents: interestCents },
      };
  }

  const costsCharged = claim.costsMayBeCharged;
  const costsTbl = costsTable(claim.costs, vat, costsCharged ? paid.costsCents : 0, `Berekening van de incassokosten over ${formatEuro(claim.overduePrincipalCents)}`);
  const costsCents = costsCharged ? costsTbl.total!.cents : 0;
  const principalCents = claim.principalCents;
  const totalCents = principalCents + interestCents + costsCents;

  const summaryRows: LetterTable['rows'] = [
    { cells: ['Hoofdsom (openstaande facturen)'], cents: principalCents },
    ...(interestTable ? [{ cells: [`${interestName(kind)} tot en met ${day(asOf)}`], cents: interestCents }] : []),
    ...(costsCharged ? [{ cells: ['Buitengerechtelijke incassokosten'], cents: costsCents }] : []),
  ];
  return {
    principalCents,
    interestCents,
    costsCents,
    totalCents,
    costs: claim.costs,
    costsCharged,
    interestTable,
    costsTable: costsTbl,
    summaryTable: {
      caption: input.summaryCaption,
      columns: [{ label: 'Onderdeel', align: 'left' }],
      amountHeader: 'Bedrag',
      rows: summaryRows,
      total: { label: 'Totaal verschuldigd', cents: totalCents },
    },
    rateWarnings: (interestClaim?.unpublishedRates ?? []).map(provisionalRateWarning),
  };
}

