import { openTestDatabase } from '../db/test-db';
import { insertCall, insertDebtor, insertInvoice, textTitle } from '../db/test-fixtures';
import { timeline } from './timeline';
import { handlerTest } from './test-context';
import { completeTask, createTask } from './tasks';
import { registerComplaint } from './complaints';
import { createPromise } from './promises';
import { settleAll } from './settle';
import { catalogue } from '../i18n/catalogue';
import type { Message } from '../domain/message';
import { createPlan } from './plans';
import { recordPayment } from './payments';
import { letters } from '../db/schema';
import { message } from '../domain/message';

function setup() {
  const opened = openTestDatabase();
  const { db } = opened;
  const debtor = insertDebtor(db, { name: 'Leeflang & Zn' });
  const inv123 = insertInvoice(db, debtor, { number: '123', dueDate: '2026-01-15', lines: [17849] });
  const inv456 = insertInvoice(db, debtor, { number: '456', dueDate: '2026-01-16', lines: [289824] });
  return { ...opened, debtor, inv123, inv456 };
}

describe('debtor timeline', () => {
  it('puts calls, letters, tasks, complaints, promises, plans and payments in one list, newest first', () => {
    const { db, close, debtor, inv123, inv456 } = setup();
    const other = insertDebtor(db);
    insertCall(db, other, { startedAt: '2026-03-05T10:00:00.000Z' }); // someone else's history stays out

    db.insert(letters).values({ debtorId: debtor, type: 'reminder1', letterDate: '2026-01-16', principalCents: 307673, totalCents: 307673 }).run();
    const call = insertCall(db, debtor, {
      startedAt: '2026-02-02T09:45:00.000Z',
      result: 'agreement',
      summary: [message('recap.promise', { amount: { cents: 50000 }, date: { date: '2026-02-06' } })],
      notes: 'Mevr. De Boer was vriendelijk',
      steps: [
        { step: 'greeting', at: '2026-02-02T09:45:05.000Z' },
        { step: 'will_pay', at: '2026-02-02T09:47:00.000Z', note: 'belooft vrijdag' },
      ],
    });
    createPromise(db, { debtorId: debtor, callId: call, madeOn: '2026-02-02', promisedDate: '2026-02-06', amountCents: 50000 });
    settleAll(db, '2026-02-09', 7);
    registerComplaint(db, { debtorId: debtor, description: 'Prijs klopt niet', invoiceIds: [inv123] }, '2026-02-10');
    createPlan(db, { debtorId: debtor, agreedOn: '2026-02-12', invoiceIds: [inv456], totalCents: 289824, installments: [{ dueDate: '2026-03-01', amountCents: 289824 }] });
    recordPayment(db, { debtorId: debtor, receivedOn: '2026-02-20', amountCents: 30000, description: 'deel 456' }, '2026-02-20');

    const items = timeline(db, debtor).items;
    expect(items.map((i) => `${i.date} ${i.text.key}`)).toEqual([
      '2026-02-20 timeline.payment',
      '2026-02-12 timeline.plan.proposed',
      '2026-02-10 timeline.complaint.open',
      '2026-02-09 timeline.task.open', // the call-back for the broken promise
      '2026-02-02 timeline.promise.broken', // made during the call, so after it on the same day
      '2026-02-02 timeline.call.agreement',
      '2026-01-16 timeline.letter.reminder1',
    ]);
    const callItem = items.find((i) => i.kind === 'call')!;
    expect(callItem.kind === 'call' && callItem.steps.map((s) => [s.step, s.note])).toEqual([
      ['greeting', ''],
      ['will_pay', 'belooft vrijdag'],
    ]);
    expect(callItem.kind === 'call' && callItem.call.notes).toBe('Mevr. De Boer was vriendelijk');
    // Each line in the collector's language, money and dates formatted for it.
    const line = (m: Message, language: 'nl' | 'en' = 'nl') => catalogue.format(m, language);
    expect(items.map((i) => line(i.text))).toEqual([
      '€ 300,00 ontvangen',
      '€ 2.898,24 in 1 termijn — voorgesteld',
      'Factuur 123: Prijs klopt niet — open',
      'Betaalbelofte van 6 februari 2026 (€ 500,00) niet nagekomen — uiterlijk 9 februari 2026',
      '€ 500,00 op 6 februari 2026 — niet nagekomen',
      'Afspraak gemaakt (1:00)',
      'Betalingsherinnering verstuurd (€ 3.076,73)',
    ]);
    expect(line(items[4]!.text, 'en')).toBe('€500.00 on 6 February 2026 — broken');
    // The complaint holds 123, so the unnamed payment went to 456.
    expect(items[0]?.kind === 'payment' && items[0].invoiceNumbers).toEqual(['456']);
    close();
  });

  it('dates a call by its Amsterdam day and a done task by the day it was done', () => {
    const { db, close, debtor } = setup();
    insertCall(db, debtor, { startedAt: '2026-03-02T23:30:00.000Z' }); // 00:30 on 3 March in Amsterdam
    const task = createTask(db, { debtorId: debtor, type: 'send_invoice_copy', title: textTitle('Kopie 456 sturen'), dueDate: '2026-03-10' });
    completeTask(db, { taskId: task, note: 'per post' }, '2026-03-04');
    expect(timeline(db, debtor).items.map((i) => [i.kind, i.date])).toEqual([
      ['task', '2026-03-04'],
      ['call', '2026-03-03'],
    ]);
    close();
  });

  it('pages newest first: each item once across pages, a day split between pages keeps its order, calls below the rest of their day', async () => {
    const { db, close, debtor, inv123 } = setup();
    // Three weeks with several things a day: calls, tasks made and done, promises, payments, a complaint.
    for (let d = 1; d <= 21; d++) {
      const day = `2026-02-${String(d).padStart(2, '0')}`;
      const call = insertCall(db, debtor, { startedAt: `${day}T${String(8 + (d % 3)).padStart(2, '0')}:15:00.000Z` });
      createTask(db, { debtorId: debtor, callId: call, type: 'call_back', title: textTitle(`Terugbellen ${d}`), dueDate: day });
      if (d % 2) createPromise(db, { debtorId: debtor, callId: call, madeOn: day, promisedDate: `2026-03-${String(d).padStart(2, '0')}`, amountCents: 1000 * d });
      if (d % 3 === 0) recordPayment(db, { debtorId: debtor, receivedOn: day, amountCents: 500 }, day);
      if (d % 4 === 0) completeTask(db, { taskId: createTask(db, { debtorId: debtor, type: 'other', title: textTitle(`Taak ${d}`), dueDate: '2026-04-01' }), note: 'klaar' }, day);
    }
    registerComplaint(db, { debtorId: debtor, description: 'Prijs klopt niet', invoiceIds: [inv123] }, '2026-02-10');
    const all = timeline(db, debtor, 0, 500);
    expect(all.nextOffset).toBeNull();
    const key = (i: { kind: string; id: number }) => `${i.kind}:${i.id}`;
    expect(new Set(all.items.map(key)).size).toBe(all.items.length);
    expect(all.items.length).toBe(21 + 21 + 11 + 7 + 5 + 1); // calls, call-backs, promises, payments, tasks done, the complaint
    // Newest day first; within a day the call comes last.
    for (let i = 1; i < all.items.length; i++) expect(all.items[i]!.date <= all.items[i - 1]!.date).toBe(true);
    for (const day of new Set(all.items.map((i) => i.date))) expect(all.items.filter((i) => i.date === day).at(-1)?.kind).toBe('call');
    for (const size of [1, 4, 50]) {
      const seen: string[] = [];
      for (let offset: number | null = 0; offset !== null; ) {
        const page = timeline(db, debtor, offset, size);
        expect(page.items.length).toBeLessThanOrEqual(size);
        seen.push(...page.items.map(key));
        offset = page.nextOffset;
      }
      expect(seen, `pages of ${size}`).toEqual(all.items.map(key));
    }
    expect(timeline(db, debtor, 0, all.items.length).nextOffset).toBeNull();
    expect(timeline(db, debtor, 0, all.items.length - 1).nextOffset).toBe(all.items.length - 1);
    expect(timeline(db, debtor, all.items.length, 10)).toEqual({ items: [], nextOffset: null });
    close();
  });

  it('refuses an unknown debtor', async () => {
    const t = handlerTest('2026-03-10', { demo: false });
    await t.refused('timeline:get', { debtorId: 999 }, /Debiteur 999 bestaat niet/);
    t.close();
  });
});
