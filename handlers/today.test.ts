import { openTestDatabase } from '../db/test-db';
import { insertDebtor, insertInvoice, textTitle } from '../db/test-fixtures';
import { vandaag } from './today';
import { settleAll } from './settle';
import type { TodayItem } from '../ipc/channels/today';
import { completeTask, createTask } from './tasks';
import { createPromise } from './promises';
import { activatePlan, createPlan, markPlanSent, markPlanSigned } from './plans';
import { recordPayment } from './payments';
import type { Db } from '../db/client';

const TODAY = '2026-03-10'; // a Tuesday

function activePlan(db: Db, debtorId: number, dueDate: string) {
  const plan = createPlan(db, { debtorId, agreedOn: '2026-02-20', totalCents: 40000, installments: [{ dueDate, amountCents: 40000 }] });
  markPlanSent(db, { planId: plan.id }, '2026-02-20');
  markPlanSigned(db, { planId: plan.id }, '2026-02-25');
  return activatePlan(db, { planId: plan.id }, '2026-02-25');
}

/** Vandaag as the collector opens it: the day settled first (handlers/day.ts), then the list. */
function openVandaag(db: Db, today: string, graceDays = 7) {
  settleAll(db, today, graceDays);
  return vandaag(db, today);
}

/** A short label per item, so a failure shows what the collector would see. */
const label = (i: TodayItem) => `${i.kind}:${i.debtor.name}`;

function setup() {
  const opened = openTestDatabase();
  const { db } = opened;
  const d = {
    leeflang: insertDebtor(db, { name: 'Leeflang & Zn' }),
    smit: insertDebtor(db, { name: 'Drukkerij Smit & Co' }),
    groot: insertDebtor(db, { name: 'De Groot Transport BV' }),
    zwaan: insertDebtor(db, { name: 'Hotel De Zwaan BV' }),
  };
  for (const id of Object.values(d)) insertInvoice(db, id, { dueDate: '2026-02-01', lines: [100000] });
  createTask(db, { debtorId: d.leeflang, type: 'call_back', title: textTitle('Terugbellen'), dueDate: TODAY, dueTime: '14:00' });
  createTask(db, { debtorId: d.smit, type: 'call_back', title: textTitle('Terugbellen'), dueDate: TODAY, dueTime: '09:30' });
  createTask(db, { debtorId: d.smit, type: 'send_invoice_copy', title: textTitle('Kopie sturen'), dueDate: '2026-03-06' });
  createTask(db, { debtorId: d.zwaan, type: 'verify_payment', title: textTitle('Betaling controleren'), dueDate: TODAY });
  createTask(db, { debtorId: d.zwaan, type: 'call_back', title: textTitle('Later bellen'), dueDate: '2026-03-11' }); // not today
  // Promised for Friday 6 March, nothing paid: broken from Monday 9 March.
  createPromise(db, { debtorId: d.groot, madeOn: '2026-03-02', promisedDate: '2026-03-06', amountCents: 50000 });
  createPromise(db, { debtorId: d.leeflang, madeOn: '2026-03-03', promisedDate: TODAY, amountCents: 30000 });
  activePlan(db, d.zwaan, '2026-03-07');
  return { ...opened, d };
}

describe('Vandaag', () => {
  it('lists call-backs in time order, then overdue tasks, broken and due promises, late installments and other tasks', () => {
    const { db, close } = setup();
    const items = openVandaag(db, TODAY);
    expect(items.map(label)).toEqual([
      'call_back:Drukkerij Smit & Co',
      'call_back:Leeflang & Zn',
      'overdue_task:Drukkerij Smit & Co',
      'broken_promise:De Groot Transport BV',
      'promise_due:Leeflang & Zn',
      'late_installment:Hotel De Zwaan BV',
      'task:Hotel De Zwaan BV',
    ]);
    expect(items[0]).toMatchObject({ dueTime: '09:30' });
    expect(items[2]).toMatchObject({ daysOverdue: 4, title: textTitle('Kopie sturen') });
    expect(items[3]).toMatchObject({ reason: { key: 'task.promise_broken', params: { date: { date: '2026-03-06' }, amount: { cents: 50000 } } }, amountCents: 50000 });
    expect(items[5]).toMatchObject({ seq: 1, daysLate: 3, paidCents: 0 });
    close();
  });

  it('is the same when opened twice (promises and plans are settled once)', () => {
    const { db, close } = setup();
    const first = openVandaag(db, TODAY);
    expect(openVandaag(db, TODAY)).toEqual(first);
    close();
  });

  it('drops a broken promise once its call-back is done, and a promise due today once it is paid', () => {
    const { db, close, d } = setup();
    const broken = openVandaag(db, TODAY).find((i) => i.kind === 'broken_promise')!;
    expect(broken.kind).toBe('broken_promise');
    completeTask(db, { taskId: (broken as Extract<TodayItem, { kind: 'broken_promise' }>).taskId, note: 'Nieuwe afspraak: betaling vrijdag' }, TODAY);
    recordPayment(db, { debtorId: d.leeflang, receivedOn: TODAY, amountCents: 30000 }, TODAY);
    const kinds = vandaag(db, TODAY).map(label);
    expect(kinds).not.toContain('broken_promise:De Groot Transport BV');
    expect(kinds).not.toContain('promise_due:Leeflang & Zn');
    expect(kinds).toContain('call_back:Leeflang & Zn');
    close();
  });

  it('shows how much of a promise due today has come in', () => {
    const { db, close, d } = setup();
    recordPayment(db, { debtorId: d.leeflang, receivedOn: '2026-03-09', amountCents: 10000 }, '2026-03-09');
    expect(openVandaag(db, TODAY).find((i) => i.kind === 'promise_due')).toMatchObject({ amountCents: 30000, receivedCents: 10000 });
    close();
  });
});
