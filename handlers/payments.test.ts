import { openTestDatabase } from '../db/test-db';
import { expectRefused, insertDebtor, insertInvoice } from '../db/test-fixtures';
import { paymentsOf } from '../db/payments.repo';
import { recordPayment } from './payments';
import { debtorBalance, openInvoices } from '../db/invoice-balances';
import { activatePlan, createPlan, getPlan, markPlanSent, markPlanSigned } from './plans';
import { createPromise } from './promises';
import { promisesOf } from '../db/promises.repo';
import { registerComplaint } from './complaints';
import type { Db } from '../db/client';

const TODAY = '2026-03-10';

function setup() {
  const opened = openTestDatabase();
  const { db } = opened;
  const debtor = insertDebtor(db, { name: 'Leeflang & Zn' });
  const inv = {
    i123: insertInvoice(db, debtor, { number: '123', invoiceDate: '2026-01-01', dueDate: '2026-01-15', lines: [17849] }),
    i456: insertInvoice(db, debtor, { number: '456', invoiceDate: '2026-01-02', dueDate: '2026-01-16', lines: [289824] }),
    i789: insertInvoice(db, debtor, { number: '789', invoiceDate: '2026-01-03', dueDate: '2026-01-17', lines: [5849] }),
  };
  return { ...opened, debtor, inv };
}

const openByNumber = (db: Db, debtorId: number) => Object.fromEntries(openInvoices(db, debtorId).map((i) => [i.number, i.openCents]));

function activePlan(db: Db, debtorId: number, invoiceIds: number[], terms: [string, number][]) {
  const plan = createPlan(db, {
    debtorId,
    agreedOn: '2026-02-01',
    invoiceIds,
    totalCents: terms.reduce((s, [, c]) => s + c, 0),
    installments: terms.map(([dueDate, amountCents]) => ({ dueDate, amountCents })),
  });
  markPlanSent(db, { planId: plan.id, sentOn: '2026-02-02' }, TODAY);
  markPlanSigned(db, { planId: plan.id, signedOn: '2026-02-05' }, TODAY);
  return activatePlan(db, { planId: plan.id }, '2026-02-05');
}

describe('recording a payment', () => {
  it('pays the oldest invoice first and leaves the rest of a partial payment open', () => {
    const { db, close, debtor } = setup();
    const r = recordPayment(db, { debtorId: debtor, receivedOn: '2026-03-09', amountCents: 50000, description: 'deelbetaling' }, TODAY);
    expect(r.unallocatedCents).toBe(0);
    expect(openByNumber(db, debtor)).toEqual({ '456': 289824 - (50000 - 17849), '789': 5849 });
    expect(paymentsOf(db, debtor)[0]).toMatchObject({ amountCents: 50000, description: 'deelbetaling', receivedOn: '2026-03-09' });
    close();
  });

  it('pays the invoices the customer named first, in that order', () => {
    const { db, close, debtor, inv } = setup();
    recordPayment(db, { debtorId: debtor, receivedOn: TODAY, amountCents: 10000, invoiceIds: [inv.i789, inv.i123] }, TODAY);
    expect(openByNumber(db, debtor)).toEqual({ '123': 17849 - (10000 - 5849), '456': 289824 });
    close();
  });

  it('keeps an overpayment as unallocated credit once every invoice is paid', () => {
    const { db, close, debtor } = setup();
    const r = recordPayment(db, { debtorId: debtor, receivedOn: TODAY, amountCents: 313522 + 1000 }, TODAY);
    expect(r.unallocatedCents).toBe(1000);
    expect(debtorBalance(db, debtor)).toMatchObject({ openCents: 0, unallocatedCents: 1000 });
    close();
  });

  it('does not put unnamed money on an invoice under complaint', () => {
    const { db, close, debtor, inv } = setup();
    registerComplaint(db, { debtorId: debtor, description: 'Verkeerde prijs', invoiceIds: [inv.i123] }, '2026-03-01');
    recordPayment(db, { debtorId: debtor, receivedOn: TODAY, amountCents: 1000 }, TODAY);
    expect(openByNumber(db, debtor)).toEqual({ '123': 17849, '456': 288824, '789': 5849 });
    close();
  });

  it('refuses a payment of zero or below, a future date, or another debtor’s invoice, and changes nothing', () => {
    const { db, sqlite, close, debtor } = setup();
    const stranger = insertDebtor(db);
    const foreign = insertInvoice(db, stranger, { number: 'X-1', dueDate: '2026-01-01', lines: [100] });
    const base = { debtorId: debtor, receivedOn: TODAY };
    expectRefused(sqlite, () => recordPayment(db, { ...base, amountCents: 0 }, TODAY), 'invalid_input', /groter zijn dan € 0,00/);
    expectRefused(sqlite, () => recordPayment(db, { ...base, amountCents: -500 }, TODAY), 'invalid_input', /groter zijn dan € 0,00 \(ingevoerd: -€ 5,00\)/);
    expectRefused(sqlite, () => recordPayment(db, { ...base, amountCents: 10.5 }, TODAY), 'invalid_input', /geheel aantal centen/);
    expectRefused(sqlite, () => recordPayment(db, { ...base, receivedOn: '2026-03-11', amountCents: 500 }, TODAY), 'invalid_input', /11 maart 2026\) ligt in de toekomst/);
    expectRefused(sqlite, () => recordPayment(db, { ...base, amountCents: 500, invoiceIds: [foreign] }, TODAY), 'invalid_input', /Factuur X-1 is niet van deze debiteur/);
    close();
  });

  it('refuses a payment naming the debtor’s own invoice that is already paid, and changes nothing', () => {
    const { db, sqlite, close, debtor } = setup();
    // Not due yet, so no interest runs on it: paid, nothing of it is open.
    const paidOff = insertInvoice(db, debtor, { number: 'P-1', dueDate: '2026-12-31', lines: [100] });
    recordPayment(db, { debtorId: debtor, receivedOn: TODAY, amountCents: 100, invoiceIds: [paidOff] }, TODAY);
    expectRefused(sqlite, () => recordPayment(db, { debtorId: debtor, receivedOn: TODAY, amountCents: 500, invoiceIds: [paidOff] }, TODAY), 'invalid_input', /Factuur P-1 staat niet meer open/);
    close();
  });
});

