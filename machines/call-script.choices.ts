// The buttons of each step, for the UI to render and bind to hotkeys: derived from the step
// declarations the machines are built from (call-step.ts), so every button has its transition.
// The UI sends { type: choice.event, ...(choice.excuse ? { excuse } : {}), ...fields of choice.form };
// labels are catalogue messages (choice.labelKey).
import { choicesOf, type Choice, type StepDefinition } from './call-step';
import { COLLECTION_STEP_DEFINITIONS, type CollectionStep } from './call-script.machine';
import { PREVENTIVE_STEP_DEFINITIONS, type PreventiveStep } from './preventive-call.machine';
import type { CallKind, StepId } from './call-types';

export type { Choice, FormKind } from './call-step';

const byStep = <S extends string>(definitions: readonly StepDefinition[]) =>
  Object.fromEntries(definitions.map((d) => [d.id, choicesOf(d)])) as unknown as Record<S, readonly Choice[]>;

export const CALL_SCRIPT_CHOICES = byStep<CollectionStep>(COLLECTION_STEP_DEFINITIONS);
export const PREVENTIVE_CHOICES = byStep<PreventiveStep>(PREVENTIVE_STEP_DEFINITIONS);

/** Available in every step of the conversation (not in preparation, not after the end). */
export const GLOBAL_CHOICES: readonly Choice[] = [
  { event: 'BACK', labelKey: 'choice.back', hotkey: 'Alt+ArrowLeft' },
  { event: 'NOTE', labelKey: 'choice.note', hotkey: 'Alt+N', form: 'note' },
  { event: 'HANG_UP', labelKey: 'choice.hang_up', hotkey: 'Alt+H', form: 'hangUp' },
];

/** Everything the UI offers in a step: the step's own choices, then the global ones that apply there. */
export function choicesFor(kind: CallKind, step: StepId): readonly Choice[] {
  const own = kind === 'collection' ? CALL_SCRIPT_CHOICES[step as CollectionStep] : PREVENTIVE_CHOICES[step as PreventiveStep];
  if (step === 'done') return [];
  const global = step === 'preparation' ? GLOBAL_CHOICES.filter((g) => g.event === 'NOTE') : GLOBAL_CHOICES;
  return [...(own ?? []), ...global];
}

/** What the step shows under its script text (e.g. earlier complaints), one message per line. */
export function asideFor(kind: CallKind, step: StepId): StepDefinition['aside'] {
  const definitions = kind === 'collection' ? COLLECTION_STEP_DEFINITIONS : PREVENTIVE_STEP_DEFINITIONS;
  return definitions.find((d) => d.id === step)?.aside;
}
