import { openTestDatabase } from '../db/test-db';
import { allOpenInvoices, expectRefused, insertDebtor, insertInvoice, openTasksDue } from '../db/test-fixtures';
import { activatePlan, createPlan, getPlan, markPlanSent, markPlanSigned } from './plans';
import { plansOf } from '../db/plans.repo';
import { settleAll } from './settle';
import { recordPayment } from './payments';
import { registerComplaint } from './complaints';
import { seedDemoLedger } from '../db/demo-ledger';
import { findDebtorIdByName } from '../db/debtors.repo';
import { debtors } from '../db/schema';
import type { Db } from '../db/client';
import { eq } from 'drizzle-orm';
import { debtorFile } from './debtors';
import { catalogue } from '../i18n/catalogue';

const TERMS = [
  { dueDate: '2026-03-01', amountCents: 100000 },
  { dueDate: '2026-04-01', amountCents: 100000 },
  { dueDate: '2026-05-01', amountCents: 113522 },
];

function setup(debtorValues: Partial<typeof debtors.$inferInsert> = {}) {
  const opened = openTestDatabase();
  const debtor = insertDebtor(opened.db, { name: 'Leeflang & Zn', ...debtorValues });
  const invoice = insertInvoice(opened.db, debtor, { dueDate: '2026-01-15', lines: [313522] });
  const propose = () => createPlan(opened.db, { debtorId: debtor, agreedOn: '2026-02-10', invoiceIds: [invoice], totalCents: 313522, installments: TERMS });
  return { ...opened, debtor, invoice, propose };
}

function activate(db: Db, planId: number) {
  markPlanSent(db, { planId, sentOn: '2026-02-10' }, '2026-02-20');
  markPlanSigned(db, { planId, signedOn: '2026-02-14' }, '2026-02-20');
  return activatePlan(db, { planId }, '2026-02-20');
}

/** The plans' part of settling a day: installments that became late, plans that defaulted. */
function evaluatePlans(db: Db, today: string, graceDays = 7) {
  const r = settleAll(db, today, graceDays);
  return { late: r.lateInstallmentIds, defaulted: r.defaultedPlanIds };
}

const debtorRow = (db: Db, id: number) => db.select().from(debtors).where(eq(debtors.id, id)).get()!;

describe('payment plan lifecycle', () => {
  it('goes proposed → sent → signed → active, recording the dates', () => {
    const { db, close, debtor, propose } = setup();
    const plan = propose();
    expect(plan).toMatchObject({ status: 'proposed', installments: [{ seq: 1, status: 'due', paidCents: 0 }, { seq: 2 }, { seq: 3 }] });
    expect(markPlanSent(db, { planId: plan.id }, '2026-02-11')).toMatchObject({ status: 'sent', sentOn: '2026-02-11' });
    expect(markPlanSigned(db, { planId: plan.id, signedOn: '2026-02-13' }, '2026-02-16')).toMatchObject({ status: 'signed', signedOn: '2026-02-13' });
    expect(activatePlan(db, { planId: plan.id }, '2026-02-16').status).toBe('active');
    expect(plansOf(db, debtor).map((p) => p.id)).toEqual([plan.id]);
    close();
  });

  it('refuses activating an unsigned plan, signing an unsent one, sending twice, and changes nothing', () => {
    const { db, sqlite, close, propose } = setup();
    const plan = propose();
    expectRefused(sqlite, () => activatePlan(db, { planId: plan.id }, '2026-02-12'), 'not_allowed', /pas actief als de klant hem ondertekend/);
    expectRefused(sqlite, () => markPlanSigned(db, { planId: plan.id }, '2026-02-12'), 'not_allowed', /eerst ter ondertekening/);
    expectRefused(sqlite, () => markPlanSent(db, { planId: plan.id, sentOn: '2026-02-09' }, '2026-02-12'), 'invalid_input', /vóór 10 februari 2026/);
    markPlanSent(db, { planId: plan.id }, '2026-02-11');
    expectRefused(sqlite, () => markPlanSent(db, { planId: plan.id }, '2026-02-12'), 'not_allowed', /al verstuurd/);
    expectRefused(sqlite, () => activatePlan(db, { planId: plan.id }, '2026-02-12'), 'not_allowed', /pas actief/);
    expectRefused(sqlite, () => markPlanSigned(db, { planId: plan.id, signedOn: '2026-02-20' }, '2026-02-12'), 'invalid_input', /in de toekomst/);
    close();
  });

  it('allows one active plan per debtor', () => {
    const { db, sqlite, close, propose } = setup();
    activate(db, propose().id);
    const second = propose();
    markPlanSent(db, { planId: second.id, sentOn: '2026-02-10' }, '2026-02-20');
    markPlanSigned(db, { planId: second.id, signedOn: '2026-02-14' }, '2026-02-20');
    expectRefused(sqlite, () => activatePlan(db, { planId: second.id }, '2026-02-20'), 'not_allowed', /al een actieve betalingsregeling/);
    close();
  });

  it('refuses a plan for a debtor who may not get one, too many terms, or terms that do not add up', () => {
    const { db, sqlite, close, debtor, invoice } = setup({ maxPlanTerms: 2 });
    const base = { debtorId: debtor, agreedOn: '2026-02-10', invoiceIds: [invoice], totalCents: 313522 };
    expectRefused(sqlite, () => createPlan(db, { ...base, installments: TERMS }), 'not_allowed', /hoogstens 2 termijnen/);
    expectRefused(
      sqlite,
      () => createPlan(db, { ...base, installments: [{ dueDate: '2026-03-01', amountCents: 1000 }] }),
      'invalid_input',
      /tellen niet op/,
    );
    db.update(debtors).set({ mayOfferPlan: false }).where(eq(debtors.id, debtor)).run();
    expectRefused(sqlite, () => createPlan(db, { ...base, installments: TERMS.slice(0, 2).map((t) => ({ ...t, amountCents: 156761 })) }), 'not_allowed', /mag geen betalingsregeling/);
    close();
  });
});

