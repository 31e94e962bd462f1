// Cross-layer: what a call records — task titles and recap lines — are messages the catalogue renders
// in Dutch as the script says it, and in English without Dutch words. The tasks the ledger creates by
// its own rules (a broken promise) and the demo ledger's tasks likewise.
import type { AnyStateMachine } from 'xstate';
import { catalogue } from '../i18n/catalogue';
import type { Language } from '../i18n/format';
import { CallOutcome, type Excuse } from '../domain/call-outcome';
import type { Message } from '../domain/message';
import { brokenPromiseReason } from '../domain/lifecycle/promise';
import { callScriptMachine } from '../machines/call-script.machine';
import { preventiveCallMachine } from '../machines/preventive-call.machine';
import { callInput, ev, NOW, play, TOTAL, TWO_EXCUSES_TO_RECAP } from '../machines/call-test-fixtures';
import type { CallEvent } from '../machines/call-types';
import { seedDemoActivity } from '../handlers/demo-activity';
import { handlerTest } from '../handlers/test-context';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW).getTime() + 60_000);
});
afterEach(() => vi.useRealTimers());

const say = (m: Message, language: Language) => catalogue.format(m, language);
const reached: CallEvent[] = [ev('DIAL'), ev('REACHED')];

/** Plays the answers, then finishes the call unless it ended on its own (no appointment, hung up). */
function outcome(events: CallEvent[], machine: AnyStateMachine = callScriptMachine, input = callInput()) {
  const actor = play(machine, events, input);
  if (actor.getSnapshot().status !== 'done') actor.send(ev('FINISH'));
  expect(actor.getSnapshot().status).toBe('done');
  return CallOutcome.parse(actor.getSnapshot().output);
}

// Words only Dutch uses: one of them in an English line means a text was not translated.
const DUTCH = /\b(de|het|een|van|op|uw|wij|naar|factuur|facturen|betaling|betaalt|terugbellen|klacht|opgelost|sturen|uiterlijk|termijn|termijnen|maart)\b/i;

// Answers with English free text, so a Dutch word in the English rendering can only come from a message.
const english = {
  contact: ev('SUBMIT_CONTACT', { name: 'Ms Smith', email: 'smith@example.com' }),
  copy: ev('SUBMIT_COPY_DETAILS', { addressCorrect: false, sendTo: 'PO Box 12, Weesp' }),
  complaint: ev('SUBMIT_COMPLAINT', { invoiceIds: [2], description: 'Two pairs too many' }),
  handler: ev('PASS_TO_HANDLER', { handler: 'Karen' }),
  resolved: ev('RESOLVE_NOW', { resolution: 'Credit note promised' }),
  payment: ev('SUBMIT_PAYMENT_DETAILS', { date: '2030-03-01', amountCents: 17849, description: 'invoice 123' }),
  bankNote: ev('BANK_DETAILS_WRONG', { note: 'New account since January' }),
  other: ev('SUBMIT_OTHER_AGREEMENT', { colleague: 'Peter', description: 'pay after year end' }),
};

const CALLS: [Excuse, CallEvent[]][] = [
  ['not_my_department', [english.contact, ev('NOT_REACHED'), ev('SUBMIT_APPOINTMENT'), ev('NO_MORE')]],
  ['no_time', [ev('SUBMIT_EMAIL', { email: 'ap@example.com' }), ev('SUBMIT_PROMISE'), ev('NO_MORE')]],
  ['never_received', [english.copy, ev('SUBMIT_APPOINTMENT'), ev('NO_COMMITMENT'), ev('NO_MORE')]],
  ['invoice_incorrect', [english.complaint, english.handler, ev('NO_COMMITMENT'), ev('NO_MORE')]],
  ['product_not_received', [english.complaint, english.resolved, ev('NO_COMMITMENT'), ev('NO_MORE')]],
  ['already_paid', [english.payment, ev('PAYMENT_FOUND'), ev('NO_MORE')]],
  ['already_paid', [english.payment, ev('VERIFY_LATER'), ev('NO_MORE')]],
  ['already_paid', [english.payment, ev('PAYMENT_NOT_FOUND'), ev('NO_MORE')]],
  ['direct_debit', [english.bankNote, ev('NO_COMMITMENT'), ev('NO_MORE')]],
  ['direct_debit', [ev('BANK_DETAILS_CORRECT'), ev('NOT_REVERSED'), ev('NO_MORE')]],
  ['direct_debit', [ev('BANK_DETAILS_CORRECT'), ev('REVERSED', { reason: 'Insufficient funds' }), ev('COLLECT_AGAIN'), ev('NO_MORE')]],
  ['cannot_pay', [ev('SUBMIT_PLAN'), ev('NO_MORE')]],
  ['cannot_pay', [ev('PLAN_REFUSED'), ev('SUBMIT_PROMISE'), ev('NO_MORE')]],
  ['cannot_pay', [ev('PLAN_REFUSED'), ev('REFUSED'), ev('NO_MORE')]],
  ['will_pay', [ev('SUBMIT_PROMISE', { hasPaymentDetails: false }), ev('NO_MORE')]],
  ['on_holiday', [ev('NOT_AVAILABLE'), ev('NOT_AVAILABLE'), ev('NOT_AVAILABLE'), ev('SUBMIT_APPOINTMENT'), ev('NO_MORE')]],
  ['bank_error', [english.payment, ev('NO_COMMITMENT'), ev('NO_MORE')]],
  ['system_down', [ev('SUBMIT_APPOINTMENT'), ev('NO_MORE')]],
  ['agreed_otherwise', [english.other, ev('NO_COMMITMENT'), ev('NO_MORE')]],
];

