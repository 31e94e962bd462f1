// Applying a payment (art. 6:43 and 6:44 BW), stated as a claim: costs, interest, invoices.
// - 6:44 lid 1: first the costs, then the interest due, then the principal. A debtor who names
//   invoices changes only which principal is paid, never that order (6:44 lid 2 lets the creditor
//   refuse a payment meant otherwise).
// - 6:43 lid 1: the named invoices first, in the order named. 6:43 lid 2: otherwise the oldest claim
//   first; all our invoices weigh the same, so "oldest" is the earliest due date (then invoice date).
// - What is left after everything is paid stays unallocated: an overpayment to refund or keep.
// The order itself lives in one place, domain/lifecycle/allocation.ts, which payments.repo uses too.
import { assertCents, formatEuro, type Cents } from '../money';
import { compareDates, type IsoDate } from '../dates';
import { allocatePayment as allocateItems, type OpenItem } from '../lifecycle/allocation';

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
  // The item list speaks numeric ids; map ours onto their positions so string ids work too.
  const oldestFirst = [...claim.invoices].sort((a, b) => compareDates(a.dueDate, b.dueDate) || compareDates(a.invoiceDate, b.invoiceDate));
  const position = (id: InvoiceId) => oldestFirst.findIndex((inv) => inv.id === id);
  const items: OpenItem[] = [
    { invoiceId: null, kind: 'costs', openCents: Math.max(claim.costsCents, 0) },
    { invoiceId: null, kind: 'interest', openCents: Math.max(claim.interestCents, 0) },
    ...oldestFirst.map((inv, i) => ({ invoiceId: i, kind: 'principal' as const, openCents: inv.openCents })),
  ];
  const lines = allocateItems(amountCents, items, [...new Set(namedInvoiceIds)].map(position));
  const sum = (kind: string) => lines.filter((l) => l.kind === kind).reduce((s, l) => s + l.amountCents, 0);
  return {
    costs: sum('costs'),
    interest: sum('interest'),
    perInvoice: lines.filter((l) => l.kind === 'principal').map((l) => ({ invoiceId: oldestFirst[l.invoiceId!]!.id, cents: l.amountCents })),
    unallocated: sum('unallocated'),
  };
}
