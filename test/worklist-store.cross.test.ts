// Today's worklist is read from the stored evaluation (handlers/worklist-store.ts) and must be the list the rules
// give when every debtor is evaluated at once (worklistOn). On a generated ledger (the bench's generator,
// 300 debtors) a day of changes goes through the channels — a payment, a letter, a call with a promise
// and a call-back at a time, a complaint, a plan signed, a line put aside, the weights changed — and after
// each the list paged through Vandaag's channel equals the live one, line for line, with the lines put
// aside and the paused debtors; the letter batch agrees with the live standings. A change to one debtor
// makes only that debtor's lines again; the lines evaluated at each request (a call-back at a time) are
// kept while nothing they depend on changed, and made anew when it did, here or in another process.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSyntheticLedger } from '../scripts/bench/synthetic-ledger';
import { openDatabase } from '../db/client';
import type { HandlerContext } from '../handlers/context';
import { dispatch } from '../handlers/dispatch';
import { worklistOn } from '../handlers/worklist';
import { storedWorklistPage } from '../handlers/worklist-store';
import { inWriteTransaction } from '../handlers/transaction';
import { letterStandings } from '../handlers/worklist-input';
import { nextLetter } from '../domain/dunning/letter-fit';
import type { ChannelInput, ChannelName, ChannelOutput } from '../ipc/contract';
import type { CallOutcome } from '../domain/call-outcome';

