// What an excuse module holds: one answer of the customer (seed 000 step 4) with everything that
// belongs to it — its hotkey, its steps (a compound state of the call, so the chart reads like the
// seed), the buttons and where they go, its texts in Dutch and English, and what it records.
// The registry (index.ts) derives the excuse buttons, the excuse-to-step map and the step list.
import type { Excuse } from '../../domain/call-outcome';
import type { MessageTable } from '../../domain/message';
import type { ExcuseRecording, Recorder } from '../call-data';
import type { StepDefinition } from '../call-step';

export interface ExcuseModule<E extends Excuse = Excuse, S extends string = string> {
  excuse: E;
  /** The key that picks this answer on "purpose" and "anything else?" (unique among the excuses). */
  hotkey: string;
  /** The excuse's steps; the first is where the answer leads. */
  steps: readonly StepDefinition<S>[];
  /**
   * Where the answer leads when that depends on the call (first match wins; default: the first step).
   * Guards are the setup's: e.g. "kan niet betalen" goes to the last chance when no plan may be offered.
   */
  opens?: readonly { guard?: 'planAllowed'; step: S }[];
  /** What this excuse alone records, by name: used in its transitions as { what: '<excuse>/<name>' }. */
  recorders?: Record<string, Recorder<ExcuseRecording>>;
  /**
   * Its texts, both languages, ICU: 'excuse.<excuse>' (the button), and per step 'script.<step>' (what
   * the collector says, select on tone) and 'step.<step>' (the step's name in the history); the task
   * titles, recap lines and button labels only this excuse uses.
   */
  messages: MessageTable;
}

/** Declares an excuse module, keeping its literal excuse and step ids for the derived types. */
export function defineExcuse<const E extends Excuse, const S extends string>(module: ExcuseModule<E, S>): ExcuseModule<E, S> {
  return module;
}
