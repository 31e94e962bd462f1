// Issue 14: resume after a kill at every state of the call machines. For the shortest path to every step
// (the model's, machines/call-test-fixtures.ts), the running call is saved through calls:active:save on
// a real ledger file as the call screen saves it; then the app is gone — only what was committed is
// left — and a new connection on the file prepares the call, the machine accepts the saved snapshot,
// resumes at the same step with the same context, and the call can still end and be saved.
import { createActor, type AnyStateMachine } from 'xstate';
import { openDatabase } from '../db/client';
import { tempDbFile } from '../db/test-db';
import { seedDemoLedger } from '../db/demo-ledger';
import { dispatch } from '../handlers/dispatch';
import type { HandlerContext } from '../handlers/context';
import { callScriptMachine, CALL_MACHINE_VERSION } from '../machines/call-script.machine';
import { preventiveCallMachine, PREVENTIVE_MACHINE_VERSION } from '../machines/preventive-call.machine';
import { CALL_SCRIPT_MACHINE_ID, PREVENTIVE_CALL_MACHINE_ID } from '../machines/call-machine-ids';
import { currentStep } from '../machines/call-setup';
import { resumableSnapshot } from '../machines/call-resume';
import { callInput, NOW, shortestPaths, TODAY } from '../machines/call-test-fixtures';
import type { CallContext, CallEvent } from '../machines/call-types';
import type { CallPreparation } from '../ipc/channels/calls';

const machines = [
  { kind: 'collection' as const, machine: callScriptMachine as AnyStateMachine, id: CALL_SCRIPT_MACHINE_ID, version: CALL_MACHINE_VERSION },
  { kind: 'preventive' as const, machine: preventiveCallMachine as AnyStateMachine, id: PREVENTIVE_CALL_MACHINE_ID, version: PREVENTIVE_MACHINE_VERSION },
];

function context(db: ReturnType<typeof openDatabase>['db'], file: string): HandlerContext {
  return { db, now: () => new Date(new Date(NOW).getTime() + 30 * 60_000), dataFile: file, transport: 'preview', version: 'test', demoLedgerCreated: false };
}

async function ok<T>(ctx: HandlerContext, channel: string, input: unknown): Promise<T> {
  const r = await dispatch(ctx, channel, input);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.data as T;
}

describe.each(machines)('resume after a kill, $kind call', { timeout: 120_000 }, ({ kind, machine, id, version }) => {
  beforeEach(() => {
    // Path times come from the clock when events carry no `at`: pin it to the fixture's day.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(NOW).getTime() + 5 * 60_000);
  });
  afterEach(() => vi.useRealTimers());

  it('resumes at every step reached by the model, with the same context, and can still end and be saved', async () => {
    const file = tempDbFile();
    const first = openDatabase(file);
    seedDemoLedger(first.db, TODAY);
    // The fixture's invoices (ids 1–3) are Leeflang's in a new demo ledger: the outcome's complaints point at them.
    const leeflang = first.sqlite.prepare("SELECT id FROM debtors WHERE name = 'Leeflang & Zn'").get() as { id: number };
    const invoiceIds = first.sqlite.prepare('SELECT id FROM invoices WHERE debtor_id = ? ORDER BY number').all(leeflang.id).map((r) => (r as { id: number }).id);
    expect(invoiceIds, 'Leeflang’s invoices in the demo ledger').toEqual([1, 2, 3]);
    const input = callInput({ debtor: { ...callInput().debtor, id: leeflang.id } });
    const machineRef = { machineId: id, machineVersion: version };
    let resumed = 0;
    for (const path of shortestPaths(machine)) {
      const events = path.steps.map((s) => s.event).filter((e: CallEvent) => !e.type.startsWith('xstate.'));
      const actor = createActor(machine, { input }).start();
      for (const event of events) actor.send(event);
      const step = currentStep(actor.getSnapshot());
      if (step === 'preparation' || step === 'done') continue; // not kept before the greeting; nothing to resume after the end
      const before = actor.getSnapshot().context as CallContext;
      const snapshot = actor.getPersistedSnapshot() as Record<string, unknown>;
      await ok(context(first.db, file), 'calls:active:save', { debtorId: leeflang.id, ...machineRef, snapshot, startedAt: before.startedAt });

      // A new process on the file: only what was committed is there.
      const second = openDatabase(file);
      const ctx = context(second.db, file);
      const prep = await ok<CallPreparation>(ctx, 'calls:prepare', { debtorId: leeflang.id, ...machineRef });
      expect(prep.active?.status, step).toBe('resumable');
      const saved = resumableSnapshot(machine, { kind, version }, (prep.active as { snapshot: unknown }).snapshot);
      expect(saved, `${step}: the machine accepts its own saved call`).not.toBeNull();
      const again = createActor(machine, { snapshot: saved as never, input }).start();
      expect(currentStep(again.getSnapshot()), step).toBe(step);
      expect(again.getSnapshot().context, step).toEqual(before);

      again.send({ type: 'HANG_UP' });
      expect(again.getSnapshot().status, step).toBe('done');
      const { callId } = await ok<{ callId: number }>(ctx, 'calls:save', again.getSnapshot().output);
      expect(callId).toBeGreaterThan(0);
      expect(second.sqlite.prepare('SELECT COUNT(*) AS n FROM active_calls').get(), step).toEqual({ n: 0 });
      second.close();
      resumed++;
    }
    first.close();
    expect(resumed).toBeGreaterThan(kind === 'collection' ? 40 : 10);
  });
});
