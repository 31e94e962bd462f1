// One step of a call, declared once: its id (the state id that targets and BACK use), its buttons and,
// per button, where the call goes and what it records. The machines' states and the call screen's
// choices are both derived from these declarations, so a button without a transition (or the reverse)
// cannot be written. Pure data; the machines are assembled in call-setup.ts.
import type { Excuse } from '../domain/call-outcome';
import type { Message } from '../domain/message';
import type { Recording } from './call-data';
import type { CallContext, CallEventType } from './call-types';

/** The fields a choice needs before its event can be sent (the UI renders a form for them). */
export type FormKind =
  | 'tone' // { tone }
  | 'planPolicy' // { mayOfferPlan, maxPlanTerms }
  | 'contact' // { name, role?, phone?, email? }
  | 'appointment' // { date, time, withWhom? }
  | 'email' // { email }
  | 'copy' // { addressCorrect, sendTo }
  | 'complaint' // { invoiceIds, description }
  | 'complaintWithHandler' // { invoiceIds, description, handler? }
  | 'handler' // { handler }
  | 'resolution' // { resolution }
  | 'payment' // { date, amountCents, description }
  | 'bankNote' // { note }
  | 'reason' // { reason }
  | 'collectDate' // { date }
  | 'plan' // { totalCents, installments[] }
  | 'promise' // { date, amountCents }
  | 'willPayPromise' // { date, amountCents, hasPaymentDetails }
  | 'otherAgreement' // { colleague, description }
  | 'question' // { invoiceIds, question, answer? }
  | 'hangUp' // { callBack, date, time }: confirms the customer hung up, proposes a call-back
  | 'note'; // { text }

/** A button of a step. The UI sends { type: event, ...(excuse ? { excuse } : {}), ...fields of form }. */
export interface Choice {
  event: CallEventType;
  /** Message key of the button's label. */
  labelKey: string;
  /** KeyboardEvent.key, with 'Alt+' for the choices available everywhere (they must work while typing). */
  hotkey: string;
  excuse?: Excuse;
  form?: FormKind;
}

// ---------------------------------------------------------------- transitions

type GuardRef =
  | 'inputValid'
  | 'planAllowed'
  | 'noIssue'
  | { type: 'excuseIs'; params: { excuse: Excuse } }
  | { type: 'previousStepIs'; params: { step: string } }
  /** A combined guard (xstate `and`). */
  | ((...args: never[]) => unknown);
type ActionRef =
  | { type: 'record'; params: Recording }
  | { type: 'rejectInput' }
  | { type: 'stepBack' }
  | { type: 'setTone' }
  | { type: 'setPlanPolicy' }
  | { type: 'startCall' };

export interface Transition {
  target?: string;
  guard?: GuardRef;
  actions?: readonly ActionRef[] | ActionRef;
}

const rec = (r: Recording): ActionRef => ({ type: 'record', params: r });

/** A plain transition that records something on the way. */
export const go = (target: string, ...recordings: Recording[]): Transition[] => [{ target, actions: recordings.map(rec) }];

/**
 * A submit with fields: taken only when the fields pass the rules; otherwise the call stays in the same
 * step and `context.error` says what is wrong.
 */
export const submit = (target: string, ...recordings: Recording[]): Transition[] => [
  { guard: 'inputValid', target, actions: recordings.map(rec) },
  { actions: { type: 'rejectInput' } },
];

// ---------------------------------------------------------------- steps

/** A button's key among the choices of a step (an excuse's buttons share their event): 'EXCUSE:will_pay', 'SUBMIT_PLAN:choice.plan'. */
export const choiceKey = (c: Pick<Choice, 'event' | 'excuse' | 'labelKey'>): string => `${c.event}:${c.excuse ?? c.labelKey}`;

/** A button and what it does. */
export interface ChoiceWithTransitions extends Choice {
  transitions: readonly Transition[];
}

export const choice = (event: CallEventType, labelKey: string, hotkey: string, transitions: readonly Transition[], form?: FormKind): ChoiceWithTransitions =>
  form ? { event, labelKey, hotkey, form, transitions } : { event, labelKey, hotkey, transitions };

export interface StepDefinition<S extends string = string> {
  id: S;
  choices: readonly ChoiceWithTransitions[];
  /** Shown under the script text, one line each (e.g. the earlier complaints when an invoice is disputed). */
  aside?: (context: CallContext) => Message[];
}

/** A step: its id and its buttons in order (the first is focused). Message keys: 'script.<id>', 'step.<id>'. */
export function step<const S extends string>(id: S, choices: readonly ChoiceWithTransitions[], options: Pick<StepDefinition, 'aside'> = {}): StepDefinition<S> {
  return { id, choices, ...options };
}

/** The machine's transitions of a step, by event: the choices' transitions, in button order. */
export function transitionsOf(definition: StepDefinition): Record<string, Transition[]> {
  const on: Record<string, Transition[]> = {};
  for (const c of definition.choices) on[c.event] = [...(on[c.event] ?? []), ...c.transitions];
  return on;
}

/** The buttons of a step without their transitions, as the UI gets them. */
export const choicesOf = (definition: StepDefinition): Choice[] => definition.choices.map(({ transitions: _t, ...c }) => c);

// ---------------------------------------------------------------- texts

/** A script text per tone as one ICU message: `{tone, select, zakelijk {…} vriendelijk {…} other {…}}` (other: streng). */
export function byTone(texts: { zakelijk: string; vriendelijk: string; streng: string }): string {
  return `{tone, select, zakelijk {${texts.zakelijk}} vriendelijk {${texts.vriendelijk}} other {${texts.streng}}}`;
}
