// Complaints about invoices (seed 000: "De factuur is onjuist"): registered, handled, resolved, and the
// customer told. While a complaint is open its invoices are held out of reminders and calls.
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from './client';
import { complaintInvoices, complaints, invoices, tasks } from './schema';
import { mustStep, requireDebtor, requireOwnInvoices, requirePastDate, requireText } from './repo-guards';
import type { IsoDate } from '../domain/dates';
import {
  complaintLifecycle,
  complaintStep,
  OPEN_COMPLAINT_STATUSES,
  type ComplaintStatus,
} from '../domain/lifecycle/complaint';
import { AppError, invalidInput, notFound } from '../ipc/errors';

/**
 * Invoices of this debtor under a complaint that is not yet resolved: invoice id → complaint id (the
 * oldest such complaint). Letters and calls leave these invoices out until the complaint is resolved.
 */
export function invoicesUnderOpenComplaint(db: Db, debtorId: number): ReadonlyMap<number, number> {
  const rows = db
    .select({ invoiceId: complaintInvoices.invoiceId, complaintId: complaints.id })
    .from(complaintInvoices)
    .innerJoin(complaints, eq(complaints.id, complaintInvoices.complaintId))
    .where(and(eq(complaints.debtorId, debtorId), inArray(complaints.status, [...OPEN_COMPLAINT_STATUSES])))
    .orderBy(asc(complaints.id))
    .all();
  const held = new Map<number, number>();
  for (const r of rows) if (!held.has(r.invoiceId)) held.set(r.invoiceId, r.complaintId);
  return held;
}

export interface ComplaintItem {
  id: number;
  debtorId: number;
  callId: number | null;
  status: ComplaintStatus;
  description: string;
  handler: string | null;
  resolution: string | null;
  resolvedOn: IsoDate | null;
  customerInformedOn: IsoDate | null;
  openedOn: IsoDate;
  createdAt: string;
  invoices: { id: number; number: string }[];
}

function withInvoices(db: Db, rows: Omit<ComplaintItem, 'invoices'>[]): ComplaintItem[] {
  if (rows.length === 0) return [];
  const links = db
    .select({ complaintId: complaintInvoices.complaintId, id: invoices.id, number: invoices.number })
    .from(complaintInvoices)
    .innerJoin(invoices, eq(invoices.id, complaintInvoices.invoiceId))
    .where(inArray(complaintInvoices.complaintId, rows.map((r) => r.id)))
    .orderBy(asc(invoices.dueDate), asc(invoices.number))
    .all();
  return rows.map((r) => ({
    ...r,
    invoices: links.filter((l) => l.complaintId === r.id).map(({ id, number }) => ({ id, number })),
  }));
}

export function getComplaint(db: Db, complaintId: number): ComplaintItem {
  const row = db.select().from(complaints).where(eq(complaints.id, complaintId)).get();
  if (!row) throw notFound('errors.not_found', { thing: 'complaint', id: complaintId });
  return withInvoices(db, [row])[0]!;
}

/** The debtor's complaints, newest first (the collector looks up earlier complaints before calling). */
export function complaintsOf(db: Db, debtorId: number): ComplaintItem[] {
  const rows = db.select().from(complaints).where(eq(complaints.debtorId, debtorId)).orderBy(desc(complaints.openedOn), desc(complaints.id)).all();
  return withInvoices(db, rows);
}

export interface NewComplaint {
  debtorId: number;
  callId?: number | null;
  description: string;
  /** At least one invoice of this debtor. */
  invoiceIds: number[];
  /** Who takes it up: the complaint starts in behandeling. */
  handler?: string;
  /** Resolved during the call (seed 000: "zelf oplossen"); needs a handler. */
  resolution?: string;
}

/**
 * Registers a complaint opened today. With a handler it is in behandeling at once; with a resolution it
 * is resolved at once, and the customer — on the phone — counts as informed today.
 */
