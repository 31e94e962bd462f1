// The one XState setup both call machines are built from: context, events, actions and guards, plus
// the state fragments they share (finding the right person, recap, done, BACK/NOTE/HANG_UP).
// Effects (persistSnapshot, saveOutcome) are no-ops here; the renderer supplies them with .provide().
import { assign, setup, type AnyActorRef, type AnyMachineSnapshot } from 'xstate';
import type { CallOutcome, Excuse } from '../domain/call-outcome';
import { buildOutcome, checkEvent, eventData, eventTime, initialContext, record, type Recording } from './call-record';
import type { CallContext, CallEvent, CallInput, CallKind, StepId } from './call-types';

export const callSetup = setup({
  types: {
    context: {} as CallContext,
    events: {} as CallEvent,
    input: {} as CallInput,
    output: {} as CallOutcome,
  },
  actions: {
    /** Bookkeeping on entering a step: path entry, BACK stack, cleared error. */
    enterStep: assign(({ context, event }, params: { step: StepId }) => {
      const init = event.type.startsWith('xstate.');
      const at = init ? (context.input.now ? context.startedAt : eventTime({})) : eventTime(event);
      const back = event.type === 'BACK';
      const previous = context.stack[context.stack.length - 1];
      return {
        error: null,
        path: [...context.path, { step: params.step, at, note: '', data: init ? {} : eventData(event) }],
        // After BACK the stack already ends with this step (stepBack popped the one we left).
        stack: back ? context.stack : [...context.stack, { step: params.step, data: context.data }],
        lastInput:
          previous && !back && !init
            ? { ...context.lastInput, [previous.step]: eventData(event) }
            : context.lastInput,
      };
    }),
    /** BACK: forget the current step and restore what was recorded when the previous one was entered. */
    stepBack: assign(({ context }) => {
      const stack = context.stack.slice(0, -1);
      return { stack, data: stack[stack.length - 1]!.data };
    }),
    record: assign(({ context, event }, params: Recording) => ({ data: record(context, event, params) })),
    rejectInput: assign(({ context, event }) => {
      const result = checkEvent(context, event);
      return { error: result.ok ? null : result.error };
    }),
    addNote: assign(({ context, event }) => {
      if (event.type !== 'NOTE') return {};
      const text = event.text.trim();
      const path = context.path.map((step, i) =>
        i === context.path.length - 1 ? { ...step, note: step.note ? `${step.note}\n${text}` : text } : step,
      );
      return { notes: context.notes ? `${context.notes}\n${text}` : text, path };
    }),
    setTone: assign(({ event }) => (event.type === 'SET_TONE' ? { tone: event.tone } : {})),
    setPlanPolicy: assign(({ event }) =>
      event.type === 'SET_PLAN_POLICY' ? { mayOfferPlan: event.mayOfferPlan, maxPlanTerms: event.maxPlanTerms } : {},
    ),
    startCall: assign(({ event }) => ({ startedAt: eventTime(event) })),
    finish: assign(({ context, event }) => ({ endedAt: eventTime(event), hungUp: context.hungUp || event.type === 'HANG_UP' })),
    /** Effect: store the running call (db/active-calls.repo.ts) so a crash loses nothing. */
    persistSnapshot: () => {},
    /** Effect: write the outcome (db/calls.repo.ts). */
    saveOutcome: (_args, _params: { outcome: CallOutcome }) => {},
  },
  guards: {
    inputValid: ({ context, event }) => checkEvent(context, event).ok,
    previousStepIs: ({ context }, params: { step: StepId }) => context.stack[context.stack.length - 2]?.step === params.step,
    excuseIs: ({ event }, params: { excuse: Excuse }) => event.type === 'EXCUSE' && event.excuse === params.excuse,
    planAllowed: ({ context }) => context.mayOfferPlan,
    cannotPayWithPlan: ({ context, event }) => event.type === 'EXCUSE' && event.excuse === 'cannot_pay' && context.mayOfferPlan,
    noIssue: ({ context }) => !context.data.issue,
  },
});

// ---------------------------------------------------------------- fragments shared by both machines

const rec = (r: Recording) => ({ type: 'record' as const, params: r });

/** Entry of every step: bookkeeping, then the persist effect (the renderer saves the snapshot). */
export const enter = (step: StepId) => [{ type: 'enterStep' as const, params: { step } }, { type: 'persistSnapshot' as const }];

/** A plain transition that records something on the way. */
export const go = (target: string, ...recordings: Recording[]) => ({ target, actions: recordings.map(rec) });

/**
 * A submit with fields: taken only when the fields pass the rules; otherwise the machine stays in the
 * same step and `context.error` says what is wrong.
 */
export const submit = (target: string, ...recordings: Recording[]) => [
  { guard: 'inputValid' as const, target, actions: recordings.map(rec) },
  { actions: { type: 'rejectInput' as const } },
];

/** BACK goes to whichever step is below the current one on the stack (one guarded candidate per step). */
export const backTransitions = (steps: readonly StepId[]) =>
  steps
    .filter((step) => step !== 'done')
    .map((step) => ({ guard: { type: 'previousStepIs' as const, params: { step } }, target: `#${step}`, actions: { type: 'stepBack' as const } }));

/** Ends the call from any step: the outcome is built from whatever was recorded so far. */
export const hangUp = { target: '#done' } as const;

