// Complaints about invoices and the invoices each is about (complaints, complaint_invoices): table-level
// reads and writes. The lifecycle is domain/lifecycle/complaint.ts; the use cases handlers/complaints.ts.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from './client';
import { complaintInvoices, complaints, invoices } from './schema';
import { preparedOnce, preparedSql } from './prepared';
import { OPEN_COMPLAINT_STATUSES, type ComplaintStatus } from '../domain/lifecycle/complaint';

export type ComplaintRow = typeof complaints.$inferSelect;
export type ComplaintWithInvoices = ComplaintRow & { invoices: { id: number; number: string }[] };

/**
 * Invoices of this debtor under a complaint that is not yet resolved: invoice id → complaint id (the
 * oldest such complaint). Letters and calls leave these invoices out until the complaint is resolved.
 */
export function invoicesUnderOpenComplaint(db: Db, debtorId: number): ReadonlyMap<number, number> {
  const rows = preparedOnce(db, 'invoicesUnderOpenComplaint', (d) =>
    d
      .select({ invoiceId: complaintInvoices.invoiceId, complaintId: complaints.id })
      .from(complaintInvoices)
      .innerJoin(complaints, eq(complaints.id, complaintInvoices.complaintId))
      .where(and(eq(complaints.debtorId, sql.placeholder('debtorId')), inArray(complaints.status, [...OPEN_COMPLAINT_STATUSES])))
      .orderBy(asc(complaints.id))
      .prepare(),
  ).all({ debtorId });
  const held = new Map<number, number>();
  for (const r of rows) if (!held.has(r.invoiceId)) held.set(r.invoiceId, r.complaintId);
  return held;
}

type InvoiceLink = { complaintId: number; id: number; number: string };

/** Each complaint with its invoices, from links ordered as each complaint lists them (due date, number). */
function joined<R extends ComplaintRow>(rows: R[], links: InvoiceLink[]): (R & { invoices: { id: number; number: string }[] })[] {
  const byComplaint = new Map(rows.map((r) => [r.id, { ...r, invoices: [] as { id: number; number: string }[] }]));
  for (const { complaintId, id, number } of links) byComplaint.get(complaintId)?.invoices.push({ id, number });
  return [...byComplaint.values()];
}

const invoiceLinks = (d: Db) =>
  d.select({ complaintId: complaintInvoices.complaintId, id: invoices.id, number: invoices.number }).from(complaintInvoices).innerJoin(invoices, eq(invoices.id, complaintInvoices.invoiceId));

function withInvoices<R extends ComplaintRow>(db: Db, rows: R[]): (R & { invoices: { id: number; number: string }[] })[] {
  if (rows.length === 0) return [];
  const links = invoiceLinks(db)
    .where(inArray(complaintInvoices.complaintId, rows.map((r) => r.id)))
    .orderBy(asc(invoices.dueDate), asc(invoices.number))
    .all();
  return joined(rows, links);
}

/** A new complaint and the invoices it is about. */
export function insertComplaint(db: Db, row: typeof complaints.$inferInsert, invoiceIds: readonly number[]): number {
  const { id } = db.insert(complaints).values(row).returning({ id: complaints.id }).get();
  if (invoiceIds.length) db.insert(complaintInvoices).values(invoiceIds.map((invoiceId) => ({ complaintId: id, invoiceId }))).run();
  return id;
}

export function findComplaint(db: Db, complaintId: number): ComplaintWithInvoices | undefined {
  const row = db.select().from(complaints).where(eq(complaints.id, complaintId)).get();
  return row ? withInvoices(db, [row])[0] : undefined;
}

/** The debtor's complaints, newest first (the collector looks up earlier complaints before calling); two statements prepared once. */
export function complaintsOf(db: Db, debtorId: number): ComplaintWithInvoices[] {
  const params = { debtorId };
  const rows = preparedOnce(db, 'complaintsOf', (d) =>
    d.select().from(complaints).where(eq(complaints.debtorId, sql.placeholder('debtorId'))).orderBy(desc(complaints.openedOn), desc(complaints.id)).prepare(),
  ).all(params);
  if (rows.length === 0) return [];
  const links = preparedOnce(db, 'complaintsOf:invoices', (d) =>
    invoiceLinks(d)
      .where(inArray(complaintInvoices.complaintId, d.select({ id: complaints.id }).from(complaints).where(eq(complaints.debtorId, sql.placeholder('debtorId')))))
      .orderBy(asc(invoices.dueDate), asc(invoices.number))
      .prepare(),
  ).all(params);
  return joined(rows, links);
}

