// Types shared by the collection call (call-script.machine.ts) and the preventive call
// (preventive-call.machine.ts): input, context, events and step ids. Pure: no xstate here.
import { z } from 'zod';
import {
  Excuse,
  IsoDateSchema,
  IsoDateTime,
  MAX_PLAN_TERMS,
  Tone,
  type CallResult,
  type OutcomeComplaint,
  type OutcomeContact,
  type OutcomePlan,
  type OutcomePromise,
  type OutcomeStep,
  type OutcomeTask,
} from '../domain/call-outcome';
import type { Message } from '../domain/message';
import { ContactTitle, DebtorKind } from '../domain/primitives';
import { DEFAULT_OFFICE_DAYS, OfficeDaysSettings } from '../domain/calendar/office-days';
import { EquatedDaySchema } from '../domain/calendar/legal-terms';
import { COMPLAINT_STATUSES } from '../domain/lifecycle/complaint';
import type { RuleError } from './call-rules';

// ---------------------------------------------------------------- input

export const CallInvoiceSchema = z.object({
  id: z.number().int().positive(),
  number: z.string().min(1),
  invoiceDate: IsoDateSchema,
  dueDate: IsoDateSchema,
  openCents: z.number().int(),
  description: z.string().default(''),
});
export type CallInvoice = z.infer<typeof CallInvoiceSchema>;

const optionalText = z.string().nullish();

export const CallDebtorSchema = z.object({
  id: z.number().int().positive(),
  name: z.string().min(1),
  kind: DebtorKind,
  contact: z.object({ name: optionalText, role: optionalText, phone: optionalText, email: optionalText, title: ContactTitle.nullish() }).default({}),
});

/** Shown while the customer says an invoice is wrong (seed 000: "kijken of er eerder een klacht is geweest"). */
export const EarlierComplaintSchema = z.object({
  id: z.number().int().positive(),
  description: z.string(),
  status: z.enum(COMPLAINT_STATUSES),
  invoiceIds: z.array(z.number().int().positive()),
  openedOn: IsoDateSchema,
  resolution: z.string().nullish(),
});

export const CallInputSchema = z.object({
  debtor: CallDebtorSchema,
  openInvoices: z.array(CallInvoiceSchema).min(1, { message: 'een belgesprek gaat over minstens één openstaande factuur' }),
  collector: z.string().min(1),
  companyName: z.string().min(1),
  tone: Tone,
  mayOfferPlan: z.boolean().default(false),
  maxPlanTerms: z.number().int().min(1).max(MAX_PLAN_TERMS).default(MAX_PLAN_TERMS),
  today: IsoDateSchema,
  /** The moment the call screen opened; the clock is used when absent. */
  now: IsoDateTime.optional(),
  earlierComplaints: z.array(EarlierComplaintSchema).default([]),
  /** An ingebrekestelling was already sent: a refused last chance then means hand-over, not another letter. */
  ingebrekestellingSent: z.boolean().default(false),
  /** The office's working days (Settings): call-backs, promise checks and task dates fall on them. */
  officeDays: OfficeDaysSettings.default(DEFAULT_OFFICE_DAYS),
  /** Days a later decree equates with the holidays (Settings): the office is closed on them too. */
  addedEquatedDays: z.array(EquatedDaySchema).default([]),
});
/** What the renderer passes (defaults may be left out). */
export type CallInput = z.input<typeof CallInputSchema>;
/** The input after defaults, as kept in context. */
export type CallInputResolved = z.output<typeof CallInputSchema>;

// ---------------------------------------------------------------- steps

/** The steps of the collection call (call-script.machine.ts) and the preventive call, by id. */
export type StepId = import('./call-script.machine').CollectionStep | import('./preventive-call.machine').PreventiveStep;

// ---------------------------------------------------------------- events

/** Every event may carry the moment it happened; the machine reads the clock when it is absent. */
type Ev<T extends string, P = unknown> = { type: T; at?: string } & P;

export interface PromiseFields {
  /** 'YYYY-MM-DD', 'DD-MM-JJJJ', 'vandaag', 'morgen' or 'overmorgen'; never "zo snel mogelijk". */
  date: string;
  amountCents: number;
}
export interface AppointmentFields {
  date: string;
  /** 'HH:MM' */
  time: string;
  /** Whom we will call (name), when it is not the person on the line. */
  withWhom?: string;
}
export interface PlanFields {
  /** The open invoices the plan covers; its total is what is open on them. */
  invoiceIds: number[];
  totalCents: number;
  installments: { dueDate: string; amountCents: number }[];
}
export interface ComplaintFields {
  invoiceIds: number[];
  description: string;
  /** Preventive call only: who handles it (the collection call asks in its own step). */
  handler?: string;
}
export interface ContactFields {
  name: string;
  /** 'heer' | 'mevrouw'; empty when not known. */
  title?: string;
  role?: string;
  phone?: string;
  email?: string;
}
export interface PaymentReportFields {
  /** When the customer says the payment (order) was made. */
  date: string;
  amountCents: number;
  /** The payment description (omschrijving) the customer used. */
  description: string;
}

