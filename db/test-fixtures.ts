// Small builders for repository tests: debtors, invoices with lines, calls, and a way to prove that a
// refused change left the ledger exactly as it was.
import type Database from 'better-sqlite3';
import { and, eq, gt } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Db } from './client';
import { callSteps, calls, debtors, invoiceLines, invoices } from './schema';
import type { IsoDate } from '../domain/dates';
import { message, type Message } from '../domain/message';
import { refusalText } from '../test/refusal-text';
import { openTaskPage } from './tasks.repo';

let counter = 0;
const next = () => ++counter;

export function insertDebtor(db: Db, values: Partial<typeof debtors.$inferInsert> = {}): number {
  const n = next();
  return db
    .insert(debtors)
    .values({ number: `D${n}`, name: `Debiteur ${n} BV`, ...values })
    .returning({ id: debtors.id })
    .get().id;
}

export interface FixtureInvoice {
  number?: string;
  invoiceDate?: IsoDate;
  dueDate: IsoDate;
  description?: string;
  /** Line amounts in cents; the invoice amount is their sum. */
  lines: number[];
}

export function insertInvoice(db: Db, debtorId: number, inv: FixtureInvoice): number {
  const id = db
    .insert(invoices)
    .values({
      debtorId,
      number: inv.number ?? `F${next()}`,
      invoiceDate: inv.invoiceDate ?? inv.dueDate,
      dueDate: inv.dueDate,
      description: inv.description ?? '',
    })
    .returning({ id: invoices.id })
    .get().id;
  for (const [i, cents] of inv.lines.entries())
    db.insert(invoiceLines).values({ invoiceId: id, description: `regel ${i + 1}`, amountCents: cents }).run();
  return id;
}

/** A task title for tests that only need some title: rendered as the text itself in Dutch. */
export const textTitle = (text: string): Message => message('task.legacy.other', { text });

export interface FixtureCall {
  startedAt: string;
  result?: string;
  summary?: Message[];
  notes?: string;
  steps?: { step: string; at: string; note?: string }[];
}

export function insertCall(db: Db, debtorId: number, call: FixtureCall): number {
  const id = db
    .insert(calls)
    .values({
      debtorId,
      tone: 'zakelijk',
      startedAt: call.startedAt,
      endedAt: call.startedAt,
      durationSeconds: 60,
      result: call.result ?? 'agreement',
      summary: call.summary ?? [],
      notes: call.notes ?? '',
      machineVersion: 1,
    })
    .returning({ id: calls.id })
    .get().id;
  for (const [seq, s] of (call.steps ?? []).entries())
    db.insert(callSteps).values({ callId: id, seq, step: s.step, at: s.at, note: s.note ?? '' }).run();
  return id;
}

/** Every row of every table, to compare before and after a refused change. */
export function dumpTables(sqlite: Database.Database): Record<string, unknown[]> {
  const names = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  return Object.fromEntries(names.map(({ name }) => [name, sqlite.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
}

/** Runs `change`, expects it to throw an AppError with `code` and a message matching `message`, and the ledger untouched. */
export function expectRefused(
  sqlite: Database.Database,
  change: () => unknown,
  code: 'not_allowed' | 'invalid_input' | 'not_found',
  message: RegExp,
): void {
  const before = dumpTables(sqlite);
  let caught: unknown;
  try {
    // One write transaction, as dispatch runs every change: a refusal half-way leaves nothing behind.
    sqlite.transaction(change).immediate();
  } catch (e) {
    caught = e;
  }
  expect(caught, 'de wijziging had geweigerd moeten worden').toBeDefined();
  expect(caught).toMatchObject({ name: 'AppError', code });
  expect(refusalText(caught as { reason: Message })).toMatch(message);
  expect(dumpTables(sqlite)).toEqual(before);
}

/** The open tasks due from `from` until `until` (each when given), in due order: one page as large as a test's ledger needs. */
export function openTasksDue(db: Db, bounds: { from?: IsoDate; until?: IsoDate } = {}) {
  const page = openTaskPage(db, { type: null, dueFrom: bounds.from ?? null, dueUntil: bounds.until ?? null, exceptTypes: [], limit: 10_000, after: null });
  expect(page.nextCursor, 'more open tasks than one test page').toBeNull();
  return page.tasks;
}

/** What a plan covering all of the debtor's open invoices says: their ids and what is open on them. */
export function allOpenInvoices(db: Db, debtorId: number): { invoiceIds: number[]; totalCents: number } {
  const rows = db.select({ id: invoices.id, openCents: invoices.openCents }).from(invoices).where(and(eq(invoices.debtorId, debtorId), gt(invoices.openCents, 0))).orderBy(invoices.id).all();
  return { invoiceIds: rows.map((r) => r.id), totalCents: rows.reduce((s, r) => s + r.openCents, 0) };
}
