// A payment plan (betalingsregeling, seed 000): agreed by phone (proposed), put on paper and sent,
// signed and returned, then active; completed when every installment is paid, defaulted when an
// installment stays unpaid past the grace period. Completed and defaulted plans are closed.
import type { Lifecycle } from './lifecycle';

export const PLAN_STATUSES = ['proposed', 'sent', 'signed', 'active', 'completed', 'defaulted'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const PLAN_EVENTS = ['send', 'sign', 'activate', 'pay', 'complete', 'default'] as const;
export type PlanEvent = (typeof PLAN_EVENTS)[number];

export const DEFAULT_PLAN_GRACE_DAYS = 7;

export const planLifecycle: Lifecycle<PlanStatus, PlanEvent> = {
  states: PLAN_STATUSES,
  events: PLAN_EVENTS,
  table: {
    proposed: { send: 'sent' },
    sent: { sign: 'signed' },
    signed: { activate: 'active' },
    active: { pay: 'active', complete: 'completed', default: 'defaulted' },
    completed: {},
    defaulted: {},
  },
  refusal: (state, event) => {
    if (state === 'completed') return 'Deze betalingsregeling is al volledig betaald; er kan niets meer aan veranderen.';
    if (state === 'defaulted')
      return 'Deze betalingsregeling is niet nagekomen en vervallen; er kan niets meer aan veranderen.';
    switch (event) {
      case 'send':
        return 'Deze betalingsregeling is al verstuurd.';
      case 'sign':
        return state === 'proposed'
          ? 'Verstuur de betalingsregeling eerst ter ondertekening.'
          : 'Deze betalingsregeling is al ondertekend.';
      case 'activate':
        return state === 'active'
          ? 'Deze betalingsregeling is al actief.'
          : 'Een betalingsregeling wordt pas actief als de klant hem ondertekend heeft teruggestuurd.';
      case 'pay':
        return 'Op deze betalingsregeling kan pas worden betaald als hij actief is.';
      case 'complete':
        return 'Alleen een actieve betalingsregeling kan voltooid worden.';
      case 'default':
        return 'Alleen een actieve betalingsregeling kan vervallen.';
    }
  },
};
