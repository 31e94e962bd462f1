// The worklist read from the ledger (db/worklist.repo.ts: one statement) against the domain's rules fed
// from a plain model of the same ledger. A generated office works four weeks through the app's channels —
// letters issued, calls made (reached or not, with promises, complaints and plans), complaints resolved,
// plans signed, payments, delivery stops and hand-overs, snoozes — acting on what the worklist shows. Each
// day the worklist must equal buildWorklist on the facts the model kept: the letters and calls as they
// were made, the complaints as registered, promises, plans, call-backs and open amounts as the ledger's
// own channels list them.
import { addDays, weekday, type IsoDate } from '../domain/dates';
import { plannableInvoices } from '../domain/plan-coverage';
import { buildWorklist, type WorklistInput } from '../domain/dunning/worklist';
import { rollUpDebtor } from '../domain/dunning/debtor-rollup';
import type { Interruption, StepRecord } from '../domain/dunning/invoice-stage';
import { isOfficeDay } from '../domain/calendar/office-days';
import type { CallOutcome } from '../domain/call-outcome';
import type { DunningAction } from '../domain/dunning/schedule';
import { insertDebtor, insertInvoice, openTasksDue } from '../db/test-fixtures';
import { handlerTest } from './test-context';
import { getDunningSettings } from '../db/settings.repo';
import { invoiceBalances } from '../db/invoice-balances';
import { promisesOf } from '../db/promises.repo';
import { plansOf } from '../db/plans.repo';
import { paymentsOf } from '../db/payments.repo';
import { findDebtor } from '../db/debtors.repo';
import { dispatch } from './dispatch';

const START = '2026-03-02';
const DAYS = 28;

/** mulberry32: the same seed gives the same office. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { chance: (p: number) => next() < p, int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]! };
}

interface Model {
  kinds: Map<number, 'business' | 'consumer'>;
  names: Map<number, string>;
  records: Map<number, StepRecord[]>; // per invoice
  complaints: { invoiceIds: number[]; from: IsoDate; until: IsoDate | null; id: number }[];
  preventiveCalls: { debtorId: number; on: IsoDate }[];
  snoozes: { key: string; until: IsoDate; reason: string }[];
}

function office(seed: number) {
  const t = handlerTest(START, { demo: false });
  const r = random(seed);
  const model: Model = { kinds: new Map(), names: new Map(), records: new Map(), complaints: [], preventiveCalls: [], snoozes: [] };
  for (let d = 0; d < 12; d++) {
    const kind = r.chance(0.3) ? 'consumer' : 'business';
    const name = `Debiteur ${String(d + 1).padStart(2, '0')}`;
    const id = insertDebtor(t.db, { name, kind });
    model.kinds.set(id, kind);
    model.names.set(id, name);
    for (let i = r.int(1, 3); i > 0; i--) {
      const due = addDays(START, r.int(-40, 25));
      insertInvoice(t.db, id, { invoiceDate: addDays(due, -14), dueDate: due, lines: [r.int(5_000, 400_000)] });
    }
  }
  return { ...t, r, model };
}

/** The worklist's input as the model knows the ledger on `day` (the table-level repositories read per debtor). */
function modelInput(t: ReturnType<typeof office>, day: IsoDate, now: string): WorklistInput {
  const { db, model } = t;
  const settings = getDunningSettings(db);
  const open = openTasksDue(db);
  const input: WorklistInput = {
    today: day, now, isWorkingDay: (d) => isOfficeDay(d),
    settings: { weights: settings.weights, preventiveMinimumCents: settings.preventiveMinimumCents },
    debtors: [], callBacks: [], promises: [], lateInstallments: [], preventive: [], snoozes: model.snoozes.filter((s) => s.until > day),
  };
  for (const [debtorId, kind] of model.kinds) {
    const balances = invoiceBalances(db, debtorId);
    const promises = promisesOf(db, debtorId);
    const plans = plansOf(db, debtorId);
    const payments = paymentsOf(db, debtorId);
    const owes = balances.some((i) => i.openCents > 0);
    const received = (from: IsoDate) => payments.filter((p) => p.receivedOn >= from && p.receivedOn <= day).reduce((s, p) => s + p.amountCents, 0);
    let broken = 0;
    for (const p of promises) {
      const got = Math.min(received(p.madeOn), p.amountCents);
      const followUp = open.some((x) => x.promiseId === p.id && x.type === 'call_back');
      if (p.status === 'pending' && p.promisedDate <= day) input.promises = [...input.promises, { promiseId: p.id, debtorId, promisedDate: p.promisedDate, amountCents: p.amountCents, receivedCents: got, status: 'pending' }];
      if (p.status === 'broken' && got < p.amountCents && owes && followUp) {
        broken++;
        input.promises = [...input.promises, { promiseId: p.id, debtorId, promisedDate: p.promisedDate, amountCents: p.amountCents, receivedCents: got, status: 'broken' }];
      }
    }
    for (const task of open)
      if (task.debtor.id === debtorId && task.type === 'call_back' && !promises.some((p) => p.id === task.promiseId && p.status === 'broken'))
        input.callBacks = [...input.callBacks, { taskId: task.id, debtorId, dueDate: task.dueDate, dueTime: task.dueTime }];
    for (const plan of plans)
      if (plan.status === 'active')
        for (const i of plan.installments)
          if (i.dueDate < day && i.paidCents < i.amountCents)
            input.lateInstallments = [...input.lateInstallments, { planId: plan.id, installmentId: i.id, debtorId, seq: i.seq, dueDate: i.dueDate, amountCents: i.amountCents, paidCents: i.paidCents }];
    const promiseSpans: Interruption[] = promises.map((p) => ({ kind: 'promise', from: p.madeOn, until: p.status === 'pending' ? null : p.settledOn }));
    const invoices = balances.filter((i) => i.openCents > 0 && i.dueDate < day).map((i) => {
      const planSpans = plans.filter((p) => p.invoiceIds.includes(i.id)).flatMap((p): Interruption[] => {
        const signed = p.signedOn ?? p.agreedOn;
        const spans: Interruption[] = [{ kind: 'plan_proposed', from: p.agreedOn, until: p.status === 'proposed' || p.status === 'sent' ? null : signed }];
        if (p.status === 'active' || p.status === 'completed' || p.status === 'defaulted')
          spans.push({ kind: 'plan', from: signed, until: p.status === 'completed' ? p.completedOn : p.status === 'defaulted' ? p.defaultedOn : null, defaulted: p.status === 'defaulted' });
        return spans;
      });
      const complaintSpans = model.complaints.filter((c) => c.invoiceIds.includes(i.id)).map((c): Interruption => ({ kind: 'complaint', from: c.from, until: c.until }));
      return { id: i.id, dueDate: i.dueDate, openCents: i.openCents, records: (model.records.get(i.id) ?? []).filter((x) => x.on <= day), interruptions: [...complaintSpans, ...planSpans, ...promiseSpans] };
    });
    for (const i of balances)
      if (i.openCents > 0 && i.dueDate > day && i.dueDate <= addDays(day, 15)) {
        const calledOn = model.preventiveCalls.filter((c) => c.debtorId === debtorId && c.on >= i.invoiceDate).map((c) => c.on).sort().at(-1) ?? null;
        input.preventive = [...input.preventive, { debtorId, invoiceId: i.id, dueDate: i.dueDate, openCents: i.openCents, calledOn }];
      }
    let dunning = invoices.length ? rollUpDebtor({ debtorId, kind, invoices }, { today: day, schedules: settings.schedules, isWorkingDay: input.isWorkingDay }) : null;
    if (dunning && findDebtor(db, debtorId)!.deliveryStop) dunning = { ...dunning, actions: dunning.actions.filter((a) => a.action !== 'delivery_stop') };
    const listed = owes || open.some((x) => x.debtor.id === debtorId && x.type === 'call_back');
    if (listed) input.debtors = [...input.debtors, { id: debtorId, name: model.names.get(debtorId)!, brokenPromises: broken, dunning }];
  }
  return input;
}