describe('what a call records, in both languages', () => {
  it.each(CALLS)('%s: every task title and recap line is a known message, Dutch in Dutch and English in English', (excuse, answers) => {
    const o = outcome([...reached, ev('EXCUSE', { excuse }), ...answers]);
    const messages = [...o.tasks.map((t) => t.title), ...o.summary];
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) {
      expect(catalogue.has(m.key), m.key).toBe(true);
      const nl = say(m, 'nl');
      const en = say(m, 'en');
      expect(en, m.key).not.toBe(nl);
      expect(en, `${m.key}: ${en}`).not.toMatch(DUTCH);
    }
  });

  it('reads every commitment back the way the seed says it', () => {
    const o = outcome(TWO_EXCUSES_TO_RECAP);
    expect(o.summary.map((m) => say(m, 'nl'))).toEqual([
      'U betaalt € 236,98 uiterlijk op 6 maart 2030.',
      'Uw klacht over factuur 456 is doorgezet naar Karin; wij laten u weten hoe het is opgelost.',
      'Wij sturen vandaag een kopie van facturen 123, 456 en 789 naar crediteuren@leeflang.nl.',
      'Terugbelafspraak op 7 maart 2030 om 09:30.',
      'U ontvangt de afspraken ook per brief.',
    ]);
    expect(o.summary.map((m) => say(m, 'en'))).toEqual([
      'You will pay €236.98 by 6 March 2030 at the latest.',
      'Your complaint about invoice 456 has been passed on to Karin; we will let you know how it was resolved.',
      'We will send a copy of invoices 123, 456 and 789 to crediteuren@leeflang.nl today.',
      'Call-back appointment on 7 March 2030 at 09:30.',
      'You will also receive what we agreed by letter.',
    ]);
  });

  it('names the person to call back and the reported payment in the task', () => {
    const callBack = outcome([ev('DIAL'), ev('NOT_AVAILABLE'), ev('SUBMIT_CONTACT', { name: 'mevr. De Vries' }), ev('NOBODY'), ev('SUBMIT_APPOINTMENT', { date: '2030-03-05', time: '14:00' })]);
    // "mevr." typed into the name is the contact's title: the task and the recap name her with it, in each language.
    expect(say(callBack.tasks[0]!.title, 'nl')).toBe('Terugbellen mevrouw De Vries: verantwoordelijke was niet bereikbaar');
    expect(say(callBack.tasks[0]!.title, 'en')).toBe('Call back Ms De Vries: the person responsible was not available');
    expect(callBack.summary.map((m) => say(m, 'nl'))).toEqual(['Terugbelafspraak op 5 maart 2030 om 14:00 met mevrouw De Vries.']);
    // A title stored by an earlier version ('yes': a name without title) still reads.
    expect(say({ key: 'task.call_back.responsible', params: { named: 'yes', who: 'mevr. De Vries' } }, 'nl')).toBe('Terugbellen mevr. De Vries: verantwoordelijke was niet bereikbaar');
    const paid = outcome([
      ...reached,
      ev('EXCUSE', { excuse: 'already_paid' }),
      ev('SUBMIT_PAYMENT_DETAILS', { date: '1-3-2030', amountCents: 17849, description: 'factuur 123' }),
      ev('VERIFY_LATER'),
      ev('NO_MORE'),
    ]);
    expect(say(paid.tasks[0]!.title, 'nl')).toBe('Betaling van € 178,49 op 1 maart 2030 ("factuur 123") opzoeken');
    expect(say(paid.tasks[0]!.title, 'en')).toBe('Look up the payment of €178.49 on 1 March 2030 ("factuur 123")');
  });

  it('reads a payment plan back term by term, in each language’s own formats', () => {
    const all = { invoiceIds: [1, 2, 3], totalCents: 313522, installments: [{ dueDate: '2030-03-15', amountCents: 156761 }, { dueDate: '2030-04-15', amountCents: 156761 }] };
    const o = outcome([...reached, ev('EXCUSE', { excuse: 'cannot_pay' }), ev('SUBMIT_PLAN', all), ev('NO_MORE')]);
    expect(say(o.summary[0]!, 'nl')).toBe(
      'Betalingsregeling voor € 3.135,22 in 2 termijnen: € 1.567,61 op 15 maart 2030 en € 1.567,61 op 15 april 2030. ' +
        'Dit is de laatste mogelijkheid: wordt een termijn niet betaald, dan geven wij de vordering uit handen.',
    );
    expect(say(o.summary[0]!, 'en')).toBe(
      'Payment plan for €3,135.22 in 2 instalments: €1,567.61 on 15 March 2030 and €1,567.61 on 15 April 2030. ' +
        'This is the last option: if an instalment is not paid, we will hand the claim over.',
    );
    expect(say(o.tasks[0]!.title, 'nl')).toBe('Betalingsregeling (2 termijnen, € 3.135,22) op papier zetten en ter ondertekening sturen');
  });

  it('the preventive call: the confirmation and the copy of one or more invoices', () => {
    const input = callInput({
      openInvoices: [
        { id: 1, number: '901', invoiceDate: '2030-02-26', dueDate: '2030-03-12', openCents: 120000, description: '' },
        { id: 2, number: '902', invoiceDate: '2030-02-28', dueDate: '2030-03-14', openCents: 193522, description: '' },
      ],
    });
    const confirmed = outcome([...reached, ev('YES'), ev('NO'), ev('YES'), ev('CONFIRM_ON_TIME')], preventiveCallMachine, input);
    expect(say(confirmed.summary[0]!, 'nl')).toBe(`U betaalt € 3.135,22 op tijd, uiterlijk op 14 maart 2030.`);
    expect(say(confirmed.summary[0]!, 'en')).toBe('You will pay €3,135.22 on time, by 14 March 2030 at the latest.');
    expect(TOTAL).toBe(313522);
    const copy = outcome([...reached, ev('NO'), ev('SUBMIT_COPY_DETAILS', { addressCorrect: true, sendTo: 'boekhouding@klant.nl' }), ev('YES')], preventiveCallMachine, input);
    expect(say(copy.tasks[0]!.title, 'nl')).toBe('Kopie van facturen 901 en 902 sturen naar boekhouding@klant.nl');
    expect(say(copy.tasks[0]!.title, 'en')).toBe('Send a copy of invoices 901 and 902 to boekhouding@klant.nl');
  });
});

describe('tasks the ledger creates by its own rules', () => {
  it('a broken promise, in Dutch and in English', () => {
    const reason = brokenPromiseReason({ madeOn: '2026-03-02', promisedDate: '2026-03-06', amountCents: 125000 });
    expect(say(reason, 'nl')).toBe('Betaalbelofte van 6 maart 2026 (€ 1.250,00) niet nagekomen');
    expect(say(reason, 'en')).toBe('Promise to pay of 6 March 2026 (€1,250.00) not kept');
  });

  it('every open task of the demo ledger has a title in both languages', async () => {
    const t = handlerTest('2026-11-23');
    seedDemoActivity(t.db, '2026-11-23');
    const { tasks: all, nextCursor } = await t.ok('tasks:list', { limit: 500 });
    expect(nextCursor).toBeNull();
    expect(all.length).toBeGreaterThan(0);
    for (const task of all) {
      expect(catalogue.has(task.title.key), task.title.key).toBe(true);
      expect(say(task.title, 'en')).not.toMatch(DUTCH);
    }
    expect(all.map((t) => say(t.title, 'nl'))).toContain('Terugbellen: geen gehoor op 22 november 2026');
    t.close();
  });
});