export type CallEvent =
  // preparation
  | Ev<'SET_TONE', { tone: Tone }>
  | Ev<'SET_PLAN_POLICY', { mayOfferPlan: boolean; maxPlanTerms: number }>
  | Ev<'DIAL'>
  // finding the crediteurenafdeling
  | Ev<'REACHED'>
  | Ev<'TRANSFERRED'>
  | Ev<'NOT_AVAILABLE'>
  | Ev<'NOT_REACHED'>
  | Ev<'NO_ANSWER'>
  | Ev<'VOICEMAIL'>
  | Ev<'WRONG_NUMBER'>
  | Ev<'SUBMIT_CONTACT', ContactFields>
  | Ev<'SKIP'>
  | Ev<'NOBODY'>
  | Ev<'SUBMIT_APPOINTMENT', AppointmentFields>
  | Ev<'NO_APPOINTMENT'>
  // the customer's answer
  | Ev<'EXCUSE', { excuse: Excuse }>
  | Ev<'SUBMIT_EMAIL', { email: string }>
  | Ev<'SUBMIT_COPY_DETAILS', { addressCorrect: boolean; sendTo: string }>
  | Ev<'SUBMIT_COMPLAINT', ComplaintFields>
  | Ev<'PASS_TO_HANDLER', { handler: string }>
  | Ev<'RESOLVE_NOW', { resolution: string }>
  | Ev<'SUBMIT_PAYMENT_DETAILS', PaymentReportFields>
  | Ev<'PAYMENT_FOUND'>
  | Ev<'VERIFY_LATER'>
  | Ev<'PAYMENT_NOT_FOUND'>
  | Ev<'BANK_DETAILS_CORRECT'>
  | Ev<'BANK_DETAILS_WRONG', { note: string }>
  | Ev<'NOT_REVERSED'>
  | Ev<'REVERSED', { reason: string }>
  | Ev<'COLLECT_AGAIN', { date: string }>
  | Ev<'SUBMIT_PLAN', PlanFields>
  | Ev<'PLAN_REFUSED'>
  | Ev<'SUBMIT_PROMISE', PromiseFields & { hasPaymentDetails?: boolean }>
  | Ev<'REFUSED'>
  | Ev<'SUBMIT_OTHER_AGREEMENT', { colleague: string; description: string }>
  | Ev<'NO_COMMITMENT'>
  | Ev<'NO_MORE'>
  | Ev<'FINISH'>
  // preventive call
  | Ev<'YES'>
  | Ev<'NO'>
  | Ev<'SUBMIT_QUESTION', { invoiceIds: number[]; question: string; answer?: string }>
  | Ev<'CONFIRM_ON_TIME'>
  | Ev<'NOT_CONFIRMED'>
  // always available
  | Ev<'BACK'>
  | Ev<'NOTE', { text: string }>
  /** What is typed and not yet submitted (the open form, a form's fields, the note): kept, never checked. */
  | Ev<'DRAFT', DraftPatch>
  /** The customer hung up; with `callBack`, we call back on `date` at `time` (our own follow-up, not an agreement). */
  | Ev<'HANG_UP', { callBack?: boolean; date?: string; time?: string }>;

export type CallEventType = CallEvent['type'];

// ---------------------------------------------------------------- context

/**
 * A task as the machine keeps it: the outcome task plus the line read back in the recap. `ownFollowUp`:
 * set by us without the customer (a call-back after they hung up), so it does not make the call an agreement.
 */
export type CallTask = OutcomeTask & { recap?: Message; ownFollowUp?: true };

/**
 * What the collector typed and has not submitted, kept with the running call so a crash loses none of it
 * (issue 11 point 2). Cleared, but for the note, when a step is entered.
 */
export interface CallDrafts {
  /** The form open in this step, by its choice's key (choiceKey in call-step.ts); null while the buttons show. */
  open: string | null;
  /** Each form's fields exactly as typed in this step ('783,79' stays '783,79'), by choice key. */
  forms: Record<string, Record<string, unknown>>;
  /** The note being written, not yet added. */
  note: string;
}

/** A DRAFT event changes what it names: the open form, one form's fields, or the note. */
export interface DraftPatch {
  open?: string | null;
  form?: string;
  values?: Record<string, unknown>;
  note?: string;
}

export interface PaymentReport {
  date: string;
  amountCents: number;
  description: string;
}

/** Everything the call has recorded so far. BACK restores it to what it was when the earlier step was entered. */
export interface CallData {
  /** Somebody at the crediteurenafdeling (or someone who can decide) is on the line. */
  reached: boolean;
  /** Set when the call ended in the reach phase: no_answer, voicemail, wrong_number, call_back, not_reached. */
  endResult: CallResult | null;
  excuses: Excuse[];
  currentExcuse: Excuse | null;
  tasks: CallTask[];
  complaints: OutcomeComplaint[];
  promise: OutcomePromise | null;
  plan: OutcomePlan | null;
  contactUpdate: OutcomeContact | null;
  paymentReport: PaymentReport | null;
  /** Preventive call: a question was answered with the "wrong" answer (no invoice, questions, goods missing). */
  issue: boolean;
  confirmedOnTime: boolean;
}

export interface StackEntry {
  /** A step id (StepId); kept as text in the context, which is saved and resumed. */
  step: string;
  data: CallData;
}

export type CallKind = 'collection' | 'preventive';

export interface CallContext {
  kind: CallKind;
  machineVersion: number;
  input: CallInputResolved;
  tone: Tone;
  mayOfferPlan: boolean;
  maxPlanTerms: number;
  startedAt: string;
  endedAt: string | null;
  hungUp: boolean;
  data: CallData;
  /** Steps entered, oldest first; the top is the current step. BACK pops it. */
  stack: StackEntry[];
  /** Append-only log of every step entered (BACK included), with time and note. */
  path: OutcomeStep[];
  notes: string;
  /** Why the last submit was refused; cleared when a step is entered. */
  error: RuleError | null;
  /** What was last submitted at each step (by step id), so a form can be pre-filled after BACK. */
  lastInput: Partial<Record<string, Record<string, unknown>>>;
  drafts: CallDrafts;
}
