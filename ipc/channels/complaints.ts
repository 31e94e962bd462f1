// Complaints about invoices (seed 000 "De factuur is onjuist"): the register, and each step of one.
import { z } from 'zod';
import { mutation, query } from '../channel';
import { DebtorRef, Text } from './common';
import { Id, IsoDate } from '../../domain/primitives';
import { COMPLAINT_STATUSES } from '../../domain/lifecycle/complaint';

export const ComplaintStatus = z.enum(COMPLAINT_STATUSES);

export const ComplaintItem = z.object({
  id: Id,
  debtorId: Id,
  callId: Id.nullable(),
  status: ComplaintStatus,
  description: z.string(),
  handler: z.string().nullable(),
  resolution: z.string().nullable(),
  resolvedOn: IsoDate.nullable(),
  customerInformedOn: IsoDate.nullable(),
  openedOn: IsoDate,
  createdAt: z.string(),
  invoices: z.array(z.object({ id: Id, number: z.string() })),
});
export type ComplaintItem = z.infer<typeof ComplaintItem>;

export const ComplaintRow = ComplaintItem.extend({ debtor: DebtorRef });
export type ComplaintRow = z.infer<typeof ComplaintRow>;

/** 'unresolved' is open and in behandeling together: what still holds invoices. */
export const ComplaintFilter = z.enum(['all', 'unresolved', ...COMPLAINT_STATUSES]);
export type ComplaintFilter = z.infer<typeof ComplaintFilter>;

const ComplaintInput = z.object({ complaintId: Id });

/** Complaints per page when the caller does not say; the largest page a caller may ask for. */
export const COMPLAINT_PAGE_SIZE = 25;
export const MAX_COMPLAINT_PAGE_SIZE = 200;

/** Where a page ends: the day its last complaint was opened and its id, handed back unchanged. */
export const ComplaintCursor = z.tuple([IsoDate, Id]);

export const ComplaintListQuery = z
  .object({
    status: ComplaintFilter.default('all'),
    debtorId: Id.optional(),
    limit: z.number().int().min(1).max(MAX_COMPLAINT_PAGE_SIZE).default(COMPLAINT_PAGE_SIZE),
    /** The previous page's nextCursor; null (or left out) for the first page. */
    after: ComplaintCursor.nullable().default(null),
  })
  .strict();

export const ComplaintPage = z.object({
  /** Newest first: the day opened, then the later registered first. */
  complaints: z.array(ComplaintRow),
  /** Null on the last page. */
  nextCursor: ComplaintCursor.nullable(),
  /** All complaints the filter finds, not only this page. */
  total: z.number().int(),
});
export type ComplaintPage = z.infer<typeof ComplaintPage>;

export const complaintChannels = {
  'complaints:list': query(ComplaintListQuery, ComplaintPage),
  'complaints:register': mutation(
    z.object({ debtorId: Id, description: Text, invoiceIds: z.array(Id), handler: Text.optional(), resolution: Text.optional() }).strict(),
    ComplaintItem,
  ),
  'complaints:startHandling': mutation(ComplaintInput.extend({ handler: Text }).strict(), ComplaintItem),
  'complaints:resolve': mutation(
    ComplaintInput.extend({ resolution: Text, handler: Text.optional(), resolvedOn: IsoDate.optional() }).strict(),
    ComplaintItem,
  ),
  'complaints:informCustomer': mutation(ComplaintInput.extend({ informedOn: IsoDate.optional() }).strict(), ComplaintItem),
};
