// What a payment plan covers (issue 10 item 10): open invoices not under a complaint, chosen as invoices;
// the plan's amount follows from them. Each counts at what is open on it after the credit of open credit
// notes is set off (as the letters claim it), so a plan never asks more than the debtor owes.
import { setOffCredit } from './letters/common';
import { sumCents, type Cents } from './money';

/** An invoice or credit note of the debtor with what is open on it (below zero: credit left). */
export interface PlanOpenItem {
  id: number;
  number: string;
  openCents: Cents;
  /** Under a complaint that is not settled: held out of plans, reminders and calls. */
  onHold: boolean;
}

/** The invoices a plan may cover, at what is open on each after credit is set off, in the ledger's order. */
export function plannableInvoices<I extends PlanOpenItem>(items: readonly I[]): I[] {
  const credits = items.filter((i) => i.openCents < 0);
  const invoices = items.filter((i) => i.openCents > 0);
  return setOffCredit(invoices, credits).filter((i) => !i.onHold);
}

export type CoverageRefusal =
  | { why: 'no_invoice' }
  | { why: 'unknown'; ids: number[] }
  | { why: 'not_open'; numbers: string[] }
  | { why: 'under_complaint'; numbers: string[] }
  | { why: 'total'; totalCents: Cents; invoicesCents: Cents };

/**
 * Whether a plan for `totalCents` may cover the chosen invoices of `items` (all the debtor's invoices and
 * credit notes as they stand): at least one, each open and not under a complaint, and the total exactly
 * what is open on them. The covered invoices come back in the ledger's order.
 */
export function planCoverage<I extends PlanOpenItem>(
  chosenIds: readonly number[],
  items: readonly I[],
  totalCents: Cents,
): { ok: true; invoices: I[] } | { ok: false; refusal: CoverageRefusal } {
  const ids = new Set(chosenIds);
  if (ids.size === 0) return { ok: false, refusal: { why: 'no_invoice' } };
  const unknown = [...ids].filter((id) => !items.some((i) => i.id === id));
  if (unknown.length) return { ok: false, refusal: { why: 'unknown', ids: unknown } };
  const chosen = items.filter((i) => ids.has(i.id));
  const held = chosen.filter((i) => i.onHold && i.openCents > 0);
  if (held.length) return { ok: false, refusal: { why: 'under_complaint', numbers: held.map((i) => i.number) } };
  const plannable = plannableInvoices(items).filter((i) => ids.has(i.id));
  const closed = chosen.filter((i) => !plannable.some((p) => p.id === i.id));
  if (closed.length) return { ok: false, refusal: { why: 'not_open', numbers: closed.map((i) => i.number) } };
  const invoicesCents = sumCents(plannable.map((i) => i.openCents));
  if (invoicesCents !== totalCents) return { ok: false, refusal: { why: 'total', totalCents, invoicesCents } };
  return { ok: true, invoices: plannable };
}
