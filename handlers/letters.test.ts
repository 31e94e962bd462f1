// The letter channels through dispatch, as the renderer reaches them: the output must pass the
// contract, a preview writes nothing, and a refusal comes back in Dutch with the ledger untouched.
import { allOpenInvoices, dumpTables, textTitle } from '../db/test-fixtures';
import { saveCallOutcome } from './call-outcome';
import { message } from '../domain/message';
import { dispatch } from './dispatch';
import { handlerTest } from './test-context';
import { settleTheDay } from './day';
import type { ChannelInput, ChannelName } from '../ipc/contract';
import { refusalText } from '../test/refusal-text';

const TODAY = '2026-06-12';

function setup() {
  const t = handlerTest(TODAY);
  const send = <C extends ChannelName>(name: C, input: ChannelInput<C>) => dispatch(t.ctx, name, input);
  const idOf = (number: string) => t.row<{ id: number }>('SELECT id FROM debtors WHERE number = ?', number).id;
  // The day is settled by the first request: what a test compares afterwards is only what it did.
  settleTheDay(t.ctx);
  return { ...t, send, leeflang: idOf('10023'), visser: idOf('20007'), vanDam: idOf('10031') };
}

describe('letter channels', () => {
  it('previews without recording, then issues and gets the same letter back', async () => {
    const { sqlite, ok, leeflang, close } = setup();
    const before = dumpTables(sqlite);
    const preview = await ok('letters:preview', { debtorId: leeflang, type: 'reminder1' });
    expect(dumpTables(sqlite)).toEqual(before);
    expect(preview.amounts.totalCents).toBe(313_522);
    const issued = await ok('letters:issue', { debtorId: leeflang, type: 'reminder1' });
    expect(issued.letter).toEqual(preview);
    const got = await ok('letters:get', { id: issued.id });
    expect(got).toMatchObject({ id: issued.id, type: 'reminder1', letterDate: TODAY, totalCents: 313_522, letter: preview });
    expect(await ok('letters:list', { debtorId: leeflang })).toHaveLength(1);
    close();
  });

  it('sets a credit note off against the oldest invoices: the letter claims what the debtor file says is owed, and says so', async () => {
    const { ok, leeflang, close } = setup();
    await ok('invoices:create', { debtorId: leeflang, kind: 'credit_note', number: 'CN-7', invoiceDate: '2026-06-01', dueDate: '2026-06-01', amountCents: 20_000, description: 'Retour 2 paar' });
    const file = await ok('debtors:get', { id: leeflang });
    const preview = await ok('letters:preview', { debtorId: leeflang, type: 'reminder1' });
    expect(preview.amounts.totalCents).toBe(313_522 - 20_000);
    expect(preview.amounts.totalCents).toBe(file.totalOpenCents);
    const text = JSON.stringify(preview);
    // Invoice 123 (€ 178,49) is covered by the credit and left out; € 21,51 of it is set off against 456.
    expect(text).not.toMatch(/"123"/);
    expect(text).toContain('€ 21,51 verrekend met creditnota CN-7');
    close();
  });

  it('refuses a consumer’s hand-over dossier before a 14-day letter, in Dutch, writing nothing', async () => {
    const { sqlite, send, visser, close } = setup();
    const before = dumpTables(sqlite);
    const r = await send('letters:issue', { debtorId: visser, type: 'handover_dossier' });
    expect(r).toMatchObject({ ok: false, error: { code: 'not_allowed', message: { key: 'errors.letter.handover_needs_14day' } } });
    if (r.ok) return;
    expect(refusalText(r.error)).toMatch(/P\. Visser .* consument en heeft nog geen 14-dagenbrief gekregen/);
    expect(refusalText(r.error, 'en')).toMatch(/P\. Visser is a consumer and has not had a 14-day letter/);
    expect(dumpTables(sqlite)).toEqual(before);
    close();
  });

  it('issues a batch and names each debtor that got no letter', async () => {
    const { ok, leeflang, visser, vanDam, close } = setup();
    const batch = await ok('letters:batch', { letters: [leeflang, vanDam, visser].map((debtorId) => ({ debtorId, type: 'reminder1' as const })) });
    expect(batch.issued.map((i) => i.letter.debtor.name)).toEqual(['Leeflang & Zn', 'P. Visser']);
    expect(batch.refused.map((r) => r.name)).toEqual(['Bakkerij Van Dam BV']);
    const candidates = await ok('letters:batchCandidates', {});
    // A letter sent today is not asked again: Leeflang is off today's letters.
    expect(candidates.find((c) => c.id === leeflang)).toBeUndefined();
    close();
  });

  it('the hand-over dossier quotes what was agreed in a call in Dutch, from the recap messages', async () => {
    const { db, ok, leeflang, close } = setup();
    saveCallOutcome(db, {
      debtorId: leeflang, kind: 'collection', machineVersion: 1, collector: 'Sanne de Vries', tone: 'zakelijk',
      startedAt: '2026-06-01T08:00:00.000Z', endedAt: '2026-06-01T08:05:00.000Z', result: 'agreement',
      summary: [message('recap.promise', { amount: { cents: 313_522 }, date: { date: '2026-06-05' } }), message('recap.legacy', { text: 'Oude regel.' })],
      notes: '', excuses: ['will_pay'], path: [{ step: 'greeting', at: '2026-06-01T08:00:00.000Z', note: '' }], tasks: [], complaints: [],
    }, TODAY);
    const dossier = await ok('letters:preview', { debtorId: leeflang, type: 'handover_dossier' });
    expect(JSON.stringify(dossier)).toContain('01-06-2026 afspraak gemaakt: U betaalt € 3.135,22 uiterlijk op 5 juni 2026. Oude regel.');
    close();
  });

  it('offers each debtor the letters of its kind: the 14-dagenbrief to a consumer only', async () => {
    const { ok, leeflang, visser, close } = setup();
    expect((await ok('letters:options', { debtorId: leeflang })).types).toEqual(['reminder1', 'reminder2', 'reminder3', 'handover_dossier']);
    expect((await ok('letters:options', { debtorId: visser })).types).toEqual(['reminder1', 'reminder2', 'reminder3', 'consumer14', 'handover_dossier']);
    close();
  });

  it('rejects an unknown letter type before anything runs', async () => {
    const { send, leeflang, close } = setup();
    const r = await send('letters:issue', { debtorId: leeflang, type: 'reminder4' } as never);
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    close();
  });
});

