// Overdrachtsdossier (seed 000, day 31): the claim handed to the collection agency with its history.
// Issuing it hands the debtor over: the hand-over and ingebrekestelling tasks are done.
import { callsOf } from '../../../db/calls.repo';
import { plansOf } from '../../../db/plans.repo';
import { promisesOf } from '../../../db/promises.repo';
import { complaintsOf } from '../../../db/complaints.repo';
import { paidOnCostsAndInterest, paymentsOf } from '../../../db/payments.repo';
import { closeOpenTasks } from '../../../db/tasks.repo';
import { findDebtor, updateDebtor } from '../../../db/debtors.repo';
import { message } from '../../../domain/message';
import { storeMessage } from '../../stored-text';
import { catalogue } from '../../../i18n/catalogue';
import { composeHandoverDossier } from '../../../domain/letters';
import { titledName } from '../../../domain/addressee';
import { openForLetter, sentBefore } from '../ledger';
import { letterClosed, register } from '../registry';
import { bookedForLetter, bookLetterClaim } from '../../claim-parts';

export const handoverDossier = register({
  type: 'handover_dossier',
  offeredTo: () => true,
  load: (db, request, context) => {
    const d = findDebtor(db, request.debtorId)!; // the context was built from it
    const input = {
      ...context,
      contact: { phone: d.phone, email: d.email, contactName: d.contactName ? titledName(d.contactTitle, d.contactName) : null, contactRole: d.contactRole, contactPhone: d.contactPhone, contactEmail: d.contactEmail },
      open: openForLetter(db, d.id),
      sent: sentBefore(db, d.id),
      payments: paymentsOf(db, d.id).reverse(),
      // Letters stay Dutch: what they quote from the ledger (a call's recap lines) is rendered in Dutch.
      calls: callsOf(db, d.id).map(({ startedAt, result, summary }) => ({ startedAt, result, summary: summary.map((m) => catalogue.format(m, 'nl')).join('\n') })),
      complaints: complaintsOf(db, d.id)
        .reverse()
        .map((c) => ({ openedOn: c.openedOn, status: c.status, description: c.description, resolution: c.resolution, invoiceNumbers: c.invoices.map((i) => i.number) })),
      promises: promisesOf(db, d.id)
        .reverse()
        .map(({ madeOn, promisedDate, amountCents, status }) => ({ madeOn, promisedDate, amountCents, status })),
      plans: plansOf(db, d.id)
        .sort((a, b) => a.agreedOn.localeCompare(b.agreedOn) || a.id - b.id)
        .map((p) => ({
          agreedOn: p.agreedOn,
          status: p.status,
          totalCents: p.installments.reduce((sum, t) => sum + t.amountCents, 0),
          installments: p.installments.map(({ dueDate, amountCents, paidCents, status }) => ({ dueDate, amountCents, paidCents, status })),
        })),
      paid: paidOnCostsAndInterest(db, d.id),
      booked: bookedForLetter(db, d.id),
    };
    return { input, links: { callId: null, planId: null } };
  },
  compose: composeHandoverDossier,
  afterIssue: (db, { letterId, letter }) => {
    const debtorId = letter.debtor.id;
    bookLetterClaim(db, letterId, letter);
    closeOpenTasks(db, { debtorId, types: ['hand_over', 'send_ingebrekestelling'] }, letter.letterDate, null, letterClosed(letter));
    updateDebtor(db, debtorId, {
      escalation: 'overdracht',
      handedOverOn: letter.letterDate,
      escalationReason: storeMessage(message('debtor.escalation.handed_over', { date: { date: letter.letterDate } })),
    });
  },
});
