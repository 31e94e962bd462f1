// Herinnering termijn betalingsregeling: within an active plan, the term paid late — the letter that fits
// a debtor in a plan (a dunning letter would demand the whole claim the plan spreads out).
import { plansIn } from '../../../db/plans.repo';
import { getSettings } from '../../../db/settings.repo';
import { composePlanTermReminder } from '../../../domain/letters';
import { refused } from '../../refusals';
import { openForLetter } from '../ledger';
import { register } from '../registry';

export const planTermReminder = register({
  type: 'plan_term_reminder',
  load: (db, request, context) => {
    const plan = plansIn(db, ['active'], request.debtorId).find((p) => request.planId === undefined || p.id === request.planId);
    if (!plan) throw refused({ key: 'dunning.refusal.no_late_term' });
    // The invoices the plan covers that are still open (the schedule pauses only these).
    const invoiceNumbers = openForLetter(db, request.debtorId)
      .filter((i) => plan.invoiceIds.includes(i.id))
      .map((i) => i.number);
    return {
      input: { ...context, plan: { id: plan.id, agreedOn: plan.agreedOn, installments: plan.installments, invoiceNumbers }, graceDays: getSettings(db).planGraceDays },
      links: { callId: null, planId: plan.id },
    };
  },
  compose: composePlanTermReminder,
});
