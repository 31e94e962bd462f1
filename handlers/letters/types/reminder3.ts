// Laatste aanmaning en ingebrekestelling (seed 000, day 21): states interest and collection costs. Once
// it is issued, the task to send it is done and the debtor is marked for hand-over the day after its
// payment term (for a consumer not before the 14-day letter's term: art. 6:96 lid 6 BW), with a task.
import type { Db } from '../../../db/client';
import { lettersSent } from '../../../db/letters.repo';
import { paidOnCostsAndInterest } from '../../../db/payments.repo';
import { closeOpenTasks } from '../../../db/tasks.repo';
import { updateDebtor } from '../../../db/debtors.repo';
import { addDays, compareDates, type IsoDate } from '../../../domain/dates';
import { composeReminder3, type LetterModel } from '../../../domain/letters';
import { earliestHandOver } from '../../../domain/legal';
import { message, messagesOf } from '../../../domain/message';
import { taskMessages } from '../../../i18n/messages/tasks';
import { createTask } from '../../tasks';
import { storeMessage } from '../../stored-text';
import { openForLetter, sentBefore } from '../ledger';
import { letterClosed, register } from '../registry';
import { bookedForLetter, bookLetterClaim } from '../../claim-parts';

/** The last day of the latest 14-day letter's term, if the debtor had one. */
function fourteenDayTermEnd(db: Db, debtorId: number): IsoDate | null {
  return (
    lettersSent(db, debtorId, ['consumer14'])
      .map((l) => l.termEndsOn)
      .filter((d): d is IsoDate => !!d)
      .sort(compareDates)
      .at(-1) ?? null
  );
}

const taskTitle = messagesOf(taskMessages);

function markForHandOver(db: Db, letter: LetterModel): void {
  const debtorId = letter.debtor.id;
  closeOpenTasks(db, { debtorId, types: ['send_ingebrekestelling'] }, letter.letterDate, null, letterClosed(letter));
  const termEnd = letter.payBy ?? addDays(letter.letterDate, 5);
  const planned = addDays(termEnd, 1);
  const fourteenDay = fourteenDayTermEnd(db, debtorId);
  const handOverOn = earliestHandOver(letter.debtor.kind, planned, fourteenDay) ?? planned;
  const reason = storeMessage(
    message('debtor.escalation.after_notice', {
      letterDate: { date: letter.letterDate },
      termEnd: { date: termEnd },
      handOverOn: { date: handOverOn },
      fourteenDayLetterMissing: letter.debtor.kind === 'consumer' && !fourteenDay ? 'yes' : 'no',
    }),
  );
  updateDebtor(db, debtorId, { escalation: 'overdracht', escalationReason: reason });
  createTask(db, { debtorId, type: 'hand_over', title: taskTitle('task.hand_over.unpaid_after_notice'), dueDate: handOverOn });
}

export const reminder3 = register({
  type: 'reminder3',
  offeredTo: () => true,
  load: (db, request, context) => ({
    input: {
      ...context,
      open: openForLetter(db, request.debtorId),
      sent: sentBefore(db, request.debtorId),
      paid: paidOnCostsAndInterest(db, request.debtorId),
      booked: bookedForLetter(db, request.debtorId),
    },
    links: { callId: null, planId: null },
  }),
  compose: composeReminder3,
  afterIssue: (db, { letterId, letter }) => {
    bookLetterClaim(db, letterId, letter);
    markForHandOver(db, letter);
  },
});
