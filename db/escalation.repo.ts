// What a letter sets in motion (seed 000's schedule, days 21 → 31): after the ingebrekestelling the
// claim is handed over once its term has passed; after the hand-over dossier the debtor is handed over.
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from './client';
import { debtors, letters, tasks } from './schema';
import { addDays, compareDates, formatDateLong, type IsoDate } from '../domain/dates';
import { earliestHandOver } from '../domain/legal';
import { message } from '../domain/message';
import { createTask } from './tasks.repo';

interface IssuedLetter {
  debtorId: number;
  type: string;
  letterDate: IsoDate;
  payBy: IsoDate | null;
}

/** Open tasks of these types for the debtor are done: the letter did what they asked. */
function closeTasks(db: Db, debtorId: number, types: ('send_ingebrekestelling' | 'hand_over')[], on: IsoDate, note: string) {
  db.update(tasks)
    .set({ status: 'done', doneOn: on, doneNote: note })
    .where(and(eq(tasks.debtorId, debtorId), eq(tasks.status, 'open'), inArray(tasks.type, types)))
    .run();
}

export function afterLetterIssued(db: Db, letter: IssuedLetter): void {
  const debtor = db.select({ kind: debtors.kind }).from(debtors).where(eq(debtors.id, letter.debtorId)).get()!;
  if (letter.type === 'reminder3') {
    closeTasks(db, letter.debtorId, ['send_ingebrekestelling'], letter.letterDate, `Ingebrekestelling verstuurd op ${formatDateLong(letter.letterDate)}`);
    const termEnd = letter.payBy ?? addDays(letter.letterDate, 5);
    const planned = addDays(termEnd, 1);
    // A consumer's claim may only go with costs after the 14-day letter's term (art. 6:96 lid 6 BW).
    const fourteenDay = db
      .select({ termEndsOn: letters.termEndsOn })
      .from(letters)
      .where(and(eq(letters.debtorId, letter.debtorId), eq(letters.type, 'consumer14')))
      .all()
      .map((l) => l.termEndsOn)
      .filter((d): d is string => !!d)
      .sort(compareDates)
      .at(-1) ?? null;
    const handOverOn = earliestHandOver(debtor.kind, planned, fourteenDay) ?? planned;
    const reason =
      `Ingebrekestelling van ${formatDateLong(letter.letterDate)}: betaaltermijn tot ${formatDateLong(termEnd)}; ` +
      `daarna uit handen geven (vanaf ${formatDateLong(handOverOn)})` +
      (debtor.kind === 'consumer' && !fourteenDay ? ', maar eerst een 14-dagenbrief: zonder die brief geen incassokosten.' : '.');
    db.update(debtors).set({ escalation: 'overdracht', escalationReason: reason }).where(eq(debtors.id, letter.debtorId)).run();
    createTask(db, { debtorId: letter.debtorId, type: 'hand_over', title: message('task.hand_over.unpaid_after_notice'), dueDate: handOverOn });
  }
  if (letter.type === 'handover_dossier') {
    closeTasks(db, letter.debtorId, ['hand_over', 'send_ingebrekestelling'], letter.letterDate, 'Overdrachtsdossier gemaakt');
    db.update(debtors)
      .set({ escalation: 'overdracht', handedOverOn: letter.letterDate, escalationReason: `Uit handen gegeven op ${formatDateLong(letter.letterDate)}.` })
      .where(eq(debtors.id, letter.debtorId))
      .run();
  }
}