/**
 * Seed 000 step 1–2 and 003: greeting, then reaching the crediteurenafdeling or someone who can
 * decide; otherwise the responsible person's details and a concrete call-back appointment.
 * `reached` is where the conversation starts once the right person is on the line.
 */
export function reachStates(reached: string) {
  return {
    greeting: callSetup.createStateConfig({
      id: 'greeting',
      entry: enter('greeting'),
      on: {
        REACHED: go(reached, { what: 'reached' }),
        TRANSFERRED: go('#transferred'),
        NOT_AVAILABLE: go('#notAvailable'),
        NO_ANSWER: go('#done', { what: 'end', result: 'no_answer' }),
        VOICEMAIL: go('#done', { what: 'end', result: 'voicemail' }),
        WRONG_NUMBER: go('#done', { what: 'end', result: 'wrong_number' }),
      },
    }),
    transferred: callSetup.createStateConfig({
      id: 'transferred',
      entry: enter('transferred'),
      on: {
        REACHED: go(reached, { what: 'reached' }),
        NOT_REACHED: go('#notAvailable'),
        VOICEMAIL: go('#done', { what: 'end', result: 'voicemail' }),
      },
    }),
    notAvailable: callSetup.createStateConfig({
      id: 'notAvailable',
      entry: enter('notAvailable'),
      on: {
        SUBMIT_CONTACT: submit('#askDecider', { what: 'contact' }),
        SKIP: go('#askDecider'),
      },
    }),
    askDecider: callSetup.createStateConfig({
      id: 'askDecider',
      entry: enter('askDecider'),
      on: {
        REACHED: go(reached, { what: 'reached' }),
        NOBODY: go('#callBackAppointment'),
      },
    }),
    callBackAppointment: callSetup.createStateConfig({
      id: 'callBackAppointment',
      entry: enter('callBackAppointment'),
      on: {
        SUBMIT_APPOINTMENT: submit('#done', { what: 'appointment', purpose: 'responsible' }, { what: 'end', result: 'call_back' }),
        NO_APPOINTMENT: go('#done', { what: 'end', result: 'not_reached' }),
      },
    }),
  };
}

/** Preparation (tone, plan policy) before dialling. */
export const preparationState = callSetup.createStateConfig({
  id: 'preparation',
  entry: enter('preparation'),
  on: {
    SET_TONE: { actions: { type: 'setTone' as const } },
    SET_PLAN_POLICY: [{ guard: 'inputValid' as const, actions: { type: 'setPlanPolicy' as const } }, { actions: { type: 'rejectInput' as const } }],
    DIAL: { target: '#greeting', actions: { type: 'startCall' as const } },
  },
});

/** The recap: every commitment read back (seed 000 tips, 003), then done. */
export const recapState = callSetup.createStateConfig({
  id: 'recap',
  entry: enter('recap'),
  on: { FINISH: { target: '#done' } },
});

/** The end: time stamped, outcome handed to the saveOutcome effect. No persist here: the saved call replaces the active one. */
export const doneState = callSetup.createStateConfig({
  id: 'done',
  type: 'final' as const,
  entry: [
    { type: 'finish' as const },
    { type: 'enterStep' as const, params: { step: 'done' as const } },
    { type: 'saveOutcome' as const, params: ({ context }) => ({ outcome: buildOutcome(context) }) },
  ],
});

/** Available in every step: notes always at hand. */
export const rootHandlers = {
  NOTE: { guard: 'inputValid' as const, actions: { type: 'addNote' as const } },
};

/** The step the UI shows: 'preparation', 'done', or the active step inside the call. */
export function currentStep(snapshot: Pick<AnyMachineSnapshot, 'value'>): StepId {
  const value = snapshot.value as string | { call: string };
  return (typeof value === 'string' ? value : value.call) as StepId;
}

/**
 * The persistSnapshot implementation for .provide(): xstate runs actions during the transition, before
 * the actor holds the new snapshot, so the save waits for the end of the current task. A finished call
 * is not saved (its outcome replaces the active call).
 */
export function persistAfterStep(save: (persisted: unknown, step: StepId) => void) {
  return ({ self }: { self: AnyActorRef }) =>
    queueMicrotask(() => {
      const snapshot = self.getSnapshot() as AnyMachineSnapshot;
      if (snapshot.status === 'active') save(self.getPersistedSnapshot(), currentStep(snapshot));
    });
}

type StateConfig = Parameters<typeof callSetup.createStateConfig>[0];
type Transitions = NonNullable<StateConfig['on']>;

/** An atomic step: its id (BACK targets `#id`), the bookkeeping entry, its transitions. */
export const step = <S extends StepId>(id: S, on: Transitions) => callSetup.createStateConfig({ id, entry: enter(id), on });

/**
 * A call machine: preparation, the conversation (`states`, which starts at the greeting) and the end.
 * BACK and HANG_UP work in every step of the conversation; NOTE everywhere.
 */
export function createCallMachine<S extends Record<string, StateConfig>>(options: {
  id: string;
  kind: CallKind;
  version: number;
  steps: readonly StepId[];
  states: S;
}) {
  return callSetup.createMachine({
    id: options.id,
    context: ({ input }) => initialContext(input, options.kind, options.version),
    initial: 'preparation',
    on: rootHandlers,
    output: ({ context }) => buildOutcome(context),
    states: {
      preparation: preparationState,
      call: {
        initial: 'greeting',
        on: { BACK: backTransitions(options.steps), HANG_UP: hangUp },
        states: options.states,
      },
      done: doneState,
    },
  });
}
