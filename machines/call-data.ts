// What every call can record, as pure functions on CallContext: the clock, the checks an event's fields
// must pass, and the recordings several steps share (who was reached, an appointment, a promise, a
// complaint, a copy of the invoices…). What one excuse alone records lives in its module
// (machines/excuses/); call-record.ts looks recordings up by name and builds the outcome.
import { assertEvent } from 'xstate';
import { MAX_NOTES_TEXT, type CallResult, type OutcomeContact } from '../domain/call-outcome';
import type { IsoDate } from '../domain/dates';
import type { MessageParams } from '../domain/message';
import { sumCents } from '../domain/money';
import { nextOfficeDay, officeCalendar, type OfficeCalendar } from '../domain/calendar/office-days';
import { legalCalendar } from '../domain/calendar/legal-terms';
import {
  checkAppointment,
  checkComplaint,
  checkContact,
  checkEmail,
  checkPaymentReport,
  checkPlan,
  checkPromise,
  parseFutureDate,
  requireText,
  ruleError,
  type RuleResult,
} from './call-rules';
import { recordText as text } from './call-record.messages';
import { CallInputSchema, type CallContext, type CallData, type CallDrafts, type CallEvent, type CallInput, type CallInvoice, type CallKind, type CallTask } from './call-types';
import type { PlanOpenItem } from '../domain/plan-coverage';

// ---------------------------------------------------------------- time and setup

/** The moment an event happened: its own `at` when valid, else the clock. */
export function eventTime(event: { at?: unknown }, fallback?: string): string {
  if (typeof event.at === 'string' && !Number.isNaN(Date.parse(event.at))) return new Date(event.at).toISOString();
  return fallback ?? new Date().toISOString();
}

export function emptyData(): CallData {
  return {
    reached: false,
    endResult: null,
    excuses: [],
    currentExcuse: null,
    tasks: [],
    complaints: [],
    promise: null,
    plan: null,
    contactUpdate: null,
    paymentReport: null,
    issue: false,
    confirmedOnTime: false,
  };
}

export function initialContext(input: CallInput, kind: CallKind, machineVersion: number): CallContext {
  const resolved = CallInputSchema.parse(input);
  const startedAt = resolved.now ? new Date(resolved.now).toISOString() : new Date().toISOString();
  return {
    kind,
    machineVersion,
    input: resolved,
    tone: resolved.tone,
    mayOfferPlan: resolved.mayOfferPlan,
    maxPlanTerms: resolved.maxPlanTerms,
    startedAt,
    endedAt: null,
    hungUp: false,
    data: emptyData(),
    stack: [],
    path: [],
    notes: '',
    error: null,
    lastInput: {},
    drafts: emptyDrafts(),
  };
}

export const emptyDrafts = (note = ''): CallDrafts => ({ open: null, forms: {}, note });

export function openTotalCents(context: Pick<CallContext, 'input'>): number {
  return sumCents(context.input.openInvoices.map((i) => i.openCents));
}

/**
 * The call's open invoices and credit notes as a plan sees them: an invoice complained about in this call
 * (and not resolved in it) is under a complaint, as it will be once the call is saved.
 */
export function planItems(context: Pick<CallContext, 'input' | 'data'>): (CallInvoice & PlanOpenItem)[] {
  const complained = new Set(context.data.complaints.filter((c) => !c.resolution).flatMap((c) => c.invoiceIds));
  return context.input.openInvoices.map((i) => ({ ...i, onHold: complained.has(i.id) }));
}

/**
 * The invoice numbers as message params: `numbers` a list ("123, 456 en 789" / "123, 456 and 789")
 * and `count` for the plural. All open invoices when no ids are given.
 */
export function invoiceParams(context: Pick<CallContext, 'input'>, ids?: readonly number[]): { numbers: { list: string[] }; count: number } {
  const invoices = ids ? context.input.openInvoices.filter((i) => ids.includes(i.id)) : context.input.openInvoices;
  return { numbers: { list: invoices.map((i) => i.number) }, count: invoices.length };
}

export const cents = (amount: number) => ({ cents: amount });
export const date = (d: IsoDate) => ({ date: d });

/** Event fields worth keeping in the path (everything but type and at). */
export function eventData(event: CallEvent): Record<string, unknown> {
  const { type, at: _at, ...rest } = event as CallEvent & Record<string, unknown>;
  return { event: type, ...rest };
}

