// The rules a call enforces before it records anything (guards of the call machines). Pure functions:
// a refused submit gets a RuleError — a message (call-rules.messages.ts) naming what is wrong, shown in
// the UI language; the machine stays where it is.
// Seed 003: agreements are concrete — a date, never "zo spoedig mogelijk" or "volgende week".
import { MAX_FIELD_TEXT, MAX_PLAN_TERMS, type OutcomeContact, type OutcomePlan, type OutcomePromise } from '../domain/call-outcome';
import { ContactTitle, FIRST_DATE, LAST_DATE } from '../domain/primitives';
import { addDays, formatDateShort, parseDutchDate, timeInAmsterdam, todayInAmsterdam, type IsoDate } from '../domain/dates';
import type { Message, MessageParams } from '../domain/message';
import { MAX_ENTERED_CENTS, sumCents } from '../domain/money';
import { splitTitle } from '../domain/addressee';
import { planCoverage, type CoverageRefusal, type PlanOpenItem } from '../domain/plan-coverage';
import { officeClosure, type OfficeCalendar } from '../domain/calendar/office-days';
import { callRuleMessages } from './call-rules.messages';

export type RuleErrorKey = keyof typeof callRuleMessages;

/** Why a submit was refused: a message key of call-rules.messages.ts with its params. */
export type RuleError = Message & { key: RuleErrorKey };
export type RuleResult<T> = { ok: true; value: T } | { ok: false; error: RuleError };

/** The field a required text belongs to; the message names it ('rule.text.missing'). */
type TextField =
  | 'copyAddress'
  | 'handler'
  | 'resolution'
  | 'bankNote'
  | 'reversalReason'
  | 'colleague'
  | 'agreement'
  | 'note'
  | 'responsibleName'
  | 'description';

const ok = <T>(value: T): RuleResult<T> => ({ ok: true, value });
const fail = (key: RuleErrorKey, params?: MessageParams): RuleResult<never> => ({
  ok: false,
  error: params ? { key, params } : { key },
});
const day = (date: IsoDate) => ({ date });

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** A refusal for rules checked elsewhere (the machine's own checks), in the same shape. */
export const ruleError = fail;

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
  if (s === '') return fail('rule.date.missing');
  const relative: Record<string, number> = { vandaag: 0, today: 0, morgen: 1, tomorrow: 1, overmorgen: 2 };
  const offset = relative[s.toLowerCase()];
  if (offset !== undefined) return ok(addDays(today, offset));
  const iso = parseDutchDate(s);
  if (iso && (iso < FIRST_DATE || iso > LAST_DATE)) return fail('rule.date.out_of_range', { date: day(iso) });
  if (iso) return ok(iso);
  // The example is what to type (DD-MM-JJJJ), the same in every language.
  if (VAGUE_DATE.test(s)) return fail('rule.date.vague', { input: s, example: formatDateShort(addDays(today, 1)) });
  return fail('rule.date.invalid', { input: s });
}

/** How far ahead a promise, a call-back or a plan's term may be agreed: two years. */
export const MAX_AGREEMENT_DAYS = 730;

/** A concrete date that is today or later, within MAX_AGREEMENT_DAYS. */
export function parseFutureDate(input: string, today: IsoDate): RuleResult<IsoDate> {
  const parsed = parseConcreteDate(input, today);
  if (!parsed.ok) return parsed;
  if (parsed.value < today) return fail('rule.date.past', { date: day(parsed.value) });
  // An agreement is for the coming months: a date years ahead is a typo (2062 for 2026), not a promise.
  const latest = addDays(today, MAX_AGREEMENT_DAYS);
  if (parsed.value > latest) return fail('rule.date.too_far', { date: day(parsed.value), latest: day(latest) });
  return parsed;
}

/** 'HH:MM' from '9:30', '09:30' or '09.30'. */
export function parseTime(input: string): RuleResult<string> {
  const s = (input ?? '').trim();
  if (s === '') return fail('rule.time.missing');
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(s);
  if (m) {
    const hh = Number(m[1]);
    const mm = Number(m[2]);
    if (hh <= 23 && mm <= 59) return ok(`${String(hh).padStart(2, '0')}:${m[2]}`);
  }
  if (VAGUE_TIME.test(s)) return fail('rule.time.vague', { input: s });
  return fail('rule.time.invalid', { input: s });
}

