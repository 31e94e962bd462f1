// The one typed value a finished call produces. The call machine builds it; db/calls.repo.ts writes it
// in a single transaction; the IPC contract validates it with this same schema.
import { z } from 'zod';
import { Message } from './message';
import { ContactTitle, IsoDate as IsoDateSchema, IsoDateTime, PositiveCents, TimeOfDay as TimeSchema } from './primitives';

export const TONES = ['zakelijk', 'vriendelijk', 'streng'] as const;
export const Tone = z.enum(TONES);
export type Tone = z.infer<typeof Tone>;

/** The nine answers of seed 000 and the four of seed 001. */
export const EXCUSES = [
  'not_my_department', // "Ik ga daar niet over"
  'no_time', // "Ik heb hier geen tijd voor"
  'never_received', // "Ik heb de factuur nooit ontvangen"
  'invoice_incorrect', // "De factuur is onjuist"
  'already_paid', // "De factuur heb ik reeds betaald"
  'direct_debit', // "De facturen worden automatisch geïncasseerd"
  'cannot_pay', // "Ik kan de factuur niet betalen"
  'will_pay', // "Oh ja, die factuur ga ik betalen"
  'on_holiday', // "De verantwoordelijke is op vakantie"
  'bank_error', // "Ik denk dat de bank een fout heeft gemaakt" (001)
  'product_not_received', // "We hebben het product/de dienst nooit ontvangen" (001)
  'system_down', // "Het systeem werkt nu niet" (001)
  'agreed_otherwise', // "Ik heb met uw collega wat anders afgesproken" (001)
] as const;
export const Excuse = z.enum(EXCUSES);
export type Excuse = z.infer<typeof Excuse>;

export const CALL_RESULTS = [
  'agreement', // reached, and something concrete was agreed (promise, plan, call-back, …)
  'complaint', // reached; a complaint was registered, payment waits for it
  'no_agreement', // reached, nothing agreed: escalate per schedule
  'call_back', // right person not available; a call-back appointment was made
  'not_reached', // nobody who can decide; no appointment
  'no_answer',
  'voicemail',
  'wrong_number',
  'preventive_confirmed', // seed 004: customer confirmed payment on time
  'preventive_issue', // seed 004: a question or problem came up before the due date
] as const;
export const CallResult = z.enum(CALL_RESULTS);
export type CallResult = z.infer<typeof CallResult>;

export const TASK_TYPES = [
  'call_back',
  'send_invoice_copy',
  'send_invoice_data',
  'verify_payment',
  'request_proof_of_payment',
  'check_bank_details',
  'collect_again',
  'send_plan_for_signature',
  'send_confirmation_letter',
  'handle_complaint',
  'inform_customer',
  'send_ingebrekestelling',
  'hand_over',
  'other',
] as const;
export const TaskType = z.enum(TASK_TYPES);
export type TaskType = z.infer<typeof TaskType>;

export { IsoDate as IsoDateSchema, IsoDateTime } from './primitives';

export const MAX_PLAN_TERMS = 4;

export const OutcomeTask = z.object({
  type: TaskType,
  /** What to do, in words: a message (key + params) so each screen shows it in its language. */
  title: Message,
  dueDate: IsoDateSchema,
  dueTime: TimeSchema.optional(),
  /** Which entry of `complaints` the task is about (handle_complaint, inform_customer); the repository links it. */
  complaintIndex: z.number().int().nonnegative().optional(),
});
export type OutcomeTask = z.infer<typeof OutcomeTask>;

/** What a collector types in a field of the call (a name, a reason, a description) and the call's notes. */
/** What the call's rules let a collector type in one field; the contract allows a prefix the call adds. */
export const MAX_FIELD_TEXT = 2000;
export const MAX_NOTES_TEXT = 20_000;
const FieldText = z.string().max(MAX_FIELD_TEXT + 100);
const NotesText = z.string().max(MAX_NOTES_TEXT);