// ---------------------------------------------------------------- validation (guards)

/** Checks the fields an event carries; events without fields always pass. */
export function checkEvent(context: CallContext, event: CallEvent, now: string = eventTime(event)): RuleResult<unknown> {
  const today = context.input.today;
  switch (event.type) {
    case 'SUBMIT_PROMISE':
      return checkPromise(event, { today });
    case 'SUBMIT_APPOINTMENT':
      return checkAppointment(event, { today, now, office: officeOf(context) });
    case 'SUBMIT_PLAN':
      return checkPlan(event, { today, allowed: context.mayOfferPlan, maxTerms: context.maxPlanTerms, invoices: planItems(context) });
    case 'SUBMIT_COMPLAINT': {
      const checked = checkComplaint(event, { openInvoices: context.input.openInvoices });
      // A plan agreed earlier in this call covers only invoices without a complaint (issue 10 item 10).
      const planned = checked.ok ? context.input.openInvoices.filter((i) => checked.value.invoiceIds.includes(i.id) && context.data.plan?.invoiceIds.includes(i.id)) : [];
      if (planned.length) return ruleError('rule.complaint.in_plan', { numbers: { list: planned.map((i) => i.number) }, count: planned.length });
      return checked;
    }
    case 'SUBMIT_QUESTION':
      return checkComplaint({ invoiceIds: event.invoiceIds, description: event.question }, { openInvoices: context.input.openInvoices });
    case 'SUBMIT_CONTACT':
      return checkContact(event);
    case 'SUBMIT_EMAIL':
      return checkEmail(event.email);
    case 'SUBMIT_PAYMENT_DETAILS':
      return checkPaymentReport(event, { today });
    case 'SUBMIT_COPY_DETAILS':
      return requireText(event.sendTo, 'copyAddress');
    case 'PASS_TO_HANDLER':
      return requireText(event.handler, 'handler');
    case 'RESOLVE_NOW':
      return requireText(event.resolution, 'resolution');
    case 'BANK_DETAILS_WRONG':
      return requireText(event.note, 'bankNote');
    case 'REVERSED':
      return requireText(event.reason, 'reversalReason');
    case 'COLLECT_AGAIN':
      return parseFutureDate(event.date, today);
    case 'SUBMIT_OTHER_AGREEMENT': {
      const colleague = requireText(event.colleague, 'colleague');
      return colleague.ok ? requireText(event.description, 'agreement') : colleague;
    }
    case 'NOTE': {
      const text = requireText(event.text, 'note');
      if (text.ok && context.notes.length + text.value.length + 1 > MAX_NOTES_TEXT) return ruleError('rule.note.too_long', { max: MAX_NOTES_TEXT });
      return text;
    }
    case 'HANG_UP':
      return event.callBack ? checkAppointment({ date: event.date ?? '', time: event.time ?? '' }, { today, now }) : { ok: true, value: null };
    case 'SET_PLAN_POLICY': {
      // Preparation may be stricter than the debtor's settings, never more lenient: the plan is
      // checked against those settings again when the call is saved.
      const max = context.input.maxPlanTerms;
      if (event.mayOfferPlan && !context.input.mayOfferPlan) return ruleError('rule.plan.not_allowed');
      if (!Number.isInteger(event.maxPlanTerms) || event.maxPlanTerms < 1 || event.maxPlanTerms > max)
        return ruleError('rule.plan.policy_terms', { max, count: event.maxPlanTerms });
      return { ok: true, value: event };
    }
    default:
      return { ok: true, value: null };
  }
}

/** The value a valid event carries, normalised (dates to ISO, text trimmed). Throws when invalid: guards run first. */
export function valueOf<T>(context: CallContext, event: CallEvent): T {
  const result = checkEvent(context, event);
  if (!result.ok) throw new Error(`${event.type} is niet geldig: ${result.error.key}`);
  return result.value as T;
}

// ---------------------------------------------------------------- recordings every call shares

