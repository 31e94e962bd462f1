// The claim parts beside the principal (art. 6:44 BW): what a letter claimed is booked when it is issued;
// before a payment is allocated, the interest on invoices whose interest was claimed is accrued to the
// payment, so that interest on an invoice paid late stays owed; then the payment goes to costs, interest
// and principal in that order (domain/legal/allocation.ts) — to principal only until anything was claimed.
import type { Db } from '../db/client';
import { bookClaimParts, bookedParts, type ClaimPartBooking } from '../db/claim-parts.repo';
import { invoiceBalances } from '../db/invoice-balances';
import { lettersSent } from '../db/letters.repo';
import { getSettings } from '../db/settings.repo';
import { addDays, compareDates, type IsoDate } from '../domain/dates';
import type { Cents } from '../domain/money';
import { allocatePayment, consumerDefaultAfter, interestKindFor, statutoryInterest, type Allocation, type ClaimParts } from '../domain/legal';
import type { BookedClaimParts, LetterModel } from '../domain/letters';
import type { AllocationLine } from '../domain/lifecycle/allocation';
import type { DebtorKind } from '../domain/primitives';
import { calendarsOf } from '../domain/settings';

/** What the ledger booked of costs and interest, as a letter reads it. */
export function bookedForLetter(db: Db, debtorId: number): BookedClaimParts {
  const { costs, interest } = bookedParts(db, debtorId);
  return { costs: { bookedCents: costs.bookedCents, baseCents: costs.baseCents }, interest };
}

/** Books what an issued letter claimed: the costs up to its total, and the interest it accrued per invoice. */
export function bookLetterClaim(db: Db, letterId: number, letter: LetterModel): void {
  const claimed = letter.claimed;
  if (!claimed) return;
  const debtorId = letter.debtor.id;
  const rows: ClaimPartBooking[] = claimed.interest.map((i) => ({ debtorId, invoiceId: i.invoiceId, kind: 'interest', amountCents: i.cents, through: i.through, letterId }));
  if (claimed.costs) {
    const booked = bookedParts(db, debtorId).costs.bookedCents;
    rows.push({ debtorId, invoiceId: null, kind: 'costs', amountCents: claimed.costs.totalCents - booked, through: letter.letterDate, baseCents: claimed.costs.baseCents, letterId });
  }
  bookClaimParts(db, rows);
}

/**
 * The debtor's claim as a payment received on `receivedOn` meets it: costs and interest booked, interest
 * accrued to the day before the payment, and the invoices. Returns the interest to book with the payment.
 */
function claimAtPayment(db: Db, debtorId: number, kind: DebtorKind, receivedOn: IsoDate): { parts: ClaimParts; accrual: Omit<ClaimPartBooking, 'paymentId'>[] } {
  const booked = bookedParts(db, debtorId);
  const invoices = invoiceBalances(db, debtorId);
  const claimedBefore = (on: IsoDate | null) => on !== null && compareDates(on, receivedOn) < 0;
  const firstClaim = booked.interest.map((i) => i.claimedOn).filter((d): d is IsoDate => d !== null && claimedBefore(d)).sort(compareDates)[0] ?? null;
  // Interest runs by law (a business from the due date, a consumer once in default), claimed or not: what
  // accrued until the payment is booked, so that paying the principal does not make it disappear.
  const accrual: Omit<ClaimPartBooking, 'paymentId'>[] = [];
  const through = addDays(receivedOn, -1);
  const rates = calendarsOf(getSettings(db)).rates;
  const defaultAfter = kind === 'consumer' ? consumerDefaultAfter(lettersSent(db, debtorId, ['reminder3']), receivedOn) : null;
  for (const inv of invoices) {
    if (inv.openCents <= 0) continue;
    const bookedThrough = booked.interest.find((b) => b.invoiceId === inv.id)?.through;
    const legalStart = kind === 'business' ? inv.dueDate : defaultAfter && compareDates(inv.dueDate, defaultAfter) < 0 ? defaultAfter : defaultAfter && inv.dueDate;
    const from = bookedThrough ?? legalStart;
    if (!from || compareDates(from, through) >= 0) continue;
    const cents = statutoryInterest({ principalCents: inv.openCents, dueDate: from, until: through, kind: interestKindFor(kind), rates }).totalCents;
    accrual.push({ debtorId, invoiceId: inv.id, kind: 'interest', amountCents: cents, through });
  }
  const accrued = new Map(accrual.map((a) => [a.invoiceId!, a.amountCents]));
  const interestOf = new Map(booked.interest.map((b) => [b.invoiceId, b]));
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
    invoices: invoices
      .filter((i) => i.openCents > 0 || ids.has(i.id))
      .map(({ id, invoiceDate, dueDate, openCents, onHold }) => ({ id, invoiceDate, dueDate, openCents: Math.max(openCents, 0), onHold })),
  };
  return { parts, accrual };
}

/** The lines a payment is recorded with: costs, interest and principal per art. 6:44, and what is left. */
function allocationLines(a: Allocation): AllocationLine[] {
  return [
    ...(a.costs > 0 ? [{ invoiceId: null, kind: 'costs' as const, amountCents: a.costs }] : []),
    ...a.interest.filter((i) => i.cents > 0).map((i) => ({ invoiceId: Number(i.invoiceId), kind: 'interest' as const, amountCents: i.cents })),
    ...a.principal.filter((p) => p.cents > 0).map((p) => ({ invoiceId: Number(p.invoiceId), kind: 'principal' as const, amountCents: p.cents })),
    ...(a.unallocated > 0 ? [{ invoiceId: null, kind: 'unallocated' as const, amountCents: a.unallocated }] : []),
  ];
}

/** How a payment is allocated, and the interest to book with it (record it with the payment's id). */
export function allocateIncoming(
  db: Db,
  debtor: { id: number; kind: DebtorKind },
  payment: { amountCents: Cents; receivedOn: IsoDate; namedInvoiceIds: readonly number[] },
): { lines: AllocationLine[]; bookWith: (paymentId: number) => void } {
  const { parts, accrual } = claimAtPayment(db, debtor.id, debtor.kind, payment.receivedOn);
  const allocation = allocatePayment({ amountCents: payment.amountCents, receivedOn: payment.receivedOn, namedInvoiceIds: payment.namedInvoiceIds }, parts);
  return { lines: allocationLines(allocation), bookWith: (paymentId) => bookClaimParts(db, accrual.map((a) => ({ ...a, paymentId }))) };
}
