// What a call records, as pure functions on CallContext: validating an event, writing its effect into
// CallData (tasks, complaints, promise, plan, contact), and building the CallOutcome at the end.
// The machines only decide *when*; this module decides *what*.
import {
  CallOutcome,
  type CallResult,
  type OutcomeContact,
  type OutcomeTask,
  type TaskType,
} from '../domain/call-outcome';
import type { IsoDate } from '../domain/dates';
import type { Message, MessageParams } from '../domain/message';
import { sumCents } from '../domain/money';
import { nextOfficeDay, onOrNextOfficeDay } from '../domain/calendar/office-days';
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
  type RuleResult,
} from './call-rules';
import {
  CallInputSchema,
  type CallContext,
  type CallData,
  type CallEvent,
  type CallEventOf,
  type CallInput,
  type CallKind,
  type CallTask,
} from './call-types';
import { recordText as text } from './call-record.messages';

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
  };
}

export function openTotalCents(context: Pick<CallContext, 'input'>): number {
  return sumCents(context.input.openInvoices.map((i) => i.openCents));
}

/**
 * The invoice numbers as message params: `numbers` a list ("123, 456 en 789" / "123, 456 and 789")
 * and `count` for the plural. All open invoices when no ids are given.
 */
export function invoiceParams(context: Pick<CallContext, 'input'>, ids?: readonly number[]): { numbers: { list: string[] }; count: number } {
  const invoices = ids ? context.input.openInvoices.filter((i) => ids.includes(i.id)) : context.input.openInvoices;
  return { numbers: { list: invoices.map((i) => i.number) }, count: invoices.length };
}


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
      return checkAppointment(event, { today, now });
    case 'SUBMIT_PLAN':
      return checkPlan(event, { today, allowed: context.mayOfferPlan, maxTerms: context.maxPlanTerms });
    case 'SUBMIT_COMPLAINT':
      return checkComplaint(event, { openInvoices: context.input.openInvoices });
    case 'SUBMIT_QUESTION': {
      const c = checkComplaint({ invoiceIds: event.invoiceIds, description: event.question }, { openInvoices: context.input.openInvoices });
      return c;
    }
    case 'SUBMIT_CONTACT':
      return checkContact(event);
    case 'SUBMIT_EMAIL':
      return checkEmail(event.email);
    case 'SUBMIT_PAYMENT_DETAILS':
      return checkPaymentReport(event, { today });
    case 'SUBMIT_COPY_DETAILS':
      return requireText(event.sendTo, 'het adres of e-mailadres voor de kopie');
    case 'PASS_TO_HANDLER':
      return requireText(event.handler, 'wie de klacht behandelt');
    case 'RESOLVE_NOW':
      return requireText(event.resolution, 'hoe de klacht is opgelost');
    case 'BANK_DETAILS_WRONG':
      return requireText(event.note, 'wat er aan de bankgegevens niet klopt');
    case 'REVERSED':
      return requireText(event.reason, 'de reden van het storneren');
    case 'COLLECT_AGAIN':
      return parseFutureDate(event.date, today);
    case 'SUBMIT_OTHER_AGREEMENT': {
      const colleague = requireText(event.colleague, 'de naam van de collega');
      return colleague.ok ? requireText(event.description, 'wat er volgens de klant is afgesproken') : colleague;
    }
    case 'NOTE':
      return requireText(event.text, 'een notitie');
    case 'SET_PLAN_POLICY': {
      // Preparation may be stricter than the debtor's settings, never more lenient: the plan is
      // checked against those settings again when the call is saved.
      const max = context.input.maxPlanTerms;
      if (event.mayOfferPlan && !context.input.mayOfferPlan)
        return { ok: false, error: { key: 'plan.not_allowed', message: 'Voor deze debiteur mag geen betalingsregeling worden aangeboden (debiteurinstellingen).' } };
      if (!Number.isInteger(event.maxPlanTerms) || event.maxPlanTerms < 1 || event.maxPlanTerms > max)
        return { ok: false, error: { key: 'plan.terms', message: `Kies 1 tot ${max} termijnen.`, params: { max, count: event.maxPlanTerms } } };
      return { ok: true, value: event };
    }
    default:
      return { ok: true, value: null };
  }
}