export function registerComplaint(db: Db, input: NewComplaint, today: IsoDate): ComplaintItem {
  return db.transaction((tx) => {
    requireDebtor(tx, input.debtorId);
    const description = requireText(input.description, 'description');
    if (input.invoiceIds.length === 0) throw invalidInput('errors.complaint.no_invoices');
    const own = requireOwnInvoices(tx, input.debtorId, input.invoiceIds);
    const handler = input.handler?.trim() || null;
    const resolution = input.resolution?.trim() || null;
    if (resolution && !handler) throw invalidInput('errors.text.required', { field: 'resolvedBy' });
    const status: ComplaintStatus = resolution
      ? mustStep(complaintLifecycle, 'open', 'resolve')
      : handler
        ? mustStep(complaintLifecycle, 'open', 'start_handling')
        : 'open';
    const { id } = tx
      .insert(complaints)
      .values({
        debtorId: input.debtorId,
        callId: input.callId ?? null,
        description,
        status,
        handler,
        resolution,
        resolvedOn: resolution ? today : null,
        customerInformedOn: resolution ? today : null,
        openedOn: today,
      })
      .returning({ id: complaints.id })
      .get();
    for (const inv of own) tx.insert(complaintInvoices).values({ complaintId: id, invoiceId: inv.id }).run();
    return getComplaint(tx, id);
  });
}

/** A handler takes up an open complaint. */
export function startHandlingComplaint(db: Db, input: { complaintId: number; handler: string }): ComplaintItem {
  return db.transaction((tx) => {
    const c = getComplaint(tx, input.complaintId);
    const handler = requireText(input.handler, 'handler');
    const status = mustStep(complaintLifecycle, c.status, 'start_handling');
    tx.update(complaints).set({ status, handler }).where(eq(complaints.id, c.id)).run();
    return getComplaint(tx, c.id);
  });
}

/**
 * Resolves an open or in-behandeling complaint with what was done; its invoices come off hold. The
 * handler may be given here (or kept from startHandling); resolvedOn defaults to today.
 */
export function resolveComplaint(
  db: Db,
  input: { complaintId: number; resolution: string; handler?: string; resolvedOn?: IsoDate },
  today: IsoDate,
): ComplaintItem {
  return db.transaction((tx) => {
    const c = getComplaint(tx, input.complaintId);
    const status = mustStep(complaintLifecycle, c.status, 'resolve');
    const resolution = requireText(input.resolution, 'resolution');
    const handler = input.handler?.trim() || c.handler;
    if (!handler) throw invalidInput('errors.text.required', { field: 'resolvedBy' });
    const resolvedOn = requirePastDate(input.resolvedOn ?? today, 'resolvedOn', today);
    if (resolvedOn < c.openedOn) throw invalidInput('errors.complaint.resolved_before_opened');
    tx.update(complaints).set({ status, resolution, handler, resolvedOn }).where(eq(complaints.id, c.id)).run();
    closeComplaintTasks(tx, c.id, 'handle_complaint', resolvedOn, `Opgelost: ${resolution}`);
    return getComplaint(tx, c.id);
  });
}

/** The open task about this complaint is done once the complaint step it asked for is done. */
function closeComplaintTasks(db: Db, complaintId: number, type: 'handle_complaint' | 'inform_customer', on: IsoDate, note: string) {
  db.update(tasks)
    .set({ status: 'done', doneOn: on, doneNote: note })
    .where(and(eq(tasks.complaintId, complaintId), eq(tasks.type, type), eq(tasks.status, 'open')))
    .run();
}

/** Records that the customer was told the solution; only after it is resolved, and only once. */
export function markCustomerInformed(
  db: Db,
  input: { complaintId: number; informedOn?: IsoDate },
  today: IsoDate,
): ComplaintItem {
  return db.transaction((tx) => {
    const c = getComplaint(tx, input.complaintId);
    const r = complaintStep(c, 'inform_customer');
    if (!r.ok) throw new AppError('not_allowed', r.reason);
    const informedOn = requirePastDate(input.informedOn ?? today, 'informedOn', today);
    if (c.resolvedOn && informedOn < c.resolvedOn)
      throw invalidInput('errors.complaint.informed_before_resolved');
    tx.update(complaints).set({ customerInformedOn: informedOn }).where(eq(complaints.id, c.id)).run();
    closeComplaintTasks(tx, c.id, 'inform_customer', informedOn, 'Klant geïnformeerd over de oplossing');
    return getComplaint(tx, c.id);
  });
}
