import { createActor } from 'xstate';
import { CallOutcome, EXCUSES, type Excuse, type TaskType } from '../domain/call-outcome';
import { CALL_MACHINE_VERSION, callScriptMachine } from './call-script.machine';
import { CALL_SCRIPT_MACHINE_ID } from './call-machine-ids';
import { currentStep, persistOnChange } from './call-setup';
import { callInput, ev, NOW, play, TOTAL, TWO_EXCUSES_TO_RECAP } from './call-test-fixtures';
import type { CallContext, CallEvent, CallInput } from './call-types';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW).getTime() + 60_000); // 10:01 in Amsterdam
});
afterEach(() => vi.useRealTimers());

const reached: CallEvent[] = [ev('DIAL'), ev('REACHED')];
const finish: CallEvent[] = [ev('NO_MORE'), ev('FINISH')];

function outcomeOf(events: CallEvent[], input?: CallInput) {
  const actor = play(callScriptMachine, events, input);
  const snapshot = actor.getSnapshot();
  expect(snapshot.status).toBe('done');
  return CallOutcome.parse(snapshot.output);
}
const taskTypes = (o: CallOutcome) => o.tasks.map((t) => t.type);

describe('finding the crediteurenafdeling', () => {
  it.each([
    ['NO_ANSWER', 'no_answer'],
    ['VOICEMAIL', 'voicemail'],
    ['WRONG_NUMBER', 'wrong_number'],
  ] as const)('%s ends the call as %s, with no agreements and no letter', (type, result) => {
    const o = outcomeOf([ev('DIAL'), { type }]);
    expect(o.result).toBe(result);
    expect(o.tasks).toEqual([]);
    expect(o.path.map((p) => p.step)).toEqual(['preparation', 'greeting', 'done']);
  });

  it('responsible person not available: details recorded, nobody to decide, concrete call-back appointment', () => {
    const o = outcomeOf([
      ev('DIAL'),
      ev('TRANSFERRED'),
      ev('NOT_REACHED'),
      ev('SUBMIT_CONTACT', { name: 'mevr. De Vries', phone: '0294-654321', email: 'devries@leeflang.nl' }),
      ev('NOBODY'),
      ev('SUBMIT_APPOINTMENT', { date: '2030-03-05', time: '14:00' }),
    ]);
    expect(o.result).toBe('call_back');
    expect(o.contactUpdate).toEqual({ name: 'De Vries', title: 'mevrouw', phone: '0294-654321', email: 'devries@leeflang.nl' });
    expect(o.tasks).toEqual([expect.objectContaining({ type: 'call_back', dueDate: '2030-03-05', dueTime: '14:00' })]);
    // The words are messages (test/call-texts.cross.test.ts renders them): here, what they carry.
    expect(o.tasks[0]!.title).toEqual({ key: 'task.call_back.responsible', params: { named: 'mevrouw', who: 'De Vries' } });
    expect(o.summary).toEqual([
      { key: 'recap.call_back', params: { date: { date: '2030-03-05' }, time: '14:00', named: 'mevrouw', who: 'De Vries' } },
    ]);
  });

  it('a manager who can decide takes over the conversation', () => {
    const actor = play(callScriptMachine, [ev('DIAL'), ev('NOT_AVAILABLE'), ev('SKIP'), ev('REACHED')]);
    expect(currentStep(actor.getSnapshot())).toBe('purpose');
  });

  it('nobody and no appointment: not reached', () => {
    expect(outcomeOf([ev('DIAL'), ev('NOT_AVAILABLE'), ev('SKIP'), ev('NOBODY'), ev('NO_APPOINTMENT')]).result).toBe('not_reached');
  });
});

