// The registration test: every excuse of the outcome contract has exactly one module, and everything
// derived from the modules — the button and its hotkey, the step it opens, its branch in the machine,
// its texts in both languages, its recorders — is there for every excuse. A missing or duplicate
// hotkey, a step without text or a recording nobody implements fails here, not on a screen.
import type { AnyStateMachine, StateNode } from 'xstate';
import { EXCUSES } from '../../domain/call-outcome';
import { CALL_SCRIPT_CHOICES } from '../call-script.choices';
import { callScriptMachine, COLLECTION_STEPS } from '../call-script.machine';
import { callScriptMessages } from '../call-script.messages';
import { isRecording } from '../call-record';
import { preventiveCallMachine } from '../preventive-call.machine';
import { preventiveCallMessages } from '../preventive-call.messages';
import { EXCUSE_MODULES, EXCUSE_RECORDERS, EXCUSE_STEP } from './index';
import { excuseMessageTables } from './messages';

const shared = { ...callScriptMessages, ...preventiveCallMessages };

describe('the excuse registry', () => {
  it('has one module per excuse of the outcome contract (domain EXCUSES), none twice', () => {
    expect(EXCUSE_MODULES.map((m) => m.excuse).sort()).toEqual([...EXCUSES].sort());
  });

  it("gives the catalogue every module's texts (messages.ts lists them apart from the modules)", () => {
    expect(excuseMessageTables).toEqual(EXCUSE_MODULES.map((m) => m.messages));
  });

  it('gives every excuse its own hotkey, one key each, none taken by "anything else?"', () => {
    const keys = EXCUSE_MODULES.map((m) => m.hotkey);
    for (const key of keys) expect(key).toMatch(/^[0-9a-z]$/);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    const others = CALL_SCRIPT_CHOICES.anythingElse.filter((c) => c.event !== 'EXCUSE').map((c) => c.hotkey);
    expect(keys.filter((k) => others.includes(k))).toEqual([]);
  });

  it.each(EXCUSE_MODULES.map((m) => [m.excuse, m] as const))('%s: opens its first step, a state of its own branch', (excuse, m) => {
    expect(EXCUSE_STEP[excuse]).toBe(m.steps[0]!.id);
    const branch = (callScriptMachine as AnyStateMachine).getStateNodeById(`${callScriptMachine.id}.call.${excuse}`);
    expect(Object.keys(branch.states)).toEqual(m.steps.map((s) => s.id));
    expect(branch.initial.target.map((t: StateNode) => t.key)).toEqual([m.steps[0]!.id]);
  });

  it.each(EXCUSE_MODULES.map((m) => [m.excuse, m] as const))('%s: its button, steps and buttons have texts in Dutch and English', (excuse, m) => {
    const own: Record<string, { nl: string; en: string }> = m.messages;
    const known: Record<string, { nl: string; en: string }> = { ...shared, ...own };
    const keys = [`excuse.${excuse}`, ...m.steps.flatMap((s) => [`script.${s.id}`, `step.${s.id}`, ...s.choices.map((c) => c.labelKey)])];
    const missing = keys.filter((k) => !known[k]?.nl || !known[k]?.en);
    expect(missing).toEqual([]);
    // The button and the steps' own texts belong to the module.
    expect([`excuse.${excuse}`, ...m.steps.map((s) => `script.${s.id}`)].filter((k) => !own[k])).toEqual([]);
  });

  it('every step has one id in the whole call, and every step of both machines has its script text and name', () => {
    expect(new Set(COLLECTION_STEPS).size).toBe(COLLECTION_STEPS.length);
    const all: Record<string, unknown> = Object.assign({}, shared, ...excuseMessageTables);
    for (const machine of [callScriptMachine, preventiveCallMachine] as AnyStateMachine[]) {
      const steps = atomicIds(machine.root);
      expect(steps.filter((id) => !all[`script.${id}`] || !all[`step.${id}`])).toEqual([]);
    }
  });

  it('every recording the machines name is implemented, and a module records only under its own name', () => {
    for (const machine of [callScriptMachine, preventiveCallMachine] as AnyStateMachine[]) {
      const named = recordingsOf(machine.root);
      expect(named.length).toBeGreaterThan(10);
      expect(named.filter((what) => !isRecording(what))).toEqual([]);
    }
    for (const m of EXCUSE_MODULES) {
      const own = recordingsOf((callScriptMachine as AnyStateMachine).getStateNodeById(`${callScriptMachine.id}.call.${m.excuse}`));
      expect(own.filter((what) => what.includes('/') && !what.startsWith(`${m.excuse}/`))).toEqual([]);
    }
    expect(Object.keys(EXCUSE_RECORDERS).every((name) => EXCUSES.some((e) => name.startsWith(`${e}/`)))).toBe(true);
  });
});

/** The ids of the steps (atomic states) under a state node. */
function atomicIds(node: StateNode): string[] {
  const children = Object.values(node.states) as StateNode[];
  if (children.length === 0) return [node.id];
  return children.flatMap(atomicIds).filter((id) => !id.includes('.'));
}

/** The `what` of every record action on the transitions under a state node. */
function recordingsOf(node: StateNode): string[] {
  const own = [...node.transitions.values()]
    .flat()
    .flatMap((t) => t.actions as unknown[])
    .filter((a): a is { type: string; params: { what: string } } => typeof a === 'object' && a !== null && (a as { type?: string }).type === 'record')
    .map((a) => a.params.what);
  return [...own, ...(Object.values(node.states) as StateNode[]).flatMap(recordingsOf)];
}
