// Bank statement entries as imported, and what the ledger knows for matching new ones: open amounts
// per invoice, the accounts each debtor paid from, and earlier matched payments a return may undo.
// Table-level only; matching is domain/bank-matching.ts, applying it handlers/bank.ts.
import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Db } from './client';
import { bankEntries, debtors } from './schema';
import type { IsoDate } from '../domain/dates';
import type { Cents } from '../domain/money';
import { insertRows } from './prepared';

export type BankEntryRow = typeof bankEntries.$inferSelect;
export type NewBankEntry = typeof bankEntries.$inferInsert;

/** Of these ids and content keys, those imported before (the same payment in another format has the same content key). */
export function knownEntries(db: Db, entryIds: readonly string[], contentKeys: readonly string[]): { entryIds: Set<string>; contentKeys: Set<string> } {
  const rows = db.all<{ entry_id: string; content_key: string }>(sql`
    SELECT entry_id, content_key FROM bank_entries
    WHERE entry_id IN (SELECT value FROM json_each(${JSON.stringify(entryIds)}))
       OR content_key IN (SELECT value FROM json_each(${JSON.stringify(contentKeys)}))`);
  return { entryIds: new Set(rows.map((r) => r.entry_id)), contentKeys: new Set(rows.map((r) => r.content_key)) };
}

// How the matcher compares numbers and references (domain/bank-matching.ts), said in SQL for text of
// printable ASCII, where SQLite's upper() and JavaScript's toUpperCase() agree and the only white space
// is the space. A number with any other character (a tab, a non-breaking space, an accented letter) is
// always read: the matcher compares it itself. So the rows read are the ones the matcher could find.
const NUMBER_KEY = (column: string) => sql.raw(`upper(replace(${column}, ' ', ''))`);
const REFERENCE_KEY = (column: string) => sql.raw(`upper(replace(replace(replace(replace(${column}, ' ', ''), '.', ''), '-', ''), '/', ''))`);
const NOT_PLAIN = (column: string) => sql.raw(`${column} GLOB '*[^ -~]*'`);
const jsonList = (values: readonly unknown[]) => sql`(SELECT value FROM json_each(${JSON.stringify(values)}))`;

/**
 * The invoices a statement can name, with what is open on each (≤ 0 when paid or a credit note; the stored
 * balance), in one statement: by number or payment reference (StatementClues), every invoice of the given
 * debtors, and the invoices of the given ids. In the order they were entered, as the matcher ranks equals.
 */
export function matchableInvoices(db: Db, lookup: { numberKeys: readonly string[]; references: readonly string[]; debtorIds: readonly number[]; invoiceIds: readonly number[] }) {
  return db.all<{ invoiceId: number; invoiceNumber: string; debtorId: number; openCents: Cents; dueDate: IsoDate; paymentReference: string | null }>(sql`
    SELECT i.id AS invoiceId, i.number AS invoiceNumber, i.debtor_id AS debtorId,
      i.open_cents AS openCents,
      i.due_date AS dueDate, i.payment_reference AS paymentReference
    FROM invoices i
    WHERE ${NUMBER_KEY('i.number')} IN ${jsonList(lookup.numberKeys)} OR ${NOT_PLAIN('i.number')}
       OR ${REFERENCE_KEY('i.payment_reference')} IN ${jsonList(lookup.references)} OR ${NOT_PLAIN('i.payment_reference')}
       OR i.debtor_id IN ${jsonList(lookup.debtorIds)} OR i.id IN ${jsonList(lookup.invoiceIds)}
    ORDER BY i.id`);
}

/**
 * The debtors a statement can name — by number (StatementClues) or by an account a matched payment of
 * theirs came from — each with all those accounts; one statement. In the order of their numbers, which
 * decides (as it always did) which of two numbers that compare alike the matcher takes.
 */
export function matchableDebtors(db: Db, lookup: { debtorKeys: readonly string[]; ibans: readonly string[] }) {
  const rows = db.all<{ debtorId: number; number: string; ibans: string }>(sql`
    SELECT d.id AS debtorId, d.number AS number,
      (SELECT json_group_array(DISTINCT b.counterparty_iban) FROM bank_entries b
        WHERE b.debtor_id = d.id AND b.counterparty_iban IS NOT NULL AND b.outcome IN ('matched', 'reversed')) AS ibans
    FROM debtors d
    WHERE ${NUMBER_KEY('d.number')} IN ${jsonList(lookup.debtorKeys)} OR ${NOT_PLAIN('d.number')}
       OR d.id IN (SELECT b.debtor_id FROM bank_entries b WHERE b.counterparty_iban IN ${jsonList(lookup.ibans)} AND b.outcome IN ('matched', 'reversed'))
    ORDER BY d.number`);
  return rows.map((r) => ({ debtorId: r.debtorId, number: r.number, ibans: JSON.parse(r.ibans) as string[] }));
}

