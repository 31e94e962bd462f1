// Steps several excuses lead to, after their own: handling a complaint (pass it on or resolve it now)
// and the seed's closing question after an excuse, "Hoe gaat u ervoor zorgen dat het factuurbedrag
// (bijvoorbeeld morgen) op onze rekening staat?". Their texts are in call-script.messages.ts.
import { choice, go, step, submit } from '../call-step';

/** "Klacht … doorzetten naar klachtoplosser of zelf oplossen, hierna klant informeren" (seed 000). */
export const complaintHandling = step('complaintHandling', [
  choice('PASS_TO_HANDLER', 'choice.pass_to_handler', '1', submit('#commitment', { what: 'complaintHandler' }), 'handler'),
  choice('RESOLVE_NOW', 'choice.resolve_now', '2', submit('#commitment', { what: 'complaintResolved' }), 'resolution'),
]);

/** "Na een soortgelijke smoes": a concrete date, or a call-back about the payment, or nothing. */
export const commitment = step('commitment', [
  choice('SUBMIT_PROMISE', 'choice.promise', '1', submit('#anythingElse', { what: 'promise' }), 'promise'),
  choice('SUBMIT_APPOINTMENT', 'choice.appointment', '2', submit('#anythingElse', { what: 'appointment', title: 'task.call_back.payment' }), 'appointment'),
  choice('NO_COMMITMENT', 'choice.no_commitment', '3', go('#anythingElse')),
]);

export const FOLLOW_UP_STEPS = [complaintHandling, commitment] as const;
