// The collector's day through the channels, on a real ledger: what the worklist asks on each day, how a
// step done (a letter issued, a call made, a delivery stop set) leaves it and is not asked again, how
// complaints and plans pause an invoice and it resumes where it was, snoozing, the dunning settings, and
// the tasks and promises that leave once what they asked for is done.
import { insertDebtor, insertInvoice, textTitle } from '../db/test-fixtures';
import { catalogue } from '../i18n/catalogue';
import type { CallOutcome } from '../domain/call-outcome';
import type { WorklistLine } from '../ipc/channels/worklist';
import { handlerTest } from './test-context';
import { createPromise } from './promises';
import { createTask } from './tasks';
import { DEFAULT_DUNNING_SETTINGS } from '../domain/dunning/settings';

const DUE = '2026-03-02'; // a Monday

/** A line as the collector reads it: its key and its first reason in Dutch. */
const read = (l: WorklistLine) => `${l.key} ${catalogue.format(l.reasons[0]!.message, 'nl')}`;

function setup(options: { kind?: 'business' | 'consumer' } = {}) {
  const t = handlerTest(DUE, { demo: false });
  const debtorId = insertDebtor(t.db, { name: 'Leeflang & Zn', kind: options.kind ?? 'business' });
  const invoiceId = insertInvoice(t.db, debtorId, { number: '123', invoiceDate: '2026-02-16', dueDate: DUE, lines: [100_000] });
  /** The worklist lines of `date` at a time of day in UTC (09:00 in Amsterdam by default), as keys and reasons. */
  const linesOn = async (date: string, utc = '08:00') => {
    t.setNow(`${date}T${utc}:00Z`);
    const page = await t.ok('worklist:list', {});
    return page.lines.map(read);
  };
  const keysOn = async (date: string) => (await linesOn(date)).map((l) => l.split(' ')[0]);
  const call = (day: string, extra: Partial<CallOutcome> = {}): CallOutcome => ({
    debtorId,
    kind: 'collection',
    machineVersion: 1,
    collector: 'Sanne de Vries',
    tone: 'zakelijk',
    startedAt: `${day}T09:40:00.000Z`,
    endedAt: `${day}T09:45:00.000Z`,
    result: 'no_agreement',
    summary: [],
    notes: '',
    excuses: [],
    path: [{ step: 'greeting', at: `${day}T09:40:05.000Z`, note: '' }],
    tasks: [],
    complaints: [],
    ...extra,
  });
  return { ...t, debtorId, invoiceId, linesOn, keysOn, call };
}

describe('the schedule per invoice in the ledger', () => {
  it('asks each step on its day and, once done, not again: the letter issued, the call made', async () => {
    const { ok, keysOn, setNow, call, rows, invoiceId, close } = setup();
    expect(await keysOn('2026-03-02')).toEqual([]); // on the due date nothing is late yet
    expect(await keysOn('2026-03-03')).toEqual(['letter:1']);
    await ok('letters:issue', { debtorId: 1, type: 'reminder1' });
    expect(await keysOn('2026-03-03')).toEqual([]);
    expect(rows('SELECT invoice_id, action, done_on FROM invoice_steps')).toEqual([{ invoice_id: invoiceId, action: 'reminder1', done_on: '2026-03-03' }]);
    expect(await keysOn('2026-03-05')).toEqual([]);
    expect(await keysOn('2026-03-06')).toEqual(['call:1']); // day 4: the first call
    setNow('2026-03-06');
    await ok('calls:save', call('2026-03-06'));
    expect(await keysOn('2026-03-06')).toEqual([]);
    expect(await keysOn('2026-03-11')).toEqual([]);
    expect(await keysOn('2026-03-12')).toEqual(['letter:1']); // day 10: the aanmaning
    close();
  });

  it('keeps a call that reached nobody as an attempt: off today’s list, back on the next working day', async () => {
    const { ok, keysOn, setNow, call, rows, close } = setup();
    setNow('2026-03-03');
    await ok('letters:issue', { debtorId: 1, type: 'reminder1' });
    setNow('2026-03-06');
    await ok('calls:save', call('2026-03-06', { result: 'no_answer' }));
    expect(rows("SELECT action, reached FROM invoice_steps WHERE action = 'call'")).toEqual([{ action: 'call', reached: 0 }]);
    expect(await keysOn('2026-03-06')).toEqual([]);
    expect(await keysOn('2026-03-09')).toEqual(['call:1']); // Monday: the weekend is no working day
    close();
  });

  it('skips a step passed over on purpose, but never the ingebrekestelling', async () => {
    const { ok, keysOn, refused, invoiceId, close } = setup();
    expect(await keysOn('2026-03-03')).toEqual(['letter:1']);
    await ok('worklist:skipStep', { debtorId: 1, action: 'reminder1', invoiceIds: [invoiceId] });
    expect(await keysOn('2026-03-03')).toEqual([]);
    await refused('worklist:skipStep', { debtorId: 1, action: 'reminder3', invoiceIds: [invoiceId] }, /ingebrekestelling kan niet worden overgeslagen/);
    close();
  });
});