/** Where a page of the register ends: the day its last complaint was opened, and its id. */
export type ComplaintCursor = [openedOn: string, id: number];

export interface ComplaintRegisterQuery {
  /** These statuses only; all when null. */
  statuses: readonly ComplaintStatus[] | null;
  /** One debtor's, or everyone's when null. */
  debtorId: number | null;
  limit: number;
  after: ComplaintCursor | null;
}

interface RegisterRow extends ComplaintRow {
  debtorName: string;
  invoices: string;
}

// The same filter for the page and the count: a debtor's own complaints by its index, everyone's by status.
const registerFilter = (byDebtor: boolean) => `
  ${byDebtor ? 'c.debtor_id = @debtorId' : '1'}
  AND (@statuses IS NULL OR c.status IN (SELECT value FROM json_each(@statuses)))`;

// `+@limit`: with a bare LIMIT parameter SQLite 3.54 prepares the statement again each time a number is bound.
const registerPage = (byDebtor: boolean) => `
  SELECT c.id, c.debtor_id AS debtorId, c.call_id AS callId, c.status, c.description, c.handler, c.resolution,
    c.resolved_on AS resolvedOn, c.customer_informed_on AS customerInformedOn, c.opened_on AS openedOn, c.created_at AS createdAt,
    d.name AS debtorName,
    (SELECT json_group_array(json_object('id', i.id, 'number', i.number) ORDER BY i.due_date, i.number)
      FROM complaint_invoices ci JOIN invoices i ON i.id = ci.invoice_id WHERE ci.complaint_id = c.id) AS invoices
  FROM complaints c JOIN debtors d ON d.id = c.debtor_id
  WHERE ${registerFilter(byDebtor)}
    AND (@afterDate IS NULL OR (c.opened_on, c.id) < (@afterDate, @afterId))
  ORDER BY c.opened_on DESC, c.id DESC
  LIMIT +@limit`;

/**
 * One page of the complaint register, newest first (the day opened, then the later one first): complaints
 * in these statuses, of one debtor or all, each with its debtor and invoices, in one statement; one row
 * more than asked to know whether another page follows.
 */
export function complaintRegisterPage(db: Db, q: ComplaintRegisterQuery) {
  const byDebtor = q.debtorId !== null;
  const params = { debtorId: q.debtorId, statuses: q.statuses === null ? null : JSON.stringify(q.statuses) };
  const rows = preparedSql(db, `complaintRegisterPage:${byDebtor}`, registerPage(byDebtor)).all({
    ...params,
    afterDate: q.after?.[0] ?? null,
    afterId: q.after?.[1] ?? null,
    limit: q.limit + 1,
  }) as RegisterRow[];
  const shown = rows.slice(0, q.limit).map(({ debtorName, invoices, ...c }) => ({
    ...c,
    invoices: JSON.parse(invoices) as { id: number; number: string }[],
    debtor: { id: c.debtorId, name: debtorName },
  }));
  const last = shown.at(-1);
  const { n } = preparedSql(db, `complaintRegisterCount:${byDebtor}`, `SELECT COUNT(*) AS n FROM complaints c WHERE ${registerFilter(byDebtor)}`).get(params) as { n: number };
  return { complaints: shown, nextCursor: rows.length > q.limit && last ? ([last.openedOn, last.id] as ComplaintCursor) : null, total: n };
}

export function updateComplaint(
  db: Db,
  complaintId: number,
  values: Partial<Pick<ComplaintRow, 'status' | 'handler' | 'resolution' | 'resolvedOn' | 'customerInformedOn'>>,
): void {
  db.update(complaints).set(values).where(eq(complaints.id, complaintId)).run();
}
