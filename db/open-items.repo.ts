// What an open-items import reads and writes in bulk: the ledger's invoices and debtors by the numbers
// a file names (one statement each), new debtors and invoices inserted in batches, and the invoices of
// a source that a full export no longer lists. Deciding what changes is handlers/imports.ts.
import { eq, sql } from 'drizzle-orm';
import type { Db } from './client';
import { debtors, invoiceLines, invoices } from './schema';
import { invoiceAmountSql, principalPaidSql } from './invoice-balances';
import type { IsoDate } from '../domain/dates';
import type { Cents } from '../domain/money';

export interface LedgerInvoice {
  id: number;
  number: string;
  debtorId: number;
  debtorNumber: string;
  debtorName: string;
  invoiceDate: IsoDate;
  dueDate: IsoDate;
  description: string;
  paymentReference: string | null;
  importSourceId: number | null;
  amountCents: Cents;
  paidCents: Cents;
  lineCount: number;
}

const json = (values: readonly string[]) => JSON.stringify(values);

/** The ledger's invoices with these numbers, with amount and principal paid. */
export function invoicesByNumbers(db: Db, numbers: readonly string[]): LedgerInvoice[] {
  return db.all<LedgerInvoice>(sql`
    SELECT i.id, i.number, i.debtor_id AS debtorId, d.number AS debtorNumber, d.name AS debtorName,
      i.invoice_date AS invoiceDate, i.due_date AS dueDate, i.description, i.payment_reference AS paymentReference,
      i.import_source_id AS importSourceId,
      ${invoiceAmountSql(sql.raw('i.id'))} AS amountCents, ${principalPaidSql(sql.raw('i.id'))} AS paidCents,
      (SELECT COUNT(*) FROM invoice_lines l WHERE l.invoice_id = i.id) AS lineCount
    FROM invoices i JOIN debtors d ON d.id = i.debtor_id
    WHERE i.number IN (SELECT value FROM json_each(${json(numbers)}))`);
}

/** The ledger's debtors with these numbers. */
export function debtorsByNumbers(db: Db, numbers: readonly string[]): { id: number; number: string; name: string }[] {
  return db.all(sql`SELECT id, number, name FROM debtors WHERE number IN (SELECT value FROM json_each(${json(numbers)}))`);
}

/** Open invoices imported from this source whose numbers are not among `present`. */
export function openInvoicesOfSourceNotIn(db: Db, sourceId: number, present: readonly string[]) {
  return db.all<{ invoiceId: number; number: string; debtorId: number; debtorNumber: string; debtorName: string; dueDate: IsoDate; openCents: Cents }>(sql`
    WITH inv AS MATERIALIZED (
      SELECT i.id, i.number, i.debtor_id, i.due_date,
        ${invoiceAmountSql(sql.raw('i.id'))} - ${principalPaidSql(sql.raw('i.id'))} AS open_cents
      FROM invoices i WHERE i.import_source_id = ${sourceId})
    SELECT inv.id AS invoiceId, inv.number, inv.debtor_id AS debtorId, d.number AS debtorNumber, d.name AS debtorName,
      inv.due_date AS dueDate, inv.open_cents AS openCents
    FROM inv JOIN debtors d ON d.id = inv.debtor_id
    WHERE inv.open_cents > 0 AND inv.number NOT IN (SELECT value FROM json_each(${json(present)}))
    ORDER BY d.name, inv.due_date, inv.number`);
}

export type NewDebtor = Pick<typeof debtors.$inferInsert, 'number' | 'name' | 'addressLine' | 'postcode' | 'city' | 'email' | 'phone'>;

// Each bulk insert is one statement fed the rows as one JSON array (json_each): building a multi-row
// INSERT with the query builder cost far more than SQLite's writing (the bench's import against raw inserts).

/** Inserts the debtors; returns number → id. */
export function insertDebtors(db: Db, rows: readonly NewDebtor[]): Map<string, number> {
  if (rows.length === 0) return new Map();
  const data = JSON.stringify(rows.map((r) => [r.number, r.name, r.addressLine ?? '', r.postcode ?? '', r.city ?? '', r.email ?? null, r.phone ?? null]));
  const inserted = db.all<{ id: number; number: string }>(sql`
    INSERT INTO debtors (number, name, address_line, postcode, city, email, phone)
    SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6 FROM json_each(${data}) ORDER BY key
    RETURNING id, number`);
  return new Map(inserted.map((r) => [r.number, r.id]));
}