/** The value a valid event carries, normalised (dates to ISO, text trimmed). Throws when invalid: guards run first. */
function valueOf<T>(context: CallContext, event: CallEvent): T {
  const result = checkEvent(context, event);
  if (!result.ok) throw new Error(`${event.type} is niet geldig: ${result.error.message}`);
  return result.value as T;
}

// ---------------------------------------------------------------- recording

/** Why a call-back appointment is made; decides the task title and whom we call. */
export type AppointmentPurpose =
  | 'responsible' // the right person was not available (reach phase)
  | 'sendData' // "ik ga daar niet over": data sent to the responsible person, then call them
  | 'noTime'
  | 'payment' // about the payment (after a copy was sent, or as the commitment)
  | 'director' // on holiday: nobody up to the director could be reached
  | 'systemDown';

export type Recording =
  | { what: 'reached' }
  | { what: 'end'; result: CallResult }
  | { what: 'excuse' }
  | { what: 'contact' }
  | { what: 'appointment'; purpose: AppointmentPurpose }
  | { what: 'email' }
  | { what: 'copy' }
  | { what: 'complaint' }
  | { what: 'complaintHandler' }
  | { what: 'complaintResolved' }
  | { what: 'paymentReport'; requestProof: boolean }
  | { what: 'paymentFound' }
  | { what: 'verifyLater' }
  | { what: 'proofRequested' }
  | { what: 'bankDetailsWrong' }
  | { what: 'collectAgain' }
  | { what: 'plan' }
  | { what: 'promise'; lastChance?: boolean }
  | { what: 'refusedLastChance' }
  | { what: 'otherAgreement' }
  | { what: 'issue' }
  | { what: 'question' }
  | { what: 'confirmOnTime' };

const cents = (amount: number) => ({ cents: amount });
const date = (d: IsoDate) => ({ date: d });

function addTask(data: CallData, task: CallTask): CallData {
  return { ...data, tasks: [...data.tasks, task] };
}

function mergeContact(current: OutcomeContact | null, update: OutcomeContact): OutcomeContact {
  return { ...(current ?? {}), ...update };
}

function appointmentTask(context: CallContext, appt: { date: string; time: string }, purpose: AppointmentPurpose, withWhom?: string): CallTask {
  const who = withWhom?.trim() || context.data.contactUpdate?.name || '';
  const named = { named: who ? 'yes' : 'no', who };
  const titles: Record<AppointmentPurpose, Message> = {
    responsible: text('task.call_back.responsible', named),
    sendData: text('task.call_back.send_data', named),
    noTime: text('task.call_back.no_time'),
    payment: text('task.call_back.payment'),
    director: text('task.call_back.director', named),
    systemDown: text('task.call_back.system_down'),
  };
  return {
    type: 'call_back',
    title: titles[purpose],
    dueDate: appt.date,
    dueTime: appt.time,
    recap: text('recap.call_back', { date: date(appt.date), time: appt.time, ...named }),
  };
}

/** What follows when the last chance is not taken: `unpaidOn` the promised date, or none when refused. */
function escalationTask(context: CallContext, dueDate: IsoDate, unpaidOn: IsoDate | null): CallTask {
  const after: MessageParams = unpaidOn ? { after: 'unpaid', date: date(unpaidOn) } : { after: 'refused', date: null };
  return context.input.ingebrekestellingSent
    ? { type: 'hand_over', title: text('task.hand_over.last_chance', after), dueDate, recap: text('recap.hand_over.last_chance', after) }
    : {
        type: 'send_ingebrekestelling',
        title: text('task.ingebrekestelling.last_chance', after),
        dueDate,
        recap: text('recap.ingebrekestelling.last_chance', after),
      };
}