const TODAY = '2026-11-16';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'belwijzer-worklist-store-'));
const ledger = buildSyntheticLedger(path.join(dir, 'ledger.sqlite'), 300, TODAY);
const { db, sqlite } = ledger.opened;
let clock = new Date(`${TODAY}T09:00:00Z`); // 10:00 in Amsterdam
const ctx: HandlerContext = { db, now: () => clock, dataFile: ledger.opened.file, transport: 'preview', version: 'test', demoLedgerCreated: false };
afterAll(() => {
  ledger.opened.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function ok<C extends ChannelName>(name: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const r = await dispatch(ctx, name, input);
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
  return r.data as ChannelOutput<C>;
}

/** Vandaag's list as the collector scrolls it: page after page of 37 lines, and what each page says aside. */
async function pagedList() {
  const first = await ok('worklist:list', { limit: 37 });
  const lines = [...first.lines];
  while (lines.length < first.total) lines.push(...(await ok('worklist:list', { offset: lines.length, limit: 37 })).lines);
  return { now: first.now, lines, snoozed: first.snoozed, paused: first.paused };
}

/** The same list with every debtor evaluated at once, as the rules give it. */
function liveList(now: string) {
  const list = worklistOn(db, TODAY, now);
  return { now, lines: list.lines, snoozed: list.snoozed.map(({ line, snooze }) => ({ line, until: snooze.until, reason: snooze.reason })), paused: list.paused };
}

async function expectStoredEqualsLive() {
  const paged = await pagedList();
  expect(JSON.parse(JSON.stringify(paged))).toEqual(JSON.parse(JSON.stringify(liveList(paged.now))));
  const live = letterStandings(db, TODAY);
  const batch = await ok('letters:batchCandidates', {});
  for (const c of batch) expect({ id: c.id, type: c.type, amountCents: c.amountCents }).toEqual({ id: c.id, ...pick(nextLetter(live.get(c.id)!)) });
  return paged;
}
const pick = (next: { type: string; amountCents: number } | null) => ({ type: next?.type, amountCents: next?.amountCents });

const storedRows = () => sqlite.prepare('SELECT id, debtor_id AS debtorId FROM worklist_lines ORDER BY id').all() as { id: number; debtorId: number }[];

function callOutcome(debtorId: number, extra: Partial<CallOutcome>): CallOutcome {
  return {
    debtorId,
    kind: 'collection',
    machineVersion: 1,
    collector: 'Test',
    tone: 'zakelijk',
    startedAt: `${TODAY}T08:30:00.000Z`,
    endedAt: `${TODAY}T08:34:00.000Z`,
    result: 'agreement',
    summary: [{ key: 'task.legacy.other', params: { text: 'Belt terug' } }],
    notes: '',
    excuses: ['will_pay'],
    path: ['greeting', 'purpose', 'willPay', 'anythingElse'].map((step, s) => ({ step, at: `${TODAY}T08:3${s}:00.000Z`, note: '' })),
    tasks: [],
    complaints: [],
    ...extra,
  };
}

describe("today's worklist from the stored evaluation", () => {
  it('is the live list after the day starts, and after each change of a day', async () => {
    await expectStoredEqualsLive();
    const { lines } = await pagedList();
    const debtorOf = (action: string, skip = 0) => lines.filter((l) => l.action === action)[skip]!.debtorId;

    // A payment of everything one debtor owes on its oldest open invoice.
    const payer = debtorOf('call');
    const open = sqlite.prepare('SELECT id, open_cents FROM invoices WHERE debtor_id = ? AND open_cents > 0 ORDER BY due_date LIMIT 1').get(payer) as { id: number; open_cents: number };
    await ok('payments:record', { debtorId: payer, receivedOn: TODAY, amountCents: open.open_cents, description: 'bank', invoiceIds: [open.id] });
    await expectStoredEqualsLive();

    // The letter the batch offers its first debtor.
    const [candidate] = await ok('letters:batchCandidates', {});
    await ok('letters:issue', { debtorId: candidate!.id, type: candidate!.type });
    await expectStoredEqualsLive();

    // A call with a promise and a call-back at 10:30 today: its priority moves with the clock.
    const caller = debtorOf('call', 3);
    await ok('calls:save', callOutcome(caller, {
      promise: { date: '2026-11-23', amountCents: 12345 },
      tasks: [{ type: 'call_back', title: { key: 'task.legacy.other', params: { text: 'Terugbellen' } }, dueDate: TODAY, dueTime: '10:30' }],
    }));
    const before = await expectStoredEqualsLive();
    clock = new Date(`${TODAY}T09:40:00Z`); // 10:40: the call-back is late
    const after = await expectStoredEqualsLive();
    const callBack = (list: typeof before) => list.lines.find((l) => l.debtorId === caller && l.action === 'call')!;
    expect([callBack(before).overdue, callBack(after).overdue]).toEqual([false, true]);
    // In the same minute another process on the file (the CLI, a second window) moves the call-back to
    // 11:00: the next request shows it on time, not what was evaluated for this minute before.
    const other = openDatabase(ledger.opened.file);
    other.sqlite.prepare("UPDATE tasks SET due_time = '11:00' WHERE debtor_id = ? AND type = 'call_back' AND due_date = ? AND due_time = '10:30'").run(caller, TODAY);
    other.close();
    const moved = await expectStoredEqualsLive();
    expect(callBack(moved)).toMatchObject({ at: '11:00', overdue: false });
    // Still in that minute, the call-back is done here: its line leaves the list at once.
    const callBackTask = sqlite.prepare("SELECT id FROM tasks WHERE debtor_id = ? AND type = 'call_back' AND status = 'open' AND due_time = '11:00'").pluck().get(caller) as number;
    await ok('tasks:complete', { taskId: callBackTask });
    const done = await expectStoredEqualsLive();
    expect(done.lines.filter((l) => l.debtorId === caller && l.at === '11:00')).toEqual([]);

    // A complaint about one invoice of a debtor with a letter due.
    const complainer = debtorOf('letter', 2);
    const invoice = sqlite.prepare('SELECT id FROM invoices WHERE debtor_id = ? AND open_cents > 0 ORDER BY due_date LIMIT 1').pluck().get(complainer) as number;
    await ok('complaints:register', { debtorId: complainer, description: 'Verkeerd geleverd', invoiceIds: [invoice] });
    await expectStoredEqualsLive();

    // A plan that was sent, signed today.
    const plan = sqlite.prepare("SELECT id FROM payment_plans WHERE status IN ('proposed', 'sent') ORDER BY id LIMIT 1").pluck().get() as number | undefined;
    if (plan !== undefined) {
      await ok('plans:markSigned', { planId: plan, signedOn: TODAY });
      await expectStoredEqualsLive();
    }

    // A line put aside until next week, and the weights changed in Settings.
    const aside = lines.find((l) => l.action === 'letter' && l.debtorId !== complainer)!;
    await ok('worklist:snooze', { debtorId: aside.debtorId, key: aside.key, until: '2026-11-23', reason: 'Met vakantie' });
    const settings = await ok('dunning:settings', {});
    await ok('dunning:saveSettings', { ...settings, weights: { ...settings.weights, perDayOverdue: 5 } });
    const last = await expectStoredEqualsLive();
    expect(last.snoozed.map((s) => s.line.key)).toContain(aside.key);
  });

  it('makes the lines of the debtor that changed again within the change itself, and only those', async () => {
    await pagedList();
    const rows = storedRows();
    const { lines } = await pagedList();
    const debtorId = lines.find((l) => l.action === 'call' && !l.at)!.debtorId;
    const open = sqlite.prepare('SELECT open_cents FROM invoices WHERE debtor_id = ? AND open_cents > 0 ORDER BY due_date LIMIT 1').pluck().get(debtorId) as number;
    await ok('payments:record', { debtorId, receivedOn: TODAY, amountCents: Math.max(1, Math.floor(open / 2)), description: 'bank' });
    // Before Vandaag is read again: the payment's transaction made the debtor's lines again, nothing is left stale.
    expect(sqlite.prepare('SELECT COUNT(*) FROM worklist_stale').pluck().get()).toBe(0);
    const now = storedRows();
    // Every other debtor's rows are the same rows (same ids); the changed debtor's were made anew.
    expect(now.filter((r) => r.debtorId !== debtorId)).toEqual(rows.filter((r) => r.debtorId !== debtorId));
    const remade = now.filter((r) => r.debtorId === debtorId);
    expect(remade.length).toBeGreaterThan(0);
    expect(Math.min(...remade.map((r) => r.id))).toBeGreaterThan(Math.max(...rows.map((r) => r.id)));
    await expectStoredEqualsLive();
  });

  it('makes a debtor changed outside a change of its own (another process, a raw write) again when the list is read', async () => {
    const { lines } = await pagedList();
    const debtorId = lines.find((l) => l.action === 'call' && !l.at && l.amountCents > 2)!.debtorId;
    const rows = storedRows();
    // Written past dispatch, as another version of the app or a repair might: the triggers mark it, nothing makes it again.
    sqlite.prepare('UPDATE invoices SET open_cents = open_cents - 1 WHERE id = (SELECT id FROM invoices WHERE debtor_id = ? AND open_cents > 1 ORDER BY due_date LIMIT 1)').run(debtorId);
    expect(sqlite.prepare('SELECT debtor_id FROM worklist_stale').pluck().all()).toEqual([debtorId]);
    await expectStoredEqualsLive();
    expect(sqlite.prepare('SELECT COUNT(*) FROM worklist_stale').pluck().get()).toBe(0);
    expect(storedRows().filter((r) => r.debtorId !== debtorId)).toEqual(rows.filter((r) => r.debtorId !== debtorId));
  });

  it('reads, inside a change, what the change wrote so far', async () => {
    const { lines, now } = await pagedList();
    const debtorId = lines.find((l) => l.action === 'call' && !l.at)!.debtorId;
    const invoice = sqlite.prepare('SELECT id, open_cents AS openCents FROM invoices WHERE debtor_id = ? AND open_cents > 2 ORDER BY due_date LIMIT 1').get(debtorId) as { id: number; openCents: number };
    const setOpen = sqlite.prepare('UPDATE invoices SET open_cents = ? WHERE id = ?');
    const debtorLines = (tx: typeof db) => ({
      stored: storedWorklistPage(tx, TODAY, now, 0, -1, 'lines')!.lines.filter((l) => l.debtorId === debtorId),
      live: worklistOn(tx, TODAY, now).lines.filter((l) => l.debtorId === debtorId),
    });
    // Two writes to the same debtor in one transaction, each read after it; then the change is undone.
    const reads: ReturnType<typeof debtorLines>[] = [];
    expect(() =>
      inWriteTransaction(db, (tx) => {
        for (const openCents of [invoice.openCents - 1, 2]) {
          setOpen.run(openCents, invoice.id);
          reads.push(debtorLines(tx));
        }
        throw new Error('undone');
      }),
    ).toThrow('undone');
    for (const read of reads) expect(JSON.parse(JSON.stringify(read.stored))).toEqual(JSON.parse(JSON.stringify(read.live)));
    expect(reads[0]!.stored.map((l) => l.amountCents)).not.toEqual(reads[1]!.stored.map((l) => l.amountCents));
    // Undone: the list is the one before the change again.
    expect((await pagedList()).lines).toEqual(lines);
  });
});
