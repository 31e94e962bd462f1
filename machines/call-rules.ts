// The rules a call enforces before it records anything (guards of the call machines). Pure functions:
// a refused submit gets a RuleError with a Dutch message; the machine stays where it is.
// Seed 003: agreements are concrete — a date, never "zo spoedig mogelijk" or "volgende week".
import { MAX_PLAN_TERMS, type OutcomeContact, type OutcomePlan, type OutcomePromise } from '../domain/call-outcome';
import { addDays, formatDateLong, formatDateShort, parseDutchDate, timeInAmsterdam, todayInAmsterdam, weekday, type IsoDate } from '../domain/dates';
import { formatEuro, sumCents } from '../domain/money';
import { atwHoliday } from '../domain/calendar/legal-terms';
import { isOfficeDay } from '../domain/calendar/office-days';

export const RULE_ERROR_KEYS = [
  'date.missing',
  'date.vague',
  'date.invalid',
  'date.past',
  'date.future',
  'time.missing',
  'time.vague',
  'time.invalid',
  'appointment.not_working_day',
  'appointment.time_past',
  'amount.invalid',
  'plan.not_allowed',
  'plan.terms',
  'plan.order',
  'plan.sum',
  'complaint.no_invoice',
  'complaint.unknown_invoice',
  'text.missing',
  'email.invalid',
] as const;
export type RuleErrorKey = (typeof RULE_ERROR_KEYS)[number];

export interface RuleError {
  key: RuleErrorKey;
  /** Dutch, ready to show. The English version is built from key + params (call-script.texts.ts). */
  message: string;
  params?: Record<string, string | number>;
}
export type RuleResult<T> = { ok: true; value: T } | { ok: false; error: RuleError };

const ok = <T>(value: T): RuleResult<T> => ({ ok: true, value });
const fail = (key: RuleErrorKey, message: string, params?: RuleError['params']): RuleResult<never> => ({
  ok: false,
  error: params ? { key, message, params } : { key, message },
});

// Words people use instead of a date. Caught so the message can say why, not just "invalid".
const VAGUE_DATE =
  /(zo\s*(snel|spoedig)|z\.?s\.?m|asap|volgende\s+(week|maand)|deze\s+(week|maand)|binnenkort|later|eind(e)?\s+(van|deze|volgende)|begin\s+(van|volgende)|ergens|na\s+de\s+vakantie|next\s+week|soon)/i;
const VAGUE_TIME = /(ochtend|middag|avond|morgens|middags|einde?\s+van\s+de\s+dag|morning|afternoon|evening)/i;

/**
 * A concrete calendar date from what the collector typed: 'YYYY-MM-DD', 'DD-MM-JJJJ', or the
 * unambiguous 'vandaag' / 'morgen' / 'overmorgen' (the script itself asks "bijvoorbeeld morgen").
 */
export function parseConcreteDate(input: string, today: IsoDate): RuleResult<IsoDate> {
  const s = (input ?? '').trim();
  if (s === '') return fail('date.missing', 'Vul een datum in.');
  const relative: Record<string, number> = { vandaag: 0, today: 0, morgen: 1, tomorrow: 1, overmorgen: 2 };
  const offset = relative[s.toLowerCase()];
  if (offset !== undefined) return ok(addDays(today, offset));
  const iso = parseDutchDate(s);
  if (iso) return ok(iso);
  if (VAGUE_DATE.test(s))
    return fail('date.vague', `"${s}" is geen concrete datum. Vraag om een dag, bijvoorbeeld ${formatDateShort(addDays(today, 1))}.`, {
      input: s,
      example: addDays(today, 1),
    });
  return fail('date.invalid', `"${s}" is geen geldige datum (DD-MM-JJJJ).`, { input: s });
}

/** A concrete date that is today or later. */
export function parseFutureDate(input: string, today: IsoDate): RuleResult<IsoDate> {
  const parsed = parseConcreteDate(input, today);
  if (!parsed.ok) return parsed;
  if (parsed.value < today)
    return fail('date.past', `${formatDateLong(parsed.value)} ligt in het verleden.`, { date: parsed.value });
  return parsed;
}

