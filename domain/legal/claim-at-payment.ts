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

export function claimAtPayment(
  booked: BookedClaim,
  payment: { kind: DebtorKind; receivedOn: IsoDate; rates: RateTable; notices: readonly NoticeOfDefault[] },
): { parts: ClaimParts; accrual: Accrual[] } {
  const { kind, receivedOn, rates } = payment;
  const claimedBefore = (on: IsoDate | null) => on !== null && compareDates(on, receivedOn) < 0;
  const firstClaim = booked.interest.map((i) => i.claimedOn).filter((d): d is IsoDate => d !== null && claimedBefore(d)).sort(compareDates)[0] ?? null;
  // Interest runs by law (a business from the due date, a consumer once in default), claimed or not: what
  // accrued until the payment is booked, so that paying the principal does not make it disappear.
  const accrual: Accrual[] = [];
  const through = addDays(receivedOn, -1);
  const defaultAfter = kind === 'consumer' ? consumerDefaultAfter(payment.notices, receivedOn) : null;
  const interestOf = new Map(booked.interest.map((b) => [b.invoiceId, b]));
  for (const inv of booked.invoices) {
    if (inv.openCents <= 0) continue;
    const legalStart = kind === 'business' ? inv.dueDate : defaultAfter && compareDates(inv.dueDate, defaultAfter) < 0 ? defaultAfter : defaultAfter && inv.dueDate;
    const from = interestOf.get(inv.id)?.through ?? legalStart;
    if (!from || compareDates(from, through) >= 0) continue;
    const cents = statutoryInterestCents({ principalCents: inv.openCents, dueDate: from, until: through, kind: interestKindFor(kind), rates });
    accrual.push({ invoiceId: inv.id, amountCents: cents, through });
  }
  const accrued = new Map(accrual.map((a) => [a.invoiceId, a.amountCents]));
  const ids = new Set([...interestOf.keys(), ...accrued.keys()]);
  const parts: ClaimParts = {
    costs: { openCents: booked.costs.bookedCents - booked.costs.paidCents, claimedOn: booked.costs.claimedOn },
    interest: [...ids].map((invoiceId) => {
      const b = interestOf.get(invoiceId);
      return {
        invoiceId,
        openCents: (b?.bookedCents ?? 0) - (b?.paidCents ?? 0) + (accrued.get(invoiceId) ?? 0),
        // Interest accrued now counts as claimed once a letter claimed the debtor's interest before.
        claimedOn: b?.claimedOn ?? firstClaim,
      };
    }),
    invoices: booked.invoices
      .filter((i) => i.openCents > 0 || ids.has(i.id))
      .map(({ id, invoiceDate, dueDate, openCents, onHold }) => ({ id, invoiceDate, dueDate, openCents: Math.max(openCents, 0), onHold })),
  };
  return { parts, accrual };
}

/**
 * The booked claim after a payment was recorded with `allocation` and its `accrual` booked: what the
 * ledger would read back. Accrued interest is no letter's claim, so it changes no claimed-on day.
 */
export function claimAfterPayment(booked: BookedClaim, allocation: Allocation, accrual: readonly Accrual[]): BookedClaim {
  const interest = new Map(booked.interest.map((i) => [i.invoiceId, { ...i }]));
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
  return {
    costs: { ...booked.costs, paidCents: booked.costs.paidCents + allocation.costs },
    interest: [...interest.values()].sort((a, b) => a.invoiceId - b.invoiceId),
    invoices: booked.invoices.map((i) => (principal.has(i.id) ? { ...i, openCents: i.openCents - principal.get(i.id)! } : i)),
  };
}