describe('each excuse asks for what its follow-up needs', () => {
  const cases: [Excuse, CallEvent[], TaskType[], string][] = [
    [
      'not_my_department',
      [ev('SUBMIT_CONTACT', { name: 'mevr. De Vries', email: 'devries@leeflang.nl' }), ev('NOT_REACHED'), ev('SUBMIT_APPOINTMENT')],
      ['call_back', 'send_invoice_data', 'send_confirmation_letter'],
      'agreement',
    ],
    ['no_time', [ev('SUBMIT_EMAIL'), ev('NO_COMMITMENT')], ['send_invoice_data'], 'no_agreement'],
    ['no_time', [ev('SUBMIT_APPOINTMENT'), ev('NO_COMMITMENT')], ['call_back', 'send_confirmation_letter'], 'agreement'],
    [
      'never_received',
      [ev('SUBMIT_COPY_DETAILS', { addressCorrect: false, sendTo: 'Postbus 12, 1380 AA Weesp' }), ev('SUBMIT_APPOINTMENT'), ev('NO_COMMITMENT')],
      ['send_invoice_copy', 'other', 'call_back', 'send_confirmation_letter'],
      'agreement',
    ],
    ['invoice_incorrect', [ev('SUBMIT_COMPLAINT'), ev('PASS_TO_HANDLER'), ev('NO_COMMITMENT')], ['handle_complaint', 'send_confirmation_letter'], 'complaint'],
    ['product_not_received', [ev('SUBMIT_COMPLAINT'), ev('RESOLVE_NOW'), ev('NO_COMMITMENT')], [], 'no_agreement'],
    ['already_paid', [ev('SUBMIT_PAYMENT_DETAILS'), ev('VERIFY_LATER')], ['verify_payment', 'send_confirmation_letter'], 'agreement'],
    // Found while on the phone: booked, so nothing escalates.
    ['already_paid', [ev('SUBMIT_PAYMENT_DETAILS'), ev('PAYMENT_FOUND')], ['verify_payment', 'send_confirmation_letter'], 'agreement'],
    ['already_paid', [ev('SUBMIT_PAYMENT_DETAILS'), ev('PAYMENT_NOT_FOUND')], ['request_proof_of_payment', 'send_confirmation_letter'], 'agreement'],
    ['direct_debit', [ev('BANK_DETAILS_CORRECT'), ev('NOT_REVERSED')], ['collect_again', 'send_confirmation_letter'], 'agreement'],
    ['direct_debit', [ev('BANK_DETAILS_WRONG'), ev('NO_COMMITMENT')], ['check_bank_details'], 'no_agreement'],
    [
      'direct_debit',
      [ev('BANK_DETAILS_CORRECT'), ev('REVERSED'), ev('SUBMIT_PROMISE')],
      ['verify_payment', 'send_confirmation_letter'],
      'agreement',
    ],
    ['cannot_pay', [ev('SUBMIT_PLAN')], ['send_plan_for_signature', 'send_confirmation_letter'], 'agreement'],
    ['cannot_pay', [ev('PLAN_REFUSED'), ev('SUBMIT_PROMISE')], ['send_ingebrekestelling', 'verify_payment', 'send_confirmation_letter'], 'agreement'],
    ['cannot_pay', [ev('PLAN_REFUSED'), ev('REFUSED')], ['send_ingebrekestelling'], 'no_agreement'],
    ['will_pay', [ev('SUBMIT_PROMISE', { hasPaymentDetails: false })], ['send_invoice_data', 'verify_payment', 'send_confirmation_letter'], 'agreement'],
    [
      'on_holiday',
      [ev('NOT_AVAILABLE'), ev('NOT_AVAILABLE'), ev('NOT_AVAILABLE'), ev('SUBMIT_APPOINTMENT')],
      ['call_back', 'send_confirmation_letter'],
      'agreement',
    ],
    ['on_holiday', [ev('NOT_AVAILABLE'), ev('REACHED'), ev('SUBMIT_PROMISE')], ['verify_payment', 'send_confirmation_letter'], 'agreement'],
    ['bank_error', [ev('SUBMIT_PAYMENT_DETAILS'), ev('NO_COMMITMENT')], ['request_proof_of_payment', 'send_confirmation_letter'], 'agreement'],
    ['system_down', [ev('SUBMIT_PROMISE')], ['verify_payment', 'send_confirmation_letter'], 'agreement'],
    ['agreed_otherwise', [ev('SUBMIT_OTHER_AGREEMENT'), ev('NO_COMMITMENT')], ['other'], 'no_agreement'],
  ];

  it.each(cases)('%s → %j', (excuse, answers, tasks, result) => {
    const o = outcomeOf([...reached, ev('EXCUSE', { excuse }), ...answers, ...finish]);
    expect(o.excuses).toEqual([excuse]);
    expect(taskTypes(o)).toEqual(tasks);
    expect(o.result).toBe(result);
  });

  it('every excuse is covered above', () => {
    expect(new Set(cases.map((c) => c[0]))).toEqual(new Set(EXCUSES));
  });

  it('already paid: the reported payment is in the task and the path', () => {
    const o = outcomeOf([
      ...reached,
      ev('EXCUSE', { excuse: 'already_paid' }),
      ev('SUBMIT_PAYMENT_DETAILS', { date: '1-3-2030', amountCents: 17849, description: 'factuur 123' }),
      ev('VERIFY_LATER'),
      ...finish,
    ]);
    expect(o.tasks[0]).toMatchObject({ type: 'verify_payment', dueDate: '2030-03-05' });
    expect(o.tasks[0]!.title).toEqual({
      key: 'task.look_up_payment',
      params: { reported: 'yes', amount: { cents: 17849 }, date: { date: '2030-03-01' }, described: 'yes', description: 'factuur 123' },
    });
    expect(o.path.find((p) => p.step === 'paymentCheck')!.data).toMatchObject({ event: 'SUBMIT_PAYMENT_DETAILS', amountCents: 17849 });
  });

  it('invoice incorrect: the complaint names the invoice; resolved now it carries the resolution', () => {
    const o = outcomeOf([
      ...reached,
      ev('EXCUSE', { excuse: 'invoice_incorrect' }),
      ev('SUBMIT_COMPLAINT', { invoiceIds: [2], description: 'Twee paar te veel' }),
      ev('RESOLVE_NOW', { resolution: 'Creditnota toegezegd' }),
      ev('SUBMIT_PROMISE', { date: '2030-03-06', amountCents: TOTAL - 20000 }),
      ...finish,
    ]);
    expect(o.complaints).toEqual([{ invoiceIds: [2], description: 'Twee paar te veel', resolution: 'Creditnota toegezegd' }]);
    expect(o.result).toBe('agreement');
    expect(o.summary).toContainEqual({
      key: 'recap.complaint_resolved',
      params: { numbers: { list: ['456'] }, count: 1, resolution: 'Creditnota toegezegd' },
    });
  });

  it('passing a complaint on links the handling task to that complaint', () => {
    const o = outcomeOf([...reached, ev('EXCUSE', { excuse: 'product_not_received' }), ev('SUBMIT_COMPLAINT'), ev('PASS_TO_HANDLER', { handler: 'Logistiek' }), ev('NO_COMMITMENT'), ...finish]);
    expect(o.complaints[0]).toMatchObject({ handler: 'Logistiek', invoiceIds: [2] });
    expect(o.complaints[0]!.description).toMatch(/^Product\/dienst niet \(volledig\) ontvangen: /);
    expect(o.tasks.find((t) => t.type === 'handle_complaint')).toMatchObject({ complaintIndex: 0 });
  });

  it('cannot pay without a plan allowed goes straight to the last chance; after an ingebrekestelling the next step is hand-over', () => {
    const input = callInput({ mayOfferPlan: false, ingebrekestellingSent: true });
    const actor = play(callScriptMachine, [...reached, ev('EXCUSE', { excuse: 'cannot_pay' })], input);
    expect(currentStep(actor.getSnapshot())).toBe('lastChance');
    actor.send(ev('SUBMIT_PROMISE', { date: '2030-03-08', amountCents: TOTAL }));
    actor.send(ev('NO_MORE'));
    actor.send(ev('FINISH'));
    const o = CallOutcome.parse(actor.getSnapshot().output);
    expect(o.tasks.find((t) => t.type === 'hand_over')).toMatchObject({ dueDate: '2030-03-11' }); // Monday after Friday 8 March
  });

  it('preparation: the plan policy set before dialling decides whether a plan is offered', () => {
    const actor = play(callScriptMachine, [ev('SET_PLAN_POLICY', { mayOfferPlan: false, maxPlanTerms: 2 }), ...reached, ev('EXCUSE', { excuse: 'cannot_pay' })]);
    expect(currentStep(actor.getSnapshot())).toBe('lastChance');
    const refused = play(callScriptMachine, [ev('SET_PLAN_POLICY', { mayOfferPlan: true, maxPlanTerms: 7 })]);
    expect(refused.getSnapshot().context.maxPlanTerms).toBe(4);
    expect(refused.getSnapshot().context.error?.key).toBe('rule.plan.policy_terms');
    // Never more lenient than the debtor's settings (the saved plan is checked against them again).
    const notAllowed = play(callScriptMachine, [ev('SET_PLAN_POLICY', { mayOfferPlan: true, maxPlanTerms: 2 })], callInput({ mayOfferPlan: false }));
    expect(notAllowed.getSnapshot().context.mayOfferPlan).toBe(false);
    expect(notAllowed.getSnapshot().context.error?.key).toBe('rule.plan.not_allowed');
    const fewerTerms = play(callScriptMachine, [ev('SET_PLAN_POLICY', { mayOfferPlan: true, maxPlanTerms: 4 })], callInput({ maxPlanTerms: 3 }));
    expect(fewerTerms.getSnapshot().context.error?.key).toBe('rule.plan.policy_terms');
  });

  it('the plan respects the terms set for this debtor', () => {
    const actor = play(callScriptMachine, [ev('SET_PLAN_POLICY', { mayOfferPlan: true, maxPlanTerms: 1 }), ...reached, ev('EXCUSE', { excuse: 'cannot_pay' }), ev('SUBMIT_PLAN')]);
    expect(currentStep(actor.getSnapshot())).toBe('cannotPay');
    expect(actor.getSnapshot().context.error?.key).toBe('rule.plan.terms');
  });
});