describe('pauses', () => {
  it('pauses an invoice under an open complaint, says why, and resumes where it was when the complaint is resolved', async () => {
    const { ok, keysOn, setNow, invoiceId, close } = setup();
    setNow('2026-03-03');
    await ok('letters:issue', { debtorId: 1, type: 'reminder1' });
    setNow('2026-03-05'); // day 3 of the schedule
    const complaint = await ok('complaints:register', { debtorId: 1, description: 'Prijs klopt niet', invoiceIds: [invoiceId] });
    setNow('2026-03-12');
    const page = await ok('worklist:list', {});
    expect(page.lines).toEqual([]);
    expect(page.paused.map((p) => [p.debtorName, catalogue.format(p.reasons[0]!, 'nl')])).toEqual([['Leeflang & Zn', expect.stringMatching(/^Gepauzeerd: klacht sinds 5 maart 2026/)]]);
    setNow('2026-03-16');
    await ok('complaints:resolve', { complaintId: complaint.id, resolution: 'Prijs uitgelegd', handler: 'Sanne' });
    // Three schedule days ran before the complaint: the call of day 4 comes the second day after it …
    expect(await keysOn('2026-03-16')).toEqual([]);
    expect(await keysOn('2026-03-17')).toEqual(['call:1']);
    // … and the aanmaning of day 10 seven days later, not on its old date.
    expect(await keysOn('2026-03-20')).not.toContain('letter:1');
    expect(await keysOn('2026-03-23')).toContain('letter:1');
    close();
  });

  it('holds the claim while a plan is agreed, pauses it while the plan runs, and asks for a late term', async () => {
    const { ok, linesOn, setNow, call, invoiceId, close } = setup();
    setNow('2026-03-03');
    await ok('letters:issue', { debtorId: 1, type: 'reminder1' });
    setNow('2026-03-06');
    await ok('calls:save', call('2026-03-06', {
      result: 'agreement',
      excuses: ['cannot_pay'],
      plan: { invoiceIds: [invoiceId], totalCents: 100_000, installments: [{ dueDate: '2026-03-20', amountCents: 50_000 }, { dueDate: '2026-04-20', amountCents: 50_000 }] },
    }));
    const planId = (await ok('plans:list', { debtorId: 1 }))[0]!.id;
    setNow('2026-03-12');
    let page = await ok('worklist:list', {});
    expect(page.lines).toEqual([]);
    expect(catalogue.format(page.paused[0]!.reasons[0]!, 'nl')).toMatch(/betalingsregeling/i);
    await ok('plans:markSent', { planId });
    await ok('plans:markSigned', { planId });
    await ok('plans:activate', { planId });
    page = await ok('worklist:list', {});
    expect(page.lines).toEqual([]);
    expect(catalogue.format(page.paused[0]!.reasons[0]!, 'nl')).toMatch(/^Gepauzeerd: betalingsregeling/);
    // The first term is not paid on 20 March: from the 23rd the collector calls about it.
    expect(await linesOn('2026-03-23')).toEqual([expect.stringMatching(/^call:1 Termijn 1 van de betalingsregeling/)]);
    close();
  });
});