export function checkAmount(amountCents: number): RuleResult<number> {
  if (!Number.isSafeInteger(amountCents) || amountCents <= 0) return fail('rule.amount.invalid');
  if (amountCents > MAX_ENTERED_CENTS) return fail('rule.amount.too_big', { max: { cents: MAX_ENTERED_CENTS } });
  return ok(amountCents);
}

export function requireText(value: string | undefined, field: TextField): RuleResult<string> {
  const s = (value ?? '').trim();
  if (s.length > MAX_FIELD_TEXT) return fail('rule.text.too_long', { field, max: MAX_FIELD_TEXT });
  return s === '' ? fail('rule.text.missing', { field }) : ok(s);
}

export function checkPromise(input: { date: string; amountCents: number }, ctx: { today: IsoDate }): RuleResult<OutcomePromise> {
  const date = parseFutureDate(input.date, ctx.today);
  if (!date.ok) return date;
  const amount = checkAmount(input.amountCents);
  if (!amount.ok) return amount;
  return ok({ date: date.value, amountCents: amount.value });
}

/**
 * A call-back appointment: a concrete working day and time, not in the past. An appointment for
 * today must be later than now (Amsterdam time). Nobody calls back on a Sunday or on Koningsdag.
 */
export function checkAppointment(
  input: { date: string; time: string },
  ctx: { today: IsoDate; now: string; office?: OfficeCalendar },
): RuleResult<{ date: IsoDate; time: string }> {
  const date = parseFutureDate(input.date, ctx.today);
  if (!date.ok) return date;
  const closed = officeClosure(date.value, ctx.office);
  if (closed) {
    // Why, as select keys each language names its own way: a weekday, an Atw day, or the office's own closed day.
    const why = closed.kind === 'weekday' ? WEEKDAYS[closed.weekday]! : closed.kind;
    return fail('rule.appointment.not_working_day', {
      date: day(date.value),
      why,
      holiday: closed.kind === 'holiday' ? closed.holiday.key : '',
      label: closed.kind === 'closed' ? closed.label : '',
    });
  }
  const time = parseTime(input.time);
  if (!time.ok) return time;
  const now = new Date(ctx.now);
  // Only compare the clock when `now` is on the call's own day (a stale `today` must not block everything).
  if (date.value === ctx.today && todayInAmsterdam(now) === ctx.today) {
    const current = timeInAmsterdam(now);
    if (time.value <= current) return fail('rule.appointment.time_past', { now: current });
  }
  return ok({ date: date.value, time: time.value });
}

/** Why the chosen invoices cannot be the plan's, as the call says it. */
function coverageError(refusal: CoverageRefusal): RuleResult<never> {
  switch (refusal.why) {
    case 'no_invoice':
      return fail('rule.plan.no_invoice');
    case 'unknown':
      return fail('rule.plan.unknown_invoice');
    case 'under_complaint':
      return fail('rule.plan.invoice_under_complaint', { numbers: { list: refusal.numbers }, count: refusal.numbers.length });
    case 'not_open':
      return fail('rule.plan.invoice_not_open', { numbers: { list: refusal.numbers }, count: refusal.numbers.length });
    case 'total':
      return fail('rule.plan.total_not_invoices', { total: { cents: refusal.totalCents }, invoices: { cents: refusal.invoicesCents } });
  }
}

/**
 * A payment plan (seed 000: at most four terms, "laatste optie"): the open invoices it covers (at least
 * one, none under a complaint) and a total that is what is open on them; 1..maxTerms installments, every
 * amount positive, dates concrete, not in the past and strictly ascending, summing to the total exactly.
 */