describe('a plan covers invoices, and its amount is what is open on them', () => {
  const terms = (cents: number) => [{ dueDate: '2030-03-15', amountCents: cents }];

  it('a plan for part of the invoices records those invoices and their open amount', () => {
    const o = outcomeOf([...reached, ev('EXCUSE', { excuse: 'cannot_pay' }), ev('SUBMIT_PLAN', { invoiceIds: [3, 1], totalCents: 17849 + 5849, installments: terms(23698) }), ...finish]);
    expect(o.plan).toMatchObject({ invoiceIds: [1, 3], totalCents: 23698 });
  });

  it('an invoice complained about in this call cannot be in the plan; the others can', () => {
    const complained = [...reached, ev('EXCUSE', { excuse: 'invoice_incorrect' }), ev('SUBMIT_COMPLAINT', { invoiceIds: [2] }), ev('PASS_TO_HANDLER'), ev('NO_COMMITMENT'), ev('EXCUSE', { excuse: 'cannot_pay' })];
    const actor = play(callScriptMachine, [...complained, ev('SUBMIT_PLAN', { invoiceIds: [1, 2, 3], totalCents: TOTAL, installments: terms(TOTAL) })]);
    expect(currentStep(actor.getSnapshot())).toBe('cannotPay');
    expect(actor.getSnapshot().context.error).toEqual({ key: 'rule.plan.invoice_under_complaint', params: { numbers: { list: ['456'] }, count: 1 } });
    actor.send(ev('SUBMIT_PLAN', { invoiceIds: [1, 3], totalCents: 23698, installments: terms(23698) }));
    expect(currentStep(actor.getSnapshot())).toBe('anythingElse');
    expect(actor.getSnapshot().context.data.plan).toMatchObject({ invoiceIds: [1, 3], totalCents: 23698 });
  });
});

