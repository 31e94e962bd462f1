// The one XState setup both call machines are built from: context, events, actions and guards — pure;
// the one effect (saveOutcome) is a no-op here and supplied by the app with .provide(). Also the steps
// every call shares (preparation, finding the right person, recap, done), the assembly of a call
// machine from step declarations (call-step.ts), and saving a running call from the actor's snapshots.
import { assertEvent, assign, setup, type AnyActorRef, type AnyMachineSnapshot, type Subscription } from 'xstate';
import type { CallOutcome } from '../domain/call-outcome';
import { checkEvent, emptyDrafts, eventData, eventTime, initialContext, type Recording } from './call-data';
import { buildOutcome, record } from './call-record';
import { choice, go, step, submit, transitionsOf, type StepDefinition, type Transition } from './call-step';
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
    enterStep: assign(({ context, event }, params: { step: string }) => {
      const init = event.type.startsWith('xstate.');
      const at = init ? (context.input.now ? context.startedAt : eventTime({})) : eventTime(event);
      const back = event.type === 'BACK';
      const previous = context.stack[context.stack.length - 1];
      return {
        error: null,
        path: [...context.path, { step: params.step, at, note: '', data: init ? {} : eventData(event) }],
        // After BACK the stack already ends with this step (stepBack popped the one we left).
        stack: back ? context.stack : [...context.stack, { step: params.step, data: context.data }],
        lastInput: previous && !back && !init ? { ...context.lastInput, [previous.step]: eventData(event) } : context.lastInput,
        // A new step shows its buttons; what was typed in the last one is gone with it (the note stays).
        drafts: emptyDrafts(context.drafts.note),
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
      assertEvent(event, 'NOTE');
      const text = event.text.trim();
      const path = context.path.map((s, i) => (i === context.path.length - 1 ? { ...s, note: s.note ? `${s.note}\n${text}` : text } : s));
      return { notes: context.notes ? `${context.notes}\n${text}` : text, path, drafts: { ...context.drafts, note: '' } };
    }),
    keepDraft: assign(({ context, event }) => {
      assertEvent(event, 'DRAFT');
      const { open, form, values, note } = event;
      const drafts = context.drafts;
      return {
        drafts: {
          open: open === undefined ? drafts.open : open,
          forms: form && values ? { ...drafts.forms, [form]: values } : drafts.forms,
          note: note ?? drafts.note,
        },
      };
    }),
    setTone: assign(({ event }) => {
      assertEvent(event, 'SET_TONE');
      return { tone: event.tone };
    }),
    setPlanPolicy: assign(({ event }) => {
      assertEvent(event, 'SET_PLAN_POLICY');
      return { mayOfferPlan: event.mayOfferPlan, maxPlanTerms: event.maxPlanTerms };
    }),
    startCall: assign(({ event }) => ({ startedAt: eventTime(event) })),
    finish: assign(({ context, event }) => ({ endedAt: eventTime(event), hungUp: context.hungUp || event.type === 'HANG_UP' })),
    /** Effect: write the outcome (db/calls.repo.ts through the app). Supplied with .provide(). */
    saveOutcome: (_args, _params: { outcome: CallOutcome }) => {},
  },
  guards: {
    inputValid: ({ context, event }) => checkEvent(context, event).ok,
    previousStepIs: ({ context }, params: { step: string }) => context.stack[context.stack.length - 2]?.step === params.step,
    excuseIs: ({ event }, params: { excuse: string }) => {
      assertEvent(event, 'EXCUSE');
      return event.excuse === params.excuse;
    },
    planAllowed: ({ context }) => context.mayOfferPlan,
    noIssue: ({ context }) => !context.data.issue,
  },
});

type StateConfig = Parameters<typeof callSetup.createStateConfig>[0];

// ---------------------------------------------------------------- steps every call shares

/**
 * Seed 000 step 1–2 and 003: greeting, then reaching the crediteurenafdeling or someone who can
 * decide; otherwise the responsible person's details and a concrete call-back appointment.
 * `reached` is where the conversation starts once the right person is on the line.
 */
export function reachSteps(reached: string) {
  const end = (result: 'no_answer' | 'voicemail' | 'wrong_number' | 'not_reached') => go('#done', { what: 'end', result });
  return [
    step('greeting', [
      choice('REACHED', 'choice.reached', '1', go(reached, { what: 'reached' })),
      choice('TRANSFERRED', 'choice.transferred', '2', go('#transferred')),
      choice('NOT_AVAILABLE', 'choice.not_available', '3', go('#notAvailable')),
      choice('NO_ANSWER', 'choice.no_answer', '4', end('no_answer')),
      choice('VOICEMAIL', 'choice.voicemail', '5', end('voicemail')),
      choice('WRONG_NUMBER', 'choice.wrong_number', '6', end('wrong_number')),
    ]),
    step('transferred', [
      choice('REACHED', 'choice.reached', '1', go(reached, { what: 'reached' })),
      choice('NOT_REACHED', 'choice.not_reached', '2', go('#notAvailable')),
      choice('VOICEMAIL', 'choice.voicemail', '3', end('voicemail')),
    ]),
    step('notAvailable', [
      choice('SUBMIT_CONTACT', 'choice.record_responsible', '1', submit('#askDecider', { what: 'contact' }), 'contact'),
      choice('SKIP', 'choice.skip_contact', '2', go('#askDecider')),
    ]),
    step('askDecider', [
      choice('REACHED', 'choice.decider_reached', '1', go(reached, { what: 'reached' })),
      choice('NOBODY', 'choice.nobody', '2', go('#callBackAppointment')),
    ]),
    step('callBackAppointment', [
      choice(
        'SUBMIT_APPOINTMENT',
        'choice.appointment',
        '1',
        submit('#done', { what: 'appointment', title: 'task.call_back.responsible' }, { what: 'end', result: 'call_back' }),
        'appointment',
      ),
      choice('NO_APPOINTMENT', 'choice.no_appointment', '2', end('not_reached')),
    ]),
  ] as const;
}

