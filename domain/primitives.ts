// The small shapes every layer shares, declared once: ids, money in cents, calendar dates that are real
// dates, moments, times of day, and the kinds of debtor. The contract (ipc/channels/) builds on these;
// a refusal names its validation message key (i18n/messages/validation.ts).
import { z } from 'zod';
import { formatDateShort, isIsoDate, isTimeOfDay } from './dates';
import { MAX_ENTERED_CENTS } from './money';

/** A row id. */
export const Id = z.number().int().positive();
export type Id = z.infer<typeof Id>;

/** Money: integer euro cents (domain/money.ts). */
export const Cents = z.number().int({ message: 'validation.whole_cents' });
/** An amount a person enters (a payment, a promise, a term): above € 0,00 and at most MAX_ENTERED_CENTS. */
export const PositiveCents = Cents.positive({ message: 'validation.amount_positive' }).max(MAX_ENTERED_CENTS, { message: 'validation.amount_max' });

/** The dates a ledger holds — invoices, promises, payments, letters — are of this century: 31-12-9999 or 1900 is a typo. */
export const FIRST_DATE = '2000-01-01';
export const LAST_DATE = '2099-12-31';
const DATE_RANGE = { min: formatDateShort(FIRST_DATE), max: formatDateShort(LAST_DATE) };

/** A real calendar date 'YYYY-MM-DD' (2026-02-30 is refused), in Europe/Amsterdam (domain/dates.ts). */
// Two refinements, the first ending the check when it fails (one issue either way): a superRefine did the
// same at about twice the cost, and every date of every answer passes here.
export const IsoDate = z
  .string()
  .refine(isIsoDate, { message: 'validation.date', abort: true })
  .refine((value) => value >= FIRST_DATE && value <= LAST_DATE, { message: 'validation.date_range', params: DATE_RANGE });

/** A moment, ISO-8601 with its offset (call start, step times). */
export const IsoDateTime = z
  .string()
  .datetime({ offset: true })
  .refine((value) => value.slice(0, 10) >= FIRST_DATE && value.slice(0, 10) <= LAST_DATE, { message: 'validation.date_range', params: DATE_RANGE });

/** A wall-clock time 'HH:MM' (a call-back at 14:00). */
export const TimeOfDay = z.string().refine(isTimeOfDay, { message: 'validation.time' });

/** A business (B2B: statutory commercial interest, costs after one reminder) or a consumer (14-day letter first). */
export const DEBTOR_KINDS = ['business', 'consumer'] as const;
export const DebtorKind = z.enum(DEBTOR_KINDS);
export type DebtorKind = z.infer<typeof DebtorKind>;

/** How the contact person (a consumer: the debtor) is addressed: "Geachte heer …" / "Geachte mevrouw …"; null when not known. */
export const CONTACT_TITLES = ['heer', 'mevrouw'] as const;
export const ContactTitle = z.enum(CONTACT_TITLES);
export type ContactTitle = z.infer<typeof ContactTitle>;

/** The next step a debtor is marked for when a plan defaults or the ingebrekestelling has gone out. */
export const ESCALATIONS = ['ingebrekestelling', 'overdracht'] as const;
export const Escalation = z.enum(ESCALATIONS);
export type Escalation = z.infer<typeof Escalation>;