describe('a complaint after a plan in the same call', () => {
  it('is refused for an invoice the plan covers, saying how to go on', () => {
    const actor = play(callScriptMachine, [...reached, ev('EXCUSE', { excuse: 'cannot_pay' }), ev('SUBMIT_PLAN'), ev('EXCUSE', { excuse: 'invoice_incorrect' }), ev('SUBMIT_COMPLAINT', { invoiceIds: [3] })]);
    expect(actor.getSnapshot().context.error).toEqual({ key: 'rule.complaint.in_plan', params: { numbers: { list: ['789'] }, count: 1 } });
    actor.send(ev('SUBMIT_COMPLAINT', { invoiceIds: [2] }));
    expect(actor.getSnapshot().context.error).toBeNull();
  });
});

describe('refused submits leave the step and the record unchanged', () => {
  it.each<[string, CallEvent[], CallEvent, string]>([
    ['promise "zo snel mogelijk"', [ev('EXCUSE', { excuse: 'will_pay' })], ev('SUBMIT_PROMISE', { date: 'zo snel mogelijk' }), 'rule.date.vague'],
    ['promise yesterday', [ev('EXCUSE', { excuse: 'will_pay' })], ev('SUBMIT_PROMISE', { date: '2030-03-03' }), 'rule.date.past'],
    ['appointment "volgende week"', [ev('EXCUSE', { excuse: 'no_time' })], ev('SUBMIT_APPOINTMENT', { date: 'volgende week' }), 'rule.date.vague'],
    ['appointment earlier today', [ev('EXCUSE', { excuse: 'no_time' })], ev('SUBMIT_APPOINTMENT', { date: '2030-03-04', time: '09:45' }), 'rule.appointment.time_past'],
    [
      'plan a cent short',
      [ev('EXCUSE', { excuse: 'cannot_pay' })],
      ev('SUBMIT_PLAN', { installments: [{ dueDate: '2030-03-15', amountCents: 156761 }, { dueDate: '2030-04-15', amountCents: 156760 }] }),
      'rule.plan.sum',
    ],
    ['plan without an invoice', [ev('EXCUSE', { excuse: 'cannot_pay' })], ev('SUBMIT_PLAN', { invoiceIds: [] }), 'rule.plan.no_invoice'],
    ['plan for another debtor’s invoice', [ev('EXCUSE', { excuse: 'cannot_pay' })], ev('SUBMIT_PLAN', { invoiceIds: [1, 2, 99] }), 'rule.plan.unknown_invoice'],
    [
      'plan typed a cent below what is open on its invoices (€ 3.135,21 of € 3.135,22)',
      [ev('EXCUSE', { excuse: 'cannot_pay' })],
      ev('SUBMIT_PLAN', { totalCents: TOTAL - 1, installments: [{ dueDate: '2030-03-15', amountCents: 156761 }, { dueDate: '2030-04-15', amountCents: 156760 }] }),
      'rule.plan.total_not_invoices',
    ],
    ['complaint about another debtor’s invoice', [ev('EXCUSE', { excuse: 'invoice_incorrect' })], ev('SUBMIT_COMPLAINT', { invoiceIds: [99] }), 'rule.complaint.unknown_invoice'],
    ['complaint without invoice', [ev('EXCUSE', { excuse: 'invoice_incorrect' })], ev('SUBMIT_COMPLAINT', { invoiceIds: [] }), 'rule.complaint.no_invoice'],
  ])('%s', (_name, before, bad, key) => {
    const actor = play(callScriptMachine, [...reached, ...before]);
    const { value, context } = actor.getSnapshot();
    actor.send(bad);
    const after = actor.getSnapshot();
    expect(after.value).toEqual(value);
    expect(after.context.data).toEqual(context.data);
    expect(after.context.error?.key).toBe(key);
    // The next valid submit clears the error.
    actor.send(ev(bad.type));
    expect(after.context.error).not.toBeNull();
    expect(actor.getSnapshot().context.error).toBeNull();
  });
});

