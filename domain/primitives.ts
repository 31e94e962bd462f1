// The small shapes every layer shares, declared once: ids, money in cents, calendar dates that are real
// dates, moments, times of day, and the kinds of debtor. The contract (ipc/channels/) builds on these;
// a refusal names its validation message key (i18n/messages/validation.ts).
import { z } from 'zod';
import { isIsoDate, isTimeOfDay } from './dates';

/** A row id. */
export const Id = z.number().int().positive();
export type Id = z.infer<typeof Id>;

/** Money: integer euro cents (domain/money.ts). */
export const Cents = z.number().int({ message: 'validation.whole_cents' });
export const PositiveCents = Cents.positive({ message: 'validation.amount_positive' });

/** A real calendar date 'YYYY-MM-DD' (2026-02-30 is refused), in Europe/Amsterdam (domain/dates.ts). */
export const IsoDate = z.string().refine(isIsoDate, { message: 'validation.date' });

/** A moment, ISO-8601 with its offset (call start, step times). */
export const IsoDateTime = z.string().datetime({ offset: true });

/** A wall-clock time 'HH:MM' (a call-back at 14:00). */
export const TimeOfDay = z.string().refine(isTimeOfDay, { message: 'validation.time' });

/** A business (B2B: statutory commercial interest, costs after one reminder) or a consumer (14-day letter first). */
export const DEBTOR_KINDS = ['business', 'consumer'] as const;
export const DebtorKind = z.enum(DEBTOR_KINDS);
export type DebtorKind = z.infer<typeof DebtorKind>;

/** The next step a debtor is marked for when a plan defaults or the ingebrekestelling has gone out. */
export const ESCALATIONS = ['ingebrekestelling', 'overdracht'] as const;
export const Escalation = z.enum(ESCALATIONS);
export type Escalation = z.infer<typeof Escalation>;
