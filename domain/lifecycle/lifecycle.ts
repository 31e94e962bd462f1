// A lifecycle is a transition table: state → event → next state. Every pair not in the table is refused
// with a message (key + params, i18n/messages/errors.ts) the handlers turn into AppError('not_allowed').
import type { Message } from '../message';

export interface Lifecycle<S extends string, E extends string> {
  readonly states: readonly S[];
  readonly events: readonly E[];
  readonly table: { readonly [K in S]: { readonly [V in E]?: S } };
  /** Why `event` cannot happen in `state`; only asked for pairs the table leaves out. */
  readonly refusal: (state: S, event: E) => Message;
}

export type Step<S extends string> = { ok: true; to: S } | { ok: false; reason: Message };

export function step<S extends string, E extends string>(lc: Lifecycle<S, E>, from: S, event: E): Step<S> {
  const to = lc.table[from][event];
  return to === undefined ? { ok: false, reason: lc.refusal(from, event) } : { ok: true, to };
}

export function allowedEvents<S extends string, E extends string>(lc: Lifecycle<S, E>, state: S): E[] {
  return lc.events.filter((e) => lc.table[state][e] !== undefined);
}

export function isFinal<S extends string, E extends string>(lc: Lifecycle<S, E>, state: S): boolean {
  return allowedEvents(lc, state).length === 0;
}
