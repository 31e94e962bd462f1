// After the call: Vandaag, tasks, complaints, payments, promises, payment plans and the debtor timeline.
// Inputs are checked here (real 'YYYY-MM-DD' dates, whole cents); the repositories check the rules
// (a date not in the future, a lifecycle step that is allowed) and refuse with a Dutch message.
import { z } from 'zod';
import { channel } from '../channel';
import { IsoDateSchema, PositiveCents, TaskType } from '../../domain/call-outcome';
import { Message } from '../../domain/message';
import { COMPLAINT_STATUSES } from '../../domain/lifecycle/complaint';
import { PROMISE_STATUSES } from '../../domain/lifecycle/promise';
import { PLAN_STATUSES } from '../../domain/lifecycle/plan';
import { INSTALLMENT_STATUSES } from '../../domain/lifecycle/installment';

const Id = z.number().int().positive();
const Cents = z.number().int();
const NullableId = Id.nullable();
const NullableDate = z.string().nullable();
const DebtorRef = z.object({ id: Id, name: z.string() });
const DebtorInput = z.object({ debtorId: Id }).strict();
const Text = z.string().max(2000);

// ---------------------------------------------------------------- Vandaag

const TodayBase = { debtor: DebtorRef };
export const TodayItem = z.discriminatedUnion('kind', [
  z.object({ ...TodayBase, kind: z.literal('call_back'), taskId: Id, callId: NullableId, title: Message, dueTime: z.string().nullable() }),
  z.object({
    ...TodayBase,
    kind: z.literal('overdue_task'),
    taskId: Id,
    callId: NullableId,
    type: TaskType,
    title: Message,
    dueDate: z.string(),
    daysOverdue: z.number().int(),
  }),
  z.object({
    ...TodayBase,
    kind: z.literal('broken_promise'),
    promiseId: Id,
    taskId: Id,
    promisedDate: z.string(),
    amountCents: Cents,
    reason: Message,
  }),
  z.object({ ...TodayBase, kind: z.literal('promise_due'), promiseId: Id, promisedDate: z.string(), amountCents: Cents, receivedCents: Cents }),
  z.object({
    ...TodayBase,
    kind: z.literal('late_installment'),
    planId: Id,
    installmentId: Id,
    seq: z.number().int(),
    dueDate: z.string(),
    amountCents: Cents,
    paidCents: Cents,
    daysLate: z.number().int(),
  }),
  z.object({ ...TodayBase, kind: z.literal('task'), taskId: Id, callId: NullableId, type: TaskType, title: Message }),
]);
export type TodayItem = z.infer<typeof TodayItem>;
export type TodayItemKind = TodayItem['kind'];

// ---------------------------------------------------------------- tasks

export const TaskItem = z.object({
  id: Id,
  type: TaskType,
  title: Message,
  dueDate: z.string(),
  dueTime: z.string().nullable(),
  status: z.enum(['open', 'done']),
  doneOn: NullableDate,
  doneNote: z.string().nullable(),
  debtor: DebtorRef,
  callId: NullableId,
  complaintId: NullableId,
  promiseId: NullableId,
  planId: NullableId,
  createdAt: z.string(),
});
export type TaskItem = z.infer<typeof TaskItem>;

export const TaskLists = z.object({ overdue: z.array(TaskItem), today: z.array(TaskItem), upcoming: z.array(TaskItem) });
export type TaskLists = z.infer<typeof TaskLists>;

// ---------------------------------------------------------------- complaints

export const ComplaintStatus = z.enum(COMPLAINT_STATUSES);
export const ComplaintItem = z.object({
  id: Id,
  debtorId: Id,
  callId: NullableId,
  status: ComplaintStatus,
  description: z.string(),
  handler: z.string().nullable(),
  resolution: z.string().nullable(),
  resolvedOn: NullableDate,
  customerInformedOn: NullableDate,
  openedOn: z.string(),
  createdAt: z.string(),
  invoices: z.array(z.object({ id: Id, number: z.string() })),
});
export type ComplaintItem = z.infer<typeof ComplaintItem>;
export const ComplaintRow = ComplaintItem.extend({ debtor: DebtorRef });
export type ComplaintRow = z.infer<typeof ComplaintRow>;

/** 'unresolved' is open and in behandeling together: what still holds invoices. */
export const ComplaintFilter = z.enum(['all', 'unresolved', ...COMPLAINT_STATUSES]);
export type ComplaintFilter = z.infer<typeof ComplaintFilter>;

// ---------------------------------------------------------------- payments, promises, plans

const AllocationKind = z.enum(['costs', 'interest', 'principal', 'unallocated']);
const Allocation = z.object({ invoiceId: NullableId, kind: AllocationKind, amountCents: Cents });

export const PaymentItem = z.object({
  id: Id,
  receivedOn: z.string(),
  amountCents: Cents,
  description: z.string(),
  createdAt: z.string(),
  allocations: z.array(Allocation),
});
export type PaymentItem = z.infer<typeof PaymentItem>;

export const InstallmentStatus = z.enum(INSTALLMENT_STATUSES);
export const RecordedPayment = z.object({
  paymentId: Id,
  allocations: z.array(Allocation),
  unallocatedCents: Cents,
  installments: z.array(
    z.object({ planId: Id, installmentId: Id, seq: z.number().int(), addCents: Cents, paidCents: Cents, status: InstallmentStatus }),
  ),
  completedPlanId: NullableId,
  keptPromiseIds: z.array(Id),
});
export type RecordedPayment = z.infer<typeof RecordedPayment>;