describe('the delivery stop', () => {
  it('is set from the worklist on day 11, shown on the debtor, not asked again, and lifted when everything is paid', async () => {
    const { ok, keysOn, setNow, invoiceId, row, close } = setup();
    setNow('2026-03-03');
    await ok('letters:issue', { debtorId: 1, type: 'reminder1' });
    setNow('2026-03-12');
    await ok('letters:issue', { debtorId: 1, type: 'reminder2' });
    expect(await keysOn('2026-03-13')).toContain('delivery_stop:1');
    await ok('worklist:recordStep', { debtorId: 1, action: 'delivery_stop', invoiceIds: [invoiceId] });
    expect((await ok('debtors:get', { id: 1 })).debtor.deliveryStop).toBe(true);
    expect(await keysOn('2026-03-13')).not.toContain('delivery_stop:1');
    expect(await keysOn('2026-03-20')).not.toContain('delivery_stop:1');
    setNow('2026-03-16');
    await ok('payments:record', { debtorId: 1, receivedOn: '2026-03-16', amountCents: 100_000 });
    expect((await ok('debtors:get', { id: 1 })).debtor.deliveryStop).toBe(false);
    expect(row('SELECT delivery_stop_on FROM debtors WHERE id = 1')).toEqual({ delivery_stop_on: null });
    const timeline = (await ok('timeline:get', { debtorId: 1 })).items;
    const stop = timeline.find((i) => i.kind === 'step')!;
    expect(catalogue.format(stop.text, 'nl')).toBe('Leveringsstop ingesteld — factuur 123; opgeheven op 16 maart 2026: alles betaald');
    close();
  });
});

describe('snoozing a line', () => {
  it('puts the line aside with a reason until a day, listed apart, and back on that day', async () => {
    const { ok, keysOn, setNow, close } = setup();
    setNow('2026-03-03');
    await ok('worklist:snooze', { debtorId: 1, key: 'letter:1', until: '2026-03-05', reason: 'Klant belt zelf terug na overleg' });
    const page = await ok('worklist:list', {});
    expect(page.lines).toEqual([]);
    expect(page.snoozed.map((s) => [s.line.key, s.until, s.reason])).toEqual([['letter:1', '2026-03-05', 'Klant belt zelf terug na overleg']]);
    expect(await keysOn('2026-03-04')).toEqual([]);
    expect(await keysOn('2026-03-05')).toEqual(['letter:1']);
    close();
  });

  it('refuses a snooze without a reason or not after today, saying so, and changes nothing', async () => {
    const { refused, setNow, close } = setup();
    setNow('2026-03-03');
    const past = await refused('worklist:snooze', { debtorId: 1, key: 'letter:1', until: '2026-03-03', reason: 'later' }, /na vandaag/);
    expect(past.issues?.map((i) => i.path)).toEqual(['until']);
    const blank = await refused('worklist:snooze', { debtorId: 1, key: 'letter:1', until: '2026-03-05', reason: '  ' }, /./);
    expect(blank.issues?.map((i) => [i.path, i.message.key])).toEqual([['reason', 'validation.worklist.snooze_reason']]);
    await refused('worklist:snooze', { debtorId: 1, key: 'letter:2', until: '2026-03-05', reason: 'later' }, /./);
    close();
  });
});