describe('the invoices a plan covers', () => {
  // Leeflang & Zn (seed 000): 178,49 + 2.898,24 + 58,49 = 3.135,22; another debtor's invoice beside them.
  function ledger() {
    const opened = openTestDatabase();
    const debtor = insertDebtor(opened.db, { name: 'Leeflang & Zn' });
    const [a, b, c] = [17849, 289824, 5849].map((cents, i) => insertInvoice(opened.db, debtor, { number: `12${i}`, dueDate: '2026-01-15', lines: [cents] }));
    const other = insertInvoice(opened.db, insertDebtor(opened.db, { name: 'Hotel De Zwaan BV' }), { number: '900', dueDate: '2026-01-15', lines: [10000] });
    const plan = (invoiceIds: number[], totalCents: number) =>
      createPlan(opened.db, { debtorId: debtor, agreedOn: '2026-02-10', invoiceIds, totalCents, installments: [{ dueDate: '2026-03-01', amountCents: totalCents }] });
    return { ...opened, debtor, ids: [a!, b!, c!], other, plan };
  }

  it('records the invoices of a plan for part of the claim, and its amount is what is open on them', () => {
    const { db, close, debtor, ids, plan } = ledger();
    const created = plan([ids[2]!, ids[0]!], 17849 + 5849);
    expect(created).toMatchObject({ totalCents: 23698, invoiceIds: [ids[0], ids[2]] });
    expect(plansOf(db, debtor)[0]!.invoiceIds).toEqual([ids[0], ids[2]]);
    close();
  });

  it('refuses € 3.135,21 for invoices on which € 3.135,22 is open, and changes nothing', () => {
    const { sqlite, close, ids, plan } = ledger();
    expectRefused(sqlite, () => plan(ids, 313521), 'invalid_input', /De betalingsregeling is € 3\.135,21, maar op de gekozen facturen staat € 3\.135,22 open/);
    close();
  });

  it('refuses a plan without an invoice, with another debtor’s, a paid or a complained-about invoice', () => {
    const { db, sqlite, close, debtor, ids, other, plan } = ledger();
    expectRefused(sqlite, () => plan([], 100), 'invalid_input', /Kies de openstaande factuur of facturen/);
    expectRefused(sqlite, () => plan([ids[0]!, other], 27849), 'invalid_input', /900/);
    recordPayment(db, { debtorId: debtor, receivedOn: '2026-02-01', amountCents: 17849, invoiceIds: [ids[0]!] }, '2026-02-10');
    expectRefused(sqlite, () => plan([ids[0]!, ids[2]!], 5849), 'not_allowed', /Factuur 120 staat niet meer open/);
    registerComplaint(db, { debtorId: debtor, description: 'Twee paar laarzen te veel', invoiceIds: [ids[1]!] }, '2026-02-05');
    expectRefused(sqlite, () => plan([ids[1]!, ids[2]!], 295673), 'not_allowed', /Over factuur 121 loopt een klacht/);
    expect(plan([ids[2]!], 5849).invoiceIds).toEqual([ids[2]]);
    close();
  });

  it('refuses in English too, in the UI language the renderer shows', () => {
    const { sqlite, close, ids, plan } = ledger();
    let caught: unknown;
    try {
      sqlite.transaction(() => plan(ids, 313521)).immediate();
    } catch (e) {
      caught = e;
    }
    expect(catalogue.format((caught as { reason: Parameters<typeof catalogue.format>[0] }).reason, 'en')).toBe(
      'The payment plan is €3,135.21, but €3,135.22 is open on the chosen invoices. The amount of a plan is what is open on its invoices.',
    );
    close();
  });
});

