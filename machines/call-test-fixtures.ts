// Shared test data for the call machines: the seed 000 debtor (Leeflang & Zn) with its three
// invoices, a fixed calendar (Monday 4 March 2030), and valid fields for every event with fields.
import { createActor, type Actor, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import { createTestModel } from 'xstate/graph';
import { EXCUSES } from '../domain/call-outcome';
import type { CallContext, CallEvent, CallInput } from './call-types';

export const TODAY = '2030-03-04'; // a Monday
export const NOW = '2030-03-04T09:00:00.000Z'; // 10:00 in Amsterdam

export const INVOICES = [
  { id: 1, number: '123', invoiceDate: '2030-01-01', dueDate: '2030-01-15', openCents: 17849, description: 'Schoenen' },
  { id: 2, number: '456', invoiceDate: '2030-01-02', dueDate: '2030-01-16', openCents: 289824, description: 'Laarzen' },
  { id: 3, number: '789', invoiceDate: '2030-01-03', dueDate: '2030-01-17', openCents: 5849, description: 'Veters' },
];
export const TOTAL = 313522; // 178,49 + 2.898,24 + 58,49 (the seed printed 3.135,16)

export function callInput(overrides: Partial<CallInput> = {}): CallInput {
  return {
    debtor: { id: 7, name: 'Leeflang & Zn', kind: 'business', contact: { name: 'dhr. Leeflang', phone: '0294-123456' } },
    openInvoices: INVOICES,
    collector: 'Eva Jansen',
    companyName: 'Shoepro BV',
    tone: 'zakelijk',
    mayOfferPlan: true,
    maxPlanTerms: 4,
    today: TODAY,
    now: NOW,
    ...overrides,
  };
}

/** Valid fields for each event that carries any (the model tests send these). */
export const VALID_EVENTS: CallEvent[] = [
  { type: 'SET_TONE', tone: 'streng' },
  { type: 'SET_PLAN_POLICY', mayOfferPlan: false, maxPlanTerms: 1 },
  { type: 'SUBMIT_CONTACT', name: 'mevr. De Vries', phone: '0294-654321', email: 'devries@leeflang.nl' },
  { type: 'SUBMIT_APPOINTMENT', date: '2030-03-05', time: '10:30' },
  { type: 'SUBMIT_EMAIL', email: 'administratie@leeflang.nl' },
  { type: 'SUBMIT_COPY_DETAILS', addressCorrect: true, sendTo: 'administratie@leeflang.nl' },
  { type: 'SUBMIT_COMPLAINT', invoiceIds: [2], description: 'Twee paar laarzen te veel berekend' },
  { type: 'PASS_TO_HANDLER', handler: 'Klachtenafdeling' },
  { type: 'RESOLVE_NOW', resolution: 'Creditnota voor twee paar toegezegd' },
  { type: 'SUBMIT_PAYMENT_DETAILS', date: '2030-03-01', amountCents: 17849, description: 'factuur 123' },
  { type: 'BANK_DETAILS_WRONG', note: 'Nieuw rekeningnummer sinds januari' },
  { type: 'REVERSED', reason: 'Saldo ontoereikend' },
  { type: 'COLLECT_AGAIN', date: '2030-03-11' },
  {
    type: 'SUBMIT_PLAN',
    // 123 and 789: the complaint below is about 456, which a plan may not cover.
    invoiceIds: [1, 3],
    totalCents: 17849 + 5849,
    installments: [
      { dueDate: '2030-03-15', amountCents: 11849 },
      { dueDate: '2030-04-15', amountCents: 11849 },
    ],
  },
  { type: 'SUBMIT_PROMISE', date: '2030-03-06', amountCents: TOTAL, hasPaymentDetails: true },
  { type: 'SUBMIT_OTHER_AGREEMENT', colleague: 'Piet', description: 'betalen na de jaarafsluiting' },
  { type: 'SUBMIT_QUESTION', invoiceIds: [1], question: 'Is de korting verrekend?' },
  { type: 'NOTE', text: 'Klant klonk gehaast' },
  ...EXCUSES.map((excuse) => ({ type: 'EXCUSE' as const, excuse })),
];

/** A call with two excuses — invoice 456 wrong (passed on), a promise, never received — up to the recap. */
export const TWO_EXCUSES_TO_RECAP: CallEvent[] = [
  { type: 'DIAL' },
  { type: 'REACHED' },
  { type: 'EXCUSE', excuse: 'invoice_incorrect' },
  { type: 'SUBMIT_COMPLAINT', invoiceIds: [2], description: 'Prijs klopt niet' },
  { type: 'PASS_TO_HANDLER', handler: 'Karin' },
  { type: 'SUBMIT_PROMISE', date: '2030-03-06', amountCents: 17849 + 5849 },
  { type: 'EXCUSE', excuse: 'never_received' },
  { type: 'SUBMIT_COPY_DETAILS', addressCorrect: true, sendTo: 'crediteuren@leeflang.nl' },
  { type: 'SUBMIT_APPOINTMENT', date: '2030-03-07', time: '9:30' },
  { type: 'NO_COMMITMENT' },
  { type: 'NO_MORE' },
];

/** Sends events one by one to a fresh actor; returns the actor. */
export function play<M extends AnyStateMachine>(machine: M, events: CallEvent[], input: CallInput = callInput()) {
  // Both call machines take CallInput and CallEvent; the generic M only keeps the snapshot type.
  const actor = createActor(machine as AnyStateMachine, { input }) as unknown as Actor<M>;
  actor.start();
  for (const event of events) actor.send(event as never);
  return actor;
}

/** The first valid event of a type, with extra fields. */
export function ev<T extends CallEvent['type']>(type: T, fields: Partial<Extract<CallEvent, { type: T }>> = {}): Extract<CallEvent, { type: T }> {
  const base = VALID_EVENTS.find((e) => e.type === type) ?? { type };
  return { ...base, ...fields } as Extract<CallEvent, { type: T }>;
}

// ---------------------------------------------------------------- the model (xstate/graph)

/**
 * A vertex of the model: the step plus the context the guards read (plan policy, the preventive "issue"
 * flag) — not the BACK stack or the recorded data, which would make every route its own vertex.
 */
export const vertexKey = (s: AnyMachineSnapshot) => {
  const c = s.context as CallContext;
  return JSON.stringify([s.value, c.mayOfferPlan, c.data.issue]);
};

export type Path = { steps: { event: CallEvent; state: AnyMachineSnapshot }[]; state: AnyMachineSnapshot };
/** A generated path's test(): replays its events and checks each state it reaches. */
export type PathTest = (params: { events: object; states: Record<string, (expected: AnyMachineSnapshot) => void> }) => Promise<void>;

/** The test model of a call machine over VALID_EVENTS, with the events `filter` lets through. */
export function callModel(machine: AnyStateMachine, filter: (s: AnyMachineSnapshot, e: CallEvent) => boolean, key: (s: AnyMachineSnapshot) => string = vertexKey) {
  return createTestModel(machine, {
    input: callInput(),
    events: VALID_EVENTS,
    serializeState: (s) => key(s as AnyMachineSnapshot),
    filterEvents: (s, e) => filter(s as AnyMachineSnapshot, e as CallEvent),
  } as Parameters<typeof createTestModel>[1]);
}

/** BACK depends on history and NOTE changes no step: left out of the graph. */
export const noBackNote = (_s: AnyMachineSnapshot, e: CallEvent) => e.type !== 'BACK' && e.type !== 'NOTE';

/** The shortest path to every step of a call machine. */
export const shortestPaths = (machine: AnyStateMachine) =>
  callModel(machine, noBackNote).getShortestPaths({ allowDuplicatePaths: true }) as unknown as (Path & { test: PathTest })[];
