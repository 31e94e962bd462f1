// What a call records and what it comes to: each recording by name (the shared ones of call-data.ts
// and each excuse module's own), the result of the call, the tasks that follow from what was agreed,
// the recap, and the CallOutcome. The machines only decide *when*; this module decides *what*.
import { CallOutcome, type CallResult, type OutcomeTask, type TaskType } from '../domain/call-outcome';
import type { Message } from '../domain/message';
import { nextOfficeDay } from '../domain/calendar/office-days';
import { cents, date, invoiceParams, officeOf, SHARED_RECORDERS, type Recorder, type Recording } from './call-data';
import { recordText as text } from './call-record.messages';
import { EXCUSE_RECORDERS } from './excuses';
import type { CallContext, CallData, CallEvent, CallTask } from './call-types';

// Each recorder takes the recording it is named by; looked up by name, they are called with that recording.
const RECORDERS = { ...SHARED_RECORDERS, ...EXCUSE_RECORDERS } as unknown as Record<string, Recorder>;

/** Whether a recording of this name exists (shared, or '<excuse>/<name>' of a module). */
export const isRecording = (what: string): boolean => what in RECORDERS;

/** The CallData after `event` with the given recording. Pure; call only after the guard passed. */
export function record(context: CallContext, event: CallEvent, recording: Recording): CallData {
  const recorder = RECORDERS[recording.what];
  if (!recorder) throw new Error(`Onbekende registratie in de belmachine: ${recording.what}`);
  return recorder(context, event, recording);
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
  if (d.tasks.some((t) => AGREEMENT_TASKS.includes(t.type) && !t.ownFollowUp)) return 'agreement';
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
      dueDate: nextOfficeDay(d.promise.date, officeOf(context)),
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

function stripTask({ recap: _recap, ownFollowUp: _own, ...task }: CallTask): OutcomeTask {
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
