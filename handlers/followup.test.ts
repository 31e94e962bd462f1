// The follow-up channels through dispatch, as the renderer reaches them: on a real temporary ledger with
// the demo administration, a fixed clock, and every refusal checked to leave the ledger as it was.
import { createPromise } from './promises';
import { activatePlan, createPlan, markPlanSent, markPlanSigned } from './plans';
import { recordPayment } from './payments';
import { getSettings, saveSettings } from '../db/settings.repo';
import { handlerTest } from './test-context';
import { catalogue } from '../i18n/catalogue';
import { allOpenInvoices } from '../db/test-fixtures';

const TODAY = '2026-03-10'; // a Tuesday

function setup(today = TODAY) {
  const t = handlerTest(today);
  return { ...t, setToday: t.setNow };
}

/** What Vandaag's worklist says about agreements: promises, plan terms and call-backs (the schedule's own steps left out). */
async function agreements(t: ReturnType<typeof setup>) {
  const { lines } = await t.ok('worklist:list', { limit: 500 });
  return lines.flatMap((l) => l.reasons.filter((r) => AGREEMENTS.has(r.kind)).map((r) => ({ ...r, debtorId: l.debtorId })));
}
const AGREEMENTS = new Set(['broken_promise', 'promise_due', 'late_installment', 'call_back']);

describe('Vandaag', () => {
  it('settles a promise not kept by the next working day and shows the debtor with the reason', async () => {
    const t = setup();
    const leeflang = t.debtorId('Leeflang & Zn');
    const promiseId = createPromise(t.db, { debtorId: leeflang, madeOn: '2026-03-02', promisedDate: '2026-03-06', amountCents: 17849 });
    t.setToday('2026-03-06'); // Friday, the promised day: still open
    expect((await agreements(t)).map((i) => i.kind)).toEqual(['promise_due']);
    t.setToday('2026-03-09'); // Monday, the next working day
    expect(await agreements(t)).toEqual([
      expect.objectContaining({
        kind: 'broken_promise',
        debtorId: leeflang,
        promiseId,
        message: { key: 'worklist.reason.broken_promise', params: { date: { date: '2026-03-06' }, amount: { cents: 17849 }, received: { cents: 0 } } },
      }),
    ]);
    expect(t.row('SELECT status, settled_on FROM promises WHERE id = ?', promiseId)).toEqual({ status: 'broken', settled_on: '2026-03-09' });
    t.close();
  });

  it('defaults a plan after the grace period from the settings, and marks the debtor for ingebrekestelling', async () => {
    const t = setup();
    saveSettings(t.db, { ...getSettings(t.db), planGraceDays: 2 });
    const fitfit = t.debtorId('Sportschool FitFit BV');
    const covered = allOpenInvoices(t.db, fitfit);
    const plan = createPlan(t.db, {
      debtorId: fitfit,
      agreedOn: '2026-02-01',
      ...covered,
      installments: [
        { dueDate: '2026-02-15', amountCents: 100000 },
        { dueDate: '2026-03-05', amountCents: 100000 },
        { dueDate: '2026-04-05', amountCents: covered.totalCents - 200000 },
      ],
    });
    markPlanSent(t.db, { planId: plan.id }, '2026-02-02');
    markPlanSigned(t.db, { planId: plan.id }, '2026-02-04');
    activatePlan(t.db, { planId: plan.id }, '2026-02-04');
    recordPayment(t.db, { debtorId: fitfit, receivedOn: '2026-02-14', amountCents: 100000 }, '2026-02-14');

    t.setToday('2026-03-07'); // term 2 two days late: within the grace of 2 days
    expect(await agreements(t)).toEqual([expect.objectContaining({ kind: 'late_installment', daysOverdue: 2, planId: plan.id, debtorId: fitfit })]);
    expect(t.row('SELECT escalation FROM debtors WHERE id = ?', fitfit)).toEqual({ escalation: null });

    t.setToday('2026-03-08'); // three days late: past the grace period (the default of 7 would still wait)
    expect(await agreements(t)).toEqual([]);
    const { tasks } = await t.ok('tasks:list', { due: 'by_today' });
    expect(tasks).toEqual([expect.objectContaining({ type: 'send_ingebrekestelling', debtor: { id: fitfit, name: 'Sportschool FitFit BV' } })]);
    expect(t.row('SELECT status, defaulted_on FROM payment_plans WHERE id = ?', plan.id)).toEqual({ status: 'defaulted', defaulted_on: '2026-03-08' });
    // The debtor file says why, in the UI language.
    const { debtor: escalated } = await t.ok('debtors:get', { id: fitfit });
    expect(escalated.escalation).toBe('ingebrekestelling');
    expect(catalogue.format(escalated.escalationReason!, 'nl')).toContain('termijn 2');
    expect(catalogue.format(escalated.escalationReason!, 'en')).toContain('instalment 2');
    t.close();
  });
});