/** The CallData after `event` with the given recording. Pure; call only after the guard passed. */
export function record(context: CallContext, event: CallEvent, rec: Recording): CallData {
  const data = context.data;
  const today = context.input.today;
  switch (rec.what) {
    case 'reached':
      return { ...data, reached: true };
    case 'end':
      return { ...data, endResult: rec.result };
    case 'excuse': {
      const { excuse } = event as CallEventOf<'EXCUSE'>;
      return { ...data, excuses: [...data.excuses, excuse], currentExcuse: excuse };
    }
    case 'contact':
      return { ...data, contactUpdate: mergeContact(data.contactUpdate, valueOf<OutcomeContact>(context, event)) };
    case 'appointment': {
      const appt = valueOf<{ date: string; time: string }>(context, event);
      const { withWhom } = event as CallEventOf<'SUBMIT_APPOINTMENT'>;
      let next = addTask(data, appointmentTask(context, appt, rec.purpose, withWhom));
      if (rec.purpose === 'sendData') {
        const name = data.contactUpdate?.name ?? '';
        const email = data.contactUpdate?.email ?? '';
        const to: MessageParams = { to: email ? (name ? 'nameEmail' : 'email') : name ? 'name' : 'nobody', name, email };
        next = addTask(next, {
          type: 'send_invoice_data',
          title: text('task.send_invoice_data', { ...invoiceParams(context), ...to }),
          dueDate: today,
          recap: text('recap.send_invoice_data', to),
        });
      }
      return next;
    }
    case 'email': {
      const email = valueOf<string>(context, event);
      return addTask(
        { ...data, contactUpdate: mergeContact(data.contactUpdate, { email }) },
        {
          type: 'send_invoice_data',
          title: text('task.send_invoice_data.email', { ...invoiceParams(context), email }),
          dueDate: today,
          recap: text('recap.send_invoice_data.email', { email }),
        },
      );
    }
    case 'copy': {
      const { addressCorrect } = event as CallEventOf<'SUBMIT_COPY_DETAILS'>;
      const sendTo = valueOf<string>(context, event);
      let next = addTask(data, {
        type: 'send_invoice_copy',
        title: text('task.send_invoice_copy', { ...invoiceParams(context), sendTo }),
        dueDate: today,
        recap: text('recap.send_invoice_copy', { ...invoiceParams(context), sendTo }),
      });
      // Seed 000: a lost invoice may mean a wrong address; fix it at the source, not only for this copy.
      if (!addressCorrect)
        next = addTask(next, { type: 'other', title: text('task.update_address', { debtor: context.input.debtor.name, address: sendTo }), dueDate: today });
      return next;
    }
    case 'complaint': {
      const c = valueOf<{ invoiceIds: number[]; description: string }>(context, event);
      const { handler } = event as CallEventOf<'SUBMIT_COMPLAINT'>;
      const from = context.stack[context.stack.length - 1]?.step;
      const prefix = from === 'productNotReceived' || from === 'goodsMissing' ? 'Product/dienst niet (volledig) ontvangen: ' : '';
      const complaint = { invoiceIds: c.invoiceIds, description: `${prefix}${c.description}`, ...(handler?.trim() ? { handler: handler.trim() } : {}) };
      const next = { ...data, complaints: [...data.complaints, complaint] };
      // The collection call asks "pass on or resolve now" in its own step; the preventive call has no
      // such step, so the complaint goes to its handler (or the complaint desk) straight away.
      return context.kind === 'preventive' ? addTask(next, handleComplaintTask(context, next, complaint.handler)) : next;
    }
    case 'complaintHandler': {
      const handler = valueOf<string>(context, event);
      const complaints = data.complaints.map((c, i) => (i === data.complaints.length - 1 ? { ...c, handler } : c));
      const next = { ...data, complaints };
      return addTask(next, handleComplaintTask(context, next, handler));
    }
    case 'complaintResolved': {
      const resolution = valueOf<string>(context, event);
      const last = data.complaints.length - 1;
      const complaints = data.complaints.map((c, i) => (i === last ? { ...c, resolution } : c));
      return { ...data, complaints };
    }
    case 'paymentReport': {
      const report = valueOf<{ date: string; amountCents: number; description: string }>(context, event);
      const next = { ...data, paymentReport: report };
      if (!rec.requestProof) return next;
      return addTask(next, {
        type: 'request_proof_of_payment',
        title: text('task.request_statement', { date: date(report.date), amount: cents(report.amountCents) }),
        dueDate: today,
        recap: text('recap.request_statement', { date: date(report.date), amount: cents(report.amountCents) }),
      });
    }
    case 'paymentFound': {
      // Found during the call: book it, so the schedule does not escalate a debt that was paid.
      const what = reportedPayment(data);
      return addTask(data, {
        type: 'verify_payment',
        title: text('task.book_found_payment', { ...what, ...invoiceParams(context) }),
        dueDate: today,
        recap: text('recap.payment_found', what),
      });
    }
    case 'verifyLater': {
      const what = reportedPayment(data);
      return addTask(data, {
        type: 'verify_payment',
        title: text('task.look_up_payment', what),
        dueDate: nextOfficeDay(today),
        recap: text('recap.look_up_payment', what),
      });
    }
    case 'proofRequested': {
      const what = reportedPayment(data);
      return addTask(data, {
        type: 'request_proof_of_payment',
        title: text('task.request_proof', what),
        dueDate: today,
        recap: text('recap.request_proof', what),
      });
    }
    case 'bankDetailsWrong': {
      const note = valueOf<string>(context, event);
      return addTask(data, {
        type: 'check_bank_details',
        title: text('task.check_bank_details', { note }),
        dueDate: today,
        recap: text('recap.check_bank_details'),
      });
    }
    case 'collectAgain': {
      const on = event.type === 'COLLECT_AGAIN' ? valueOf<string>(context, event) : today;
      return addTask(data, {
        type: 'collect_again',
        title: text('task.collect_again', invoiceParams(context)),
        dueDate: on,
        recap: text('recap.collect_again', { amount: cents(openTotalCents(context)), date: date(on) }),
      });
    }
    case 'plan':
      return { ...data, plan: valueOf(context, event) };
    case 'promise': {
      const promise = valueOf<{ date: string; amountCents: number }>(context, event);
      let next: CallData = { ...data, promise };
      const { hasPaymentDetails } = event as CallEventOf<'SUBMIT_PROMISE'>;
      if (hasPaymentDetails === false)
        next = addTask(next, {
          type: 'send_invoice_data',
          title: text('task.send_payment_details', invoiceParams(context)),
          dueDate: today,
          recap: text('recap.send_payment_details'),
        });
      if (rec.lastChance) next = addTask(next, escalationTask(context, nextOfficeDay(promise.date), promise.date));
      return next;
    }
    case 'refusedLastChance':
      return addTask(data, escalationTask(context, today, null));
    case 'otherAgreement': {
      const { colleague, description } = event as CallEventOf<'SUBMIT_OTHER_AGREEMENT'>;
      return addTask(data, {
        type: 'other',
        title: text('task.check_other_agreement', { colleague: colleague.trim(), description: description.trim() }),
        dueDate: today,
        recap: text('recap.check_other_agreement', { colleague: colleague.trim() }),
      });
    }
    case 'issue':
      return { ...data, issue: true };
    case 'question': {
      const q = event as CallEventOf<'SUBMIT_QUESTION'>;
      const { invoiceIds } = valueOf<{ invoiceIds: number[] }>(context, event);
      if (q.answer?.trim()) return data; // answered during the call: the path keeps question and answer
      return addTask(data, {
        type: 'other',
        title: text('task.answer_question', { ...invoiceParams(context, invoiceIds), question: q.question.trim() }),
        dueDate: nextOfficeDay(today),
        recap: text('recap.answer_question', invoiceParams(context, invoiceIds)),
      });
    }
    case 'confirmOnTime':
      return { ...data, confirmedOnTime: true, promise: preventivePromise(context) };
  }
}

