// Model-based tests (xstate/graph): every step of both call machines reached by its shortest path,
// every simple path replayed on a real actor, every finished path yielding a valid CallOutcome.
//
// Bounding the graph. A vertex is the step plus the context the guards read (plan policy, the
// preventive "issue" flag) — not the BACK stack or the recorded data, which would make every route
// its own vertex (3.622 vertices for one excuse) and getSimplePaths, which runs a DFS per target,
// would not finish. Then, for the simple paths only:
//   - BACK and NOTE are left out of the graph (BACK depends on history; tested per shortest path below);
//   - HANG_UP is left out (tested from every step below, one HANG_UP per step);
//   - "another excuse" from anythingElse is enumerated separately, from a call that already had one,
//     so a path holds at most two excuses.
import { createActor, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import { CallOutcome, EXCUSES } from '../domain/call-outcome';
import { callScriptMachine, COLLECTION_STEPS } from './call-script.machine';
import { currentStep } from './call-setup';
import { callInput, callModel as model, ev, noBackNote, NOW, play, shortestPaths, vertexKey, type Path, type PathTest } from './call-test-fixtures';
import type { CallContext, CallEvent, StepId } from './call-types';
import { PREVENTIVE_STEPS, preventiveCallMachine } from './preventive-call.machine';

beforeEach(() => {
  // Path times come from the clock when events carry no `at`: pin it to the fixture's day.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW).getTime() + 5 * 60_000);
});
afterEach(() => vi.useRealTimers());

type Key = (s: AnyMachineSnapshot) => string;
const simpleFilter = (s: AnyMachineSnapshot, e: CallEvent) =>
  noBackNote(s, e) && e.type !== 'HANG_UP' && !(e.type === 'EXCUSE' && currentStep(s) === 'anythingElse');

/** Replays a generated path on a fresh actor, checking the actor is where the model says after every event. */
async function replay(machine: AnyStateMachine, path: { test: PathTest } & Path, start?: AnyMachineSnapshot, key: Key = vertexKey) {
  const actor = start ? createActor(machine, { snapshot: start, input: callInput() }) : createActor(machine, { input: callInput() });
  actor.start();
  const send = new Proxy({}, { get: () => (step: { event: CallEvent }) => void actor.send(step.event) });
  await path.test({
    events: send,
    states: { '*': (expected: AnyMachineSnapshot) => expect(key(actor.getSnapshot())).toBe(key(expected)) },
  });
  return actor;
}

/** A finished call's output must pass the contract and account for what the path did. */
function expectValidOutcome(actor: ReturnType<typeof createActor<AnyStateMachine>>) {
  const snapshot = actor.getSnapshot();
  expect(snapshot.status).toBe('done');
  const outcome = CallOutcome.parse(snapshot.output);
  const context = snapshot.context as CallContext;
  expect(outcome.path.map((p) => p.step)).toEqual(context.path.map((p) => p.step));
  expect(outcome.path[outcome.path.length - 1]!.step).toBe('done');
  if (outcome.promise || outcome.plan) expect(outcome.tasks.some((t) => t.type === 'verify_payment' || t.type === 'send_plan_for_signature')).toBe(true);
  for (const task of outcome.tasks.filter((t) => t.type === 'call_back')) expect(task.dueTime).toMatch(/^\d\d:\d\d$/);
  return outcome;
}

describe.each([
  ['call-script', callScriptMachine as AnyStateMachine, COLLECTION_STEPS as readonly StepId[]],
  ['preventive-call', preventiveCallMachine as AnyStateMachine, PREVENTIVE_STEPS as readonly StepId[]],
])('%s model', (name, machine, steps) => {
  const shortest = shortestPaths(machine);
  const simple = model(machine, simpleFilter).getSimplePaths() as unknown as (Path & { test: PathTest })[];

  it('reaches every step by a shortest path and replays it', async () => {
    expect(new Set(shortest.map((p) => currentStep(p.state)))).toEqual(new Set(steps));
    for (const path of shortest) await replay(machine, path);
  });

  it('replays every simple path; every path that ends the call yields a valid outcome', async () => {
    let finished = 0;
    for (const path of simple) {
      const actor = await replay(machine, path);
      if (actor.getSnapshot().status === 'done') {
        expectValidOutcome(actor);
        finished++;
      }
    }
    console.log(`${name}: ${shortest.length} shortest paths, ${simple.length} simple paths (${finished} ending the call)`);
    expect(finished).toBeGreaterThan(0);
  });

  it('BACK from every step returns to the step before it, with what was recorded there undone', () => {
    let checked = 0;
    for (const path of shortest) {
      const events = path.steps.map((s) => s.event).filter((e) => !e.type.startsWith('xstate.'));
      if (events.length < 2 || currentStep(path.state) === 'done') continue;
      const before = play(machine, events.slice(0, -1)).getSnapshot();
      const actor = play(machine, events);
      // BACK only when the last event moved to another step (SET_TONE / SET_PLAN_POLICY do not).
      if (currentStep(actor.getSnapshot()) === currentStep(before)) continue;
      actor.send({ type: 'BACK' });
      const after = actor.getSnapshot();
      expect(currentStep(after)).toBe(currentStep(before));
      expect((after.context as CallContext).data).toEqual((before.context as CallContext).data);
      checked++;
    }
    expect(checked).toBeGreaterThan(steps.length / 2);
  });

  it('hanging up in any step still produces a valid outcome', () => {
    for (const path of shortest) {
      const step = currentStep(path.state);
      if (step === 'preparation' || step === 'done') continue;
      const actor = play(machine, [...path.steps.map((s) => s.event).filter((e) => !e.type.startsWith('xstate.')), ev('HANG_UP')]);
      const outcome = expectValidOutcome(actor);
      expect((actor.getSnapshot().context as CallContext).hungUp).toBe(true);
      // Hanging up before anyone who can decide was on the line is "not reached", never an agreement.
      if (!(path.state.context as CallContext).data.reached && !(path.state.context as CallContext).data.endResult)
        expect(outcome.result).toBe('not_reached');
    }
  });
});

describe('call-script: more than one excuse in a call', () => {
  it('replays every simple path from "anything else?" through a second excuse', async () => {
    const first = play(callScriptMachine, [ev('DIAL'), ev('REACHED'), ev('EXCUSE', { excuse: 'will_pay' }), ev('SUBMIT_PROMISE')]);
    const start = first.getSnapshot();
    expect(currentStep(start)).toBe('anythingElse');
    // Here the number of excuses is part of the vertex, so "anything else?" after the second excuse
    // is a new vertex and the path can go on to the recap.
    const key: Key = (s) => `${vertexKey(s)}|${(s.context as CallContext).data.excuses.length}`;
    const filter = (s: AnyMachineSnapshot, e: CallEvent) =>
      e.type === 'EXCUSE' ? (s.context as CallContext).data.excuses.length < 2 : simpleFilter(s, e);
    const paths = model(callScriptMachine, filter, key).getSimplePaths({ fromState: start } as never) as unknown as (Path & { test: PathTest })[];
    const seconds = new Set<string>();
    for (const path of paths) {
      const actor = await replay(callScriptMachine, path, start, key);
      if (actor.getSnapshot().status !== 'done') continue;
      const outcome = expectValidOutcome(actor);
      expect(outcome.excuses[0]).toBe('will_pay');
      // The first promise survives whatever the second excuse brings (a new promise replaces it).
      expect(outcome.promise).toBeDefined();
      if (outcome.excuses[1]) seconds.add(outcome.excuses[1]);
    }
    console.log(`call-script: ${paths.length} simple paths through a second excuse`);
    expect(seconds.size).toBe(EXCUSES.length);
  });
});
