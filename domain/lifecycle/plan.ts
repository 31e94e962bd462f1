// A payment plan (betalingsregeling, seed 000): agreed by phone (proposed), put on paper and sent,
// signed and returned, then active; completed when every installment is paid, defaulted when an
// installment stays unpaid past the grace period. Completed and defaulted plans are closed.
import { message, type Message } from '../message';
import type { Lifecycle } from './lifecycle';

export const PLAN_STATUSES = ['proposed', 'sent', 'signed', 'active', 'completed', 'defaulted'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
/** A plan not closed: it holds or pauses the invoices it covers, and reminders leave them out. */
export const RUNNING_PLAN_STATUSES = ['proposed', 'sent', 'signed', 'active'] as const satisfies readonly PlanStatus[];
export const PLAN_EVENTS = ['send', 'sign', 'activate', 'pay', 'complete', 'default', 'payment_returned'] as const;
export type PlanEvent = (typeof PLAN_EVENTS)[number];

export const planLifecycle: Lifecycle<PlanStatus, PlanEvent> = {
  states: PLAN_STATUSES,
  events: PLAN_EVENTS,
  table: {
    proposed: { send: 'sent' },
    sent: { sign: 'signed' },
    signed: { activate: 'active' },
    active: { pay: 'active', complete: 'completed', default: 'defaulted' },
    // The bank took back a payment that completed it: active again until it is paid after all.
    completed: { payment_returned: 'active' },
    defaulted: {},
  },
  refusal: (state, event) => {
    if (state === 'completed' || state === 'defaulted') return message(`errors.plan.closed.${state}`);
    switch (event) {
      case 'send':
        return message('errors.plan.already_sent');
      case 'sign':
        return message(state === 'proposed' ? 'errors.plan.send_first' : 'errors.plan.already_signed');
      case 'activate':
        return message(state === 'active' ? 'errors.plan.already_active' : 'errors.plan.not_signed');
      case 'pay':
      case 'complete':
      case 'default':
        return message('errors.plan.not_active', { event });
      case 'payment_returned':
        return message('errors.plan.not_completed');
    }
  },
};

/** What a debtor allows: whether a plan may be offered, and how many terms (see MAX_PLAN_TERMS). */
export interface PlanPolicy {
  name: string;
  mayOfferPlan: boolean;
  maxPlanTerms: number;
}

/**
 * Why a new plan may not be recorded for this debtor, or null: no plans for this debtor, more terms
 * than allowed for them, or a first term before the day the plan was agreed.
 */
export function newPlanRefusal(
  debtor: PlanPolicy,
  plan: { agreedOn: string; installments: readonly { dueDate: string }[] },
): { code: 'not_allowed' | 'invalid_input'; reason: Message } | null {
  if (!debtor.mayOfferPlan) return { code: 'not_allowed', reason: message('errors.plan.not_offered', { name: debtor.name }) };
  if (plan.installments.length > debtor.maxPlanTerms)
    return { code: 'not_allowed', reason: message('errors.plan.too_many_terms', { name: debtor.name, max: debtor.maxPlanTerms }) };
  if (plan.installments[0] && plan.installments[0].dueDate < plan.agreedOn) return { code: 'invalid_input', reason: message('errors.plan.first_term_before_agreed') };
  return null;
}
