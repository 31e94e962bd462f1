import { CallOutcome } from '../domain/call-outcome';
import { currentStep } from './call-setup';
import { callInput, ev, NOW, play, TOTAL } from './call-test-fixtures';
import type { CallEvent } from './call-types';
import { PREVENTIVE_MACHINE_VERSION, preventiveCallMachine } from './preventive-call.machine';
import { PREVENTIVE_CALL_MACHINE_ID } from './call-machine-ids';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW));
});
afterEach(() => vi.useRealTimers());

// Seed 004: 5–15 days before the due date. Today is 4 March; these fall due on 12 and 14 March.
const notYetDue = callInput({
  tone: 'vriendelijk',
  openInvoices: [
    { id: 1, number: '901', invoiceDate: '2030-02-26', dueDate: '2030-03-12', openCents: 120000, description: 'Wandelschoenen' },
    { id: 2, number: '902', invoiceDate: '2030-02-28', dueDate: '2030-03-14', openCents: 193522, description: 'Laarzen' },
  ],
});

function outcome(events: CallEvent[]) {
  const actor = play(preventiveCallMachine, [ev('DIAL'), ev('REACHED'), ...events, ev('FINISH')], notYetDue);
  expect(actor.getSnapshot().status).toBe('done');
  return CallOutcome.parse(actor.getSnapshot().output);
}

describe('preventive call (seed 004)', () => {
  it('all three answers right: confirmation recorded as a promise of the total on the last due date', () => {
    const o = outcome([ev('YES'), ev('NO'), ev('YES'), ev('CONFIRM_ON_TIME')]);
    expect(o.kind).toBe('preventive');
    expect(o.result).toBe('preventive_confirmed');
    expect(o.promise).toEqual({ date: '2030-03-14', amountCents: TOTAL });
    expect(o.summary[0]).toEqual({ key: 'recap.promise_on_time', params: { amount: { cents: TOTAL }, date: { date: '2030-03-14' } } });
    expect(o.path.map((p) => p.step)).toEqual([
      'preparation',
      'greeting',
      'invoiceReceived',
      'invoiceQuestions',
      'goodsReceived',
      'confirmOnTime',
      'recap',
      'done',
    ]);
    // A preventive confirmation is not an agreement after default: no confirmation letter.
    expect(o.tasks.map((t) => t.type)).toEqual(['verify_payment']);
  });

  it('invoice not received: a copy is sent, no confirmation is asked, the call is an issue', () => {
    const o = outcome([ev('NO'), ev('SUBMIT_COPY_DETAILS', { addressCorrect: true, sendTo: 'boekhouding@klant.nl' }), ev('YES')]);
    expect(o.result).toBe('preventive_issue');
    expect(o.promise).toBeUndefined();
    expect(o.tasks).toEqual([expect.objectContaining({ type: 'send_invoice_copy', dueDate: '2030-03-04' })]);
    expect(o.tasks[0]!.title.params).toMatchObject({ numbers: { list: ['901', '902'] }, count: 2 });
  });

  it('a question not answered on the phone becomes a task; one answered does not', () => {
    const open = outcome([ev('YES'), ev('YES'), ev('SUBMIT_QUESTION', { invoiceIds: [2], question: 'Is de korting verrekend?' }), ev('YES')]);
    expect(open.result).toBe('preventive_issue');
    expect(open.tasks).toEqual([expect.objectContaining({ type: 'other', dueDate: '2030-03-05' })]);
    expect(open.tasks[0]!.title).toEqual({
      key: 'task.answer_question',
      params: { numbers: { list: ['902'] }, count: 1, question: 'Is de korting verrekend?' },
    });

    const answered = outcome([ev('YES'), ev('YES'), ev('SUBMIT_QUESTION', { invoiceIds: [2], question: 'Korting?', answer: 'Ja, regel 3' }), ev('YES')]);
    expect(answered.tasks).toEqual([]);
    expect(answered.path.find((p) => p.step === 'goodsReceived')!.data).toMatchObject({ question: 'Korting?', answer: 'Ja, regel 3' });
  });

  it('goods missing: a complaint naming the invoice, straight to its handler', () => {
    const o = outcome([ev('YES'), ev('NO'), ev('NO'), ev('SUBMIT_COMPLAINT', { invoiceIds: [1], description: 'Eén doos ontbreekt', handler: 'Logistiek' })]);
    expect(o.result).toBe('preventive_issue');
    expect(o.complaints).toEqual([{ invoiceIds: [1], description: 'Product/dienst niet (volledig) ontvangen: Eén doos ontbreekt', handler: 'Logistiek' }]);
    expect(o.tasks).toEqual([expect.objectContaining({ type: 'handle_complaint', complaintIndex: 0 })]);
  });

  it('a complaint must name one of the invoices called about', () => {
    const actor = play(preventiveCallMachine, [ev('DIAL'), ev('REACHED'), ev('YES'), ev('NO'), ev('NO')], notYetDue);
    actor.send(ev('SUBMIT_COMPLAINT', { invoiceIds: [3] }));
    expect(currentStep(actor.getSnapshot())).toBe('goodsMissing');
    expect(actor.getSnapshot().context.error?.key).toBe('rule.complaint.unknown_invoice');
  });

  it('no confirmation of payment on time is an issue too', () => {
    expect(outcome([ev('YES'), ev('NO'), ev('YES'), ev('NOT_CONFIRMED')]).result).toBe('preventive_issue');
  });

  it('reaching the person works as in the collection call', () => {
    const actor = play(
      preventiveCallMachine,
      [ev('DIAL'), ev('NOT_AVAILABLE'), ev('SUBMIT_CONTACT'), ev('NOBODY'), ev('SUBMIT_APPOINTMENT', { date: '2030-03-05', time: '11:00' })],
      notYetDue,
    );
    const o = CallOutcome.parse(actor.getSnapshot().output);
    expect(o.result).toBe('call_back');
    expect(o.tasks).toEqual([expect.objectContaining({ type: 'call_back', dueDate: '2030-03-05', dueTime: '11:00' })]);
    // "mevr." typed into the name becomes the contact's title.
    expect(o.contactUpdate).toMatchObject({ name: 'De Vries', title: 'mevrouw' });
  });

  it('BACK from the confirmation returns to the goods question', () => {
    const actor = play(preventiveCallMachine, [ev('DIAL'), ev('REACHED'), ev('YES'), ev('NO'), ev('YES'), ev('BACK')], notYetDue);
    expect(currentStep(actor.getSnapshot())).toBe('goodsReceived');
  });

  it('has its own id and version', () => {
    expect(preventiveCallMachine.id).toBe(PREVENTIVE_CALL_MACHINE_ID);
    expect(CallOutcome.parse(play(preventiveCallMachine, [ev('DIAL'), ev('NO_ANSWER')], notYetDue).getSnapshot().output).machineVersion).toBe(
      PREVENTIVE_MACHINE_VERSION,
    );
  });
});
