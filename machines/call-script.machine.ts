// The live collection call (seed 000 "Belproces debiteuren", completed by 001 and 003) as a pure XState
// v5 machine: preparation, finding the crediteurenafdeling, the purpose, then the customer's answers —
// each excuse a compound state of its own (machines/excuses/) — the closing question, "anything
// else?", the recap. The UI shows the step (currentStep), its text (scriptMessage) and its choices
// (choicesFor), and sends the events of call-types.ts. The app supplies the saveOutcome effect with
// .provide() and saves the running call with persistOnChange (call-setup.ts).
import { choice, go, step } from './call-step';
import { createCallMachine, done, preparation, reachSteps, recap, stepsOf, type ConversationPart } from './call-setup';
import { EXCUSE_ANSWERS, EXCUSE_MODULES } from './excuses';
import { FOLLOW_UP_STEPS } from './excuses/follow-ups';
import { CALL_SCRIPT_MACHINE_ID } from './call-machine-ids';

/** Bump when states or context change shape: a saved active call of another version is not resumed. */
export const CALL_MACHINE_VERSION = 4;

/** The conversation, in the order of seed 000. */
export const COLLECTION_CONVERSATION = [
  ...reachSteps('#purpose'),
  // Step 3: "Ik bel u inzake een (aantal) openstaande factu(u)r(en)" — the customer answers.
  step('purpose', EXCUSE_ANSWERS),
  ...EXCUSE_MODULES.map((m) => ({ name: m.excuse, steps: m.steps })),
  ...FOLLOW_UP_STEPS,
  // More than one excuse per call: back to the answers until there is nothing else.
  step('anythingElse', [...EXCUSE_ANSWERS, choice('NO_MORE', 'choice.no_more', '0', go('#recap'))]),
  recap,
] as const satisfies readonly ConversationPart[];

/** Every step of the collection call, preparation and end included. */
export const COLLECTION_STEP_DEFINITIONS = [preparation, ...stepsOf(COLLECTION_CONVERSATION), done];
export const COLLECTION_STEPS = COLLECTION_STEP_DEFINITIONS.map((s) => s.id) as readonly CollectionStep[];

type Ids<T> = T extends readonly (infer P)[] ? (P extends { id: infer I } ? I : P extends { steps: readonly { id: infer J }[] } ? J : never) : never;
export type CollectionStep = Ids<typeof COLLECTION_CONVERSATION> | 'preparation' | 'done';

export const callScriptMachine = createCallMachine({
  id: CALL_SCRIPT_MACHINE_ID,
  kind: 'collection',
  version: CALL_MACHINE_VERSION,
  conversation: COLLECTION_CONVERSATION,
});