export interface NewInvoice {
  debtorId: number;
  number: string;
  invoiceDate: IsoDate;
  dueDate: IsoDate;
  description: string;
  paymentReference: string | null;
  /** The export it came from; null for an invoice entered by hand. */
  importSourceId: number | null;
  amountCents: Cents;
}

/** Inserts the invoices, each with one line of its amount; returns number → id. */
export function insertInvoicesWithLine(db: Db, rows: readonly NewInvoice[]): Map<string, number> {
  if (rows.length === 0) return new Map();
  const data = JSON.stringify(rows.map((r) => [r.debtorId, r.number, r.invoiceDate, r.dueDate, r.description, r.paymentReference, r.importSourceId, r.amountCents]));
  const inserted = db.all<{ id: number; number: string }>(sql`
    INSERT INTO invoices (debtor_id, number, invoice_date, due_date, description, payment_reference, import_source_id)
    SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6 FROM json_each(${data}) ORDER BY key
    RETURNING id, number`);
  // Each invoice's one line, joined on the number just inserted (numbers are unique in the ledger).
  db.run(sql`
    INSERT INTO invoice_lines (invoice_id, description, amount_cents)
    SELECT i.id, j.value ->> 4, j.value ->> 7 FROM json_each(${data}) j JOIN invoices i ON i.number = j.value ->> 1 ORDER BY j.key`);
  return new Map(inserted.map((r) => [r.number, r.id]));
}

export function updateImportedInvoice(
  db: Db,
  id: number,
  values: Partial<Pick<typeof invoices.$inferInsert, 'invoiceDate' | 'dueDate' | 'description' | 'paymentReference' | 'importSourceId'>>,
): void {
  if (Object.keys(values).length) db.update(invoices).set(values).where(eq(invoices.id, id)).run();
}

/** Makes a one-line invoice's amount this (the bookkeeping corrected it). */
export function setSingleLineAmount(db: Db, invoiceId: number, amountCents: Cents): void {
  db.update(invoiceLines).set({ amountCents }).where(eq(invoiceLines.invoiceId, invoiceId)).run();
}

/** Every invoice with something open (credit notes with credit left), as the open-items export writes it; one statement. */
export function openItemsForExport(db: Db) {
  const rows = db.all<{
    debtorCode: string;
    debtorName: string;
    invoiceNumber: string;
    invoiceDate: IsoDate;
    dueDate: IsoDate;
    originalCents: Cents;
    paidCents: Cents;
    paymentReference: string | null;
    description: string;
    addressLine: string;
    postcode: string;
    city: string;
    email: string | null;
    phone: string | null;
  }>(sql`
    WITH inv AS MATERIALIZED (
      SELECT i.*, ${invoiceAmountSql(sql.raw('i.id'))} AS amount_cents, ${principalPaidSql(sql.raw('i.id'))} AS paid_cents FROM invoices i)
    SELECT d.number AS debtorCode, d.name AS debtorName, inv.number AS invoiceNumber, inv.invoice_date AS invoiceDate, inv.due_date AS dueDate,
      inv.amount_cents AS originalCents, inv.paid_cents AS paidCents, inv.payment_reference AS paymentReference, inv.description,
      d.address_line AS addressLine, d.postcode, d.city, d.email, d.phone
    FROM inv JOIN debtors d ON d.id = inv.debtor_id
    WHERE inv.amount_cents - inv.paid_cents <> 0
    ORDER BY d.number, inv.due_date, inv.number`);
  return rows.map((r) => ({
    debtorCode: r.debtorCode,
    debtorName: r.debtorName,
    invoiceNumber: r.invoiceNumber,
    invoiceDate: r.invoiceDate,
    dueDate: r.dueDate,
    originalCents: r.originalCents,
    openCents: r.originalCents - r.paidCents,
    paymentReference: r.paymentReference,
    description: r.description,
    debtor: { addressLine: r.addressLine, postcode: r.postcode, city: r.city, email: r.email ?? '', phone: r.phone ?? '' },
  }));
}