const note = (model: Model, invoiceId: number, record: StepRecord) => model.records.set(invoiceId, [...(model.records.get(invoiceId) ?? []), record]);

/** One working day: the collector takes up some of the lines, as a real one would. */
async function work(t: ReturnType<typeof office>, day: IsoDate) {
  const { ok, r, model, ctx } = t;
  const page = await ok('worklist:list', {});
  for (const line of page.lines) {
    if (!r.chance(0.6)) {
      if (r.chance(0.1)) {
        const until = addDays(day, r.int(1, 5));
        await ok('worklist:snooze', { debtorId: line.debtorId, key: line.key, until, reason: 'Later' });
        model.snoozes = [...model.snoozes.filter((s) => s.key !== line.key), { key: line.key, until, reason: 'Later' }];
      }
      continue;
    }
    const letter = line.reasons.find((x) => x.letter)?.letter;
    if (line.action === 'letter' && letter) {
      const result = await dispatch(ctx, 'letters:issue', { debtorId: line.debtorId, type: letter });
      if (!result.ok) continue; // a letter the stage refuses is not sent
      const issued = result.data as { letter: { invoices: { id: number }[]; payBy: IsoDate | null; termEndsOn: IsoDate | null; letterDate: IsoDate } };
      const l = issued.letter;
      const termEndsOn = letter === 'reminder3' ? (l.payBy ?? l.termEndsOn) : letter === 'consumer14' ? l.termEndsOn : l.payBy;
      for (const i of l.invoices) note(model, i.id, { action: letter, on: l.letterDate, termEndsOn });
    } else if (line.action === 'call') {
      const preventive = line.reasons.every((x) => x.kind === 'preventive_call');
      const file = await ok('debtors:get', { id: line.debtorId });
      const pastDue = file.openInvoices.filter((i) => i.openCents > 0 && i.dueDate < day);
      const outcome = r.pick(['no_answer', 'no_agreement', 'promise', 'complaint', 'plan', 'call_back'] as const);
      const at = `${day}T10:00:00.000Z`;
      const call: CallOutcome = {
        debtorId: line.debtorId, kind: preventive ? 'preventive' : 'collection', machineVersion: 1, collector: 'Sanne', tone: 'zakelijk',
        startedAt: at, endedAt: at, result: outcome === 'no_answer' ? 'no_answer' : outcome === 'call_back' ? 'call_back' : outcome === 'complaint' ? 'complaint' : outcome === 'no_agreement' ? 'no_agreement' : 'agreement',
        summary: [], notes: '', excuses: [], path: [{ step: 'greeting', at, note: '' }], tasks: [], complaints: [],
      };
      const total = file.totalOpenCents;
      // A plan covers what is open and not under a complaint.
      const plannable = plannableInvoices(file.openInvoices);
      const planTotal = plannable.reduce((s, i) => s + i.openCents, 0);
      if (outcome === 'promise' && total > 0) call.promise = { date: addDays(day, r.int(1, 6)), amountCents: total };
      if (outcome === 'plan' && planTotal > 1)
        call.plan = { invoiceIds: plannable.map((i) => i.id), totalCents: planTotal, installments: [{ dueDate: addDays(day, 7), amountCents: Math.floor(planTotal / 2) }, { dueDate: addDays(day, 21), amountCents: planTotal - Math.floor(planTotal / 2) }] };
      if (outcome === 'complaint' && pastDue.length) call.complaints = [{ description: 'Klopt niet', invoiceIds: [pastDue[0]!.id] }];
      if (outcome === 'call_back') call.tasks = [{ type: 'call_back', title: { key: 'task.call_back.no_time' }, dueDate: addDays(day, r.int(0, 3)), dueTime: '14:00' }];
      const { callId } = await ok('calls:save', call);
      if (preventive) model.preventiveCalls.push({ debtorId: line.debtorId, on: day });
      else for (const i of pastDue) note(model, i.id, { action: 'call', on: day, reached: outcome !== 'no_answer' });
      if (call.complaints.length) {
        const c = (await ok('complaints:list', { debtorId: line.debtorId, limit: 200 })).complaints.find((x) => x.callId === callId)!;
        model.complaints.push({ id: c.id, invoiceIds: call.complaints[0]!.invoiceIds, from: day, until: null });
      }
      if (call.plan) {
        const plan = (await ok('plans:list', { debtorId: line.debtorId })).find((p) => p.callId === callId)!;
        const running = (await ok('plans:list', { debtorId: line.debtorId })).some((p) => p.status === 'active');
        if (!running && r.chance(0.7)) {
          await ok('plans:markSent', { planId: plan.id });
          await ok('plans:markSigned', { planId: plan.id });
          await ok('plans:activate', { planId: plan.id });
        }
      }
    } else if (line.action === 'check_payment' || r.chance(0.1)) {
      const file = await ok('debtors:get', { id: line.debtorId });
      if (file.totalOpenCents > 0) await ok('payments:record', { debtorId: line.debtorId, receivedOn: day, amountCents: r.chance(0.5) ? file.totalOpenCents : Math.max(1, Math.floor(file.totalOpenCents / 3)) });
    } else if (line.action === 'delivery_stop' || line.action === 'manager' || line.action === 'hand_over') {
      await ok('worklist:recordStep', { debtorId: line.debtorId, action: line.action, invoiceIds: line.invoiceIds });
      for (const id of line.invoiceIds) note(model, id, { action: line.action as DunningAction, on: day });
    }
  }
  for (const c of model.complaints)
    if (c.until === null && r.chance(0.2)) {
      await ok('complaints:resolve', { complaintId: c.id, resolution: 'Opgelost', handler: 'Sanne' });
      c.until = day;
    }
}

describe('the worklist of a generated office, day by day', () => {
  it.each([1, 2, 3])('equals the domain rules on the model’s facts (seed %i)', async (seed) => {
    const t = office(seed);
    let lines = 0;
    for (let n = 0; n < DAYS; n++) {
      const day = addDays(START, n);
      t.setNow(`${day}T09:00:00Z`); // 10:00 in Amsterdam
      const fromLedger = await t.ok('worklist:list', { limit: 500 });
      const expected = buildWorklist(modelInput(t, day, '10:00'));
      expect({ day, lines: fromLedger.lines, snoozed: fromLedger.snoozed.map((s) => s.line), paused: fromLedger.paused }).toEqual({
        day,
        lines: expected.lines,
        snoozed: expected.snoozed.map((s) => s.line),
        paused: expected.paused,
      });
      lines += fromLedger.lines.length;
      if (weekday(day) !== 0 && weekday(day) !== 6) await work(t, day);
    }
    expect(lines).toBeGreaterThan(50); // the office had work to do
    t.close();
  });
});
