// Checks the use cases share; each refuses (AppError, a message key) before anything is written.
import type { Db } from '../db/client';
import { findDebtor, type DebtorRow } from '../db/debtors.repo';
import { invoicesByIds } from '../db/invoices.repo';
import { isIsoDate, isTimeOfDay, type IsoDate } from '../domain/dates';
import { step, type Lifecycle } from '../domain/lifecycle/lifecycle';
import { invalidInput, notFound, refused } from './refusals';

/** The next state, or the lifecycle's refusal. */
export function mustStep<S extends string, E extends string>(lc: Lifecycle<S, E>, from: S, event: E): S {
  const r = step(lc, from, event);
  if (!r.ok) throw refused(r.reason);
  return r.to;
}

export function requireDebtor(db: Db, debtorId: number): DebtorRow {
  const row = findDebtor(db, debtorId);
  if (!row) throw notFound('errors.not_found', { thing: 'debtor', id: debtorId });
  return row;
}

/** A real date; `field` names it in the refusal (errors.date.*: receivedOn, resolvedOn, …). */
export function requireDate(value: string, field: string): IsoDate {
  if (!isIsoDate(value)) throw invalidInput('errors.date.invalid', { field, value });
  return value;
}

/** A real date that is not after today (things that happened cannot happen tomorrow). */
export function requirePastDate(value: string, field: string, today: IsoDate): IsoDate {
  requireDate(value, field);
  if (value > today) throw invalidInput('errors.date.future', { field, date: { date: value } });
  return value;
}

/** A real date not before `notBefore` (a step of a lifecycle after the one before it). */
export function requireNotBefore(value: IsoDate, field: string, notBefore: IsoDate): IsoDate {
  if (value < notBefore) throw invalidInput('errors.date.before', { field, date: { date: value }, notBefore: { date: notBefore } });
  return value;
}

export function requireTime(value: string): string {
  if (!isTimeOfDay(value)) throw invalidInput('errors.time.invalid', { value });
  return value;
}

/** Text with something in it, trimmed; `field` names it in the refusal (errors.text.required). */
export function requireText(value: string | undefined | null, field: string): string {
  const text = (value ?? '').trim();
  if (text === '') throw invalidInput('errors.text.required', { field });
  return text;
}

/** The named invoices, each checked to exist and to belong to this debtor; duplicates dropped, order kept. */
export function requireOwnInvoices(db: Db, debtorId: number, invoiceIds: readonly number[]) {
  const ids = [...new Set(invoiceIds)];
  const rows = invoicesByIds(db, ids);
  return ids.map((id) => {
    const row = rows.find((r) => r.id === id);
    if (!row) throw invalidInput('errors.not_found', { thing: 'invoice', id });
    if (row.debtorId !== debtorId) throw invalidInput('errors.invoice.not_own', { number: row.number });
    return row;
  });
}