export const PromiseItem = z.object({
  id: Id,
  debtorId: Id,
  callId: NullableId,
  promisedDate: z.string(),
  amountCents: Cents,
  status: z.enum(PROMISE_STATUSES),
  settledOn: NullableDate,
  madeOn: z.string(),
  createdAt: z.string(),
});
export type PromiseItem = z.infer<typeof PromiseItem>;

export const PlanStatus = z.enum(PLAN_STATUSES);
export const Installment = z.object({
  id: Id,
  planId: Id,
  seq: z.number().int(),
  dueDate: z.string(),
  amountCents: Cents,
  paidCents: Cents,
  status: InstallmentStatus,
  paidOn: NullableDate,
});
export const PlanItem = z.object({
  id: Id,
  debtorId: Id,
  callId: NullableId,
  totalCents: Cents,
  status: PlanStatus,
  agreedOn: z.string(),
  sentOn: NullableDate,
  signedOn: NullableDate,
  completedOn: NullableDate,
  defaultedOn: NullableDate,
  createdAt: z.string(),
  installments: z.array(Installment),
});
export type PlanItem = z.infer<typeof PlanItem>;

// ---------------------------------------------------------------- timeline

const TimelineBase = {
  id: Id,
  date: z.string(),
  at: z.string(),
  /** An i18n key ('timeline.<kind>…') and the values for its placeholders. */
  text: z.object({ key: z.string(), data: z.record(z.string(), z.union([z.string(), z.number(), z.null()])) }),
};
export const TimelineItem = z.discriminatedUnion('kind', [
  z.object({
    ...TimelineBase,
    kind: z.literal('call'),
    call: z.object({
      id: Id,
      kind: z.enum(['collection', 'preventive']),
      collector: z.string(),
      startedAt: z.string(),
      durationSeconds: z.number().int(),
      // Free text in the ledger: a result added to the call script later must not hide the whole timeline.
      result: z.string(),
      summary: z.array(Message),
      notes: z.string(),
    }),
    steps: z.array(z.object({ seq: z.number().int(), step: z.string(), at: z.string(), note: z.string() })),
  }),
  // The letter's printed content stays out: the timeline names the letter, the letters screen shows it.
  z.object({
    ...TimelineBase,
    kind: z.literal('letter'),
    letter: z.object({ id: Id, type: z.string(), letterDate: z.string(), totalCents: Cents, termEndsOn: NullableDate }),
  }),
  z.object({ ...TimelineBase, kind: z.literal('task'), task: TaskItem }),
  z.object({ ...TimelineBase, kind: z.literal('complaint'), complaint: ComplaintItem }),
  z.object({ ...TimelineBase, kind: z.literal('promise'), promise: PromiseItem }),
  z.object({ ...TimelineBase, kind: z.literal('plan'), plan: PlanItem }),
  z.object({ ...TimelineBase, kind: z.literal('payment'), payment: PaymentItem }),
]);
export type TimelineItem = z.infer<typeof TimelineItem>;

// ---------------------------------------------------------------- channels

const OptionalDate = IsoDateSchema.optional();
const ComplaintInput = z.object({ complaintId: Id });
const PlanInput = z.object({ planId: Id });

export const followUpChannels = {
  /** Settles due promises and evaluates active plans first (one transaction), then lists the day. */
  'today:list': channel(z.object({}).strict(), z.array(TodayItem)),

  'tasks:list': channel(z.object({ type: TaskType.optional() }).strict(), TaskLists),
  'tasks:complete': channel(z.object({ taskId: Id, note: Text.default('') }).strict(), TaskItem),

  'complaints:list': channel(
    z.object({ status: ComplaintFilter.default('all'), debtorId: Id.optional() }).strict(),
    z.array(ComplaintRow),
  ),
  'complaints:register': channel(
    z
      .object({
        debtorId: Id,
        description: Text,
        invoiceIds: z.array(Id),
        handler: Text.optional(),
        resolution: Text.optional(),
      })
      .strict(),
    ComplaintItem,
  ),
  'complaints:startHandling': channel(ComplaintInput.extend({ handler: Text }).strict(), ComplaintItem),
  'complaints:resolve': channel(
    ComplaintInput.extend({ resolution: Text, handler: Text.optional(), resolvedOn: OptionalDate }).strict(),
    ComplaintItem,
  ),
  'complaints:informCustomer': channel(ComplaintInput.extend({ informedOn: OptionalDate }).strict(), ComplaintItem),

  'payments:record': channel(
    z
      .object({
        debtorId: Id,
        receivedOn: IsoDateSchema,
        amountCents: PositiveCents,
        description: Text.default(''),
        invoiceIds: z.array(Id).optional(),
      })
      .strict(),
    RecordedPayment,
  ),
  'payments:list': channel(DebtorInput, z.array(PaymentItem)),
  'promises:list': channel(DebtorInput, z.array(PromiseItem)),

  'plans:list': channel(DebtorInput, z.array(PlanItem)),
  'plans:markSent': channel(PlanInput.extend({ sentOn: OptionalDate }).strict(), PlanItem),
  'plans:markSigned': channel(PlanInput.extend({ signedOn: OptionalDate }).strict(), PlanItem),
  'plans:activate': channel(PlanInput.strict(), PlanItem),

  'timeline:get': channel(DebtorInput, z.array(TimelineItem)),
};
