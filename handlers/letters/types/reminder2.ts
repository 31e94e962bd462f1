// Aanmaning (seed 000, day 10): refers to the betalingsherinnering sent before it.
import { composeReminder2, lastOfType } from '../../../domain/letters';
import { openForLetter, sentBefore } from '../ledger';
import { register } from '../registry';

export const reminder2 = register({
  type: 'reminder2',
  offeredTo: () => true,
  load: (db, request, context) => ({
    input: {
      ...context,
      open: openForLetter(db, request.debtorId),
      reminder1Date: lastOfType(sentBefore(db, request.debtorId), 'reminder1')?.letterDate ?? null,
    },
    links: { callId: null, planId: null },
  }),
  compose: composeReminder2,
});
