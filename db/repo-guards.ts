// Checks shared by the after-call repositories; each throws an AppError with a Dutch message before
// anything is written.
import { eq, inArray } from 'drizzle-orm';
import type { Db } from './client';
import { debtors, invoices } from './schema';
import { formatDateLong, isIsoDate, type IsoDate } from '../domain/dates';
import { step, type Lifecycle } from '../domain/lifecycle/lifecycle';
import { invalidInput, notAllowed, notFound } from '../ipc/errors';

/** The next state, or AppError('not_allowed') with the lifecycle's reason. */
export function mustStep<S extends string, E extends string>(lc: Lifecycle<S, E>, from: S, event: E): S {
  const r = step(lc, from, event);
  if (!r.ok) throw notAllowed(r.reason);
  return r.to;
}

export function requireDebtor(db: Db, debtorId: number) {
  const row = db.select().from(debtors).where(eq(debtors.id, debtorId)).get();
  if (!row) throw notFound(`Debiteur ${debtorId} bestaat niet.`);
  return row;
}

/** A real date that is not after today (things that happened cannot happen tomorrow). */
export function requirePastDate(value: string, what: string, today: IsoDate): IsoDate {
  if (!isIsoDate(value)) throw invalidInput(`${what} is geen geldige datum (JJJJ-MM-DD): ${value}.`);
  if (value > today) throw invalidInput(`${what} (${formatDateLong(value)}) ligt in de toekomst.`);
  return value;
}

export function requireDate(value: string, what: string): IsoDate {
  if (!isIsoDate(value)) throw invalidInput(`${what} is geen geldige datum (JJJJ-MM-DD): ${value}.`);
  return value;
}

export function requireText(value: string | undefined | null, what: string): string {
  const text = (value ?? '').trim();
  if (text === '') throw invalidInput(`Vul ${what} in.`);
  return text;
}

/** The named invoices, each checked to exist and to belong to this debtor; duplicates dropped, order kept. */
export function requireOwnInvoices(db: Db, debtorId: number, invoiceIds: readonly number[]) {
  const ids = [...new Set(invoiceIds)];
  const rows = ids.length
    ? db.select({ id: invoices.id, number: invoices.number, debtorId: invoices.debtorId }).from(invoices).where(inArray(invoices.id, ids)).all()
    : [];
  return ids.map((id) => {
    const row = rows.find((r) => r.id === id);
    if (!row) throw invalidInput(`Factuur ${id} bestaat niet.`);
    if (row.debtorId !== debtorId) throw invalidInput(`Factuur ${row.number} is niet van deze debiteur.`);
    return row;
  });
}
