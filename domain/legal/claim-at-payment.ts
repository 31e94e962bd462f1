// The debtor's claim as a payment meets it (art. 6:44 BW), from what the ledger booked: costs and interest
// booked, the interest accrued to the day before the payment (so that paying the principal does not make
// it disappear), and the invoices. Pure, so that a bank statement's payments can be applied one after
// another in memory (handlers/statement-payments.ts) exactly as the payment use case applies one.
import { addDays, compareDates, type IsoDate } from '../dates';
import type { Cents } from '../money';
import type { ClaimParts } from './allocation';
import type { Allocation } from './allocation';
import { consumerDefaultAfter, type NoticeOfDefault } from './consumer-default';
import { statutoryInterestCents } from './interest';
import { interestKindFor, type DebtorKind, type RateTable } from './interest-rates';

/** What the ledger holds of one debtor's claim: as db/claim-parts.repo.ts and db/invoice-balances.ts read it. */
export interface BookedClaim {
  costs: { bookedCents: Cents; paidCents: Cents; claimedOn: IsoDate | null };
  interest: readonly { invoiceId: number; bookedCents: Cents; paidCents: Cents; through: IsoDate; claimedOn: IsoDate | null }[];
  /** Every invoice of the debtor, in the order payments are applied to them (due date, invoice date, number). */
  invoices: readonly { id: number; invoiceDate: IsoDate; dueDate: IsoDate; openCents: Cents; onHold: boolean }[];
}

/** Interest accrued to a payment, to book with it. */
export interface Accrual {
  invoiceId: number;
  amountCents: Cents;
  through: IsoDate;
}

// Written as loops without closures: a bank statement calls these for each of its 10 000 credits (with
// 100 000 invoices), and the arrays, maps and named functions made per call were most of their time.
export function claimAtPayment(
  booked: BookedClaim,
  payment: { kind: DebtorKind; receivedOn: IsoDate; rates: RateTable; notices: readonly NoticeOfDefault[] },
): { parts: ClaimParts; accrual: Accrual[] } {
  const { kind, receivedOn, rates } = payment;
  // The first day a letter claimed interest, before the payment.
  let firstClaim: IsoDate | null = null;
  for (const { claimedOn } of booked.interest)
    if (claimedOn !== null && compareDates(claimedOn, receivedOn) < 0 && (firstClaim === null || compareDates(claimedOn, firstClaim) < 0)) firstClaim = claimedOn;
  // Interest runs by law (a business from the due date, a consumer once in default), claimed or not: what
  // accrued until the payment is booked, so that paying the principal does not make it disappear.
  const accrual: Accrual[] = [];
  const through = addDays(receivedOn, -1);
  const defaultAfter = kind === 'consumer' ? consumerDefaultAfter(payment.notices, receivedOn) : null;
  const interestKind = interestKindFor(kind);
  const interestOf = new Map<number, BookedClaim['interest'][number]>();
  for (const b of booked.interest) interestOf.set(b.invoiceId, b);
  const accrued = new Map<number, Cents>();
  for (const inv of booked.invoices) {
    if (inv.openCents <= 0) continue;
    const legalStart = kind === 'business' ? inv.dueDate : defaultAfter && compareDates(inv.dueDate, defaultAfter) < 0 ? defaultAfter : defaultAfter && inv.dueDate;
    const from = interestOf.get(inv.id)?.through ?? legalStart;
    if (!from || compareDates(from, through) >= 0) continue;
    const cents = statutoryInterestCents({ principalCents: inv.openCents, dueDate: from, until: through, kind: interestKind, rates });
    accrual.push({ invoiceId: inv.id, amountCents: cents, through });
    accrued.set(inv.id, cents);
  }
  // Per invoice with interest booked or accrued (booked first): what is open of it.
  const interest: ClaimParts['interest'][number][] = [];
  for (const [invoiceId, b] of interestOf)
    interest.push({ invoiceId, openCents: b.bookedCents - b.paidCents + (accrued.get(invoiceId) ?? 0), claimedOn: b.claimedOn ?? firstClaim });
  // Interest accrued now counts as claimed once a letter claimed the debtor's interest before.
  for (const [invoiceId, cents] of accrued) if (!interestOf.has(invoiceId)) interest.push({ invoiceId, openCents: cents, claimedOn: firstClaim });
  const invoices: ClaimParts['invoices'][number][] = [];
  for (const inv of booked.invoices) {
    if (!(inv.openCents > 0 || interestOf.has(inv.id) || accrued.has(inv.id))) continue;
    // The booked invoice itself where it has the shape a claim's invoice has (nothing below zero): not copied.
    const { id, invoiceDate, dueDate, openCents, onHold } = inv;
    invoices.push(openCents >= 0 ? inv : { id, invoiceDate, dueDate, openCents: 0, onHold });
  }
  return { parts: { costs: { openCents: booked.costs.bookedCents - booked.costs.paidCents, claimedOn: booked.costs.claimedOn }, interest, invoices }, accrual };
}

/**
 * The booked claim after a payment was recorded with `allocation` and its `accrual` booked: what the
 * ledger would read back. Accrued interest is no letter's claim, so it changes no claimed-on day.
 */
export function claimAfterPayment(booked: BookedClaim, allocation: Allocation, accrual: readonly Accrual[]): BookedClaim {
  const interest = new Map<number, BookedClaim['interest'][number]>();
  for (const i of booked.interest) interest.set(i.invoiceId, { ...i });
  for (const a of accrual) {
    if (a.amountCents === 0) continue; // not booked (db/claim-parts.repo.ts bookClaimParts)
    const row = interest.get(a.invoiceId);
    if (row) {
      row.bookedCents += a.amountCents;
      if (compareDates(a.through, row.through) > 0) row.through = a.through;
    } else interest.set(a.invoiceId, { invoiceId: a.invoiceId, bookedCents: a.amountCents, paidCents: 0, through: a.through, claimedOn: null });
  }
  for (const paid of allocation.interest) {
    const row = interest.get(Number(paid.invoiceId));
    if (row) row.paidCents += paid.cents;
  }
  const principal = new Map<number, Cents>();
  for (const p of allocation.principal) principal.set(Number(p.invoiceId), (principal.get(Number(p.invoiceId)) ?? 0) + p.cents);
  const rows = [...interest.values()];
  // Kept in invoice order, as the ledger reads them back; usually already so.
  let sorted = true;
  for (let i = 1; i < rows.length && sorted; i++) sorted = rows[i - 1]!.invoiceId <= rows[i]!.invoiceId;
  if (!sorted) rows.sort(byInvoiceId);
  return {
    costs: allocation.costs === 0 ? booked.costs : { ...booked.costs, paidCents: booked.costs.paidCents + allocation.costs },
    interest: rows,
    invoices: principal.size === 0 ? booked.invoices : booked.invoices.map((i) => (principal.has(i.id) ? { ...i, openCents: i.openCents - principal.get(i.id)! } : i)),
  };
}

const byInvoiceId = (a: { invoiceId: number }, b: { invoiceId: number }) => a.invoiceId - b.invoiceId;
