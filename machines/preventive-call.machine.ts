// The preventive call (seed 004): 5–15 days before the due date, service-minded, closed questions.
// All answers right → the customer confirms payment on time (kept as a promise on the due date, to hold
// them to later); any wrong answer → its follow-up, and the call ends as preventive_issue.
// Reaching the person, BACK, NOTE, HANG_UP, recap and the outcome are shared with the collection call.
import { createCallMachine, go, reachStates, recapState, step, submit } from './call-setup';
import { PREVENTIVE_STEPS } from './call-types';

export const PREVENTIVE_MACHINE_VERSION = 1;
export const PREVENTIVE_CALL_MACHINE_ID = 'preventiveCall';

export const preventiveCallMachine = createCallMachine({
  id: PREVENTIVE_CALL_MACHINE_ID,
  kind: 'preventive',
  version: PREVENTIVE_MACHINE_VERSION,
  steps: PREVENTIVE_STEPS,
  states: {
    ...reachStates('#invoiceReceived'),
    // "Heeft u de factuur ontvangen?" — no: send a copy; questions about an unseen invoice make no sense.
    invoiceReceived: step('invoiceReceived', {
      YES: go('#invoiceQuestions'),
      NO: go('#sendCopy', { what: 'issue' }),
    }),
    sendCopy: step('sendCopy', { SUBMIT_COPY_DETAILS: submit('#goodsReceived', { what: 'copy' }) }),
    // "Heeft u vragen over de factuur?" — yes: the question (answered now or a task) or a complaint.
    invoiceQuestions: step('invoiceQuestions', {
      NO: go('#goodsReceived'),
      YES: go('#invoiceQuestion', { what: 'issue' }),
    }),
    invoiceQuestion: step('invoiceQuestion', {
      SUBMIT_QUESTION: submit('#goodsReceived', { what: 'question' }),
      SUBMIT_COMPLAINT: submit('#goodsReceived', { what: 'complaint' }),
    }),
    // "Heeft u alle goederen ontvangen?" — all yes so far: ask for the confirmation; else recap.
    goodsReceived: step('goodsReceived', {
      YES: [{ guard: 'noIssue', target: '#confirmOnTime' }, { target: '#recap' }],
      NO: go('#goodsMissing', { what: 'issue' }),
    }),
    goodsMissing: step('goodsMissing', { SUBMIT_COMPLAINT: submit('#recap', { what: 'complaint' }) }),
    confirmOnTime: step('confirmOnTime', {
      CONFIRM_ON_TIME: go('#recap', { what: 'confirmOnTime' }),
      NOT_CONFIRMED: go('#recap', { what: 'issue' }),
    }),
    recap: recapState,
  },
});