describe('BACK, NOTE and hanging up', () => {
  it('BACK undoes the promise and keeps what was typed for the form', () => {
    const actor = play(callScriptMachine, [...reached, ev('EXCUSE', { excuse: 'will_pay' }), ev('SUBMIT_PROMISE', { date: '2030-03-06', amountCents: 5000 })]);
    expect(actor.getSnapshot().context.data.promise).toEqual({ date: '2030-03-06', amountCents: 5000 });
    actor.send({ type: 'BACK' });
    const s = actor.getSnapshot();
    expect(currentStep(s)).toBe('willPay');
    expect(s.context.data.promise).toBeNull();
    expect(s.context.lastInput.willPay).toMatchObject({ date: '2030-03-06', amountCents: 5000 });
    actor.send({ type: 'BACK' });
    actor.send({ type: 'BACK' });
    expect(currentStep(actor.getSnapshot())).toBe('greeting');
    expect(actor.getSnapshot().context.data.excuses).toEqual([]);
  });

  it('BACK is logged in the path, not erased from it', () => {
    const o = outcomeOf([...reached, ev('EXCUSE', { excuse: 'will_pay' }), ev('BACK'), ev('EXCUSE', { excuse: 'system_down' }), ev('SUBMIT_PROMISE'), ...finish]);
    expect(o.excuses).toEqual(['system_down']);
    expect(o.path.map((p) => p.step)).toEqual(['preparation', 'greeting', 'purpose', 'willPay', 'purpose', 'systemDown', 'anythingElse', 'recap', 'done']);
    expect(o.path[4]!.data).toEqual({ event: 'BACK' });
  });

  it('NOTE works in every step and lands in the notes and on the step it was made in', () => {
    const o = outcomeOf([
      ev('NOTE', { text: 'Vorige keer boos' }),
      ...reached,
      ev('NOTE', { text: 'Klant klonk gehaast' }),
      ev('EXCUSE', { excuse: 'will_pay' }),
      ev('SUBMIT_PROMISE'),
      ...finish,
    ]);
    expect(o.notes).toBe('Vorige keer boos\nKlant klonk gehaast');
    expect(o.path.find((p) => p.step === 'purpose')!.note).toBe('Klant klonk gehaast');
    expect(o.path.find((p) => p.step === 'preparation')!.note).toBe('Vorige keer boos');
  });

  it('hanging up after a promise keeps the promise, the confirmation letter and the real end time', () => {
    const actor = play(callScriptMachine, [ev('DIAL', { at: '2030-03-04T09:02:00Z' }), ev('REACHED'), ev('EXCUSE', { excuse: 'will_pay' }), ev('SUBMIT_PROMISE')]);
    actor.send({ type: 'HANG_UP', at: '2030-03-04T09:06:30Z' });
    const o = CallOutcome.parse(actor.getSnapshot().output);
    expect(o.result).toBe('agreement');
    expect(o.promise).toEqual({ date: '2030-03-06', amountCents: TOTAL });
    expect(taskTypes(o)).toContain('send_confirmation_letter');
    expect(o.startedAt).toBe('2030-03-04T09:02:00.000Z');
    expect(o.endedAt).toBe('2030-03-04T09:06:30.000Z');
    expect(o.path[o.path.length - 1]!.data).toEqual({ event: 'HANG_UP' });
  });

  it('hanging up during the greeting: not reached', () => {
    expect(outcomeOf([ev('DIAL'), ev('HANG_UP')]).result).toBe('not_reached');
  });
});