/** 'HH:MM' from '9:30', '09:30' or '09.30'. */
export function parseTime(input: string): RuleResult<string> {
  const s = (input ?? '').trim();
  if (s === '') return fail('time.missing', 'Vul een tijd in (UU:MM).');
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(s);
  if (m) {
    const hh = Number(m[1]);
    const mm = Number(m[2]);
    if (hh <= 23 && mm <= 59) return ok(`${String(hh).padStart(2, '0')}:${m[2]}`);
  }
  if (VAGUE_TIME.test(s)) return fail('time.vague', `"${s}" is geen tijdstip. Spreek een tijd af, bijvoorbeeld 10:30.`, { input: s });
  return fail('time.invalid', `"${s}" is geen geldige tijd (UU:MM).`, { input: s });
}

export function checkAmount(amountCents: number): RuleResult<number> {
  if (!Number.isSafeInteger(amountCents) || amountCents <= 0)
    return fail('amount.invalid', 'Vul een bedrag groter dan € 0,00 in.');
  return ok(amountCents);
}

export function requireText(value: string | undefined, what: string): RuleResult<string> {
  const s = (value ?? '').trim();
  return s === '' ? fail('text.missing', `Vul ${what} in.`, { what }) : ok(s);
}

export function checkPromise(input: { date: string; amountCents: number }, ctx: { today: IsoDate }): RuleResult<OutcomePromise> {
  const date = parseFutureDate(input.date, ctx.today);
  if (!date.ok) return date;
  const amount = checkAmount(input.amountCents);
  if (!amount.ok) return amount;
  return ok({ date: date.value, amountCents: amount.value });
}

const WEEKDAY_NAMES = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];

/**
 * A call-back appointment: a concrete working day and time, not in the past. An appointment for
 * today must be later than now (Amsterdam time). Nobody calls back on a Sunday or on Koningsdag.
 */
export function checkAppointment(
  input: { date: string; time: string },
  ctx: { today: IsoDate; now: string },
): RuleResult<{ date: IsoDate; time: string }> {
  const date = parseFutureDate(input.date, ctx.today);
  if (!date.ok) return date;
  if (!isOfficeDay(date.value)) {
    const why = atwHoliday(date.value)?.name ?? WEEKDAY_NAMES[weekday(date.value)]!;
    return fail('appointment.not_working_day', `${formatDateLong(date.value)} is ${why}: kies een werkdag.`, {
      date: date.value,
      why,
    });
  }
  const time = parseTime(input.time);
  if (!time.ok) return time;
  const now = new Date(ctx.now);
  // Only compare the clock when `now` is on the call's own day (a stale `today` must not block everything).
  if (date.value === ctx.today && todayInAmsterdam(now) === ctx.today) {
    const current = timeInAmsterdam(now);
    if (time.value <= current)
      return fail('appointment.time_past', `Het is nu al ${current}: kies een later tijdstip of een andere dag.`, {
        now: current,
      });
  }
  return ok({ date: date.value, time: time.value });
}

/**
 * A payment plan (seed 000: at most four terms, "laatste optie"): 1..maxTerms installments, every
 * amount positive, dates concrete, not in the past and strictly ascending, summing to the total exactly.
 */
