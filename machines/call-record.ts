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
import { formatDateLong, type IsoDate } from '../domain/dates';
import { formatEuro, sumCents } from '../domain/money';
import { nextWorkingDay, onOrNextWorkingDay } from '../domain/working-days';
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
import { joinDutch } from '../domain/dutch';

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

/** "123, 456 en 789" for the given invoice ids (all open invoices when none are given). */
export function invoiceNumbers(context: Pick<CallContext, 'input'>, ids?: readonly number[]): string {
  const invoices = ids ? context.input.openInvoices.filter((i) => ids.includes(i.id)) : context.input.openInvoices;
  return joinDutch(invoices.map((i) => i.number));
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

const day = (date: IsoDate) => formatDateLong(date);

function addTask(data: CallData, task: CallTask): CallData {
  return { ...data, tasks: [...data.tasks, task] };
}

function mergeContact(current: OutcomeContact | null, update: OutcomeContact): OutcomeContact {
  return { ...(current ?? {}), ...update };
}

function appointmentTask(context: CallContext, appt: { date: string; time: string }, purpose: AppointmentPurpose, withWhom?: string): CallTask {
  const who = withWhom?.trim() || context.data.contactUpdate?.name || undefined;
  const titles: Record<AppointmentPurpose, string> = {
    responsible: `Terugbellen${who ? ` ${who}` : ''}: verantwoordelijke was niet bereikbaar`,
    sendData: `Terugbellen${who ? ` ${who}` : ''} over de toegestuurde factuurgegevens`,
    noTime: 'Terugbellen: klant had geen tijd',
    payment: 'Terugbellen over de betaling',
    director: `Terugbellen${who ? ` ${who}` : ' directie'}: verantwoordelijke op vakantie`,
    systemDown: 'Terugbellen: het systeem van de klant werkte niet',
  };
  return {
    type: 'call_back',
    title: titles[purpose],
    dueDate: appt.date,
    dueTime: appt.time,
    recap: `Terugbelafspraak op ${day(appt.date)} om ${appt.time}${who ? ` met ${who}` : ''}.`,
  };
}

function escalationTask(context: CallContext, dueDate: IsoDate, after: string): CallTask {
  const handOver = context.input.ingebrekestellingSent;
  return handOver
    ? {
        type: 'hand_over',
        title: `${after}: vordering uit handen geven aan het incassobureau`,
        dueDate,
        recap: `${after}, dan geven wij de vordering uit handen; alle kosten zijn dan voor uw rekening.`,
      }
    : {
        type: 'send_ingebrekestelling',
        title: `${after}: ingebrekestelling versturen`,
        dueDate,
        recap: `${after}, dan ontvangt u een ingebrekestelling.`,
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
        const c = data.contactUpdate;
        const to = c?.email ? `${c.name ?? ''} (${c.email})`.trim() : (c?.name ?? 'de verantwoordelijke');
        next = addTask(next, {
          type: 'send_invoice_data',
          title: `Factuurgegevens (${invoiceNumbers(context)}) mailen naar ${to}`,
          dueDate: today,
          recap: `Wij sturen de factuurgegevens naar ${to}.`,
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
          title: `Factuurgegevens (${invoiceNumbers(context)}) mailen naar ${email}`,
          dueDate: today,
          recap: `Wij mailen de factuurgegevens naar ${email}.`,
        },
      );
    }
    case 'copy': {
      const { addressCorrect } = event as CallEventOf<'SUBMIT_COPY_DETAILS'>;
      const sendTo = valueOf<string>(context, event);
      let next = addTask(data, {
        type: 'send_invoice_copy',
        title: `Kopie van factuur ${invoiceNumbers(context)} sturen naar ${sendTo}`,
        dueDate: today,
        recap: `Wij sturen vandaag een kopie van factuur ${invoiceNumbers(context)} naar ${sendTo}.`,
      });
      // Seed 000: a lost invoice may mean a wrong address; fix it at the source, not only for this copy.
      if (!addressCorrect)
        next = addTask(next, { type: 'other', title: `Adres van ${context.input.debtor.name} bijwerken: ${sendTo}`, dueDate: today });
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
        title: `Afschrift van de betaalopdracht van ${day(report.date)} (${formatEuro(report.amountCents)}) opvragen`,
        dueDate: today,
        recap: `U stuurt ons een afschrift van de betaalopdracht van ${day(report.date)} (${formatEuro(report.amountCents)}).`,
      });
    }
    case 'paymentFound': {
      // Found during the call: book it, so the schedule does not escalate a debt that was paid.
      const what = reportedPayment(data);
      return addTask(data, {
        type: 'verify_payment',
        title: `Gevonden betaling ${what} boeken op factuur ${invoiceNumbers(context)}`,
        dueDate: today,
        recap: `Wij hebben uw betaling ${what} gevonden en verwerken die.`,
      });
    }
    case 'verifyLater': {
      const what = reportedPayment(data);
      return addTask(data, {
        type: 'verify_payment',
        title: `Betaling ${what} opzoeken`,
        dueDate: nextWorkingDay(today),
        recap: `Wij zoeken uw betaling ${what} op en laten het weten als wij hem niet vinden.`,
      });
    }
    case 'proofRequested': {
      const what = reportedPayment(data);
      return addTask(data, {
        type: 'request_proof_of_payment',
        title: `Betaalbewijs opvragen voor de betaling ${what}`,
        dueDate: today,
        recap: `U stuurt ons een bewijs van de betaling ${what}.`,
      });
    }
    case 'bankDetailsWrong': {
      const note = valueOf<string>(context, event);
      return addTask(data, {
        type: 'check_bank_details',
        title: `Bankgegevens voor de incasso controleren: ${note}`,
        dueDate: today,
        recap: 'Wij passen de bankgegevens voor de incasso aan.',
      });
    }
    case 'collectAgain': {
      const date = event.type === 'COLLECT_AGAIN' ? valueOf<string>(context, event) : today;
      return addTask(data, {
        type: 'collect_again',
        title: `Openstaande facturen ${invoiceNumbers(context)} opnieuw incasseren`,
        dueDate: date,
        recap: `Wij incasseren ${formatEuro(openTotalCents(context))} opnieuw op ${day(date)}; zorgt u voor voldoende saldo?`,
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
          title: `Betaalgegevens (rekeningnummer, factuurnummers ${invoiceNumbers(context)}) sturen`,
          dueDate: today,
          recap: 'Wij sturen u vandaag de betaalgegevens.',
        });
      if (rec.lastChance)
        next = addTask(next, escalationTask(context, nextWorkingDay(promise.date), `Niet betaald op ${day(promise.date)}`));
      return next;
    }
    case 'refusedLastChance':
      return addTask(data, escalationTask(context, today, 'Geen regeling en geen laatste betaaldatum'));
    case 'otherAgreement': {
      const { colleague, description } = event as CallEventOf<'SUBMIT_OTHER_AGREEMENT'>;
      return addTask(data, {
        type: 'other',
        title: `Navragen bij ${colleague.trim()}: klant zegt afgesproken te hebben "${description.trim()}"`,
        dueDate: today,
        recap: `Wij controleren bij ${colleague.trim()} wat er is afgesproken.`,
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
        title: `Vraag over factuur ${invoiceNumbers(context, invoiceIds)} beantwoorden: ${q.question.trim()}`,
        dueDate: nextWorkingDay(today),
        recap: `Wij beantwoorden uw vraag over factuur ${invoiceNumbers(context, invoiceIds)}.`,
      });
    }
    case 'confirmOnTime':
      return { ...data, confirmedOnTime: true, promise: preventivePromise(context) };
  }
}