describe('what issuing a letter sets in motion', () => {
  /** A call of this morning with Leeflang & Zn that agreed a plan of two terms and a call-back. */
  async function callWithPlan(t: ReturnType<typeof setup>) {
    const { callId } = await t.ok('calls:save', {
      debtorId: t.leeflang, kind: 'collection', machineVersion: 1, collector: 'Sanne de Vries', tone: 'zakelijk',
      startedAt: `${TODAY}T08:00:00.000Z`, endedAt: `${TODAY}T08:06:00.000Z`, result: 'agreement',
      summary: [], notes: '', excuses: ['cannot_pay'], path: [{ step: 'greeting', at: `${TODAY}T08:00:00.000Z`, note: '' }], complaints: [],
      plan: { invoiceIds: allOpenInvoices(t.db, t.leeflang).invoiceIds, totalCents: 313_522, installments: [{ dueDate: '2026-06-26', amountCents: 156_761 }, { dueDate: '2026-07-27', amountCents: 156_761 }] },
      tasks: [
        { type: 'send_plan_for_signature', title: textTitle('Regeling ter ondertekening sturen'), dueDate: TODAY },
        { type: 'send_confirmation_letter', title: textTitle('Bevestigingsbrief sturen'), dueDate: TODAY },
        { type: 'call_back', title: textTitle('Terugbellen over de regeling'), dueDate: '2026-06-15', dueTime: '10:00' },
      ],
    });
    return callId;
  }
  const openTaskTypes = async (t: ReturnType<typeof setup>) => {
    const { tasks } = await t.ok('tasks:list', { limit: 500 });
    return tasks.filter((task) => task.debtor.id === t.leeflang).map((task) => task.type);
  };

  it('the plan agreement sends the plan: marked sent today, its "send for signature" task done', async () => {
    const t = setup();
    await callWithPlan(t);
    const [proposed] = await t.ok('plans:list', { debtorId: t.leeflang });
    expect(proposed).toMatchObject({ status: 'proposed', sentOn: null });
    await t.ok('letters:issue', { debtorId: t.leeflang, type: 'plan_agreement' });
    expect((await t.ok('plans:list', { debtorId: t.leeflang }))[0]).toMatchObject({ id: proposed!.id, status: 'sent', sentOn: TODAY });
    expect(await openTaskTypes(t)).toEqual(['send_confirmation_letter', 'call_back']);
    // Printed again (a copy for the file): the plan stays sent, nothing is refused.
    await t.ok('letters:issue', { debtorId: t.leeflang, type: 'plan_agreement', planId: proposed!.id });
    expect((await t.ok('plans:list', { debtorId: t.leeflang }))[0]).toMatchObject({ status: 'sent', sentOn: TODAY });
    // The next step is the signature.
    expect(await t.ok('plans:markSigned', { planId: proposed!.id })).toMatchObject({ status: 'signed' });
    t.close();
  });

  it('the confirmation closes "Bevestigingsbrief sturen" of that call, and only that task', async () => {
    const t = setup();
    const callId = await callWithPlan(t);
    await t.ok('letters:issue', { debtorId: t.leeflang, type: 'confirmation', callId });
    expect(await openTaskTypes(t)).toEqual(['send_plan_for_signature', 'call_back']);
    t.close();
  });

  it('a plan agreement for another debtor’s plan is refused and changes nothing', async () => {
    const t = setup();
    await callWithPlan(t);
    const [plan] = await t.ok('plans:list', { debtorId: t.leeflang });
    await t.refused('letters:issue', { debtorId: t.visser, type: 'plan_agreement', planId: plan!.id }, /niet van deze debiteur/);
    t.close();
  });
});
