// The claim parts beside the principal (art. 6:44 BW): what a letter claimed is booked when it is issued;
// before a payment is allocated, the interest on invoices whose interest was claimed is accrued to the
// payment, so that interest on an invoice paid late stays owed; then the payment goes to costs, interest
// and principal in that order (domain/legal/allocation.ts) — to principal only until anything was claimed.
import type { Db } from '../db/client';
import { bookClaimParts, bookedParts, type ClaimPartBooking } from '../db/claim-parts.repo';
import { invoiceBalances } from '../db/invoice-balances';
import { lettersSent } from '../db/letters.repo';
import { getSettings } from '../db/settings.repo';
import { invoicesByIds } from '../db/invoices.repo';
import { invalidInput } from './refusals';
import type { IsoDate } from '../domain/dates';
import type { Cents } from '../domain/money';
import { allocatePayment, PaymentRefused, type Allocation } from '../domain/legal';
import { claimAtPayment, type Accrual, type BookedClaim } from '../domain/legal/claim-at-payment';
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

/** What the ledger booked of the debtor's claim: costs, interest per invoice, and the invoices. */
function bookedClaim(db: Db, debtorId: number): BookedClaim {
  const { costs, interest } = bookedParts(db, debtorId);
  return { costs, interest, invoices: invoiceBalances(db, debtorId) };
}

/** The notices of default a consumer's interest runs from (none for a business). */
export const noticesFor = (db: Db, debtor: { id: number; kind: DebtorKind }) => (debtor.kind === 'consumer' ? lettersSent(db, debtor.id, ['reminder3']) : []);

/** The lines a payment is recorded with: costs, interest and principal per art. 6:44, and what is left. */
export function allocationLines(a: Allocation): AllocationLine[] {
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
  const rates = calendarsOf(getSettings(db)).rates;
  const { parts, accrual } = claimAtPayment(bookedClaim(db, debtor.id), { kind: debtor.kind, receivedOn: payment.receivedOn, rates, notices: noticesFor(db, debtor) });
  let allocation: Allocation;
  try {
    allocation = allocatePayment({ amountCents: payment.amountCents, receivedOn: payment.receivedOn, namedInvoiceIds: payment.namedInvoiceIds }, parts);
  } catch (error) {
    // A named invoice of this debtor that is paid (or a credit note) has nothing a payment could go to: say which.
    if (error instanceof PaymentRefused && error.refusal.reason === 'not_open') {
      const id = Number(error.refusal.invoiceId);
      throw invalidInput('errors.invoice.not_open', { number: invoicesByIds(db, [id])[0]?.number ?? String(id) });
    }
    throw error;
  }
  return { lines: allocationLines(allocation), bookWith: (paymentId) => bookClaimParts(db, accrual.map((a) => accrualBooking(debtor.id, a, paymentId))) };
}

/** Interest accrued to a payment, as the claim part booked with it. */
export const accrualBooking = (debtorId: number, a: Accrual, paymentId: number): ClaimPartBooking => ({
  debtorId,
  invoiceId: a.invoiceId,
  kind: 'interest',
  amountCents: a.amountCents,
  through: a.through,
  paymentId,
});