describe('payments:record', () => {
  it('pays the named invoice, keeps the promise it covers, and lists the payment', async () => {
    const t = setup();
    const leeflang = t.debtorId('Leeflang & Zn');
    const promiseId = createPromise(t.db, { debtorId: leeflang, madeOn: '2026-03-09', promisedDate: '2026-03-12', amountCents: 5849 });
    const result = await t.ok('payments:record', {
      debtorId: leeflang,
      receivedOn: '2026-03-10',
      amountCents: 5849,
      description: 'factuur 789',
      invoiceIds: [t.invoiceId('789')],
    });
    expect(result.allocations).toEqual([{ invoiceId: t.invoiceId('789'), kind: 'principal', amountCents: 5849 }]);
    expect(result.keptPromiseIds).toEqual([promiseId]);
    expect((await t.ok('promises:list', { debtorId: leeflang }))[0]).toMatchObject({ status: 'kept', settledOn: TODAY });
    expect(await t.ok('payments:list', { debtorId: leeflang })).toEqual([
      expect.objectContaining({ receivedOn: '2026-03-10', amountCents: 5849, description: 'factuur 789' }),
    ]);
    t.close();
  });

  it('refuses nothing-payments, impossible and future dates, and fractions of cents, changing nothing', async () => {
    const t = setup();
    const debtorId = t.debtorId('Leeflang & Zn');
    const pay = { debtorId, receivedOn: TODAY, description: '' };
    await t.refused('payments:record', { ...pay, amountCents: 0 }, /amountCents: bedrag moet groter dan € 0,00 zijn/);
    await t.refused('payments:record', { ...pay, amountCents: -500 }, /groter dan € 0,00/);
    await t.refused('payments:record', { ...pay, amountCents: 12.5 }, /hele centen/);
    await t.refused('payments:record', { ...pay, amountCents: 100, receivedOn: '2026-02-31' }, /receivedOn: geen geldige datum/);
    await t.refused('payments:record', { ...pay, amountCents: 100, receivedOn: '2026-03-11' }, /De ontvangstdatum \(11 maart 2026\) ligt in de toekomst/);
    await t.refused('payments:record', { ...pay, amountCents: 100, invoiceIds: [t.invoiceId('1041')] }, /Factuur 1041 is niet van deze debiteur/);
    t.close();
  });
});

describe('complaints', () => {
  it('holds invoice 456 while the complaint is open and releases it once resolved', async () => {
    const t = setup();
    const leeflang = t.debtorId('Leeflang & Zn');
    const inv456 = t.invoiceId('456');
    const onHold = async () => (await t.ok('debtors:get', { id: leeflang })).openInvoices.find((i) => i.id === inv456)!.onHold;

    const c = await t.ok('complaints:register', { debtorId: leeflang, description: 'Verkeerde maten geleverd', invoiceIds: [inv456] });
    expect(c).toMatchObject({ status: 'open', openedOn: TODAY, invoices: [{ id: inv456, number: '456' }] });
    expect(await onHold()).toBe(true);
    expect((await t.ok('complaints:list', { status: 'unresolved' })).complaints.map((r) => [r.debtor.name, r.status])).toEqual([['Leeflang & Zn', 'open']]);

    await t.ok('complaints:startHandling', { complaintId: c.id, handler: 'Karin (verkoop)' });
    await t.refused('complaints:informCustomer', { complaintId: c.id }, /pas over de oplossing worden geïnformeerd als de klacht is opgelost/);
    const resolved = await t.ok('complaints:resolve', { complaintId: c.id, resolution: 'Creditnota voor 2 paar' });
    expect(resolved).toMatchObject({ status: 'opgelost', handler: 'Karin (verkoop)', resolvedOn: TODAY });
    expect(await onHold()).toBe(false);
    await t.refused('complaints:resolve', { complaintId: c.id, resolution: 'nog eens' }, /Deze klacht is al opgelost/);

    expect(await t.ok('complaints:informCustomer', { complaintId: c.id, informedOn: TODAY })).toMatchObject({ customerInformedOn: TODAY });
    expect(await t.ok('complaints:list', { status: 'unresolved' })).toEqual({ complaints: [], nextCursor: null, total: 0 });
    expect((await t.ok('complaints:list', { status: 'opgelost', debtorId: leeflang })).complaints.map((r) => r.id)).toEqual([c.id]);
    t.close();
  });

  it('refuses a complaint without invoices and a resolution date that does not exist', async () => {
    const t = setup();
    const leeflang = t.debtorId('Leeflang & Zn');
    await t.refused('complaints:register', { debtorId: leeflang, description: 'Te duur', invoiceIds: [] }, /noemt de factuur/);
    const c = await t.ok('complaints:register', { debtorId: leeflang, description: 'Te duur', invoiceIds: [t.invoiceId('123')] });
    await t.refused('complaints:resolve', { complaintId: c.id, resolution: 'Korting', handler: 'Sanne', resolvedOn: '2026-02-30' }, /resolvedOn: geen geldige datum/);
    t.close();
  });
});

