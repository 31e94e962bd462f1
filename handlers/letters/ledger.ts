// What several letter types read from the ledger: the letter's frame (our settings, the debtor, the
// date), the open invoices, the letters sent before, and what payments settled on costs and interest.
import type { Db } from '../../db/client';
import { getSettings } from '../../db/settings.repo';
import { openInvoicesAndCredits } from '../../db/invoice-balances';
import { lettersSent } from '../../db/letters.repo';
import { paymentsOf } from '../../db/payments.repo';
import { invoicesCoveredByPlans } from '../../db/plans.repo';
import { RUNNING_PLAN_STATUSES } from '../../domain/lifecycle/plan';
import type { IsoDate } from '../../domain/dates';
import { setOffCredit, type LetterContext, type LetterInvoice, type SentLetter } from '../../domain/letters';
import type { Cents } from '../../domain/money';
import { requireDebtor } from '../guards';

export function letterContext(db: Db, debtorId: number, letterDate: IsoDate): LetterContext {
  const { id, number, name, kind, salutation, addressLine, postcode, city, contactName, contactTitle } = requireDebtor(db, debtorId);
  return {
    settings: getSettings(db),
    debtor: { id, number, name, kind, salutation, addressLine, postcode, city, contactName, contactTitle },
    letterDate,
    // What "De ontvangsten tot en met …" may say depends on the latest payment (domain/letters/receipts.ts).
    latestReceiptOn: paymentsOf(db, debtorId)[0]?.receivedOn ?? null,
  };
}

/**
 * The open invoices a letter claims, with the credit of open credit notes set off against them (oldest
 * first), and whether a plan that runs covers each (reminders leave those out).
 */
export function openForLetter(db: Db, debtorId: number): LetterInvoice[] {
  const rows = openInvoicesAndCredits(db, debtorId);
  const planned = new Set(invoicesCoveredByPlans(db, debtorId, RUNNING_PLAN_STATUSES));
  const invoices = rows
    .filter((i) => i.openCents > 0)
    .map(({ id, number, invoiceDate, dueDate, amountCents, openCents, onHold }) => ({ id, number, invoiceDate, dueDate, amountCents, openCents, onHold, inPlan: planned.has(id) }));
  return setOffCredit(invoices, rows.filter((i) => i.openCents < 0));
}

/** The letters sent to the debtor, oldest first, as the next letter refers to them. */
export function sentBefore(db: Db, debtorId: number): (SentLetter & { totalCents: Cents })[] {
  return lettersSent(db, debtorId).map(({ type, letterDate, payBy, termEndsOn, totalCents }) => ({ type, letterDate, payBy, termEndsOn, totalCents }));
}