/** Matched payments of one of these amounts not taken back yet (what a reversal or return may undo), with the invoices their payment was put on. */
export function liveMatches(db: Db, amounts: readonly Cents[]) {
  if (amounts.length === 0) return [];
  const rows = db.all<{
    entryId: string;
    debtorId: number;
    bookingDate: IsoDate;
    amountCents: Cents;
    endToEndId: string | null;
    counterpartyIban: string | null;
    structuredReference: string | null;
    allocations: string;
  }>(sql`
    SELECT b.entry_id AS entryId, b.debtor_id AS debtorId, b.booking_date AS bookingDate, b.amount_cents AS amountCents,
      b.end_to_end_id AS endToEndId, b.counterparty_iban AS counterpartyIban, b.structured_reference AS structuredReference,
      (SELECT json_group_array(json_object('invoiceId', a.invoice_id, 'cents', a.amount_cents)) FROM payment_allocations a
        WHERE a.payment_id = b.payment_id AND a.invoice_id IS NOT NULL) AS allocations
    FROM bank_entries b WHERE b.outcome = 'matched' AND b.payment_id IS NOT NULL AND b.direction = 'credit'
      AND b.amount_cents IN ${jsonList(amounts)}
    ORDER BY b.booking_date, b.id`);
  return rows.map((r) => ({ ...r, allocations: JSON.parse(r.allocations) as { invoiceId: number; cents: Cents }[], undone: false }));
}

export function insertBankEntry(db: Db, entry: NewBankEntry): BankEntryRow {
  return db.insert(bankEntries).values(entry).returning().get();
}

const BANK_ENTRY_COLUMNS = [
  'entryId', 'contentKey', 'importRunId', 'accountIban', 'bookingDate', 'amountCents', 'direction', 'reversal', 'returnReason', 'counterpartyName',
  'counterpartyIban', 'structuredReference', 'unstructured', 'endToEndId', 'outcome', 'method', 'debtorId', 'paymentId', 'installments', 'undoesEntryId', 'reason', 'detail',
] as const satisfies readonly (keyof NewBankEntry)[];

/** Inserts a statement's entries (one prepared statement, run per entry); returns their ids in order. */
export function insertBankEntries(db: Db, entries: readonly NewBankEntry[]): number[] {
  const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));
  const columns = BANK_ENTRY_COLUMNS.map((c) => bankEntries[c].name);
  return insertRows(db, 'insertBankEntries', `INSERT INTO bank_entries (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    entries.map((e) => [
      e.entryId, e.contentKey, e.importRunId, e.accountIban ?? null, e.bookingDate, e.amountCents, e.direction, e.reversal ? 1 : 0, e.returnReason ?? null,
      e.counterpartyName ?? null, e.counterpartyIban ?? null, e.structuredReference ?? null, e.unstructured ?? '', e.endToEndId ?? null, e.outcome,
      e.method ?? null, e.debtorId ?? null, e.paymentId ?? null, JSON.stringify(e.installments ?? []), e.undoesEntryId ?? null, json(e.reason), json(e.detail),
    ]));
}

export function findBankEntry(db: Db, id: number): BankEntryRow | undefined {
  return db.select().from(bankEntries).where(eq(bankEntries.id, id)).get();
}

export function findBankEntryByEntryId(db: Db, entryId: string): BankEntryRow | undefined {
  return db.select().from(bankEntries).where(eq(bankEntries.entryId, entryId)).get();
}

export function updateBankEntry(db: Db, id: number, values: Partial<Pick<BankEntryRow, 'outcome' | 'method' | 'debtorId' | 'paymentId' | 'installments' | 'undoneByEntryId' | 'reason' | 'detail'>>): void {
  db.update(bankEntries).set(values).where(eq(bankEntries.id, id)).run();
}

/** Unmatched payments, oldest first, a page at a time, with the debtor the account points to. */
export function unmatchedEntries(db: Db, offset: number, limit: number) {
  const total = db.select({ n: count() }).from(bankEntries).where(eq(bankEntries.outcome, 'unmatched')).get()!.n;
  const rows = db
    .select({ entry: bankEntries, debtorName: debtors.name })
    .from(bankEntries)
    .leftJoin(debtors, eq(debtors.id, bankEntries.debtorId))
    .where(and(eq(bankEntries.outcome, 'unmatched')))
    .orderBy(asc(bankEntries.bookingDate), asc(bankEntries.id))
    .limit(limit)
    .offset(offset)
    .all();
  return { total, rows };
}