describe('the dunning settings', () => {
  it('start from seed 000 and a moved step moves the worklist', async () => {
    const { ok, keysOn, setNow, close } = setup();
    const settings = await ok('dunning:settings', {});
    expect(settings).toEqual(DEFAULT_DUNNING_SETTINGS);
    setNow('2026-03-03');
    await ok('letters:issue', { debtorId: 1, type: 'reminder1' });
    const business = settings.schedules.business.map((s) => (s.action === 'call' && s.day === 4 ? { ...s, day: 8 } : s));
    await ok('dunning:saveSettings', { ...settings, schedules: { ...settings.schedules, business } });
    expect(await keysOn('2026-03-06')).toEqual([]);
    expect(await keysOn('2026-03-10')).toEqual(['call:1']);
    close();
  });

  it('refuses a schedule that breaks a rule, with the rule at the step, and a negative preventive amount', async () => {
    const { refused, close } = setup();
    const consumer = DEFAULT_DUNNING_SETTINGS.schedules.consumer.filter((s) => s.action !== 'consumer14');
    const error = await refused('dunning:saveSettings', { ...DEFAULT_DUNNING_SETTINGS, schedules: { ...DEFAULT_DUNNING_SETTINGS.schedules, consumer } }, /./);
    const handOver = consumer.findIndex((s) => s.action === 'hand_over');
    expect(error.issues).toContainEqual({ path: `schedules.consumer.${handOver}.action`, message: { key: 'validation.dunning.hand_over_without_fourteen_day_letter' } });
    const amount = await refused('dunning:saveSettings', { ...DEFAULT_DUNNING_SETTINGS, preventiveMinimumCents: -1 }, /./);
    expect(amount.issues?.map((i) => i.path)).toEqual(['preventiveMinimumCents']);
    close();
  });
});

describe('tasks and promises leave when what they ask is done', () => {
  it('a call that reached the debtor closes the call-back due, and the timeline says what closed it; one that reached nobody does not', async () => {
    const { ok, db, setNow, call, linesOn, close } = setup();
    createTask(db, { debtorId: 1, type: 'call_back', title: textTitle('Terugbellen'), dueDate: '2026-03-06', dueTime: '14:00' });
    setNow('2026-03-06');
    await ok('calls:save', call('2026-03-06', { result: 'no_answer' }));
    const calls = async () => (await linesOn('2026-03-06', '12:30')).filter  /* 13:30 in Amsterdam */((l) => l.startsWith('call:'));
    expect(await calls()).toEqual(['call:1 Terugbelafspraak om 14:00']);
    await ok('calls:save', call('2026-03-06', { result: 'no_agreement', startedAt: '2026-03-06T13:00:00.000Z', endedAt: '2026-03-06T13:04:00.000Z' }));
    expect(await calls()).toEqual([]);
    const task = (await ok('timeline:get', { debtorId: 1 })).items.find((i) => i.kind === 'task')!;
    expect(catalogue.format(task.text, 'nl')).toBe('Terugbellen — afgerond 6 maart 2026: gebeld op 6 maart 2026: geen afspraak');
    expect(catalogue.format(task.text, 'en')).toMatch(/ — done 6 March 2026: called on 6 March 2026: no agreement$/);
    close();
  });

  it('marks a call-back still open after its time as overdue (14:00 at 19:50), not before', async () => {
    const { db, ok, setNow, close } = setup();
    createTask(db, { debtorId: 1, type: 'call_back', title: textTitle('Terugbellen'), dueDate: '2026-03-02', dueTime: '14:00' });
    setNow('2026-03-02T12:00:00Z'); // 13:00 in Amsterdam
    let line = (await ok('worklist:list', {})).lines[0]!;
    expect([line.overdue, catalogue.format(line.reasons[0]!.message, 'nl')]).toEqual([false, 'Terugbelafspraak om 14:00']);
    setNow('2026-03-02T18:50:00Z'); // 19:50
    line = (await ok('worklist:list', {})).lines[0]!;
    expect(line.overdue).toBe(true);
    expect(catalogue.format(line.reasons[0]!.message, 'nl')).toMatch(/14:00/);
    expect(catalogue.format(line.reasons[0]!.message, 'nl')).not.toBe('Terugbelafspraak om 14:00');
    close();
  });

  it('a payment closes “verify payment”, and a broken promise leaves once the debtor has paid in full', async () => {
    const { db, ok, setNow, linesOn, rows, close } = setup();
    createTask(db, { debtorId: 1, type: 'verify_payment', title: textTitle('Betaling controleren'), dueDate: '2026-03-04' });
    createPromise(db, { debtorId: 1, madeOn: '2026-03-03', promisedDate: '2026-03-04', amountCents: 100_000 });
    expect((await linesOn('2026-03-06')).filter((l) => l.startsWith('call:1'))).toEqual([expect.stringMatching(/Betaalbelofte .* niet nagekomen/)]);
    setNow('2026-03-09');
    await ok('payments:record', { debtorId: 1, receivedOn: '2026-03-09', amountCents: 40_000 });
    expect(rows("SELECT type, status FROM tasks WHERE type = 'verify_payment'")).toEqual([{ type: 'verify_payment', status: 'done' }]);
    expect((await linesOn('2026-03-09')).some((l) => /niet nagekomen/.test(l))).toBe(true); // paid in part: still a broken promise
    await ok('payments:record', { debtorId: 1, receivedOn: '2026-03-09', amountCents: 60_000 });
    expect(await linesOn('2026-03-09')).toEqual([]);
    const closed = (await ok('timeline:get', { debtorId: 1 })).items.filter((i) => i.kind === 'task').map((i) => catalogue.format(i.text, 'nl'));
    expect(closed).toContainEqual(expect.stringMatching(/betaling van € 400,00 ontvangen op 9 maart 2026$/));
    expect(closed).toContainEqual(expect.stringMatching(/alles betaald \(laatste betaling 9 maart 2026\)$/));
    close();
  });
});