describe('settling plans as of a day', () => {
  it('marks an unpaid installment late the day after its due date, without defaulting during the grace period', () => {
    const { db, close, debtor, propose } = setup();
    const plan = activate(db, propose().id);
    expect(evaluatePlans(db, '2026-03-01', 7)).toEqual({ late: [], defaulted: [] });
    expect(evaluatePlans(db, '2026-03-02', 7)).toEqual({ late: [plan.installments[0]!.id], defaulted: [] });
    expect(evaluatePlans(db, '2026-03-08', 7).defaulted).toEqual([]);
    expect(getPlan(db, plan.id).status).toBe('active');
    expect(debtorRow(db, debtor).escalation).toBeNull();
    close();
  });

  it('lets a late installment paid within the grace period keep the plan going', () => {
    const { db, close, debtor, propose } = setup();
    const plan = activate(db, propose().id);
    evaluatePlans(db, '2026-03-05', 7);
    recordPayment(db, { debtorId: debtor, receivedOn: '2026-03-06', amountCents: 100000 }, '2026-03-06');
    expect(getPlan(db, plan.id).installments[0]).toMatchObject({ status: 'paid', paidOn: '2026-03-06' });
    expect(evaluatePlans(db, '2026-03-20', 7)).toEqual({ late: [], defaulted: [] });
    close();
  });

  it('defaults the plan after the grace period: debtor to ingebrekestelling with the reason and a task to send it; idempotent', () => {
    const { db, sqlite, close, debtor, propose } = setup();
    const plan = activate(db, propose().id);
    recordPayment(db, { debtorId: debtor, receivedOn: '2026-03-01', amountCents: 60000 }, '2026-03-01');
    expect(evaluatePlans(db, '2026-03-09', 7).defaulted).toEqual([plan.id]);
    expect(getPlan(db, plan.id)).toMatchObject({ status: 'defaulted', defaultedOn: '2026-03-09' });
    const d = debtorRow(db, debtor);
    expect(d.escalation).toBe('ingebrekestelling');
    expect(catalogue.format(debtorFile(db, debtor, '2026-03-09').debtor.escalationReason!, 'nl')).toBe(
      'Betalingsregeling van 10 februari 2026 niet nagekomen: termijn 1 (€ 1.000,00, te betalen op 1 maart 2026) ' +
        'is 7 dagen na de vervaldatum nog niet volledig betaald. De hele resterende vordering van € 2.535,22 is opeisbaar.',
    );
    expect(openTasksDue(db, { from: '2026-03-09', until: '2026-03-09' })).toEqual([
      expect.objectContaining({ type: 'send_ingebrekestelling', planId: plan.id, debtor: { id: debtor, name: 'Leeflang & Zn' } }),
    ]);
    const before = sqlite.prepare('SELECT (SELECT COUNT(*) FROM tasks) t, (SELECT group_concat(status) FROM payment_plans) p').get();
    expect(evaluatePlans(db, '2026-03-10', 7)).toEqual({ late: [], defaulted: [] });
    expect(sqlite.prepare('SELECT (SELECT COUNT(*) FROM tasks) t, (SELECT group_concat(status) FROM payment_plans) p').get()).toEqual(before);
    close();
  });

  it('takes the grace period as a setting', () => {
    const { db, close, propose } = setup();
    const plan = activate(db, propose().id);
    expect(evaluatePlans(db, '2026-03-04', 2).defaulted).toEqual([plan.id]);
    close();
  });

  it('refuses any change to a defaulted plan, and a payment for it, and changes nothing', () => {
    const { db, sqlite, close, debtor, propose } = setup();
    const plan = activate(db, propose().id);
    evaluatePlans(db, '2026-03-09', 7);
    expectRefused(sqlite, () => activatePlan(db, { planId: plan.id }, '2026-03-09'), 'not_allowed', /niet nagekomen en vervallen/);
    expectRefused(sqlite, () => markPlanSent(db, { planId: plan.id }, '2026-03-09'), 'not_allowed', /niet nagekomen en vervallen/);
    expectRefused(
      sqlite,
      () => recordPayment(db, { debtorId: debtor, receivedOn: '2026-03-09', amountCents: 100000, planId: plan.id }, '2026-03-09'),
      'not_allowed',
      /niet nagekomen en vervallen/,
    );
    close();
  });

  it('leaves a debtor already marked for hand-over as it is', () => {
    const { db, close, debtor, propose } = setup({ escalation: 'overdracht', escalationReason: 'Termijn ingebrekestelling verstreken' });
    activate(db, propose().id);
    expect(evaluatePlans(db, '2026-03-09').defaulted).toHaveLength(1); // default grace: 7 days
    expect(debtorRow(db, debtor)).toMatchObject({ escalation: 'overdracht', escalationReason: 'Termijn ingebrekestelling verstreken' });
    expect(openTasksDue(db, { from: '2026-03-09', until: '2026-03-09' })).toEqual([]);
    close();
  });
});

