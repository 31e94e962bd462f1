// Letters as printed (letters, letter_invoices): each recorded with its model as JSON, the amounts, the
// 14-day term and the open amount per invoice. Composing and what a letter sets in motion live in
// handlers/letters/ (one module per letter type).
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from './client';
import { letterInvoices, letters } from './schema';
import { preparedOnce } from './prepared';
import type { IsoDate } from '../domain/dates';
import type { DebtorKind } from '../domain/primitives';
import { OPEN_COMPLAINT_STATUSES } from '../domain/lifecycle/complaint';
import { REMINDER_TYPES, type LetterModel, type LetterType, type ReminderType } from '../domain/letters/model';

type LetterRow = typeof letters.$inferSelect;

function payByOf(row: LetterRow): IsoDate | null {
  // Letters recorded before the model was stored (content '{}') have no pay-by date.
  try {
    const value = (JSON.parse(row.content) as { payBy?: unknown }).payBy;
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

/** A letter row without its printed content, with the pay-by date the content names. */
function summary(row: LetterRow) {
  return {
    id: row.id,
    debtorId: row.debtorId,
    type: row.type,
    letterDate: row.letterDate,
    principalCents: row.principalCents,
    costsCents: row.costsCents,
    interestCents: row.interestCents,
    totalCents: row.totalCents,
    termEndsOn: row.termEndsOn,
    payBy: payByOf(row),
    callId: row.callId,
    planId: row.planId,
  };
}
type LetterSummaryRow = ReturnType<typeof summary>;

/** Records the letter exactly as printed, with what was open on each invoice it names. */
export function insertLetter(db: Db, letter: LetterModel, links: { callId: number | null; planId: number | null }): number {
  const { id } = db
    .insert(letters)
    .values({
      debtorId: letter.debtor.id,
      callId: links.callId,
      planId: links.planId,
      type: letter.type,
      letterDate: letter.letterDate,
      principalCents: letter.amounts.principalCents,
      costsCents: letter.amounts.costsCents,
      interestCents: letter.amounts.interestCents,
      totalCents: letter.amounts.totalCents,
      termEndsOn: letter.termEndsOn,
      content: JSON.stringify(letter),
    })
    .returning({ id: letters.id })
    .get();
  if (letter.invoices.length) db.insert(letterInvoices).values(letter.invoices.map((i) => ({ letterId: id, invoiceId: i.id, openCents: i.openCents }))).run();
  return id;
}

/** One letter with its printed content (JSON, as stored). */
export function findLetter(db: Db, id: number): (LetterSummaryRow & { content: string }) | undefined {
  const row = db.select().from(letters).where(eq(letters.id, id)).get();
  return row ? { ...summary(row), content: row.content } : undefined;
}

/** The debtor's letters, newest first. */
export function lettersOf(db: Db, debtorId: number): LetterSummaryRow[] {
  return preparedOnce(db, 'lettersOf', (d) =>
    d.select().from(letters).where(eq(letters.debtorId, sql.placeholder('debtorId'))).orderBy(desc(letters.letterDate), desc(letters.id)).prepare(),
  )
    .all({ debtorId })
    .map(summary);
}

/** The debtor's letters of these types (all when omitted), oldest first: what was sent, for the next letter. */
export function lettersSent(db: Db, debtorId: number, types?: readonly LetterType[]): LetterSummaryRow[] {
  // One prepared statement per list of types: the lists are the code's own, a handful.
  return preparedOnce(db, `lettersSent:${types?.join(',') ?? '*'}`, (d) =>
    d
      .select()
      .from(letters)
      .where(and(eq(letters.debtorId, sql.placeholder('debtorId')), types ? inArray(letters.type, [...types]) : undefined))
      .orderBy(asc(letters.letterDate), asc(letters.id))
      .prepare(),
  )
    .all({ debtorId })
    .map(summary);
}

/** Which dunning letters were sent, when and for how much, oldest first (without their printed content: the call screen reads these). */
export function remindersSent(db: Db, debtorId: number): { id: number; type: ReminderType; letterDate: IsoDate; totalCents: number }[] {
  const rows = preparedOnce(db, 'remindersSent', (d) =>
    d
      .select({ id: letters.id, type: letters.type, letterDate: letters.letterDate, totalCents: letters.totalCents })
      .from(letters)
      .where(and(eq(letters.debtorId, sql.placeholder('debtorId')), inArray(letters.type, [...REMINDER_TYPES])))
      .orderBy(asc(letters.letterDate), asc(letters.id))
      .prepare(),
  ).all({ debtorId });
  // Only reminder types are selected, so the type narrows to them.
  return rows.map((l) => ({ ...l, type: l.type as ReminderType }));
}

/**
 * Debtors with something a reminder may ask for (open, overdue on `today`, not under an open complaint),
 * with how much, the oldest due date and the last reminder sent; one statement.
 */
export function batchCandidateRows(db: Db, today: IsoDate) {
  return db.all<{
    id: number;
    number: string;
    name: string;
    kind: DebtorKind;
    remindable_cents: number;
    invoice_count: number;
    oldest_due: string;
    last_type: ReminderType | null;
    last_date: string | null;
  }>(sql`
    -- What is open per invoice is stored, kept by triggers (migration debtor_balances).
    WITH remindable AS (
      SELECT i.debtor_id, SUM(i.open_cents) AS cents, COUNT(*) AS n, MIN(i.due_date) AS oldest
      FROM invoices i
      WHERE i.open_cents > 0 AND i.due_date < ${today}
        AND NOT EXISTS (
          SELECT 1 FROM complaint_invoices ci JOIN complaints c ON c.id = ci.complaint_id
          WHERE ci.invoice_id = i.id AND c.status IN ${[...OPEN_COMPLAINT_STATUSES]})
      GROUP BY i.debtor_id
    ),
    last AS (
      SELECT l.debtor_id, l.type, l.letter_date,
        ROW_NUMBER() OVER (PARTITION BY l.debtor_id ORDER BY l.letter_date DESC, l.id DESC) AS rn
      FROM letters l WHERE l.type IN ${[...REMINDER_TYPES]}
    )
    SELECT d.id, d.number, d.name, d.kind, r.cents AS remindable_cents, r.n AS invoice_count, r.oldest AS oldest_due,
      last.type AS last_type, last.letter_date AS last_date
    FROM remindable r
    JOIN debtors d ON d.id = r.debtor_id
    LEFT JOIN last ON last.debtor_id = d.id AND last.rn = 1`);
}
