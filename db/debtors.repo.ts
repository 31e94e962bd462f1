// Debtors: the list as the collector sees it (who owes what, how long overdue: one statement), one
// debtor's row, and the columns the application changes (contact, escalation).
import { desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from './client';
import { debtorChanges, debtors } from './schema';
import { daysBetween, type IsoDate } from '../domain/dates';
import type { DebtorKind, Escalation } from '../domain/primitives';
import { invoiceAmountSql, principalPaidSql } from './invoice-balances';

export type DebtorRow = typeof debtors.$inferSelect;

// One pass over invoices: each invoice's amount is the sum of its lines, less principal paid on it.
const OPEN_INVOICES_SQL = sql`
  SELECT i.id, i.debtor_id, i.due_date,
    ${invoiceAmountSql(sql.raw('i.id'))} - ${principalPaidSql(sql.raw('i.id'))} AS open_cents
  FROM invoices i`;

export function listDebtors(db: Db, today: IsoDate, search = '') {
  // What the collector types is text, not a pattern: % and _ match themselves.
  const like = `%${search.trim().toLowerCase().replace(/[!%_]/g, (c) => `!${c}`)}%`;
  const rows = db.all<{
    id: number;
    number: string;
    name: string;
    kind: DebtorKind;
    city: string;
    escalation: Escalation | null;
    open_cents: number;
    open_count: number;
    oldest_due: string | null;
  }>(sql`
    WITH inv AS (${OPEN_INVOICES_SQL})
    SELECT d.id, d.number, d.name, d.kind, d.city, d.escalation,
      -- A credit note's unused credit (open below zero) reduces what the debtor owes.
      COALESCE(SUM(inv.open_cents), 0) AS open_cents,
      COUNT(CASE WHEN inv.open_cents > 0 THEN 1 END) AS open_count,
      MIN(CASE WHEN inv.open_cents > 0 THEN inv.due_date END) AS oldest_due
    FROM debtors d LEFT JOIN inv ON inv.debtor_id = d.id
    WHERE ${search.trim() === '' ? 1 : 0} = 1 OR lower(d.name) LIKE ${like} ESCAPE '!' OR d.number LIKE ${like} ESCAPE '!' OR lower(d.city) LIKE ${like} ESCAPE '!'
    GROUP BY d.id
    ORDER BY (oldest_due IS NULL), oldest_due, d.name`);
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    name: r.name,
    kind: r.kind,
    city: r.city,
    escalation: r.escalation,
    openCents: r.open_cents,
    openInvoiceCount: r.open_count,
    oldestDueDate: r.oldest_due,
    /** Days past the oldest open due date; negative when the first invoice falls due later. */
    daysOverdue: r.oldest_due ? daysBetween(r.oldest_due, today) : null,
  }));
}

export function findDebtor(db: Db, id: number): DebtorRow | undefined {
  return db.select().from(debtors).where(eq(debtors.id, id)).get();
}

/** The id of the debtor with this exact name (the demo ledger's history finds its debtors by name). */
export function findDebtorIdByName(db: Db, name: string): number | undefined {
  return db.select({ id: debtors.id }).from(debtors).where(eq(debtors.name, name)).get()?.id;
}

export function updateDebtor(
  db: Db,
  id: number,
  values: Partial<Pick<DebtorRow, 'contactName' | 'contactRole' | 'contactPhone' | 'contactEmail' | 'escalation' | 'escalationReason' | 'handedOverOn' | 'deliveryStop' | 'deliveryStopOn'>>,
): void {
  if (Object.keys(values).length) db.update(debtors).set(values).where(eq(debtors.id, id)).run();
}

/** Debtor id → name, for naming the debtors of a list. */
export function debtorNamesByIds(db: Db, ids: readonly number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  return new Map(db.select({ id: debtors.id, name: debtors.name }).from(debtors).where(inArray(debtors.id, [...new Set(ids)])).all().map((d) => [d.id, d.name]));
}

export type DebtorValues = Omit<typeof debtors.$inferInsert, 'id' | 'createdAt'>;

export function insertDebtor(db: Db, values: DebtorValues): number {
  return db.insert(debtors).values(values).returning({ id: debtors.id }).get().id;
}

export function findDebtorByNumber(db: Db, number: string): DebtorRow | undefined {
  return db.select().from(debtors).where(eq(debtors.number, number)).get();
}

export function updateDebtorDetails(db: Db, id: number, values: Partial<DebtorValues>): void {
  if (Object.keys(values).length) db.update(debtors).set(values).where(eq(debtors.id, id)).run();
}

export function insertDebtorChange(db: Db, row: typeof debtorChanges.$inferInsert): void {
  db.insert(debtorChanges).values(row).run();
}

export function debtorChangesOf(db: Db, debtorId: number) {
  return db.select().from(debtorChanges).where(eq(debtorChanges.debtorId, debtorId)).orderBy(desc(debtorChanges.id)).all();
}