describe('a payment made before the signed plan came back', () => {
  it('counts towards the first terms when the plan is activated', () => {
    const { db, close } = openTestDatabase();
    seedDemoLedger(db, '2026-11-23');
    const debtorId = findDebtorIdByName(db, 'Leeflang & Zn')!;
    const plan = createPlan(db, {
      debtorId, agreedOn: '2026-11-02', ...allOpenInvoices(db, debtorId),
      installments: [
        { dueDate: '2026-11-16', amountCents: 100000 },
        { dueDate: '2026-12-16', amountCents: 100000 },
        { dueDate: '2027-01-16', amountCents: 113522 },
      ],
    });
    recordPayment(db, { debtorId, receivedOn: '2026-11-14', amountCents: 100000, description: 'Termijn 1' }, '2026-11-23');
    markPlanSent(db, { planId: plan.id, sentOn: '2026-11-03' }, '2026-11-23');
    markPlanSigned(db, { planId: plan.id, signedOn: '2026-11-20' }, '2026-11-23');
    const active = activatePlan(db, { planId: plan.id }, '2026-11-23');
    expect(active.installments.map((i) => [i.status, i.paidCents, i.paidOn])).toEqual([
      ['paid', 100000, '2026-11-14'],
      ['due', 0, null],
      ['due', 0, null],
    ]);
    close();
  });

  it('puts a term paid without naming an invoice on the invoices the plan covers, not on an older one outside it', () => {
    const { db, sqlite, close, debtor, invoice, propose } = setup();
    const older = insertInvoice(db, debtor, { number: 'BUITEN-1', dueDate: '2025-12-01', lines: [50000] });
    activate(db, propose().id);
    const paid = recordPayment(db, { debtorId: debtor, receivedOn: '2026-03-01', amountCents: 100000, description: 'Termijn 1' }, '2026-03-02');
    expect(paid.allocations.filter((a) => a.kind === 'principal')).toEqual([{ invoiceId: invoice, kind: 'principal', amountCents: 100000 }]);
    expect(paid.installments.map((i) => [i.seq, i.status])).toEqual([[1, 'paid']]);
    const open = (id: number) => (sqlite.prepare('SELECT open_cents FROM invoices WHERE id = ?').get(id) as { open_cents: number }).open_cents;
    expect([open(older), open(invoice)]).toEqual([50000, 213522]);
    // Named by the payer, the invoice outside the plan is paid after all (art. 6:43 lid 1 BW).
    const named = recordPayment(db, { debtorId: debtor, receivedOn: '2026-03-02', amountCents: 50000, description: 'BUITEN-1', invoiceIds: [older] }, '2026-03-02');
    expect(named.allocations.filter((a) => a.kind === 'principal')).toEqual([{ invoiceId: older, kind: 'principal', amountCents: 50000 }]);
    close();
  });
});
