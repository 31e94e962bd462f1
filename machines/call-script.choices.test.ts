// The buttons must match the machines: every event a step accepts has a button, every button is
// accepted in its step, and hotkeys never collide within a step.
import type { AnyStateMachine } from 'xstate';
import { callScriptMachine } from './call-script.machine';
import { CALL_SCRIPT_CHOICES, choicesFor, GLOBAL_CHOICES, PREVENTIVE_CHOICES, type Choice } from './call-script.choices';
import type { StepId } from './call-types';
import { EXCUSE_MODULES } from './excuses';
import { preventiveCallMachine } from './preventive-call.machine';

describe.each([
  ['collection', callScriptMachine as AnyStateMachine, CALL_SCRIPT_CHOICES as Record<string, readonly Choice[]>],
  ['preventive', preventiveCallMachine as AnyStateMachine, PREVENTIVE_CHOICES as Record<string, readonly Choice[]>],
] as const)('%s choices', (kind, machine, choices) => {
  it.each(Object.keys(choices))('%s: buttons are exactly the events the step handles', (step) => {
    const node = machine.getStateNodeById(step);
    const handled = new Set(node.ownEvents);
    expect(new Set(choices[step]!.map((c) => c.event))).toEqual(handled);
  });

  it.each(Object.keys(choices))('%s: hotkeys are unique, including the global ones', (step) => {
    const keys = choicesFor(kind, step as StepId).map((c) => c.hotkey);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('excuse buttons', () => {
  it('one per excuse module, in the modules’ order, with its hotkey, on "purpose" and on "anything else?"', () => {
    const answers = EXCUSE_MODULES.map((m) => ({ event: 'EXCUSE', excuse: m.excuse, labelKey: `excuse.${m.excuse}`, hotkey: m.hotkey }));
    expect(CALL_SCRIPT_CHOICES.purpose).toEqual(answers);
    expect(CALL_SCRIPT_CHOICES.anythingElse.filter((c) => c.event === 'EXCUSE')).toEqual(answers);
  });

  it('global buttons are offered during the call, only NOTE before dialling, none after the end', () => {
    expect(choicesFor('collection', 'purpose').slice(-3)).toEqual(GLOBAL_CHOICES);
    expect(choicesFor('collection', 'preparation').map((c) => c.event)).toEqual(['SET_TONE', 'SET_PLAN_POLICY', 'DIAL', 'NOTE']);
    expect(choicesFor('preventive', 'done')).toEqual([]);
  });

  it('every choice that needs fields names its form', () => {
    for (const choice of [...Object.values(CALL_SCRIPT_CHOICES), ...Object.values(PREVENTIVE_CHOICES)].flat())
      if (choice.event.startsWith('SUBMIT_') || ['PASS_TO_HANDLER', 'RESOLVE_NOW', 'REVERSED', 'COLLECT_AGAIN', 'BANK_DETAILS_WRONG'].includes(choice.event))
        expect(choice.form, choice.event).toBeDefined();
  });
});
