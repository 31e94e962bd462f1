// 14-dagenbrief (art. 6:96 lid 6 BW): a consumer gets 14 days before any collection costs.
import { composeConsumer14 } from '../../../domain/letters';
import { openForLetter } from '../ledger';
import { register } from '../registry';

export const consumer14 = register({
  type: 'consumer14',
  // Only a consumer is sent a 14-dagenbrief (art. 6:96 lid 6 BW).
  offeredTo: (debtor) => debtor.kind === 'consumer',
  load: (db, request, context) => ({ input: { ...context, open: openForLetter(db, request.debtorId) }, links: { callId: null, planId: null } }),
  compose: composeConsumer14,
});