export function checkPlan(
  input: { totalCents: number; installments: { dueDate: string; amountCents: number }[] },
  ctx: { today: IsoDate; allowed: boolean; maxTerms: number },
): RuleResult<OutcomePlan> {
  if (!ctx.allowed) return fail('plan.not_allowed', 'Voor deze debiteur mag geen betalingsregeling worden aangeboden.');
  const max = Math.min(ctx.maxTerms, MAX_PLAN_TERMS);
  const n = input.installments?.length ?? 0;
  if (n < 1 || n > max)
    return fail('plan.terms', `Een betalingsregeling heeft 1 tot ${max} termijnen, niet ${n}.`, { max, count: n });
  const total = checkAmount(input.totalCents);
  if (!total.ok) return total;
  const installments: OutcomePlan['installments'] = [];
  for (const [i, term] of input.installments.entries()) {
    const date = parseFutureDate(term.dueDate, ctx.today);
    if (!date.ok) return { ok: false, error: { ...date.error, message: `Termijn ${i + 1}: ${date.error.message}` } };
    const amount = checkAmount(term.amountCents);
    if (!amount.ok) return { ok: false, error: { ...amount.error, message: `Termijn ${i + 1}: ${amount.error.message}` } };
    const previous = installments[i - 1];
    if (previous && date.value <= previous.dueDate)
      return fail('plan.order', `Termijn ${i + 1} moet na ${formatDateLong(previous.dueDate)} vallen.`, { term: i + 1 });
    installments.push({ dueDate: date.value, amountCents: amount.value });
  }
  const sum = sumCents(installments.map((t) => t.amountCents));
  if (sum !== total.value)
    return fail(
      'plan.sum',
      `De termijnen tellen op tot ${formatEuro(sum)}, het afgesproken bedrag is ${formatEuro(total.value)} (verschil ${formatEuro(total.value - sum)}).`,
      { sum, total: total.value },
    );
  return ok({ totalCents: total.value, installments });
}

/** A complaint names at least one of this debtor's open invoices, and says what is wrong. */
export function checkComplaint(
  input: { invoiceIds: number[]; description: string },
  ctx: { openInvoices: readonly { id: number; number: string }[] },
): RuleResult<{ invoiceIds: number[]; description: string }> {
  const ids = [...new Set(input.invoiceIds ?? [])];
  if (ids.length === 0) return fail('complaint.no_invoice', 'Kies de factuur of facturen waarover de klacht gaat.');
  const known = new Set(ctx.openInvoices.map((i) => i.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0)
    return fail('complaint.unknown_invoice', 'De klacht noemt een factuur die niet bij de openstaande facturen van deze debiteur hoort.', {
      ids: unknown.join(', '),
    });
  const description = requireText(input.description, 'een omschrijving');
  if (!description.ok) return description;
  return ok({ invoiceIds: ids, description: description.value });
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkEmail(input: string): RuleResult<string> {
  const s = (input ?? '').trim();
  return EMAIL.test(s) ? ok(s) : fail('email.invalid', `"${s}" is geen geldig e-mailadres.`, { input: s });
}

/** The right person's details: a name, and an e-mail address that is valid when given. */
export function checkContact(input: { name: string; role?: string; phone?: string; email?: string }): RuleResult<OutcomeContact> {
  const name = requireText(input.name, 'de naam van de verantwoordelijke');
  if (!name.ok) return name;
  const contact: OutcomeContact = { name: name.value };
  const role = input.role?.trim();
  const phone = input.phone?.trim();
  if (role) contact.role = role;
  if (phone) contact.phone = phone;
  if (input.email?.trim()) {
    const email = checkEmail(input.email);
    if (!email.ok) return email;
    contact.email = email.value;
  }
  return ok(contact);
}

/** "Al betaald": when, how much and with which description. A payment cannot lie in the future. */
export function checkPaymentReport(
  input: { date: string; amountCents: number; description: string },
  ctx: { today: IsoDate },
): RuleResult<{ date: IsoDate; amountCents: number; description: string }> {
  const date = parseConcreteDate(input.date, ctx.today);
  if (!date.ok) return date;
  if (date.value > ctx.today)
    return fail('date.future', `${formatDateLong(date.value)} ligt in de toekomst; een betaling die al gedaan is heeft een datum tot en met vandaag.`, {
      date: date.value,
    });
  const amount = checkAmount(input.amountCents);
  if (!amount.ok) return amount;
  return ok({ date: date.value, amountCents: amount.value, description: (input.description ?? '').trim() });
}
