// How one payment is spread over what the debtor owes. Pure: the caller supplies the open items, oldest
// first. Today every item is principal; when domain/legal adds costs and interest they go in the same
// list and are paid before principal (art. 6:44 BW), whatever invoice the customer named.
import { assertCents, type Cents } from '../money';

export type AllocationKind = 'costs' | 'interest' | 'principal';

/** The parts of a claim besides principal that the ledger books (db/schema.ts claim_parts). */
export const CLAIM_PART_KINDS = ['costs', 'interest'] as const;

/** What a line of a payment's allocation is: a claim part, or money not applied to any (an overpayment). */
export const ALLOCATION_KINDS = ['costs', 'interest', 'principal', 'unallocated'] as const;

export interface OpenItem {
  invoiceId: number | null;
  kind: AllocationKind;
  openCents: Cents;
  /** Under an open complaint: only paid when the customer names the invoice. */
  onHold?: boolean;
}

export interface AllocationLine {
  invoiceId: number | null;
  kind: AllocationKind | 'unallocated';
  amountCents: Cents;
}

const KIND_RANK: Record<AllocationKind, number> = { costs: 0, interest: 1, principal: 2 };

/** What of a payment stays on the debtor's account, applied to nothing. */
export const unallocatedCentsOf = (lines: readonly AllocationLine[]): Cents => lines.filter((l) => l.kind === 'unallocated').reduce((sum, l) => sum + l.amountCents, 0);

/**
 * The order in which a payment is applied: costs, then interest, then principal; within each, the
 * invoices the customer named (in the order named), then the others oldest first. Invoices on hold are
 * left out unless named: the customer disputes them, so unnamed money does not settle them.
 */
export function allocationOrder(items: readonly OpenItem[], namedInvoiceIds: readonly number[] = []): OpenItem[] {
  const ranked: { item: OpenItem; given: number; named: number }[] = [];
  for (let given = 0; given < items.length; given++) {
    const item = items[given]!;
    const i = item.invoiceId === null ? -1 : namedInvoiceIds.indexOf(item.invoiceId);
    const named = i === -1 ? namedInvoiceIds.length : i;
    if (item.openCents > 0 && (!item.onHold || named < namedInvoiceIds.length)) ranked.push({ item, given, named });
  }
  return ranked.sort(allocationRank).map(({ item }) => item);
}

const allocationRank = (a: { item: OpenItem; given: number; named: number }, b: { item: OpenItem; given: number; named: number }) =>
  KIND_RANK[a.item.kind] - KIND_RANK[b.item.kind] || a.named - b.named || a.given - b.given;

/** Splits `amountCents` over the items in allocation order; what is left over is 'unallocated'. */
export function allocatePayment(
  amountCents: Cents,
  items: readonly OpenItem[],
  namedInvoiceIds: readonly number[] = [],
): AllocationLine[] {
  assertCents(amountCents);
  if (amountCents <= 0) throw new RangeError('Een betaling is groter dan € 0,00');
  const lines: AllocationLine[] = [];
  let left = amountCents;
  for (const item of allocationOrder(items, namedInvoiceIds)) {
    if (left === 0) break;
    const take = Math.min(left, item.openCents);
    lines.push({ invoiceId: item.invoiceId, kind: item.kind, amountCents: take });
    left -= take;
  }
  if (left > 0) lines.push({ invoiceId: null, kind: 'unallocated', amountCents: left });
  return lines;
}
