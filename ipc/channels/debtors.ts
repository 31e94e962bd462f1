// Debtors: the list as the collector sees it, and the debtor file.
import { z } from 'zod';
import { mutation, query } from '../channel';
import { Cents, ContactTitle, DebtorKind, Escalation, Id, IsoDate, PositiveCents } from '../../domain/primitives';
import { MAX_PLAN_TERMS, TaskType, Tone } from '../../domain/call-outcome';
import { DEBTOR_PAGE_SIZE, DEBTOR_SORTS, MAX_DEBTOR_PAGE_SIZE, SORT_DIRECTIONS } from '../../domain/debtor-list';
import { Message } from '../../domain/message';
import { PromiseStatus } from './promises';
import { PlanStatus } from './plans';

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
  /** The latest promise to pay, whatever became of it. */
  promise: z.object({ status: PromiseStatus, promisedDate: IsoDate, amountCents: Cents }).nullable(),
  /** The latest payment plan, with the due date of its first term not yet paid. */
  plan: z.object({ status: PlanStatus, nextDueDate: IsoDate.nullable() }).nullable(),
  /** Complaints not yet resolved (open or in behandeling). */
  openComplaints: z.number().int(),
  /** The last call: when it started and how it ended. */
  lastContact: z.object({ at: z.string(), result: z.string() }).nullable(),
  /** The first open task, by due date and time. */
  nextAction: z.object({ type: TaskType, dueDate: IsoDate, dueTime: z.string().nullable(), title: Message }).nullable(),
});
export type DebtorListRow = z.infer<typeof DebtorListRow>;

/** Where a page ends: the sort key of its last row, handed back unchanged to ask for the next page. */
const ListCursor = z.array(z.union([z.string().max(400), z.number(), z.null()])).max(4);

export const DebtorListQuery = z
  .object({
    search: z.string().max(200).default(''),
    sort: z.enum(DEBTOR_SORTS).default('overdue'),
    direction: z.enum(SORT_DIRECTIONS).default('asc'),
    limit: z.number().int().min(1).max(MAX_DEBTOR_PAGE_SIZE).default(DEBTOR_PAGE_SIZE),
    /** The previous page's nextCursor; null (or left out) for the first page. */
    after: ListCursor.nullable().default(null),
  })
  .strict();

export const DebtorListPage = z.object({
  rows: z.array(DebtorListRow),
  /** Null on the last page. */
  nextCursor: ListCursor.nullable(),
  /** All debtors the search matches (not only this page) and what they owe together. */
  totals: z.object({ count: z.number().int(), openCents: Cents }),
});
export type DebtorListPage = z.infer<typeof DebtorListPage>;

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
    /** How the contact (a consumer: the debtor) is addressed; null when not known. */
    contactTitle: ContactTitle.nullable(),
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
    /** Why the debtor is at this step of the dunning schedule. */
    escalationReason: Message.nullable(),
    notes: z.string(),
  }),
  openInvoices: z.array(OpenInvoice),
  totalOpenCents: Cents,
  /** Costs and interest booked as claim parts (art. 6:44 BW), less what was paid on them; null when none is. */
  claimParts: z
    .object({
      costsCents: Cents,
      interestCents: Cents,
      /** The interest is booked through this day; it runs on from the next. */
      interestThrough: IsoDate.nullable(),
    })
    .nullable(),
});
export type DebtorFile = z.infer<typeof DebtorFile>;

/** Optional text the collector may leave empty: stored as null. */
const OptionalText = (max: number) => z.string().trim().max(max).nullable().default(null).transform((v) => (v === '' ? null : v));
const OptionalEmail = z
  .string()
  .trim()
  .max(254)
  .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), { message: 'validation.email' })
  .nullable()
  .default(null)
  .transform((v) => (v === '' ? null : v));

/** A debtor as the collector enters it: who, where, whom to ask for at the crediteurenafdeling, what a plan may be. */
export const DebtorFields = z.object({
  number: z.string().trim().min(1).max(64),
  name: z.string().trim().min(1).max(200),
  kind: DebtorKind,
  addressLine: z.string().trim().max(200).default(''),
  postcode: z.string().trim().max(16).default(''),
  city: z.string().trim().max(100).default(''),
  phone: OptionalText(40),
  email: OptionalEmail,
  /** The user's own greeting ('Beste Jan'); none: from the title and name ('Geachte mevrouw De Boer'). */
  salutation: OptionalText(120),
  contactName: OptionalText(120),
  /** How the contact (a consumer: the debtor) is addressed; null: not known, nobody is guessed a gender. */
  contactTitle: ContactTitle.nullable().default(null),
  contactRole: OptionalText(120),
  contactPhone: OptionalText(40),
  contactEmail: OptionalEmail,
  mayOfferPlan: z.boolean().default(true),
  maxPlanTerms: z.number().int().min(1).max(MAX_PLAN_TERMS).default(MAX_PLAN_TERMS),
});
export type DebtorFields = z.infer<typeof DebtorFields>;

/** An invoice entered by hand; a credit note is entered with a positive amount and reduces what is open. */
export const NewInvoice = z
  .object({
    debtorId: Id,
    kind: z.enum(['invoice', 'credit_note']).default('invoice'),
    number: z.string().trim().min(1).max(64),
    invoiceDate: IsoDate,
    dueDate: IsoDate,
    amountCents: PositiveCents,
    description: z.string().trim().max(500).default(''),
    paymentReference: OptionalText(35),
  })
  .strict();

export const debtorChannels = {
  /** One page of the debtor list, searched and sorted; page on with the answer's nextCursor. */
  'debtors:list': query(DebtorListQuery, DebtorListPage),
  'debtors:get': query(z.object({ id: Id }).strict(), DebtorFile),
  /** A new debtor; refused when the number is taken. */
  'debtors:create': mutation(DebtorFields.strict(), DebtorFile),
  /** Changes a debtor's details; what changed is kept on the timeline. */
  'debtors:update': mutation(DebtorFields.extend({ id: Id }).strict(), DebtorFile),
  'invoices:create': mutation(NewInvoice, z.object({ id: Id, debtorId: Id, openCents: Cents })),
};
