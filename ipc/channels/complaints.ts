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

export const complaintChannels = {
  'complaints:list': query(z.object({ status: ComplaintFilter.default('all'), debtorId: Id.optional() }).strict(), z.array(ComplaintRow)),
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