/** A recording names what to record ('what') and its options; the record action runs it after the guard passed. */
export type SharedRecording =
  | { what: 'reached' }
  | { what: 'end'; result: CallResult }
  | { what: 'excuse' }
  | { what: 'contact' }
  /** A call-back appointment; `title` is the message key of the task's title (it may name `who`). */
  | { what: 'appointment'; title: string }
  | { what: 'copy' }
  /** `undelivered`: the customer did not (fully) receive the product or service. */
  | { what: 'complaint'; undelivered?: boolean }
  | { what: 'complaintHandler' }
  | { what: 'complaintResolved' }
  | { what: 'paymentReport' }
  | { what: 'promise' }
  | { what: 'issue' }
  | { what: 'question' }
  | { what: 'confirmOnTime' }
  /** The customer hung up: a call-back of our own when the collector kept the one proposed. */
  | { what: 'hangUp' };

/** A recording an excuse module defines in its `recorders`, named '<excuse>/<name>'. */
export type ExcuseRecording = { what: `${string}/${string}` };

export type Recording = SharedRecording | ExcuseRecording;

/** Records one thing: the CallData after `event`. Pure; runs only after the event passed its guard. */
export type Recorder<R extends Recording = Recording> = (context: CallContext, event: CallEvent, recording: R) => CallData;

export function addTask(data: CallData, task: CallTask): CallData {
  return { ...data, tasks: [...data.tasks, task] };
}

const officeCalendars = new WeakMap<object, OfficeCalendar>();

/** The office calendar of this call (its settings travel in the input), built once per input. */
export function officeOf(context: Pick<CallContext, 'input'>): OfficeCalendar {
  const { input } = context;
  let calendar = officeCalendars.get(input);
  if (!calendar) officeCalendars.set(input, (calendar = officeCalendar(input.officeDays, legalCalendar(input.addedEquatedDays))));
  return calendar;
}

function mergeContact(current: OutcomeContact | null, update: OutcomeContact): OutcomeContact {
  return { ...(current ?? {}), ...update };
}

/**
 * Whom a call-back is with: the name typed in the appointment, else the person named during the call with
 * their title. `named` is 'heer' / 'mevrouw' / 'yes' (a name without title) / 'no' — stored titles of
 * earlier versions only know yes and no.
 */
function whoParams(context: CallContext, withWhom?: string): MessageParams {
  const typed = withWhom?.trim();
  if (typed) return { named: 'yes', who: typed };
  const contact = context.data.contactUpdate;
  if (!contact?.name) return { named: 'no', who: '' };
  return { named: contact.title ?? 'yes', who: contact.name };
}

/** The CallData with a call-back appointment task titled `title` (a message key that may use {named}/{who}). */
export function recordAppointment(context: CallContext, event: CallEvent, title: string): CallData {
  assertEvent(event, 'SUBMIT_APPOINTMENT');
  const appt = valueOf<{ date: string; time: string }>(context, event);
  const who = whoParams(context, event.withWhom);
  return addTask(context.data, {
    type: 'call_back',
    title: { key: title, params: who },
    dueDate: appt.date,
    dueTime: appt.time,
    recap: text('recap.call_back', { date: date(appt.date), time: appt.time, ...who }),
  });
}

function handleComplaintTask(context: CallContext, data: CallData, handler?: string): CallTask {
  const index = data.complaints.length - 1;
  const c = data.complaints[index]!;
  const params = { ...invoiceParams(context, c.invoiceIds), handled: handler ? 'yes' : 'no', handler: handler ?? '' };
  return {
    type: 'handle_complaint',
    title: text('task.handle_complaint', params),
    dueDate: nextOfficeDay(context.input.today, officeOf(context)),
    complaintIndex: index,
    recap: text('recap.complaint_passed_on', params),
  };
}

/** Seed 004: "bevestigd krijgen dat de factuur op tijd betaald wordt": the total, on the last due date. */
export function preventivePromise(context: CallContext): { date: IsoDate; amountCents: number } {
  const due = context.input.openInvoices.map((i) => i.dueDate).sort();
  const last = due[due.length - 1]!;
  return { date: last < context.input.today ? context.input.today : last, amountCents: openTotalCents(context) };
}

type SharedRecorders = { [W in SharedRecording['what']]: Recorder<Extract<SharedRecording, { what: W }>> };

