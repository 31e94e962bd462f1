// Bevestiging van onze afspraken: after a call, what the customer does and what we do, from what the
// call recorded. Issuing it does what the task "Bevestigingsbrief sturen" of that call asked.
import type { Db } from '../../../db/client';
import { findCall, stepsOfCalls } from '../../../db/calls.repo';
import { promisesOf } from '../../../db/promises.repo';
import { planOfCall } from '../../../db/plans.repo';
import { tasksOf, closeOpenTasks } from '../../../db/tasks.repo';
import { complaintsOf } from '../../../db/complaints.repo';
import { composeConfirmation, lastOfType } from '../../../domain/letters';
import { invalidInput, notFound } from '../../refusals';
import { openForLetter, sentBefore } from '../ledger';
import { letterClosed, register } from '../registry';

/** The person named in the call's path just before "REACHED": who we actually spoke with. */
function spokeWith(steps: readonly { data: string }[]): string | null {
  let named: string | null = null;
  let reached: string | null = null;
  for (const s of steps) {
    let data: { event?: unknown; name?: unknown };
    try {
      data = JSON.parse(s.data) as typeof data;
    } catch {
      continue;
    }
    if (data.event === 'SUBMIT_CONTACT' && typeof data.name === 'string' && data.name.trim()) named = data.name.trim();
    if (data.event === 'REACHED' && named) reached = named;
  }
  return reached;
}

function theCall(db: Db, debtorId: number, callId: number | undefined) {
  if (callId === undefined) throw invalidInput('errors.letter.needs_call');
  const call = findCall(db, callId);
  if (!call) throw notFound('errors.not_found', { thing: 'call', id: callId });
  if (call.debtorId !== debtorId) throw invalidInput('errors.letter.call_not_own');
  return call;
}

export const confirmation = register({
  type: 'confirmation',
  load: (db, request, context) => {
    const call = theCall(db, request.debtorId, request.callId);
    const plan = planOfCall(db, call.id) ?? null;
    const input = {
      ...context,
      open: openForLetter(db, request.debtorId),
      call: { id: call.id, startedAt: call.startedAt, spokeWith: spokeWith(stepsOfCalls(db, [call.id])) },
      promises: promisesOf(db, request.debtorId)
        .filter((p) => p.callId === call.id)
        .sort((a, b) => (a.promisedDate < b.promisedDate ? -1 : a.promisedDate > b.promisedDate ? 1 : a.id - b.id))
        .map(({ promisedDate, amountCents }) => ({ promisedDate, amountCents })),
      plan,
      tasks: tasksOf(db, request.debtorId)
        .filter((t) => t.callId === call.id)
        .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.id - b.id))
        .map(({ type, dueDate, dueTime }) => ({ type, dueDate, dueTime })),
      complaints: complaintsOf(db, request.debtorId)
        .filter((c) => c.callId === call.id)
        .reverse()
        .map((c) => ({ openedOn: c.openedOn, description: c.description, resolution: c.resolution, invoiceNumbers: c.invoices.map((i) => i.number) })),
      next: lastOfType(sentBefore(db, request.debtorId), 'reminder3') ? ('overdracht' as const) : ('ingebrekestelling' as const),
    };
    return { input, links: { callId: call.id, planId: plan?.id ?? null } };
  },
  compose: composeConfirmation,
  afterIssue: (db, { links, letter }) => {
    closeOpenTasks(db, { callId: links.callId!, types: ['send_confirmation_letter'] }, letter.letterDate, null, letterClosed(letter));
  },
});
