// Checks shared by the after-call repositories; each throws an AppError with a Dutch message before
// anything is written.
import { eq, inArray } from 'drizzle-orm';
import type { Db } from './client';
import { debtors, invoices } from './schema';
import { isIsoDate, type IsoDate } from '../domain/dates';
import { step, type Lifecycle } from '../domain/lifecycle/lifecycle';
import { AppError, invalidInput, notFound } from '../ipc/errors';

/** The next state, or AppError('not_allowed') with the lifecycle's reason. */
export function mustStep<S extends string, E extends string>(lc: Lifecycle<S, E>, from: S, event: E): S {
  const r = step(lc, from, event);
  if (!r.ok) throw new AppError('not_allowed', r.reason);
  return r.to;
}

export function requireDebtor(db: Db, debtorId: number) {
  const row = db.select().from(debtors).where(eq(debtors.id, debtorId)).get();
  if (!row) throw notFound('errors.not_found', { thing: 'debtor', id: debtorId });
  return row;
}

/** A real date that is not after today (things that happened cannot happen tomorrow). */
export function requirePastDate(value: string, field: string, today: IsoDate): IsoDate {
  requireDate(value, field);
  if (value > today) throw invalidInput('errors.date.future', { field, date: { date: value } });
  return value;
}

/** `field` names the date in the refusal (errors.date.*: receivedOn, resolvedOn, …). */
export function requireDate(value: string, field: string): IsoDate {
  if (!isIsoDate(value)) throw invalidInput('errors.date.invalid', { field, value });
  return value;
}

/** `field` names the text in the refusal (errors.text.required: description, handler, …). */
export function requireText(value: string | undefined | null, field: string): string {
  const text = (value ?? '').trim();
  if (text === '') throw invalidInput('errors.text.required', { field });
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
    if (!row) throw invalidInput('errors.not_found', { thing: 'invoice', id });
    if (row.debtorId !== debtorId) throw invalidInput('errors.invoice.not_own', { number: row.number });
    return row;
  });
}
