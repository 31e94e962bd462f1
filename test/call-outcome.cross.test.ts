// Cross-layer: the outcome the real call machine produces is what calls:save writes, in one go.
import { createActor, toPromise } from 'xstate';
import { callScriptMachine } from '../machines/call-script.machine';
import { callInputFrom } from '../renderer/call/CallScreen';
import { callsOf, stepsOfCalls } from '../db/calls.repo';
import { handlerTest } from '../handlers/test-context';
import type { CallOutcome } from '../domain/call-outcome';

const TODAY = '2026-11-23'; // a Monday

test('a call with two excuses — invoice 456 wrong, then a promise — lands as one call with its complaint, promise and tasks', async () => {
  const t = handlerTest(TODAY);
  const { db } = t;
  const debtorId = t.debtorId('Leeflang & Zn');
  const prep = await t.ok('calls:prepare', { debtorId, machineId: 'callScript', machineVersion: 1 });
  const inv456 = prep.callInvoices.find((i) => i.number === '456')!.id;
  const saved: CallOutcome[] = [];
  const actor = createActor(
    callScriptMachine.provide({ actions: { saveOutcome: (_a, { outcome }) => void saved.push(outcome) } }),
    { input: callInputFrom(prep, new Date('2026-11-23T09:30:00Z')) },
  ).start();
  const at = (min: number) => new Date(Date.UTC(2026, 10, 23, 9, 30 + min)).toISOString();
  actor.send({ type: 'DIAL', at: at(0) });
  actor.send({ type: 'REACHED', at: at(1) });
  actor.send({ type: 'EXCUSE', excuse: 'invoice_incorrect', at: at(2) });
  actor.send({ type: 'SUBMIT_COMPLAINT', invoiceIds: [inv456], description: 'Twee paar te weinig geleverd', at: at(3) });
  actor.send({ type: 'PASS_TO_HANDLER', handler: 'Piet Jansen', at: at(4) });
  actor.send({ type: 'NO_COMMITMENT', at: at(5) });
  actor.send({ type: 'EXCUSE', excuse: 'will_pay', at: at(6) });
  actor.send({ type: 'SUBMIT_PROMISE', date: '30-11-2026', amountCents: 23733, hasPaymentDetails: true, at: at(7) });
  actor.send({ type: 'NO_MORE', at: at(8) });
  actor.send({ type: 'FINISH', at: at(9) });
  const output = await toPromise(actor);
  expect(saved).toEqual([output]);

  const { callId } = await t.ok('calls:save', output);
  const [call] = callsOf(db, debtorId);
  expect(call).toMatchObject({ id: callId, durationSeconds: 9 * 60, kind: 'collection' });
  expect(stepsOfCalls(db, [callId]).map((s) => s.step)).toContain('complaintHandling');
  const q = <T>(sql: string) => db.all<T>(sql as never);
  expect(q<{ status: string; handler: string }>(`SELECT status, handler FROM complaints WHERE call_id = ${callId}`)).toEqual([{ status: 'in_behandeling', handler: 'Piet Jansen' }]);
  expect(q<{ promised_date: string; amount_cents: number; made_on: string }>(`SELECT promised_date, amount_cents, made_on FROM promises WHERE call_id = ${callId}`)).toEqual([
    { promised_date: '2026-11-30', amount_cents: 23733, made_on: TODAY },
  ]);
  const taskTypes = q<{ type: string }>(`SELECT type FROM tasks WHERE call_id = ${callId}`).map((t) => t.type);
  expect(taskTypes).toEqual(expect.arrayContaining(['handle_complaint', 'send_confirmation_letter']));
  t.close();
});