function reportedPayment(data: CallData): string {
  const r = data.paymentReport;
  return r ? `van ${formatEuro(r.amountCents)} op ${day(r.date)}${r.description ? ` ("${r.description}")` : ''}` : '(zoals gemeld)';
}

function handleComplaintTask(context: CallContext, data: CallData, handler?: string): CallTask {
  const index = data.complaints.length - 1;
  const c = data.complaints[index]!;
  const numbers = invoiceNumbers(context, c.invoiceIds);
  return {
    type: 'handle_complaint',
    title: `Klacht over factuur ${numbers} behandelen${handler ? ` (${handler})` : ''} en klant informeren`,
    dueDate: nextWorkingDay(context.input.today),
    complaintIndex: index,
    recap: `Uw klacht over factuur ${numbers} is doorgezet${handler ? ` naar ${handler}` : ''}; wij laten u weten hoe het is opgelost.`,
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
      title: `Controleren of ${formatEuro(d.promise.amountCents)} (belofte voor ${day(d.promise.date)}) binnen is`,
      dueDate: onOrNextWorkingDay(nextWorkingDay(d.promise.date)),
    });
  if (d.plan)
    tasks.push({
      type: 'send_plan_for_signature',
      title: `Betalingsregeling (${d.plan.installments.length} termijnen, ${formatEuro(d.plan.totalCents)}) op papier zetten en ter ondertekening sturen`,
      dueDate: today,
      recap: 'Wij sturen u de regeling op papier; u stuurt hem ondertekend terug.',
    });
  // Seed 000 tip and 002 step 4: confirm every agreement in writing, by letter.
  if (context.kind === 'collection' && (result === 'agreement' || result === 'complaint'))
    tasks.push({
      type: 'send_confirmation_letter',
      title: 'Bevestigingsbrief sturen met de gemaakte afspraken',
      dueDate: today,
      recap: 'U ontvangt de afspraken ook per brief.',
    });
  return tasks;
}

/** The commitments read back at the end of the call (seed 000: "herhaal de toezeggingen"), one line each. */
export function recapLines(context: CallContext): string[] {
  const d = context.data;
  const lines: string[] = [];
  if (d.promise)
    lines.push(
      context.kind === 'preventive'
        ? `U betaalt ${formatEuro(d.promise.amountCents)} op tijd, uiterlijk op ${day(d.promise.date)}.`
        : `U betaalt ${formatEuro(d.promise.amountCents)} uiterlijk op ${day(d.promise.date)}.`,
    );
  if (d.plan) {
    const terms = joinDutch(d.plan.installments.map((t) => `${formatEuro(t.amountCents)} op ${day(t.dueDate)}`));
    lines.push(
      `Betalingsregeling voor ${formatEuro(d.plan.totalCents)} in ${d.plan.installments.length} termijn(en): ${terms}. ` +
        'Dit is de laatste mogelijkheid: wordt een termijn niet betaald, dan geven wij de vordering uit handen.',
    );
  }
  for (const c of d.complaints)
    if (c.resolution) lines.push(`Uw klacht over factuur ${invoiceNumbers(context, c.invoiceIds)} is opgelost: ${c.resolution}.`);
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