export const OutcomeComplaint = z.object({
  description: FieldText.trim().min(1, { message: 'validation.complaint.description' }),
  invoiceIds: z.array(z.number().int().positive()).min(1, { message: 'validation.complaint.invoices' }),
  handler: FieldText.optional(),
  /** Resolved during the call (seed 000: "zelf oplossen"), with what was done. */
  resolution: FieldText.optional(),
});
export type OutcomeComplaint = z.infer<typeof OutcomeComplaint>;

export const OutcomePromise = z.object({
  date: IsoDateSchema,
  amountCents: PositiveCents,
});
export type OutcomePromise = z.infer<typeof OutcomePromise>;

export const OutcomeInstallment = z.object({ dueDate: IsoDateSchema, amountCents: PositiveCents });
export const OutcomePlan = z
  .object({
    /** The open invoices the plan covers (not under a complaint): its total is what is open on them. */
    invoiceIds: z.array(z.number().int().positive()).min(1, { message: 'validation.plan.no_invoice' }).max(10_000),
    totalCents: PositiveCents,
    installments: z
      .array(OutcomeInstallment)
      .min(1, { message: 'validation.plan.min_terms' })
      .max(MAX_PLAN_TERMS, { message: 'validation.plan.max_terms' }),
  })
  .superRefine((plan, ctx) => {
    const sum = plan.installments.reduce((s, i) => s + i.amountCents, 0);
    if (sum !== plan.totalCents)
      ctx.addIssue({ code: 'custom', path: ['installments'], message: 'validation.plan.sum' });
    if (new Set(plan.invoiceIds).size !== plan.invoiceIds.length)
      ctx.addIssue({ code: 'custom', path: ['invoiceIds'], message: 'validation.plan.invoice_twice' });
    for (let i = 1; i < plan.installments.length; i++)
      if (plan.installments[i]!.dueDate <= plan.installments[i - 1]!.dueDate)
        ctx.addIssue({ code: 'custom', path: ['installments', i, 'dueDate'], message: 'validation.plan.dates_ascending' });
  });
export type OutcomePlan = z.infer<typeof OutcomePlan>;

export const OutcomeContact = z.object({
  name: FieldText.optional(),
  /** With a new name: how that person is addressed (null: not asked), replacing the old contact's title. */
  title: ContactTitle.nullable().optional(),
  role: FieldText.optional(),
  phone: FieldText.optional(),
  email: FieldText.optional(),
});
export type OutcomeContact = z.infer<typeof OutcomeContact>;

export const OutcomeStep = z.object({
  step: z.string().min(1),
  at: IsoDateTime,
  note: NotesText.default(''),
  data: z.record(z.string(), z.unknown()).optional(),
});
export type OutcomeStep = z.infer<typeof OutcomeStep>;

export const CallOutcome = z.object({
  debtorId: z.number().int().positive(),
  kind: z.enum(['collection', 'preventive']),
  machineVersion: z.number().int().positive(),
  collector: FieldText,
  tone: Tone,
  startedAt: IsoDateTime,
  endedAt: IsoDateTime,
  result: CallResult,
  /** Commitments read back in the recap, one message per line. */
  summary: z.array(Message),
  notes: NotesText,
  excuses: z.array(Excuse).max(100),
  path: z.array(OutcomeStep).min(1).max(1000),
  contactUpdate: OutcomeContact.optional(),
  tasks: z.array(OutcomeTask),
  complaints: z.array(OutcomeComplaint),
  promise: OutcomePromise.optional(),
  plan: OutcomePlan.optional(),
}).superRefine((outcome, ctx) => {
  if (Date.parse(outcome.endedAt) < Date.parse(outcome.startedAt))
    ctx.addIssue({ code: 'custom', path: ['endedAt'], message: 'validation.call.ends_before_start' });
  outcome.tasks.forEach((task, i) => {
    if (task.complaintIndex !== undefined && task.complaintIndex >= outcome.complaints.length)
      ctx.addIssue({ code: 'custom', path: ['tasks', i, 'complaintIndex'], message: 'validation.task.complaint_index' });
  });
});
export type CallOutcome = z.infer<typeof CallOutcome>;
