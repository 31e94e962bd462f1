// A bank statement's matched credits recorded together (issue 12 point 9): a statement of 10 000 credits
// paid one by one through the payment use case took some thirty statements each. Here the claims of every
// debtor paying are read in a few statements, each debtor's payments are applied in memory in statement
// order with the same rules (domain/legal: claimAtPayment, allocatePayment, claimAfterPayment), and the
// payments, their allocations and the interest accrued to them are written in three statements.
// A debtor whose payment sets more in motion — an active plan, pending or broken promises, an open "check
// the payment" task, a consumer's notice of default, or being paid in full (tasks to close, a delivery stop
// to lift) — is left to the payment use case, one payment at a time (handlers/payments.ts).
import type { Db } from '../db/client';
import { bookAccruedInterest, bookedPartsOf } from '../db/claim-parts.repo';
import { paymentFollowUpsOf } from '../db/debtors.repo';
import { paymentOrderOf } from '../db/invoice-balances';
import { insertPaymentsTogether } from '../db/payments.repo';
import { getSettings } from '../db/settings.repo';
import type { IsoDate } from '../domain/dates';
import { allocatePayment, PaymentRefused } from '../domain/legal';
import { claimAfterPayment, claimAtPayment, type Accrual, type BookedClaim } from '../domain/legal/claim-at-payment';
import { unallocatedCentsOf, type AllocationLine } from '../domain/lifecycle/allocation';
import type { Cents } from '../domain/money';
import { calendarsOf } from '../domain/settings';
import { allocationLines } from './claim-parts';
import type { RecordedPayment } from './payments';

export interface StatementCredit {
  debtorId: number;
  receivedOn: IsoDate;
  amountCents: Cents;
  description: string;
  /** The invoices the credit named, paid first in this order. */
  invoiceIds: readonly number[];
}

interface Applied {
  debtorId: number;
  credit: StatementCredit;
  lines: AllocationLine[];
  accrual: Accrual[];
}

export interface CreditsTogether {
  /** The credits (by their index in the list given) applied in memory, to write with write(). */
  together: ReadonlySet<number>;
  /** Writes the payments of the credits applied together; returns each one's payment by index. */
  write: () => Map<number, RecordedPayment>;
}

/**
 * Applies in memory the credits of debtors whose payments set nothing else in motion; the rest (not in
 * `together`), and every credit of the debtors named `alone`, are for the payment use case. Reads only:
 * nothing is written until write().
 */
export function applyCreditsTogether(db: Db, credits: readonly StatementCredit[], alone: ReadonlySet<number>): CreditsTogether {
  const debtorIds = [...new Set(credits.map((c) => c.debtorId))].filter((id) => !alone.has(id));
  const simple = paymentFollowUpsOf(db, debtorIds).filter((d) => !d.activePlan && !d.openPromise && !d.verifyTask && !(d.kind === 'consumer' && d.noticeOfDefault));
  const kindOf = new Map(simple.map((d) => [d.id, d.kind]));
  const ids = [...kindOf.keys()];
  const invoices = paymentOrderOf(db, ids);
  const booked = bookedPartsOf(db, ids);
  const rates = calendarsOf(getSettings(db)).rates;

  const claims = new Map<number, BookedClaim>();
  for (const id of ids) {
    const parts = booked.get(id);
    claims.set(id, { costs: parts?.costs ?? { bookedCents: 0, paidCents: 0, claimedOn: null }, interest: parts?.interest ?? [], invoices: invoices.get(id) ?? [] });
  }
  const applied = new Map<number, Applied>();
  for (const [index, credit] of credits.entries()) {
    const claim = claims.get(credit.debtorId);
    if (!claim) continue;
    const { parts, accrual } = claimAtPayment(claim, { kind: kindOf.get(credit.debtorId)!, receivedOn: credit.receivedOn, rates, notices: [] });
    let allocation;
    try {
      allocation = allocatePayment({ amountCents: credit.amountCents, receivedOn: credit.receivedOn, namedInvoiceIds: credit.invoiceIds }, parts);
    } catch (error) {
      // Refused (not a positive amount, an invoice not open here): the payment use case says why. Anything
      // else is a fault, not a refusal: it stops the import.
      if (!(error instanceof PaymentRefused)) throw error;
      claims.delete(credit.debtorId);
      continue;
    }
    claims.set(credit.debtorId, claimAfterPayment(claim, allocation, accrual));
    applied.set(index, { debtorId: credit.debtorId, credit, lines: allocationLines(allocation), accrual });
  }
  // Paid in full: tasks to close and a delivery stop to lift, which the payment use case does.
  for (const [id, claim] of claims) if (claim.invoices.reduce((sum, i) => sum + i.openCents, 0) <= 0) claims.delete(id);
  for (const [index, a] of applied) if (!claims.has(a.debtorId)) applied.delete(index);

  return {
    together: new Set(applied.keys()),
    write: () => {
      const order = [...applied.entries()];
      const paymentIds = insertPaymentsTogether(
        db,
        order.map(([, a]) => ({ debtorId: a.debtorId, receivedOn: a.credit.receivedOn, amountCents: a.credit.amountCents, description: a.credit.description.trim(), allocations: a.lines })),
      );
      bookAccruedInterest(db, order.flatMap(([, a], i) => a.accrual.map((x) => ({ debtorId: a.debtorId, invoiceId: x.invoiceId, amountCents: x.amountCents, through: x.through, paymentId: paymentIds[i]! }))));
      return new Map(
        order.map(([index, a], i) => [
          index,
          {
            paymentId: paymentIds[i]!,
            allocations: a.lines,
            unallocatedCents: unallocatedCentsOf(a.lines),
            installments: [],
            completedPlanId: null,
            keptPromiseIds: [],
          },
        ]),
      );
    },
  };
}
