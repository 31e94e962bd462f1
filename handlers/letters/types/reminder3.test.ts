import { openTestDatabase } from '../../../db/test-db';
import { seedDemoLedger } from '../../../db/demo-ledger';
import { issueLetter } from '../issue';
import { createTask } from '../../tasks';
import { findDebtorIdByName } from '../../../db/debtors.repo';
import type { Db } from '../../../db/client';
import { textTitle } from '../../../db/test-fixtures';
import { debtorFile } from '../../debtors';
import { catalogue } from '../../../i18n/catalogue';

const TODAY = '2026-11-23'; // Monday

const debtorRow = (db: Db, id: number) =>
  db.all<{ escalation: string | null; escalation_reason: string | null; handed_over_on: string | null }>(
    `SELECT escalation, escalation_reason, handed_over_on FROM debtors WHERE id = ${id}` as never,
  )[0]!;
/** Why the debtor file says the debtor moved on, as the Dutch UI shows it. */
const escalationShown = (db: Db, id: number) => catalogue.format(debtorFile(db, id, TODAY).debtor.escalationReason!, 'nl');
const tasksOf = (db: Db, id: number) =>
  db.all<{ type: string; status: string; due_date: string }>(`SELECT type, status, due_date FROM tasks WHERE debtor_id = ${id} ORDER BY id` as never);

describe('after the ingebrekestelling comes the hand-over (seed 000, days 21 → 31)', () => {
  it('marks a business debtor for hand-over the day after the 5-day term, and hands over with the dossier', () => {
    const { db, close } = openTestDatabase();
    seedDemoLedger(db, TODAY);
    const id = findDebtorIdByName(db, 'Leeflang & Zn')!;
    createTask(db, { debtorId: id, type: 'send_ingebrekestelling', title: textTitle('Ingebrekestelling sturen'), dueDate: TODAY });
    const { letter } = issueLetter(db, { debtorId: id, type: 'reminder3' }, TODAY);
    expect(letter.payBy).toBe('2026-11-30'); // five days is Saturday the 28th: the term moves to Monday
    expect(debtorRow(db, id)).toMatchObject({ escalation: 'overdracht', handed_over_on: null });
    expect(escalationShown(db, id)).toContain('uit handen geven (vanaf 1 december 2026)');
    expect(tasksOf(db, id)).toEqual([
      { type: 'send_ingebrekestelling', status: 'done', due_date: TODAY },
      { type: 'hand_over', status: 'open', due_date: '2026-12-01' },
    ]);

    issueLetter(db, { debtorId: id, type: 'handover_dossier' }, '2026-12-01');
    expect(debtorRow(db, id)).toMatchObject({ escalation: 'overdracht', handed_over_on: '2026-12-01' });
    expect(tasksOf(db, id).map((t) => t.status)).toEqual(['done', 'done']);
    close();
  });

  it('tells that a consumer needs the 14-day letter first', () => {
    const { db, close } = openTestDatabase();
    seedDemoLedger(db, TODAY);
    const id = findDebtorIdByName(db, 'P. Visser')!;
    issueLetter(db, { debtorId: id, type: 'reminder3' }, TODAY);
    expect(escalationShown(db, id)).toContain('eerst een 14-dagenbrief');
    close();
  });
});
