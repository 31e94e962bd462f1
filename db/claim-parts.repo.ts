// The claim parts beside the principal (db/schema.ts claim_parts): booking them, and what is booked and
// paid of each for one debtor. Decisions (what a letter claims, what accrues) live in handlers/claim-parts.ts.
import type { Db } from './client';
import { claimParts } from './schema';
import { insertRows, preparedSql } from './prepared';
import type { IsoDate } from '../domain/dates';
import type { Cents } from '../domain/money';

export type ClaimPartBooking = typeof claimParts.$inferInsert;

/** Books the rows that change a part; a letter's row of 0 is kept: it marks the part as claimed by that letter. */
export function bookClaimParts(db: Db, rows: readonly ClaimPartBooking[]): void {
  const changes = rows.filter((r) => r.amountCents !== 0 || r.letterId);
  if (changes.length) db.insert(claimParts).values([...changes]).run();
}

export interface BookedCosts {
  bookedCents: Cents;
  paidCents: Cents;
  /** The principal the staffel ran over when they were last claimed. */
  baseCents: Cents | null;
  /** The first day a letter claimed them; null: never. */
  claimedOn: IsoDate | null;
}

export interface BookedInterest {
  invoiceId: number;
  invoiceNumber: string;
  bookedCents: Cents;
  paidCents: Cents;
  /** The day the booked interest runs through: the next accrual starts the day after. */
  through: IsoDate;
  claimedOn: IsoDate | null;
}

type BookedRow = { debtor_id: number; invoice_id: number | null; number: string | null; kind: 'costs' | 'interest'; booked: number; through: IsoDate; claimed_on: IsoDate | null; base: number | null; paid: number };

// Prepared once per connection: the debtor screen reads it on every request (db/prepared.ts).
const BOOKED_PARTS = `
    SELECT p.debtor_id, p.invoice_id, i.number, p.kind, SUM(p.amount_cents) AS booked, MAX(p.through) AS through,
           MIN(CASE WHEN p.letter_id IS NOT NULL THEN p.through END) AS claimed_on,
           (SELECT b.base_cents FROM claim_parts b WHERE b.debtor_id = p.debtor_id AND b.kind = 'costs' AND b.base_cents IS NOT NULL ORDER BY b.id DESC LIMIT 1) AS base,
           (SELECT COALESCE(SUM(a.amount_cents), 0) FROM payment_allocations a JOIN payments pay ON pay.id = a.payment_id
             WHERE pay.debtor_id = p.debtor_id AND a.kind = p.kind AND a.invoice_id IS p.invoice_id) AS paid
    FROM claim_parts p LEFT JOIN invoices i ON i.id = p.invoice_id
    WHERE p.debtor_id IN (SELECT value FROM json_each(@debtorIds))
    GROUP BY p.debtor_id, p.kind, p.invoice_id
    ORDER BY p.debtor_id, p.kind, p.invoice_id`;

/** What is booked and paid of the debtor's costs and of the interest per invoice, in one statement. */
export function bookedParts(db: Db, debtorId: number): { costs: BookedCosts; interest: BookedInterest[] } {
  return bookedPartsOf(db, [debtorId]).get(debtorId) ?? { costs: NOTHING_BOOKED, interest: [] };
}

const NOTHING_BOOKED: BookedCosts = { bookedCents: 0, paidCents: 0, baseCents: null, claimedOn: null };

/** bookedParts for several debtors in one statement (a bank statement's payments); debtors with nothing booked are left out. */
export function bookedPartsOf(db: Db, debtorIds: readonly number[]): Map<number, { costs: BookedCosts; interest: BookedInterest[] }> {
  const rows = preparedSql(db, 'bookedParts', BOOKED_PARTS).all({ debtorIds: JSON.stringify(debtorIds) }) as BookedRow[];
  const out = new Map<number, { costs: BookedCosts; interest: BookedInterest[] }>();
  for (const r of rows) {
    let parts = out.get(r.debtor_id);
    if (!parts) out.set(r.debtor_id, (parts = { costs: NOTHING_BOOKED, interest: [] }));
    if (r.kind === 'costs') parts.costs = { bookedCents: r.booked, paidCents: r.paid, baseCents: r.base, claimedOn: r.claimed_on };
    else parts.interest.push({ invoiceId: r.invoice_id!, invoiceNumber: r.number ?? String(r.invoice_id), bookedCents: r.booked, paidCents: r.paid, through: r.through, claimedOn: r.claimed_on });
  }
  return out;
}

/** Books the interest accrued to many payments at once (a bank statement's payments). */
export function bookAccruedInterest(db: Db, rows: readonly { debtorId: number; invoiceId: number; amountCents: Cents; through: IsoDate; paymentId: number }[]): void {
  insertRows(db, 'bookAccruedInterest', "INSERT INTO claim_parts (debtor_id, invoice_id, kind, amount_cents, through, payment_id) VALUES (?, ?, 'interest', ?, ?, ?)",
    rows.filter((r) => r.amountCents !== 0).map((r) => [r.debtorId, r.invoiceId, r.amountCents, r.through, r.paymentId]));
}
