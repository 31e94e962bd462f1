import { z } from 'zod';
import { channel } from '../channel';

const Id = z.number().int().positive();

export const DebtorListRow = z.object({
  id: Id,
  number: z.string(),
  name: z.string(),
  kind: z.enum(['business', 'consumer']),
  city: z.string(),
  openCents: z.number().int(),
  openInvoiceCount: z.number().int(),
  oldestDueDate: z.string().nullable(),
  daysOverdue: z.number().int().nullable(),
  escalation: z.enum(['ingebrekestelling', 'overdracht']).nullable(),
});

export const OpenInvoice = z.object({
  id: Id,
  number: z.string(),
  invoiceDate: z.string(),
  dueDate: z.string(),
  description: z.string(),
  amountCents: z.number().int(),
  openCents: z.number().int(),
  daysOverdue: z.number().int(),
  onHold: z.boolean(),
  complaintId: z.number().int().nullable(),
});
export type OpenInvoice = z.infer<typeof OpenInvoice>;

export const DebtorFile = z.object({
  debtor: z.object({
    id: Id,
    number: z.string(),
    name: z.string(),
    kind: z.enum(['business', 'consumer']),
    salutation: z.string().nullable(),
    addressLine: z.string(),
    postcode: z.string(),
    city: z.string(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    contactName: z.string().nullable(),
    contactRole: z.string().nullable(),
    contactPhone: z.string().nullable(),
    contactEmail: z.string().nullable(),
    mayOfferPlan: z.boolean(),
    maxPlanTerms: z.number().int(),
    tone: z.enum(['zakelijk', 'vriendelijk', 'streng']).nullable(),
    deliveryStop: z.boolean(),
    escalation: z.enum(['ingebrekestelling', 'overdracht']).nullable(),
    escalationReason: z.string().nullable(),
    notes: z.string(),
  }),
  openInvoices: z.array(OpenInvoice),
  totalOpenCents: z.number().int(),
});
export type DebtorFile = z.infer<typeof DebtorFile>;

export const debtorChannels = {
  'debtors:list': channel(z.object({ search: z.string().max(200).default('') }).strict(), z.array(DebtorListRow)),
  'debtors:get': channel(z.object({ id: Id }).strict(), DebtorFile),
};