describe('several excuses in one call, and the recap', () => {
  it('loops back to "anything else?" and reads every commitment back', () => {
    const actor = play(callScriptMachine, TWO_EXCUSES_TO_RECAP);
    expect(currentStep(actor.getSnapshot())).toBe('recap');
    actor.send(ev('FINISH'));
    const o = CallOutcome.parse(actor.getSnapshot().output);
    expect(o.excuses).toEqual(['invoice_incorrect', 'never_received']);
    expect(o.summary.map((line) => line.key)).toEqual([
      'recap.promise',
      'recap.complaint_passed_on',
      'recap.send_invoice_copy',
      'recap.call_back',
      'recap.confirmation_letter',
    ]);
    expect(o.tasks.find((t) => t.type === 'verify_payment')).toMatchObject({ dueDate: '2030-03-07' });
  });
});

describe('effects and persistence', () => {
  it('persistOnChange saves every step and every note, with that step in the snapshot; saveOutcome runs once at the end', () => {
    const saved: { step: string; snapshot: string }[] = [];
    const outcomes: CallOutcome[] = [];
    const machine = callScriptMachine.provide({ actions: { saveOutcome: (_, params) => outcomes.push(params.outcome) } });
    const actor = createActor(machine, { input: callInput() }).start();
    persistOnChange(actor, (persisted, step) => saved.push({ step, snapshot: JSON.stringify(persisted) }));
    const refused = ev('SUBMIT_PROMISE', { date: 'volgende week' });
    for (const event of [...reached, ev('EXCUSE', { excuse: 'will_pay' }), refused, ev('NOTE', { text: 'Belt na de lunch' }), ev('SUBMIT_PROMISE'), ...finish])
      actor.send(event);
    // Nothing is kept before the greeting (the preparation is not a call yet); a refused submit changes
    // nothing worth saving; the note does.
    expect(saved.map((s) => s.step)).toEqual(['greeting', 'purpose', 'willPay', 'willPay', 'anythingElse', 'recap']);
    expect(saved.map((s) => currentStep(JSON.parse(s.snapshot)))).toEqual(saved.map((s) => s.step));
    expect(JSON.parse(saved[3]!.snapshot).context.notes).toBe('Belt na de lunch');
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toEqual(actor.getSnapshot().output);
  });

  it('keeps what is typed and not submitted with the running call: the open form, its fields as typed, the note', () => {
    const saved: Record<string, unknown>[] = [];
    const actor = createActor(callScriptMachine, { input: callInput() }).start();
    persistOnChange(actor, (persisted) => saved.push(persisted));
    for (const event of [...reached, ev('EXCUSE', { excuse: 'cannot_pay' })]) actor.send(event);
    const rows = [{ dueDate: '15-03-2030', amount: '783,79' }];
    actor.send({ type: 'DRAFT', open: 'SUBMIT_PLAN:choice.plan' });
    actor.send({ type: 'DRAFT', form: 'SUBMIT_PLAN:choice.plan', values: { total: '3.135,22', rows } });
    actor.send({ type: 'DRAFT', note: 'Vraagt om vier ter' });
    const last = JSON.parse(JSON.stringify(saved.at(-1))) as { context: CallContext };
    expect(last.context.drafts).toEqual({ open: 'SUBMIT_PLAN:choice.plan', forms: { 'SUBMIT_PLAN:choice.plan': { total: '3.135,22', rows } }, note: 'Vraagt om vier ter' });
    // Resumed from what was saved: the form is open with the terms as typed.
    const resumed = createActor(callScriptMachine, { snapshot: last as never, input: callInput() }).start();
    expect(resumed.getSnapshot().context.drafts).toEqual(last.context.drafts);
    // Submitting moves on: the forms of the step are gone, the unsent note stays; adding it clears it.
    resumed.send(ev('SUBMIT_PLAN'));
    expect(currentStep(resumed.getSnapshot())).toBe('anythingElse');
    expect(resumed.getSnapshot().context.drafts).toEqual({ open: null, forms: {}, note: 'Vraagt om vier ter' });
    resumed.send({ type: 'NOTE', text: 'Vraagt om vier termijnen' });
    expect(resumed.getSnapshot().context.drafts.note).toBe('');
  });

  it('asks nothing of a hang-up without a call-back; one with a call-back plans it, and the call is no agreement for it', () => {
    const plain = play(callScriptMachine, [...reached, ev('HANG_UP')]);
    expect(plain.getSnapshot().output).toMatchObject({ result: 'no_agreement', tasks: [] });
    const refused = play(callScriptMachine, [...reached, ev('HANG_UP', { callBack: true, date: 'volgende week', time: '10:00' })]);
    expect(currentStep(refused.getSnapshot())).toBe('purpose');
    expect(refused.getSnapshot().context.error?.key).toMatch(/^rule\./);
    const withCallBack = play(callScriptMachine, [...reached, ev('HANG_UP', { callBack: true, date: '05-03-2030', time: '10:00' })]);
    const outcome = withCallBack.getSnapshot().output!;
    expect(outcome.result).toBe('no_agreement');
    expect(outcome.tasks).toEqual([
      { type: 'call_back', title: { key: 'task.call_back.hung_up', params: { named: 'no', who: '' } }, dueDate: '2030-03-05', dueTime: '10:00' },
    ]);
    expect(outcome.summary).toEqual([{ key: 'recap.call_back', params: { date: { date: '2030-03-05' }, time: '10:00', named: 'no', who: '' } }]);
  });

  it('a persisted snapshot resumes at the same step with all context, and can finish the call', () => {
    const actor = play(callScriptMachine, [
      ...reached,
      ev('NOTE', { text: 'Spreekt met mevr. De Vries' }),
      ev('EXCUSE', { excuse: 'cannot_pay' }),
      ev('SUBMIT_PLAN'),
    ]);
    const persisted = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    actor.stop();
    // The input is required by the type but not used: the snapshot carries its own context.
    const resumed = createActor(callScriptMachine, { snapshot: persisted, input: callInput() }).start();
    const s = resumed.getSnapshot();
    expect(currentStep(s)).toBe('anythingElse');
    expect(s.context).toEqual(actor.getSnapshot().context);
    resumed.send({ type: 'BACK' });
    expect(currentStep(resumed.getSnapshot())).toBe('cannotPay');
    expect(resumed.getSnapshot().context.data.plan).toBeNull();
    resumed.send(ev('SUBMIT_PLAN'));
    resumed.send(ev('NO_MORE'));
    resumed.send(ev('FINISH'));
    const o = CallOutcome.parse(resumed.getSnapshot().output);
    expect(o.plan?.installments).toHaveLength(2);
    expect(o.notes).toBe('Spreekt met mevr. De Vries');
    expect(o.machineVersion).toBe(CALL_MACHINE_VERSION);
  });

  it('exports an id and an integer version for the active-call store', () => {
    expect(callScriptMachine.id).toBe(CALL_SCRIPT_MACHINE_ID);
    expect(Number.isInteger(CALL_MACHINE_VERSION)).toBe(true);
  });

  it('refuses input that is not a call (no open invoices)', () => {
    const errors: unknown[] = [];
    const actor = createActor(callScriptMachine, { input: callInput({ openInvoices: [] }) });
    actor.subscribe({ error: (e) => errors.push(e) });
    actor.start();
    expect(actor.getSnapshot().status).toBe('error');
    expect(String(errors[0])).toContain('minstens één openstaande factuur');
  });
});
