import { createActor } from 'xstate';
import { callScriptMachine, CALL_MACHINE_VERSION } from './call-script.machine';
import { preventiveCallMachine, PREVENTIVE_MACHINE_VERSION } from './preventive-call.machine';
import { resumableSnapshot } from './call-resume';
import { currentStep } from './call-setup';
import { callInput, ev, play } from './call-test-fixtures';

const COLLECTION = { kind: 'collection' as const, version: CALL_MACHINE_VERSION };
const saved = () => JSON.parse(JSON.stringify(play(callScriptMachine, [ev('DIAL'), ev('REACHED'), ev('EXCUSE', { excuse: 'cannot_pay' })]).getPersistedSnapshot()));

describe('resumableSnapshot', () => {
  it('accepts a call saved by the same machine, which then resumes at its step', () => {
    const snapshot = saved();
    expect(resumableSnapshot(callScriptMachine, COLLECTION, snapshot)).toBe(snapshot);
    const actor = createActor(callScriptMachine, { snapshot: snapshot as never, input: callInput() }).start();
    expect(currentStep(actor.getSnapshot())).toBe('cannotPay');
  });

  it('refuses what would break the call screen: not a snapshot, another machine or version, an unknown state, a context with parts missing', () => {
    const damaged: [string, unknown][] = [
      ['{}', {}],
      ['null', null],
      ['a string', 'callScript'],
      ['unknown state', { ...saved(), value: { call: 'betaalt_morgen' } }],
      ['unknown inner state', { ...saved(), value: { call: { cannot_pay: 'nope' } } }],
      ['a parent state only', { ...saved(), value: 'call' }],
      ['a number for a state', { ...saved(), value: 42 }],
      ['finished', { ...saved(), status: 'done' }],
      ['no context', { ...saved(), context: undefined }],
      ['no input', { ...saved(), context: { ...saved().context, input: undefined } }],
      ['no drafts', { ...saved(), context: { ...saved().context, drafts: undefined } }],
      ['an empty stack', { ...saved(), context: { ...saved().context, stack: [] } }],
      ['a stack that ends elsewhere', { ...saved(), context: { ...saved().context, stack: saved().context.stack.slice(0, -1) } }],
      ['text for money', { ...saved(), context: { ...saved().context, input: { ...saved().context.input, openInvoices: [{ ...saved().context.input.openInvoices[0], openCents: '178,49' }] } } }],
      ['another version', { ...saved(), context: { ...saved().context, machineVersion: CALL_MACHINE_VERSION - 1 } }],
    ];
    for (const [what, snapshot] of damaged) expect(resumableSnapshot(callScriptMachine, COLLECTION, snapshot), what).toBeNull();
    expect(resumableSnapshot(preventiveCallMachine, { kind: 'preventive', version: PREVENTIVE_MACHINE_VERSION }, saved()), 'the other machine').toBeNull();
  });
});