describe('the call outcome code', () => {
  it('is stored with each call and shown on the timeline', async () => {
    const { ok, setNow, call, row, close } = setup();
    setNow('2026-03-06');
    await ok('calls:save', call('2026-03-06', { result: 'agreement', excuses: ['will_pay'], promise: { date: '2026-03-10', amountCents: 100_000 } }));
    expect(row('SELECT outcome_code FROM calls')).toEqual({ outcome_code: 'promise' });
    const item = (await ok('timeline:get', { debtorId: 1 })).items.find((i) => i.kind === 'call')!;
    expect(item.kind === 'call' && item.call.outcomeCode).toBe('promise');
    close();
  });
});

describe('Vandaag in two requests', () => {
  it('gives the lines apart from what is put aside or paused, together the same as one answer: today stored, another day live', async () => {
    const t = handlerTest('2026-11-23');
    const [first, ...rest] = (await t.ok('worklist:list', {})).lines;
    await t.ok('worklist:snooze', { debtorId: first!.debtorId, key: first!.key, until: '2026-12-31', reason: 'Klant belt zelf terug' });
    // Two debtors paused by a complaint on all their invoices: two paused, to page one at a time.
    const disputed = [...new Map(rest.filter((l) => l.debtorId !== first!.debtorId).map((l) => [l.debtorId, l.debtorId])).keys()].slice(0, 2);
    for (const debtorId of disputed) {
      const { openInvoices } = await t.ok('debtors:get', { id: debtorId });
      await t.ok('complaints:register', { debtorId, description: 'Levering onvolledig', invoiceIds: openInvoices.map((i) => i.id) });
    }
    for (const date of [undefined, '2026-11-24']) {
      const all = await t.ok('worklist:list', { date });
      expect(all.lines.length).toBeGreaterThan(0);
      expect(all.paused.length).toBeGreaterThan(1);
      expect(all.snoozed.length).toBe(1);
      expect(await t.ok('worklist:list', { date, part: 'lines' })).toEqual({ ...all, snoozed: [], paused: [] });
      expect(await t.ok('worklist:list', { date, part: 'aside' })).toEqual({ ...all, lines: [] });
      expect([all.snoozedTotal, all.pausedTotal]).toEqual([all.snoozed.length, all.paused.length]);
      // Paged one at a time, what is put aside and paused comes in the same order, each once.
      const pages = [];
      for (let offset = 0; offset < Math.max(all.snoozedTotal, all.pausedTotal); offset++)
        pages.push(await t.ok('worklist:list', { date, part: 'aside', offset, limit: 1 }));
      expect(pages.flatMap((p) => p.snoozed)).toEqual(all.snoozed);
      expect(pages.flatMap((p) => p.paused)).toEqual(all.paused);
      expect(pages.every((p) => p.snoozed.length <= 1 && p.paused.length <= 1 && p.lines.length === 0 && p.pausedTotal === all.pausedTotal)).toBe(true);
    }
    t.close();
  });
});
