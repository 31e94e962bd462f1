// Applying a payment (art. 6:43 and 6:44 BW).
// - 6:44 lid 1: first the costs, then the interest due, then the principal. A debtor who names
//   invoices changes only which principal is paid, never that order (6:44 lid 2 lets the creditor
//   refuse a payment meant otherwise).
// - 6:43 lid 1: the named invoices first, in the order named. 6:43 lid 2: otherwise the oldest claim
//   first; all our invoices weigh the same, so "oldest" is the earliest due date (then invoice date).
// - What is left after everything is paid stays unallocated: an overpayment to refund or keep.
import { assertCents, formatEuro, type Cents } from '../money';
import { compareDates, type IsoDate } from '../dates';

export type InvoiceId = string | number;

export interface OpenInvoice {
  id: InvoiceId;
  invoiceDate: IsoDate;
  dueDate: IsoDate;
  openCents: Cents;
}

export interface OpenClaim {
  costsCents: Cents;
  interestCents: Cents;
  invoices: readonly OpenInvoice[];
}

export interface Allocation {
  costs: Cents;
  interest: Cents;
  perInvoice: { invoiceId: InvoiceId; cents: Cents }[];
  unallocated: Cents;
}

export function allocatePayment(amountCents: Cents, claim: OpenClaim, namedInvoiceIds: readonly InvoiceId[] = []): Allocation {
  assertCents(amountCents, 'betaling');
  if (amountCents <= 0) throw new RangeError(`Een betaling moet groter zijn dan € 0,00, niet ${formatEuro(amountCents)}`);
  for (const id of namedInvoiceIds) {
    if (!claim.invoices.some((inv) => inv.id === id)) throw new RangeError(`Factuur ${id} staat niet open bij deze debiteur`);
  }
  let left = amountCents;
  const take = (open: Cents): Cents => {
    const cents = Math.min(left, Math.max(open, 0));
    left -= cents;
    return cents;
  };
  const costs = take(claim.costsCents);
  const interest = take(claim.interestCents);
  const named = [...new Set(namedInvoiceIds)].map((id) => claim.invoices.find((inv) => inv.id === id)!);
  const oldestFirst = claim.invoices
    .filter((inv) => !named.includes(inv))
    .sort((a, b) => compareDates(a.dueDate, b.dueDate) || compareDates(a.invoiceDate, b.invoiceDate));
  const perInvoice: Allocation['perInvoice'] = [];
  for (const inv of [...named, ...oldestFirst]) {
    const cents = take(inv.openCents);
    if (cents > 0) perInvoice.push({ invoiceId: inv.id, cents });
  }
  return { costs, interest, perInvoice, unallocated: left };
}
