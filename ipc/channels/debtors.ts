// Debtors: the list as the collector sees it, and the debtor file.
import { z } from 'zod';
import { query } from '../channel';
import { Cents, DebtorKind, Escalation, Id, IsoDate } from '../../domain/primitives';
import { Tone } from '../../domain/call-outcome';

export const DebtorListRow = z.object({
  id: Id,
  number: z.string(),
  name: z.string(),
  kind: DebtorKind,
  city: z.string(),
  openCents: Cents,
  openInvoiceCount: z.number().int(),
  oldestDueDate: IsoDate.nullable(),
  /** Days past the oldest open due date; negative when the first invoice falls due later. */
  daysOverdue: z.number().int().nullable(),
  escalation: Escalation.nullable(),
});

export const OpenInvoice = z.object({
  id: Id,
  number: z.string(),
  invoiceDate: IsoDate,
  dueDate: IsoDate,
  description: z.string(),
  amountCents: Cents,
  openCents: Cents,
  daysOverdue: z.number().int(),
  /** Under an open complaint: held out of reminders and calls. */
  onHold: z.boolean(),
  complaintId: Id.nullable(),
});
export type OpenInvoice = z.infer<typeof OpenInvoice>;

export const DebtorFile = z.object({
  debtor: z.object({
    id: Id,
    number: z.string(),
    name: z.string(),
    kind: DebtorKind,
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
    tone: Tone.nullable(),
    deliveryStop: z.boolean(),
    /** The day the delivery stop was set (null when none is, or for one set before the day was kept). */
    deliveryStopOn: IsoDate.nullable(),
    escalation: Escalation.nullable(),
    escalationReason: z.string().nullable(),
    notes: z.string(),
  }),
  openInvoices: z.array(OpenInvoice),
  totalOpenCents: Cents,
});
export type DebtorFile = z.infer<typeof DebtorFile>;

export const debtorChannels = {
  'debtors:list': query(z.object({ search: z.string().max(200).default('') }).strict(), z.array(DebtorListRow)),
  'debtors:get': query(z.object({ id: Id }).strict(), DebtorFile),
};
