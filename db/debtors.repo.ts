// Debtors: one debtor's row, and the columns the application changes (contact, escalation, details). The
// list is debtor-list.repo.ts.
import { eq, sql } from 'drizzle-orm';
import type { Db } from './client';
import { debtorChanges, debtors } from './schema';
import { preparedOnce, preparedSql } from './prepared';

export type DebtorRow = typeof debtors.$inferSelect;

export function findDebtor(db: Db, id: number): DebtorRow | undefined {
  return preparedOnce(db, 'debtor', (d) => d.select().from(debtors).where(eq(debtors.id, sql.placeholder('id'))).prepare()).get({ id });
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
  // One prepared statement for any number of ids: drizzle built the SQL of 10 000 ids anew for a bank statement.
  const rows = preparedSql(db, 'debtorNamesByIds', 'SELECT id, name FROM debtors WHERE id IN (SELECT value FROM json_each(?))').raw().all(JSON.stringify([...new Set(ids)])) as [number, string][];
  return new Map(rows);
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

/**
 * What a payment sets in motion for each of these debtors beyond its allocation: an active plan, pending
 * or broken promises, an open "check the payment" task, a consumer's notices of default. One statement.
 */
export function paymentFollowUpsOf(db: Db, ids: readonly number[]) {
  return db.all<{ id: number; kind: DebtorRow['kind']; activePlan: 0 | 1; openPromise: 0 | 1; verifyTask: 0 | 1; noticeOfDefault: 0 | 1 }>(sql`
    SELECT d.id, d.kind,
      EXISTS (SELECT 1 FROM payment_plans p WHERE p.debtor_id = d.id AND p.status = 'active') AS activePlan,
      EXISTS (SELECT 1 FROM promises p WHERE p.debtor_id = d.id AND p.status IN ('pending', 'broken')) AS openPromise,
      EXISTS (SELECT 1 FROM tasks t WHERE t.debtor_id = d.id AND t.status = 'open' AND t.type = 'verify_payment') AS verifyTask,
      EXISTS (SELECT 1 FROM letters l WHERE l.debtor_id = d.id AND l.type = 'reminder3') AS noticeOfDefault
    FROM debtors d WHERE d.id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`);
}