export const SHARED_RECORDERS: SharedRecorders = {
  reached: ({ data }) => ({ ...data, reached: true }),
  end: ({ data }, _event, { result }) => ({ ...data, endResult: result }),
  excuse: ({ data }, event) => {
    assertEvent(event, 'EXCUSE');
    return { ...data, excuses: [...data.excuses, event.excuse], currentExcuse: event.excuse };
  },
  contact: (context, event) => ({
    ...context.data,
    contactUpdate: mergeContact(context.data.contactUpdate, valueOf<OutcomeContact>(context, event)),
  }),
  appointment: (context, event, { title }) => recordAppointment(context, event, title),
  copy: (context, event) => {
    assertEvent(event, 'SUBMIT_COPY_DETAILS');
    const sendTo = valueOf<string>(context, event);
    const today = context.input.today;
    let next = addTask(context.data, {
      type: 'send_invoice_copy',
      title: text('task.send_invoice_copy', { ...invoiceParams(context), sendTo }),
      dueDate: today,
      recap: text('recap.send_invoice_copy', { ...invoiceParams(context), sendTo }),
    });
    // Seed 000: a lost invoice may mean a wrong address; fix it at the source, not only for this copy.
    if (!event.addressCorrect)
      next = addTask(next, { type: 'other', title: text('task.update_address', { debtor: context.input.debtor.name, address: sendTo }), dueDate: today });
    return next;
  },
  complaint: (context, event, { undelivered }) => {
    assertEvent(event, 'SUBMIT_COMPLAINT');
    const c = valueOf<{ invoiceIds: number[]; description: string }>(context, event);
    // Stored with the complaint as the collector typed it; the prefix says what kind of complaint it is.
    const prefix = undelivered ? 'Product/dienst niet (volledig) ontvangen: ' : '';
    const handler = event.handler?.trim();
    const complaint = { invoiceIds: c.invoiceIds, description: `${prefix}${c.description}`, ...(handler ? { handler } : {}) };
    const next = { ...context.data, complaints: [...context.data.complaints, complaint] };
    // The collection call asks "pass on or resolve now" in its own step; the preventive call has no
    // such step, so the complaint goes to its handler (or the complaint desk) straight away.
    return context.kind === 'preventive' ? addTask(next, handleComplaintTask(context, next, complaint.handler)) : next;
  },
  complaintHandler: (context, event) => {
    const handler = valueOf<string>(context, event);
    const { data } = context;
    const complaints = data.complaints.map((c, i) => (i === data.complaints.length - 1 ? { ...c, handler } : c));
    const next = { ...data, complaints };
    return addTask(next, handleComplaintTask(context, next, handler));
  },
  complaintResolved: (context, event) => {
    const resolution = valueOf<string>(context, event);
    const last = context.data.complaints.length - 1;
    return { ...context.data, complaints: context.data.complaints.map((c, i) => (i === last ? { ...c, resolution } : c)) };
  },
  paymentReport: (context, event) => ({
    ...context.data,
    paymentReport: valueOf<{ date: string; amountCents: number; description: string }>(context, event),
  }),
  promise: (context, event) => ({ ...context.data, promise: valueOf<{ date: string; amountCents: number }>(context, event) }),
  issue: ({ data }) => ({ ...data, issue: true }),
  question: (context, event) => {
    assertEvent(event, 'SUBMIT_QUESTION');
    const { invoiceIds } = valueOf<{ invoiceIds: number[] }>(context, event);
    if (event.answer?.trim()) return context.data; // answered during the call: the path keeps question and answer
    return addTask(context.data, {
      type: 'other',
      title: text('task.answer_question', { ...invoiceParams(context, invoiceIds), question: event.question.trim() }),
      dueDate: nextOfficeDay(context.input.today, officeOf(context)),
      recap: text('recap.answer_question', invoiceParams(context, invoiceIds)),
    });
  },
  confirmOnTime: (context) => ({ ...context.data, confirmedOnTime: true, promise: preventivePromise(context) }),
  hangUp: (context, event) => {
    assertEvent(event, 'HANG_UP');
    if (!event.callBack) return context.data;
    const appt = valueOf<{ date: string; time: string }>(context, event);
    const who = whoParams(context);
    return addTask(context.data, {
      type: 'call_back',
      title: text('task.call_back.hung_up', who),
      dueDate: appt.date,
      dueTime: appt.time,
      recap: text('recap.call_back', { date: date(appt.date), time: appt.time, ...who }),
      ownFollowUp: true,
    });
  },
};
