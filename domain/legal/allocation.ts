// Applying a payment to the parts of a claim (art. 6:43 and 6:44 BW).
// - 6:44 lid 1: a payment goes first to the costs, then to the interest that has fallen due
//   ("verschenen rente"), then to the principal and the running interest. A debtor who names invoices
//   changes only which principal is paid, never that order (6:44 lid 2 lets the creditor refuse a
//   payment meant otherwise).
// - We apply the order to costs and interest once we have claimed them: a letter demanded them before
//   the day the payment came in. A payment on the letter's own day crossed it ("Heeft uw betaling deze
//   brief gekruist…"). Before anything was claimed a payment goes to principal, as the letters until
//   then asked for principal only; the interest keeps accruing and is claimed later as its own part.
// - 6:43 lid 1: the named invoices first, in the order named. 6:43 lid 2: otherwise the oldest claim
//   first; all our invoices weigh the same, so "oldest" is the earliest due date (then invoice date).
//   Interest follows its invoice in that order. An invoice under an open complaint is paid only when named.
// - What is left after everything claimed is paid stays unallocated: an overpayment to refund or keep.
// The order itself lives in one place, domain/lifecycle/allocation.ts, which payments.repo uses too.
import { assertCents, formatEuro, type Cents } from '../money';
import { compareDates, type IsoDate } from '../dates';
import { allocatePayment as allocateItems, type OpenItem } from '../lifecycle/allocation';

export type InvoiceId = string | number;

export interface OpenInvoice {
  id: InvoiceId;
  invoiceDate: IsoDate;
  dueDate: IsoDate;
  /** Principal still open. */
  openCents: Cents;
  /** Under an open complaint: paid only when the debtor names it. */
  onHold?: boolean;
}

/** Costs or interest: what is still open of it, and the date of the first letter that demanded it (null: never). */
export interface ClaimedPart {
  openCents: Cents;
  claimedOn: IsoDate | null;
}

export interface ClaimParts {
  /** Collection costs as charged in a letter, less what was paid on them. */
  costs: ClaimedPart;
  /** Per invoice: interest accrued up to the day of payment, less what was paid on it. */
  interest: readonly (ClaimedPart & { invoiceId: InvoiceId })[];
  /** Every invoice with principal or interest open (openCents 0 when only its interest is left). */
  invoices: readonly OpenInvoice[];
}

export interface PaymentReceived {
  amountCents: Cents;
  receivedOn: IsoDate;
  /** Invoices the debtor named, in the order named. */
  namedInvoiceIds?: readonly InvoiceId[];
}

export interface Allocation {
  costs: Cents;
  interest: { invoiceId: InvoiceId; cents: Cents }[];
  principal: { invoiceId: InvoiceId; cents: Cents }[];
  unallocated: Cents;
}

/** Whether a payment received on `receivedOn` goes to this part: a letter claimed it on an earlier day. */
export function isClaimedBefore(part: ClaimedPart, receivedOn: IsoDate): boolean {
  return part.claimedOn !== null && compareDates(part.claimedOn, receivedOn) < 0;
}

/** What of a part a payment received on `receivedOn` may go to: all that is open once claimed before, else nothing. */
const claimedCents = (part: ClaimedPart, receivedOn: IsoDate) => (isClaimedBefore(part, receivedOn) ? Math.max(part.openCents, 0) : 0);
const inOrder = <T>(items: readonly T[], order: (a: T, b: T) => number) => {
  for (let i = 1; i < items.length; i++) if (order(items[i - 1]!, items[i]!) > 0) return false;
  return true;
};
const oldestFirstOrder = (a: OpenInvoice, b: OpenInvoice) => compareDates(a.dueDate, b.dueDate) || compareDates(a.invoiceDate, b.invoiceDate);

/** Why a payment cannot be allocated: its amount is not above zero, or it names an invoice not open here. */
export type PaymentRefusal = { reason: 'not_positive'; amountCents: Cents } | { reason: 'not_open'; invoiceId: InvoiceId };

/** A payment allocatePayment refuses; its callers say why in the UI language (the message is for logs). */
export class PaymentRefused extends Error {
  constructor(readonly refusal: PaymentRefusal) {
    super(
      refusal.reason === 'not_positive'
        ? `Een betaling moet groter zijn dan € 0,00, niet ${formatEuro(refusal.amountCents)}`
        : `Factuur ${refusal.invoiceId} staat niet open bij deze debiteur`,
    );
    this.name = 'PaymentRefused';
  }
}

// Loops without closures made per call: a bank statement allocates 10 000 payments.
export function allocatePayment(payment: PaymentReceived, parts: ClaimParts): Allocation {
  const { amountCents, receivedOn, namedInvoiceIds = [] } = payment;
  assertCents(amountCents, 'betaling');
  if (amountCents <= 0) throw new PaymentRefused({ reason: 'not_positive', amountCents });
  // The item list speaks numeric ids; map ours onto their positions so string ids work too.
  // Usually given oldest first already (the ledger reads them so): then not copied.
  const oldestFirst = inOrder(parts.invoices, oldestFirstOrder) ? parts.invoices : [...parts.invoices].sort(oldestFirstOrder);
  // The few invoices named, by their place (the first of equal ids).
  const named: number[] = [];
  for (const id of namedInvoiceIds) {
    const at = oldestFirst.findIndex((i) => i.id === id);
    if (at === -1) throw new PaymentRefused({ reason: 'not_open', invoiceId: id });
    if (!named.includes(at)) named.push(at);
  }
  // Only interest a letter claimed before the payment is paid; mostly there is none.
  const claimedInterest = new Map<InvoiceId, Cents>();
  for (const i of parts.interest) {
    const cents = claimedCents(i, receivedOn);
    if (cents > 0) claimedInterest.set(i.invoiceId, cents);
  }
  // Only what is open: nothing else is paid (allocationOrder leaves it out), and a bank statement allocates
  // thousands of payments over debtors of many invoices, most with no interest claimed.
  const items: OpenItem[] = [];
  const costs = claimedCents(parts.costs, receivedOn);
  if (costs > 0) items.push({ invoiceId: null, kind: 'costs', openCents: costs });
  for (let i = 0; i < oldestFirst.length; i++) {
    const inv = oldestFirst[i]!;
    const open = claimedInterest.get(inv.id);
    if (open !== undefined) items.push({ invoiceId: i, kind: 'interest', openCents: open, onHold: inv.onHold });
  }
  for (let i = 0; i < oldestFirst.length; i++) {
    const inv = oldestFirst[i]!;
    if (inv.openCents > 0) items.push({ invoiceId: i, kind: 'principal', openCents: inv.openCents, onHold: inv.onHold });
  }
  const allocation: Allocation = { costs: 0, interest: [], principal: [], unallocated: 0 };
  for (const line of allocateItems(amountCents, items, named)) {
    if (line.kind === 'costs') allocation.costs += line.amountCents;
    else if (line.kind === 'unallocated') allocation.unallocated += line.amountCents;
    else allocation[line.kind].push({ invoiceId: oldestFirst[line.invoiceId!]!.id, cents: line.amountCents });
  }
  return allocation;
}