describe('plans', () => {
  it('takes a proposed plan through sent, signed and active to completed by four payments', async () => {
    const t = setup();
    const leeflang = t.debtorId('Leeflang & Zn');
    const terms = [80000, 80000, 80000, 73522];
    const plan = createPlan(t.db, {
      debtorId: leeflang,
      agreedOn: '2026-03-09',
      ...allOpenInvoices(t.db, leeflang),
      installments: terms.map((amountCents, i) => ({ dueDate: `2026-0${4 + i}-01`, amountCents })),
    });
    await t.refused('plans:activate', { planId: plan.id }, /pas actief als de klant hem ondertekend heeft teruggestuurd/);
    expect(await t.ok('plans:markSent', { planId: plan.id })).toMatchObject({ status: 'sent', sentOn: TODAY });
    await t.refused('plans:markSigned', { planId: plan.id, signedOn: '2026-03-08' }, /ligt vóór 10 maart 2026/);
    expect(await t.ok('plans:markSigned', { planId: plan.id })).toMatchObject({ status: 'signed', signedOn: TODAY });
    expect(await t.ok('plans:activate', { planId: plan.id })).toMatchObject({ status: 'active' });
    let completed: number | null = null;
    for (const amountCents of terms)
      ({ completedPlanId: completed } = await t.ok('payments:record', { debtorId: leeflang, receivedOn: TODAY, amountCents, description: '' }));
    expect(completed).toBe(plan.id);
    const [after] = await t.ok('plans:list', { debtorId: leeflang });
    expect(after).toMatchObject({ status: 'completed', completedOn: TODAY });
    expect(after!.installments.map((i) => i.status)).toEqual(['paid', 'paid', 'paid', 'paid']);
    await t.refused('plans:markSent', { planId: plan.id }, /al volledig betaald; er kan niets meer aan veranderen/);
    t.close();
  });
});

describe('tasks and timeline', () => {
  it('completes a task once with the note, and shows it on the debtor timeline', async () => {
    const t = setup();
    const leeflang = t.debtorId('Leeflang & Zn');
    createPromise(t.db, { debtorId: leeflang, madeOn: '2026-03-02', promisedDate: '2026-03-06', amountCents: 17849 });
    const due = await t.ok('tasks:list', { due: 'today' }); // brings the broken promise's call-back in
    expect(due.tasks.map((task) => [task.type, task.debtor.name])).toEqual([['call_back', 'Leeflang & Zn']]);
    const taskId = due.tasks[0]!.id;
    expect(await t.ok('tasks:complete', { taskId, note: 'Betaalt vrijdag, nieuwe belofte' })).toMatchObject({ status: 'done', doneOn: TODAY });
    await t.refused('tasks:complete', { taskId, note: '' }, /al afgerond/);
    expect((await t.ok('tasks:list', { due: 'today' })).tasks).toEqual([]);

    const { items } = await t.ok('timeline:get', { debtorId: leeflang });
    expect(items.map((i) => i.text.key)).toEqual(['timeline.task.done', 'timeline.promise.broken']);
    expect(items[0]?.kind === 'task' && items[0].task.doneNote).toBe('Betaalt vrijdag, nieuwe belofte');
    await t.refused('timeline:get', { debtorId: 9999 }, /Debiteur 9999 bestaat niet/);
    t.close();
  });
});
