// Every text key the debtor timeline can produce, and every task type and call step it names, has a
// Dutch and an English text: a result, letter type or status added later shows up here, not as a key on screen.
import { catalogue } from '../i18n/catalogue';
import { letters } from '../db/schema';
import { CALL_RESULTS, TASK_TYPES } from '../domain/call-outcome';
import { COMPLAINT_STATUSES } from '../domain/lifecycle/complaint';
import { PROMISE_STATUSES } from '../domain/lifecycle/promise';
import { PLAN_STATUSES } from '../domain/lifecycle/plan';
import { TASK_STATUSES } from '../domain/lifecycle/task';

const timelineKeys = [
  ...CALL_RESULTS.map((r) => `timeline.call.${r}`),
  ...letters.type.enumValues.map((l) => `timeline.letter.${l}`),
  ...TASK_STATUSES.map((s) => `timeline.task.${s}`),
  ...COMPLAINT_STATUSES.map((s) => `timeline.complaint.${s}`),
  ...PROMISE_STATUSES.map((s) => `timeline.promise.${s}`),
  ...PLAN_STATUSES.map((s) => `timeline.plan.${s}`),
  'timeline.payment',
  ...TASK_TYPES.map((t) => `followup.taskType.${t}`),
];

describe('follow-up texts', () => {
  it.each(timelineKeys)('has %s in Dutch and English', (key) => {
    expect(catalogue.source(key, 'nl')).toBeTruthy();
    expect(catalogue.source(key, 'en')).toBeTruthy();
  });
});
