// Betalingsherinnering (seed 000, day 1 after the due date): a friendly reminder of what is overdue.
import { composeReminder1 } from '../../../domain/letters';
import { openForLetter } from '../ledger';
import { register } from '../registry';

export const reminder1 = register({
  type: 'reminder1',
  offeredTo: () => true,
  load: (db, request, context) => ({ input: { ...context, open: openForLetter(db, request.debtorId) }, links: { callId: null, planId: null } }),
  compose: composeReminder1,
});
