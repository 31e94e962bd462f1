// A complaint: open → in behandeling (a handler takes it up) → opgelost; or resolved at once during the
// call (seed 000: "zelf oplossen"). The customer is told about the solution afterwards, once — so
// informing before the complaint is resolved is refused: there is nothing to tell yet.
import type { IsoDate } from '../dates';
import { message } from '../message';
import { step, type Lifecycle, type Step } from './lifecycle';

export const COMPLAINT_STATUSES = ['open', 'in_behandeling', 'opgelost'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];
/** Statuses that hold the complaint's invoices out of reminders and calls. */
export const OPEN_COMPLAINT_STATUSES = ['open', 'in_behandeling'] as const satisfies readonly ComplaintStatus[];

export const COMPLAINT_EVENTS = ['start_handling', 'resolve', 'inform_customer'] as const;
export type ComplaintEvent = (typeof COMPLAINT_EVENTS)[number];

export const complaintLifecycle: Lifecycle<ComplaintStatus, ComplaintEvent> = {
  states: COMPLAINT_STATUSES,
  events: COMPLAINT_EVENTS,
  table: {
    open: { start_handling: 'in_behandeling', resolve: 'opgelost' },
    in_behandeling: { resolve: 'opgelost' },
    // Informing the customer is recorded on the complaint; the status stays opgelost.
    opgelost: { inform_customer: 'opgelost' },
  },
  refusal: (state, event) => {
    if (event === 'inform_customer') return message('errors.complaint.inform_unresolved');
    return message(state === 'opgelost' ? 'errors.complaint.already_resolved' : 'errors.complaint.already_handled');
  },
};

export interface ComplaintState {
  status: ComplaintStatus;
  customerInformedOn: IsoDate | null;
}

/** The table plus the one guard it cannot express: the customer is informed only once. */
export function complaintStep(c: ComplaintState, event: ComplaintEvent): Step<ComplaintStatus> {
  if (event === 'inform_customer' && c.customerInformedOn)
    return { ok: false, reason: message('errors.complaint.already_informed', { date: { date: c.customerInformedOn } }) };
  return step(complaintLifecycle, c.status, event);
}
