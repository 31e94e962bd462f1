// Complaints about invoices (seed 000: "De factuur is onjuist"): registered, handled, resolved, and the
// customer told. While a complaint is open its invoices are held out of reminders and calls; the task
// about a step is done once the step is.
import type { Db } from '../db/client';
import { complaintRegisterPage, findComplaint, insertComplaint, updateComplaint, type ComplaintWithInvoices } from '../db/complaints.repo';
import { closeOpenTasks } from '../db/tasks.repo';
import type { IsoDate } from '../domain/dates';
import { complaintLifecycle, complaintStep, OPEN_COMPLAINT_STATUSES, type ComplaintStatus } from '../domain/lifecycle/complaint';
import type { ComplaintFilter, complaintChannels } from '../ipc/channels/complaints';
import { today, type HandlerGroup } from './context';
import { mustStep, requireDebtor, requireOwnInvoices, requirePastDate, requireText } from './guards';
import { invalidInput, notFound, refused } from './refusals';
import { message } from '../domain/message';

function getComplaint(db: Db, complaintId: number): ComplaintWithInvoices {
  const complaint = findComplaint(db, complaintId);
  if (!complaint) throw notFound('errors.not_found', { thing: 'complaint', id: complaintId });
  return complaint;
}

interface NewComplaint {
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
export function registerComplaint(db: Db, input: NewComplaint, today: IsoDate): ComplaintWithInvoices {
  requireDebtor(db, input.debtorId);
  const description = requireText(input.description, 'description');
  if (input.invoiceIds.length === 0) throw invalidInput('errors.complaint.no_invoices');
  const own = requireOwnInvoices(db, input.debtorId, input.invoiceIds);
  const handler = input.handler?.trim() || null;
  const resolution = input.resolution?.trim() || null;
  if (resolution && !handler) throw invalidInput('errors.text.required', { field: 'resolvedBy' });
  const status: ComplaintStatus = resolution
    ? mustStep(complaintLifecycle, 'open', 'resolve')
    : handler
      ? mustStep(complaintLifecycle, 'open', 'start_handling')
      : 'open';
  const id = insertComplaint(
    db,
    {
      debtorId: input.debtorId,
      callId: input.callId ?? null,
      description,
      status,
      handler,
      resolution,
      resolvedOn: resolution ? today : null,
      customerInformedOn: resolution ? today : null,
      openedOn: today,
    },
    own.map((i) => i.id),
  );
  return getComplaint(db, id);
}

/** A handler takes up an open complaint. */
export function startHandlingComplaint(db: Db, input: { complaintId: number; handler: string }): ComplaintWithInvoices {
  const c = getComplaint(db, input.complaintId);
  const handler = requireText(input.handler, 'handler');
  updateComplaint(db, c.id, { status: mustStep(complaintLifecycle, c.status, 'start_handling'), handler });
  return getComplaint(db, c.id);
}

/**
 * Resolves an open or in-behandeling complaint with what was done; its invoices come off hold. The
 * handler may be given here (or kept from startHandling); resolvedOn defaults to today.
 */
export function resolveComplaint(
  db: Db,
  input: { complaintId: number; resolution: string; handler?: string; resolvedOn?: IsoDate },
  today: IsoDate,
): ComplaintWithInvoices {
  const c = getComplaint(db, input.complaintId);
  const status = mustStep(complaintLifecycle, c.status, 'resolve');
  const resolution = requireText(input.resolution, 'resolution');
  const handler = input.handler?.trim() || c.handler;
  if (!handler) throw invalidInput('errors.text.required', { field: 'resolvedBy' });
  const resolvedOn = requirePastDate(input.resolvedOn ?? today, 'resolvedOn', today);
  if (resolvedOn < c.openedOn) throw invalidInput('errors.complaint.resolved_before_opened');
  updateComplaint(db, c.id, { status, resolution, handler, resolvedOn });
  closeOpenTasks(db, { complaintId: c.id, types: ['handle_complaint'] }, resolvedOn, null, message('task.closed_by.complaint_resolved', { resolution }));
  return getComplaint(db, c.id);
}

/** Records that the customer was told the solution; only after it is resolved, and only once. */
export function markCustomerInformed(db: Db, input: { complaintId: number; informedOn?: IsoDate }, today: IsoDate): ComplaintWithInvoices {
  const c = getComplaint(db, input.complaintId);
  const r = complaintStep(c, 'inform_customer');
  if (!r.ok) throw refused(r.reason);
  const informedOn = requirePastDate(input.informedOn ?? today, 'informedOn', today);
  if (c.resolvedOn && informedOn < c.resolvedOn) throw invalidInput('errors.complaint.informed_before_resolved');
  updateComplaint(db, c.id, { customerInformedOn: informedOn });
  closeOpenTasks(db, { complaintId: c.id, types: ['inform_customer'] }, informedOn, null, message('task.closed_by.customer_informed'));
  return getComplaint(db, c.id);
}

function statusesFor(filter: ComplaintFilter): readonly ComplaintStatus[] | null {
  if (filter === 'all') return null;
  return filter === 'unresolved' ? OPEN_COMPLAINT_STATUSES : [filter];
}

export const complaintHandlers = {
  'complaints:list': (ctx, { status, debtorId, limit, after }) =>
    complaintRegisterPage(ctx.db, { statuses: statusesFor(status), debtorId: debtorId ?? null, limit, after }),
  'complaints:register': (ctx, input) => registerComplaint(ctx.db, input, today(ctx)),
  'complaints:startHandling': (ctx, input) => startHandlingComplaint(ctx.db, input),
  'complaints:resolve': (ctx, input) => resolveComplaint(ctx.db, input, today(ctx)),
  'complaints:informCustomer': (ctx, input) => markCustomerInformed(ctx.db, input, today(ctx)),
} satisfies HandlerGroup<keyof typeof complaintChannels>;