describe('a payment and the active payment plan', () => {
  it('fills the installments in order and completes the plan when all are paid', () => {
    const { db, close, debtor, inv } = setup();
    const plan = activePlan(db, debtor, [inv.i456], [['2026-03-01', 100000], ['2026-04-01', 189824]]);
    const first = recordPayment(db, { debtorId: debtor, receivedOn: '2026-03-01', amountCents: 130000 }, TODAY);
    expect(first.installments.map((i) => [i.seq, i.addCents, i.paidCents, i.status])).toEqual([
      [1, 100000, 100000, 'paid'],
      [2, 30000, 30000, 'due'],
    ]);
    expect(first.completedPlanId).toBeNull();
    const second = recordPayment(db, { debtorId: debtor, receivedOn: TODAY, amountCents: 159824 }, TODAY);
    expect(second.completedPlanId).toBe(plan.id);
    expect(getPlan(db, plan.id)).toMatchObject({ status: 'completed', completedOn: TODAY });
    expect(getPlan(db, plan.id).installments.map((i) => [i.status, i.paidOn])).toEqual([
      ['paid', '2026-03-01'],
      ['paid', TODAY],
    ]);
    close();
  });

  it('refuses a payment for a completed plan and changes nothing; an unearmarked payment still pays invoices', () => {
    const { db, sqlite, close, debtor, inv } = setup();
    const plan = activePlan(db, debtor, [inv.i123], [['2026-03-01', 17849]]);
    recordPayment(db, { debtorId: debtor, receivedOn: TODAY, amountCents: 17849 }, TODAY);
    expectRefused(
      sqlite,
      () => recordPayment(db, { debtorId: debtor, receivedOn: TODAY, amountCents: 5000, planId: plan.id }, TODAY),
      'not_allowed',
      /al volledig betaald/,
    );
    const r = recordPayment(db, { debtorId: debtor, receivedOn: TODAY, amountCents: 5000 }, TODAY);
    expect(r.installments).toEqual([]);
    expect(debtorBalance(db, debtor).openCents).toBe(313522 - 22849);
    close();
  });

  it('refuses a payment for a plan that is not yet active', () => {
    const { db, sqlite, close, debtor, inv } = setup();
    const plan = createPlan(db, { debtorId: debtor, agreedOn: '2026-03-01', invoiceIds: [inv.i789], totalCents: 5849, installments: [{ dueDate: '2026-03-20', amountCents: 5849 }] });
    expectRefused(
      sqlite,
      () => recordPayment(db, { debtorId: debtor, receivedOn: TODAY, amountCents: 1000, planId: plan.id }, TODAY),
      'not_allowed',
      /pas .* betaald als hij actief is/,
    );
    close();
  });
});

describe('a payment and promises', () => {
  it('keeps a pending promise once the payments since it was made cover the amount', () => {
    const { db, close, debtor } = setup();
    const id = createPromise(db, { debtorId: debtor, madeOn: '2026-03-05', promisedDate: '2026-03-12', amountCents: 60000 });
    expect(recordPayment(db, { debtorId: debtor, receivedOn: '2026-03-09', amountCents: 40000 }, TODAY).keptPromiseIds).toEqual([]);
    expect(recordPayment(db, { debtorId: debtor, receivedOn: TODAY, amountCents: 20000 }, TODAY).keptPromiseIds).toEqual([id]);
    expect(promisesOf(db, debtor)[0]).toMatchObject({ status: 'kept', settledOn: TODAY });
    close();
  });
});
