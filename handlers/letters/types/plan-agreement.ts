// Betalingsregeling ter ondertekening: the plan agreed by phone on paper, to be signed and returned.
// Issuing it sends the plan: the plan is marked sent and the task to send it for signature is done.
import type { Db } from '../../../db/client';
import { plansAwaitingSignature } from '../../../db/plans.repo';
import { composePlanAgreement } from '../../../domain/letters';
import { getPlan, markPlanSent } from '../../plans';
import { invalidInput, notAllowed } from '../../refusals';
import { openForLetter } from '../ledger';
import { register } from '../registry';

/** The plan named, or the debtor's newest plan still to be signed. */
function planForLetter(db: Db, debtorId: number, planId: number | undefined) {
  if (planId !== undefined) {
    const plan = getPlan(db, planId);
    if (plan.debtorId !== debtorId) throw invalidInput('errors.plan.not_own');
    return plan;
  }
  const newest = plansAwaitingSignature(db, debtorId)[0];
  if (!newest) throw notAllowed('errors.plan.none_to_sign');
  return getPlan(db, newest.id);
}

export const planAgreement = register({
  type: 'plan_agreement',
  load: (db, request, context) => {
    const plan = planForLetter(db, request.debtorId, request.planId);
    return { input: { ...context, open: openForLetter(db, request.debtorId), plan }, links: { callId: null, planId: plan.id } };
  },
  compose: composePlanAgreement,
  afterIssue: (db, { links, letter, today }) => {
    if (getPlan(db, links.planId!).status === 'proposed') markPlanSent(db, { planId: links.planId!, sentOn: letter.letterDate }, today);
  },
});