export function checkPlan(
  input: { invoiceIds: number[]; totalCents: number; installments: { dueDate: string; amountCents: number }[] },
  ctx: { today: IsoDate; allowed: boolean; maxTerms: number; invoices: readonly PlanOpenItem[] },
): RuleResult<OutcomePlan> {
  if (!ctx.allowed) return fail('rule.plan.not_allowed');
  const max = Math.min(ctx.maxTerms, MAX_PLAN_TERMS);
  const n = input.installments?.length ?? 0;
  if (n < 1 || n > max) return fail('rule.plan.terms', { max, count: n });
  const total = checkAmount(input.totalCents);
  if (!total.ok) return total;
  const coverage = planCoverage(input.invoiceIds ?? [], ctx.invoices, total.value);
  if (!coverage.ok) return coverageError(coverage.refusal);
  const installments: OutcomePlan['installments'] = [];
  // A refusal about one installment names it: "Termijn 2: 03-03-2030 ligt in het verleden."
  const inTerm = (term: number, reason: RuleError): RuleResult<never> => fail('rule.plan.installment', { term, reason: { messages: [reason] } });
  for (const [i, term] of input.installments.entries()) {
    const date = parseFutureDate(term.dueDate, ctx.today);
    if (!date.ok) return inTerm(i + 1, date.error);
    const amount = checkAmount(term.amountCents);
    if (!amount.ok) return inTerm(i + 1, amount.error);
    const previous = installments[i - 1];
    if (previous && date.value <= previous.dueDate) return fail('rule.plan.order', { term: i + 1, previous: day(previous.dueDate) });
    installments.push({ dueDate: date.value, amountCents: amount.value });
  }
  const sum = sumCents(installments.map((t) => t.amountCents));
  if (sum !== total.value)
    return fail('rule.plan.sum', { sum: { cents: sum }, total: { cents: total.value }, difference: { cents: total.value - sum } });
  return ok({ invoiceIds: coverage.invoices.map((i) => i.id), totalCents: total.value, installments });
}

/** A complaint names at least one of this debtor's open invoices, and says what is wrong. */
export function checkComplaint(
  input: { invoiceIds: number[]; description: string },
  ctx: { openInvoices: readonly { id: number; number: string }[] },
): RuleResult<{ invoiceIds: number[]; description: string }> {
  const ids = [...new Set(input.invoiceIds ?? [])];
  if (ids.length === 0) return fail('rule.complaint.no_invoice');
  const known = new Set(ctx.openInvoices.map((i) => i.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) return fail('rule.complaint.unknown_invoice', { ids: unknown.join(', ') });
  const description = requireText(input.description, 'description');
  if (!description.ok) return description;
  return ok({ invoiceIds: ids, description: description.value });
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkEmail(input: string): RuleResult<string> {
  const s = (input ?? '').trim();
  return EMAIL.test(s) && s.length <= 254 ? ok(s) : fail('rule.email.invalid', { input: s.slice(0, 80) });
}

/** The right person's details: a name, and an e-mail address that is valid when given. */
export function checkContact(input: { name: string; title?: string; role?: string; phone?: string; email?: string }): RuleResult<OutcomeContact> {
  const name = requireText(input.name, 'responsibleName');
  if (!name.ok) return name;
  // A title chosen wins; else one typed into the name ("mevr. De Vries") is taken out of it.
  const chosen = ContactTitle.safeParse(input.title);
  const typed = splitTitle(name.value);
  const contact: OutcomeContact = chosen.success ? { name: name.value, title: chosen.data } : typed;
  const role = input.role?.trim();
  const phone = input.phone?.trim();
  if ((role?.length ?? 0) > MAX_FIELD_TEXT || (phone?.length ?? 0) > MAX_FIELD_TEXT) return fail('rule.text.too_long', { field: 'responsibleName', max: MAX_FIELD_TEXT });
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
  if (date.value > ctx.today) return fail('rule.date.future', { date: day(date.value) });
  const amount = checkAmount(input.amountCents);
  if (!amount.ok) return amount;
  const description = (input.description ?? '').trim();
  if (description.length > MAX_FIELD_TEXT) return fail('rule.text.too_long', { field: 'description', max: MAX_FIELD_TEXT });
  return ok({ date: date.value, amountCents: amount.value, description });
}