/** The payment the customer reported, as message params ("van € 178,49 op 1 maart 2030 ("factuur 123")"). */
function reportedPayment(data: CallData): MessageParams {
  const r = data.paymentReport;
  if (!r) return { reported: 'no', amount: null, date: null, described: 'no', description: '' };
  return { reported: 'yes', amount: cents(r.amountCents), date: date(r.date), described: r.description ? 'yes' : 'no', description: r.description };
}

function handleComplaintTask(context: CallContext, data: CallData, handler?: string): CallTask {
  const index = data.complaints.length - 1;
  const c = data.complaints[index]!;
  const params = { ...invoiceParams(context, c.invoiceIds), handled: handler ? 'yes' : 'no', handler: handler ?? '' };
  return {
    type: 'handle_complaint',
    title: text('task.handle_complaint', params),
    dueDate: nextOfficeDay(context.input.today),
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

// ---------------------------------------------------------------- outcome

const AGREEMENT_TASKS: readonly TaskType[] = ['call_back', 'verify_payment', 'request_proof_of_payment', 'collect_again'];

export function callResult(context: CallContext): CallResult {
  const d = context.data;
  if (d.endResult) return d.endResult;
  if (!d.reached) return 'not_reached';
  if (context.kind === 'preventive') {
    if (d.issue) return 'preventive_issue';
    return d.confirmedOnTime ? 'preventive_confirmed' : 'no_agreement';
  }
  if (d.promise || d.plan) return 'agreement';
  if (d.complaints.some((c) => !c.resolution)) return 'complaint';
  if (d.tasks.some((t) => AGREEMENT_TASKS.includes(t.type))) return 'agreement';
  return 'no_agreement';
}

/** Tasks that follow from what was agreed rather than from one answer: watch the promise, send the plan, confirm in writing. */
function derivedTasks(context: CallContext, result: CallResult): CallTask[] {
  const d = context.data;
  const today = context.input.today;
  const tasks: CallTask[] = [];
  if (d.promise)
    tasks.push({
      type: 'verify_payment',
      // Seed 000: "betalingsdatum in de gaten houden en kijken of de betaling echt binnenkomt".
      title: text('task.check_promise', { amount: cents(d.promise.amountCents), date: date(d.promise.date) }),
      dueDate: onOrNextOfficeDay(nextOfficeDay(d.promise.date)),
    });
  if (d.plan)
    tasks.push({
      type: 'send_plan_for_signature',
      title: text('task.send_plan', { terms: d.plan.installments.length, amount: cents(d.plan.totalCents) }),
      dueDate: today,
      recap: text('recap.send_plan'),
    });
  // Seed 000 tip and 002 step 4: confirm every agreement in writing, by letter.
  if (context.kind === 'collection' && (result === 'agreement' || result === 'complaint'))
    tasks.push({
      type: 'send_confirmation_letter',
      title: text('task.send_confirmation_letter'),
      dueDate: today,
      recap: text('recap.confirmation_letter'),
    });
  return tasks;
}

/** The commitments read back at the end of the call (seed 000: "herhaal de toezeggingen"), one line each. */
export function recapLines(context: CallContext): Message[] {
  const d = context.data;
  const lines: Message[] = [];
  if (d.promise)
    lines.push(
      text(context.kind === 'preventive' ? 'recap.promise_on_time' : 'recap.promise', { amount: cents(d.promise.amountCents), date: date(d.promise.date) }),
    );
  if (d.plan)
    lines.push(
      text('recap.plan', {
        amount: cents(d.plan.totalCents),
        terms: d.plan.installments.length,
        installments: { messages: d.plan.installments.map((t) => text('recap.plan.installment', { amount: cents(t.amountCents), date: date(t.dueDate) })) },
      }),
    );
  for (const c of d.complaints)
    if (c.resolution) lines.push(text('recap.complaint_resolved', { ...invoiceParams(context, c.invoiceIds), resolution: c.resolution }));
  const result = callResult(context);
  for (const t of [...d.tasks, ...derivedTasks(context, result)]) if (t.recap) lines.push(t.recap);
  return lines;
}

function stripTask({ recap: _recap, ...task }: CallTask): OutcomeTask {
  return task;
}

/** The CallOutcome of the call so far (at the end: of the whole call). Validated, so it throws when the machine has a bug. */
export function buildOutcome(context: CallContext): CallOutcome {
  const d = context.data;
  const result = callResult(context);
  const lastStep = context.path[context.path.length - 1]?.at;
  const endedAt = context.endedAt ?? lastStep ?? context.startedAt;
  return CallOutcome.parse({
    debtorId: context.input.debtor.id,
    kind: context.kind,
    machineVersion: context.machineVersion,
    collector: context.input.collector,
    tone: context.tone,
    startedAt: context.startedAt,
    endedAt: endedAt < context.startedAt ? context.startedAt : endedAt,
    result,
    summary: recapLines(context),
    notes: context.notes,
    excuses: d.excuses,
    path: context.path,
    ...(d.contactUpdate ? { contactUpdate: d.contactUpdate } : {}),
    tasks: [...d.tasks, ...derivedTasks(context, result)].map(stripTask),
    complaints: d.complaints,
    ...(d.promise ? { promise: d.promise } : {}),
    ...(d.plan ? { plan: d.plan } : {}),
  });
}
