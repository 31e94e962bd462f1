// The claim as the ingebrekestelling and the hand-over dossier print it: principal, statutory interest
// period by period, collection costs slice by slice of the staffel, and the total — all from stateClaim.
import { compareDates, formatDateShort, type IsoDate } from '../dates';
import { formatEuro, type Cents } from '../money';
import { collectionCosts, MAXIMUM_COSTS_CENTS, MINIMUM_COSTS_CENTS, stateClaim, type CollectionCosts, type CollectionCostsOptions, type RateInForce, type RateTable } from '../legal';
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
  /** What the ledger booked of costs and interest before (db claim_parts); omitted: nothing. */
  booked?: BookedClaimParts;
}

/** The costs and interest the ledger booked as claim parts, as a letter reads them. */
export interface BookedClaimParts {
  costs: { bookedCents: Cents; baseCents: Cents | null };
  interest: readonly { invoiceId: number; invoiceNumber: string; bookedCents: Cents; through: IsoDate }[];
}

const NOTHING_BOOKED: BookedClaimParts = { costs: { bookedCents: 0, baseCents: null }, interest: [] };

export interface ClaimStatement {
  principalCents: Cents;
  interestCents: Cents;
  costsCents: Cents;
  totalCents: Cents;
  /** The staffel amount, whether or not it may be charged yet. */
  costs: CollectionCosts;
  costsCharged: boolean;
  interestTable: LetterTable | null;
  /**
   * "Rente per factuur: 456 € 56,15; …" when an invoice's interest runs over more than one rate period
   * (a new half-year), so each invoice's interest is printed as one figure too; else null.
   */
  interestPerInvoice: string | null;
  costsTable: LetterTable;
  summaryTable: LetterTable;
  /**
   * What this letter claims, for the ledger to book as claim parts when it is issued: the costs in total
   * (with the principal they ran over) and per invoice the interest accrued since what was booked.
   */
  claimed: {
    costs: { totalCents: Cents; baseCents: Cents } | null;
    interest: { invoiceId: number; cents: Cents; through: IsoDate }[];
  };
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

function perInvoice(rows: LetterTable['rows']): string | null {
  const byInvoice = new Map<string, { cents: Cents; rows: number }>();
  for (const r of rows) {
    const number = r.cells[0]!;
    if (number.startsWith('al van u ontvangen')) continue;
    const sum = byInvoice.get(number) ?? { cents: 0, rows: 0 };
    byInvoice.set(number, { cents: sum.cents + r.cents, rows: sum.rows + 1 });
  }
  if (![...byInvoice.values()].some((s) => s.rows > 1)) return null;
  return `Rente per factuur: ${[...byInvoice].map(([number, s]) => `${number} ${formatEuro(s.cents)}`).join('; ')}.`;
}

export function claimStatement(input: ClaimStatementInput): ClaimStatement {
  const { kind, asOf, termEndsOn, vat, paid, rates } = input;
  const booked = input.booked ?? NOTHING_BOOKED;
  const claimInvoices = input.invoices.map((i) => ({ id: i.id, number: i.number, invoiceDate: i.invoiceDate, dueDate: i.dueDate, openCents: i.openCents }));
  const claim = stateClaim({ debtorKind: kind, asOf, invoices: claimInvoices, termEndsOn, vat, paid, rates });

  // Interest accrues from the day after: what is booked of it (a letter claimed it, or a payment came in),
  // else the due date for a business, else the end of the first ingebrekestelling's term for a consumer.
  const bookedInterest = new Map(booked.interest.map((b) => [b.invoiceId, b]));
  const start = (i: (typeof claimInvoices)[number]): IsoDate | null => {
    const consumerFrom = input.consumerDefaultAfter && compareDates(i.dueDate, input.consumerDefaultAfter) < 0 ? input.consumerDefaultAfter : input.consumerDefaultAfter && i.dueDate;
    const from = kind === 'business' ? i.dueDate : consumerFrom || null;
    const through = bookedInterest.get(i.id)?.through;
    return through && (from === null || compareDates(through, from) > 0) ? through : from;
  };
  const accruing = claimInvoices.flatMap((i) => {
    const from = start(i);
    return from && compareDates(from, asOf) < 0 ? [{ ...i, dueDate: from }] : [];
  });
  const interestClaim = accruing.length ? stateClaim({ debtorKind: kind, asOf, invoices: accruing, termEndsOn, vat, paid, rates }) : null;

  const bookedRows: LetterTable['rows'] = booked.interest
    .filter((b) => b.bookedCents !== 0)
    .map((b) => ({ cells: [b.invoiceNumber, `t/m ${formatDateShort(b.through)} (eerder berekend)`, '', '', ''], cents: b.bookedCents }));
  const accrualRows: LetterTable['rows'] = (interestClaim?.lines ?? []).flatMap((line) =>
    line.interest.periods.map((p) => ({
      cells: [line.number ?? String(line.id), `${formatDateShort(p.from)} t/m ${formatDateShort(p.to)}`, String(p.days), percent(Math.round(p.ratePercent * 100)), formatEuro(p.principalCents)],
      cents: p.cents,
    })),
  );
  const rows = [...bookedRows, ...accrualRows];
  let interestTable: LetterTable | null = null;
  let interestCents = 0;
  if (rows.length) {
    const accrued = sumOf(rows.map((r) => r.cents));
    const paidInterest = Math.min(paid.interestCents, accrued);
    if (paidInterest > 0) rows.push({ cells: ['al van u ontvangen op de rente', '', '', '', ''], cents: -paidInterest });
    interestCents = accrued - paidInterest;
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

  // Costs once claimed stay as claimed (a later part payment does not lower them); before, the staffel
  // over the overdue principal.
  const costsCharged = claim.costsMayBeCharged || booked.costs.bookedCents > 0;
  const base = booked.costs.bookedCents > 0 && booked.costs.baseCents !== null ? booked.costs.baseCents : claim.overduePrincipalCents;
  const costs = booked.costs.bookedCents > 0 ? collectionCosts(base, vat) : claim.costs;
  const costsTbl = costsTable(costs, vat, costsCharged ? paid.costsCents : 0, `Berekening van de incassokosten over ${formatEuro(base)}`);
  if (booked.costs.bookedCents > 0 && booked.costs.bookedCents !== costs.totalCents) {
    // Claimed under an earlier calculation (or VAT setting): the letter keeps to what was claimed.
    costsTbl.rows.push({ cells: ['zoals eerder in rekening gebracht', '', ''], cents: booked.costs.bookedCents - costs.totalCents });
    costsTbl.total = { ...costsTbl.total!, cents: costsTbl.total!.cents + booked.costs.bookedCents - costs.totalCents };
  }
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
    costs,
    costsCharged,
    interestTable,
    interestPerInvoice: perInvoice(rows),
    costsTable: costsTbl,
    summaryTable: {
      caption: input.summaryCaption,
      columns: [{ label: 'Onderdeel', align: 'left' }],
      amountHeader: 'Bedrag',
      rows: summaryRows,
      total: { label: 'Totaal verschuldigd', cents: totalCents },
    },
    rateWarnings: (interestClaim?.unpublishedRates ?? []).map(provisionalRateWarning),
    claimed: {
      costs: costsCharged ? { totalCents: booked.costs.bookedCents > 0 ? booked.costs.bookedCents : costs.totalCents, baseCents: base } : null,
      // Every invoice whose interest the letter shows, also one with only earlier booked interest (0 new).
      interest: [
        ...(interestClaim?.lines ?? []).map((l) => ({ invoiceId: l.id as number, cents: l.interest.totalCents, through: asOf })),
        ...booked.interest.filter((b) => !interestClaim?.lines.some((l) => l.id === b.invoiceId)).map((b) => ({ invoiceId: b.invoiceId, cents: 0, through: b.through })),
      ],
    },
  };
}