/** Preparation (tone, plan policy) before dialling. */
export const preparation = step('preparation', [
  choice('SET_TONE', 'choice.set_tone', 't', [{ actions: { type: 'setTone' } }], 'tone'),
  choice('SET_PLAN_POLICY', 'choice.plan_policy', 'p', [{ guard: 'inputValid', actions: { type: 'setPlanPolicy' } }, { actions: { type: 'rejectInput' } }], 'planPolicy'),
  choice('DIAL', 'choice.dial', 'Enter', [{ target: '#greeting', actions: { type: 'startCall' } }]),
]);

/** The recap: every commitment read back (seed 000 tips, 003), then done. */
export const recap = step('recap', [choice('FINISH', 'choice.finish', 'Enter', [{ target: '#done' }])]);

/** The end: no buttons. */
export const done = step('done', []);

// ---------------------------------------------------------------- assembling a call machine

/** Steps that belong together (an excuse's branch): one compound state named `name`, starting at its first step. */
export interface StepGroup {
  name: string;
  steps: readonly StepDefinition[];
}
export type ConversationPart = StepDefinition | StepGroup;

const isGroup = (part: ConversationPart): part is StepGroup => 'steps' in part;

/** Every step of a conversation, in order. */
export const stepsOf = (parts: readonly ConversationPart[]): StepDefinition[] => parts.flatMap((p) => (isGroup(p) ? p.steps : [p]));

/** An atomic step: its id (targets use `#id`), the bookkeeping on entry, its transitions. */
function stepState(definition: StepDefinition): StateConfig {
  return { id: definition.id, entry: { type: 'enterStep', params: { step: definition.id } }, on: transitionsOf(definition) } as StateConfig;
}

/** BACK goes to whichever step is below the current one on the stack (one guarded candidate per step). */
function backTransitions(steps: readonly StepDefinition[]): Transition[] {
  return steps.map((s) => ({ guard: { type: 'previousStepIs', params: { step: s.id } }, target: `#${s.id}`, actions: { type: 'stepBack' } }));
}

/**
 * A call machine: preparation, the conversation (which starts at the greeting; an excuse's steps are a
 * compound state of their own) and the end. BACK and HANG_UP work in every step of the conversation;
 * NOTE everywhere.
 */
export function createCallMachine(options: { id: string; kind: CallKind; version: number; conversation: readonly ConversationPart[] }) {
  const states = Object.fromEntries(
    options.conversation.map((part) =>
      isGroup(part)
        ? [part.name, { initial: part.steps[0]!.id, states: Object.fromEntries(part.steps.map((s) => [s.id, stepState(s)])) } as StateConfig]
        : [part.id, stepState(part)],
    ),
  );
  return callSetup.createMachine({
    id: options.id,
    context: ({ input }) => initialContext(input, options.kind, options.version),
    initial: 'preparation',
    on: { NOTE: { guard: 'inputValid', actions: { type: 'addNote' } }, DRAFT: { actions: { type: 'keepDraft' } } },
    output: ({ context }) => buildOutcome(context),
    states: {
      preparation: stepState(preparation),
      call: {
        initial: 'greeting',
        on: {
          BACK: backTransitions([preparation, ...stepsOf(options.conversation)]) as never,
          HANG_UP: [
            { guard: 'inputValid', target: '#done', actions: { type: 'record', params: { what: 'hangUp' } } },
            { actions: { type: 'rejectInput' } },
          ],
        },
        states,
      },
      done: {
        id: 'done',
        type: 'final',
        entry: [
          { type: 'finish' },
          { type: 'enterStep', params: { step: 'done' } },
          { type: 'saveOutcome', params: ({ context }) => ({ outcome: buildOutcome(context) }) },
        ],
      },
    },
  });
}

// ---------------------------------------------------------------- reading and saving a running call

/** The step the UI shows: 'preparation', 'done', or the innermost active step inside the call. */
export function currentStep(snapshot: Pick<AnyMachineSnapshot, 'value'>): StepId {
  let value: unknown = snapshot.value;
  while (value && typeof value === 'object') value = Object.values(value as Record<string, unknown>)[0];
  return value as StepId;
}

/**
 * Saves the running call whenever it moved on — a step entered, a note added, something typed — from the
 * actor's own snapshots, so what is saved is always the step the collector sees. The current snapshot is
 * saved at once. A call is kept only once it started (the greeting shown): the preparation is not a call
 * yet. A finished call is not saved: its outcome replaces it.
 */
export function persistOnChange(actor: AnyActorRef, save: (persisted: Record<string, unknown>, step: StepId) => void): Subscription {
  let last: string | null = null;
  const onSnapshot = (snapshot: AnyMachineSnapshot) => {
    if (snapshot.status !== 'active' || currentStep(snapshot) === 'preparation') return;
    const c = snapshot.context as CallContext;
    const key = JSON.stringify([c.path.length, c.notes, c.tone, c.mayOfferPlan, c.maxPlanTerms, c.drafts]);
    if (key === last) return;
    last = key;
    save(actor.getPersistedSnapshot() as Record<string, unknown>, currentStep(snapshot));
  };
  onSnapshot(actor.getSnapshot() as AnyMachineSnapshot);
  return actor.subscribe(onSnapshot);
}
