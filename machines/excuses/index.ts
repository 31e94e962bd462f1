// The excuses, in the order their buttons appear (the customer's answers of seed 000, then seed 001's).
// Everything else about excuses is derived from this list: the buttons with their hotkeys, the step
// each answer leads to, the states of the call, its step list, the recorders and the texts.
// Adding an excuse: its module in this folder, one line below and its name in domain/call-outcome.ts
// EXCUSES (the outcome contract). CONTRIBUTING.md shows it step by step.
import { and } from 'xstate';
import type { Excuse } from '../../domain/call-outcome';
import type { ExcuseRecording, Recorder } from '../call-data';
import type { ChoiceWithTransitions, Transition } from '../call-step';
import type { ExcuseModule } from './excuse-module';
import { agreedOtherwise } from './agreed-otherwise';
import { alreadyPaid } from './already-paid';
import { bankError } from './bank-error';
import { cannotPay } from './cannot-pay';
import { directDebit } from './direct-debit';
import { invoiceIncorrect } from './invoice-incorrect';
import { neverReceived } from './never-received';
import { noTime } from './no-time';
import { notMyDepartment } from './not-my-department';
import { onHoliday } from './on-holiday';
import { productNotReceived } from './product-not-received';
import { systemDown } from './system-down';
import { willPay } from './will-pay';

export const EXCUSE_MODULES = [
  notMyDepartment,
  noTime,
  neverReceived,
  invoiceIncorrect,
  alreadyPaid,
  directDebit,
  cannotPay,
  willPay,
  onHoliday,
  bankError,
  productNotReceived,
  systemDown,
  agreedOtherwise,
] as const;

/** The step each excuse opens (DOMAIN.md "The call" step 4), when no condition sends it elsewhere. */
export const EXCUSE_STEP = Object.fromEntries(EXCUSE_MODULES.map((m) => [m.excuse, m.steps[0]!.id])) as Record<Excuse, string>;

/** What EXCUSE does for this excuse: record it, and open its branch (the first `opens` whose guard holds). */
function answerTransitions(m: ExcuseModule): Transition[] {
  return (m.opens ?? [{ step: m.steps[0]!.id }]).map(({ guard, step }) => ({
    guard: guard ? and([{ type: 'excuseIs', params: { excuse: m.excuse } }, guard]) : { type: 'excuseIs', params: { excuse: m.excuse } },
    target: `#${step}`,
    actions: [{ type: 'record', params: { what: 'excuse' } }],
  }));
}

/** The answer buttons on "purpose" and on "anything else?", each with where it leads. */
export const EXCUSE_ANSWERS: readonly ChoiceWithTransitions[] = EXCUSE_MODULES.map((m: ExcuseModule) => ({
  event: 'EXCUSE',
  excuse: m.excuse,
  labelKey: `excuse.${m.excuse}`,
  hotkey: m.hotkey,
  transitions: answerTransitions(m),
}));

/** Every module's own recorders, by their full name '<excuse>/<name>'. */
export const EXCUSE_RECORDERS: Record<string, Recorder<ExcuseRecording>> = Object.fromEntries(
  EXCUSE_MODULES.flatMap((m: ExcuseModule) => Object.entries(m.recorders ?? {}).map(([name, recorder]) => [`${m.excuse}/${name}`, recorder])),
);

