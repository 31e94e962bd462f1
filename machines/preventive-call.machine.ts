// The preventive call (seed 004): 5–15 days before the due date, service-minded, closed questions.
// All answers right → the customer confirms payment on time (kept as a promise on the due date, to hold
// them to later); any wrong answer → its follow-up, and the call ends as preventive_issue.
// Reaching the person, BACK, NOTE, HANG_UP, recap and the outcome are shared with the collection call.
import { choice, go, step, submit } from './call-step';
import { createCallMachine, done, preparation, reachSteps, recap, stepsOf, type ConversationPart } from './call-setup';
import { PREVENTIVE_CALL_MACHINE_ID } from './call-machine-ids';

export const PREVENTIVE_MACHINE_VERSION = 3;

const yesNo = (yes: Parameters<typeof choice>[3], no: Parameters<typeof choice>[3]) => [
  choice('YES', 'choice.yes', '1', yes),
  choice('NO', 'choice.no', '2', no),
];

export const PREVENTIVE_CONVERSATION = [
  ...reachSteps('#invoiceReceived'),
  // "Heeft u de factuur ontvangen?" — no: send a copy; questions about an unseen invoice make no sense.
  step('invoiceReceived', yesNo(go('#invoiceQuestions'), go('#sendCopy', { what: 'issue' }))),
  step('sendCopy', [choice('SUBMIT_COPY_DETAILS', 'choice.send_copy', '1', submit('#goodsReceived', { what: 'copy' }), 'copy')]),
  // "Heeft u vragen over de factuur?" — yes: the question (answered now or a task) or a complaint.
  step('invoiceQuestions', yesNo(go('#invoiceQuestion', { what: 'issue' }), go('#goodsReceived'))),
  step('invoiceQuestion', [
    choice('SUBMIT_QUESTION', 'choice.question', '1', submit('#goodsReceived', { what: 'question' }), 'question'),
    choice('SUBMIT_COMPLAINT', 'choice.register_complaint', '2', submit('#goodsReceived', { what: 'complaint' }), 'complaintWithHandler'),
  ]),
  // "Heeft u alle goederen ontvangen?" — all yes so far: ask for the confirmation; else recap.
  step('goodsReceived', yesNo([{ guard: 'noIssue', target: '#confirmOnTime' }, { target: '#recap' }], go('#goodsMissing', { what: 'issue' }))),
  step('goodsMissing', [
    choice('SUBMIT_COMPLAINT', 'choice.register_complaint', '1', submit('#recap', { what: 'complaint', undelivered: true }), 'complaintWithHandler'),
  ]),
  step('confirmOnTime', [
    choice('CONFIRM_ON_TIME', 'choice.confirm_on_time', '1', go('#recap', { what: 'confirmOnTime' })),
    choice('NOT_CONFIRMED', 'choice.not_confirmed', '2', go('#recap', { what: 'issue' })),
  ]),
  recap,
] as const satisfies readonly ConversationPart[];

export const PREVENTIVE_STEP_DEFINITIONS = [preparation, ...stepsOf(PREVENTIVE_CONVERSATION), done];
export const PREVENTIVE_STEPS = PREVENTIVE_STEP_DEFINITIONS.map((s) => s.id) as readonly PreventiveStep[];
export type PreventiveStep = (typeof PREVENTIVE_CONVERSATION)[number]['id'] | 'preparation' | 'done';

export const preventiveCallMachine = createCallMachine({
  id: PREVENTIVE_CALL_MACHINE_ID,
  kind: 'preventive',
  version: PREVENTIVE_MACHINE_VERSION,
  conversation: PREVENTIVE_CONVERSATION,
});

