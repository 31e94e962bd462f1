import {
  checkAppointment,
  checkComplaint,
  checkContact,
  checkPaymentReport,
  checkPlan,
  checkPromise,
  parseConcreteDate,
  parseTime,
  type RuleResult,
} from './call-rules';
import { INVOICES } from './call-test-fixtures';

const today = '2030-03-04'; // Monday
// 09:00 UTC is 10:00 in Amsterdam in March (CET).
const now = '2030-03-04T09:00:00.000Z';

const errorKey = (r: { ok: boolean; error?: { key: string } }) => (r.ok ? null : r.error!.key);
/** A refusal about one installment names the installment and says why: the reason's key. */
const inInstallment = (r: RuleResult<unknown>) => {
  if (r.ok || r.error.key !== 'rule.plan.installment') return r.ok ? null : r.error.key;
  const reason = (r.error.params!.reason as { messages: { key: string }[] }).messages[0]!;
  return { term: r.error.params!.term, key: reason.key };
};

describe('concrete dates (seed 003: never "zo spoedig mogelijk" or "volgende week")', () => {
  it.each(['zo snel mogelijk', 'zo spoedig mogelijk', 'volgende week', 'z.s.m.', 'binnenkort', 'eind van de maand', 'ASAP'])(
    'refuses "%s" as vague, with an example date in the message',
    (input) => {
      const r = parseConcreteDate(input, today);
      expect(errorKey(r)).toBe('rule.date.vague');
      expect(r.ok ? null : r.error.params).toEqual({ input, example: '05-03-2030' });
    },
  );

  it('reads ISO, Dutch notation and the unambiguous relative words', () => {
    expect(parseConcreteDate('2030-03-06', today)).toEqual({ ok: true, value: '2030-03-06' });
    expect(parseConcreteDate('6-3-2030', today)).toEqual({ ok: true, value: '2030-03-06' });
    expect(parseConcreteDate('morgen', today)).toEqual({ ok: true, value: '2030-03-05' });
    expect(parseConcreteDate('overmorgen', today)).toEqual({ ok: true, value: '2030-03-06' });
  });

  it('refuses impossible and empty dates', () => {
    expect(errorKey(parseConcreteDate('30-02-2030', today))).toBe('rule.date.invalid');
    expect(errorKey(parseConcreteDate('  ', today))).toBe('rule.date.missing');
  });

  it('reads times and refuses parts of the day', () => {
    expect(parseTime('9:30')).toEqual({ ok: true, value: '09:30' });
    expect(parseTime('14.15')).toEqual({ ok: true, value: '14:15' });
    expect(errorKey(parseTime('in de middag'))).toBe('rule.time.vague');
    expect(errorKey(parseTime('25:00'))).toBe('rule.time.invalid');
    expect(errorKey(parseTime(''))).toBe('rule.time.missing');
  });
});

describe('promise', () => {
  it('needs a concrete date today or later and a positive amount in cents', () => {
    expect(checkPromise({ date: '2030-03-04', amountCents: 100 }, { today })).toEqual({ ok: true, value: { date: '2030-03-04', amountCents: 100 } });
    expect(errorKey(checkPromise({ date: '2030-03-03', amountCents: 100 }, { today }))).toBe('rule.date.past');
    expect(errorKey(checkPromise({ date: 'volgende week', amountCents: 100 }, { today }))).toBe('rule.date.vague');
    expect(errorKey(checkPromise({ date: '2030-03-05', amountCents: 0 }, { today }))).toBe('rule.amount.invalid');
    expect(errorKey(checkPromise({ date: '2030-03-05', amountCents: 12.5 }, { today }))).toBe('rule.amount.invalid');
  });

  it('refuses what cannot be meant: 31-12-9999, a date over two years ahead, € 100.000.000,01 or 2^53−1 cents', () => {
    expect(errorKey(checkPromise({ date: '31-12-9999', amountCents: 100 }, { today }))).toBe('rule.date.out_of_range');
    expect(errorKey(checkPromise({ date: '2032-03-04', amountCents: 100 }, { today }))).toBe('rule.date.too_far');
    expect(errorKey(checkPromise({ date: '2032-03-03', amountCents: 100 }, { today }))).toBeNull();
    expect(errorKey(checkPromise({ date: '2030-03-05', amountCents: 10_000_000_001 }, { today }))).toBe('rule.amount.too_big');
    expect(errorKey(checkPromise({ date: '2030-03-05', amountCents: 2 ** 53 - 1 }, { today }))).toBe('rule.amount.too_big');
    expect(errorKey(checkPaymentReport({ date: '01-01-1900', amountCents: 100, description: '' }, { today }))).toBe('rule.date.out_of_range');
  });
});

describe('appointment', () => {
  it('needs a date and a time', () => {
    expect(checkAppointment({ date: '2030-03-05', time: '10:30' }, { today, now })).toEqual({ ok: true, value: { date: '2030-03-05', time: '10:30' } });
    expect(errorKey(checkAppointment({ date: '2030-03-05', time: '' }, { today, now }))).toBe('rule.time.missing');
    expect(errorKey(checkAppointment({ date: 'volgende week', time: '10:00' }, { today, now }))).toBe('rule.date.vague');
  });

  it('today only later than now (Amsterdam time)', () => {
    expect(errorKey(checkAppointment({ date: today, time: '09:30' }, { today, now }))).toBe('rule.appointment.time_past');
    expect(errorKey(checkAppointment({ date: today, time: '10:00' }, { today, now }))).toBe('rule.appointment.time_past');
    expect(checkAppointment({ date: today, time: '10:01' }, { today, now }).ok).toBe(true);
  });

  it('never in the past, never on a weekend or public holiday', () => {
    expect(errorKey(checkAppointment({ date: '2030-03-01', time: '10:00' }, { today, now }))).toBe('rule.date.past');
    const saturday = checkAppointment({ date: '2030-03-09', time: '10:00' }, { today, now });
    expect(errorKey(saturday)).toBe('rule.appointment.not_working_day');
    expect(saturday.ok ? null : saturday.error.params).toMatchObject({ date: { date: '2030-03-09' }, why: 'saturday' });
    const ascension = checkAppointment({ date: '2030-05-30', time: '10:00' }, { today, now }); // a Thursday
    expect(ascension.ok ? null : ascension.error.params).toMatchObject({ why: 'holiday', holiday: 'hemelvaartsdag' });
    const christmas = checkAppointment({ date: '2030-12-25', time: '10:00' }, { today, now });
    expect(christmas.ok ? null : christmas.error.params).toMatchObject({ why: 'holiday', holiday: 'eerste_kerstdag' });
    const goodFriday = checkAppointment({ date: '2030-04-19', time: '10:00' }, { today, now }); // the office keeps the Atw days
    expect(goodFriday.ok ? null : goodFriday.error.params).toMatchObject({ why: 'holiday', holiday: 'goede_vrijdag' });
  });
});

describe('payment plan (at most four terms, summing exactly, dates ascending)', () => {
  const ctx = { today, allowed: true, maxTerms: 4 };
  // One open invoice for what the plan's total says: these cases are about the terms.
  const check = (p: ReturnType<typeof plan>, extra: Partial<Parameters<typeof checkPlan>[1]> = {}) =>
    checkPlan(p, { ...ctx, invoices: [{ id: 1, number: '123', openCents: p.totalCents, onHold: false }], ...extra });
  const plan = (amounts: number[], dates: string[], totalCents = amounts.reduce((a, b) => a + b, 0)) => ({
    invoiceIds: [1],
    totalCents,
    installments: amounts.map((amountCents, i) => ({ amountCents, dueDate: dates[i]! })),
  });

  it('accepts one to four installments that sum to the total', () => {
    expect(check(plan([100000], ['2030-03-10'])).ok).toBe(true);
    const four = check(plan([1, 2, 3, 4], ['2030-03-10', '2030-04-10', '2030-05-10', '2030-06-10']));
    expect(four).toEqual({ ok: true, value: plan([1, 2, 3, 4], ['2030-03-10', '2030-04-10', '2030-05-10', '2030-06-10']) });
  });

  it('refuses more terms than allowed for this debtor, and never more than four', () => {
    const five = plan([1, 1, 1, 1, 1], ['2030-03-10', '2030-04-10', '2030-05-10', '2030-06-10', '2030-07-10']);
    expect(errorKey(check(five, { maxTerms: 6 }))).toBe('rule.plan.terms');
    expect(errorKey(check(plan([1, 1, 1], ['2030-03-10', '2030-04-10', '2030-05-10']), { maxTerms: 2 }))).toBe('rule.plan.terms');
    expect(errorKey(check(plan([], [])))).toBe('rule.plan.terms');
  });

  it('refuses a sum that is a cent off, naming the difference', () => {
    const r = check(plan([156761, 156760], ['2030-03-15', '2030-04-15'], 313522));
    expect(errorKey(r)).toBe('rule.plan.sum');
    expect(r.ok ? null : r.error.params).toEqual({ sum: { cents: 313521 }, total: { cents: 313522 }, difference: { cents: 1 } });
  });

  it('refuses dates out of order, equal, in the past or vague', () => {
    expect(errorKey(check(plan([1, 1], ['2030-04-10', '2030-03-10'])))).toBe('rule.plan.order');
    expect(errorKey(check(plan([1, 1], ['2030-04-10', '2030-04-10'])))).toBe('rule.plan.order');
    expect(inInstallment(check(plan([1, 1], ['2030-03-01', '2030-04-10'])))).toEqual({ term: 1, key: 'rule.date.past' });
    expect(inInstallment(check(plan([1, 1], ['2030-03-10', 'volgende maand'])))).toEqual({ term: 2, key: 'rule.date.vague' });
  });

  it('refuses zero installments and a plan for a debtor who may not get one', () => {
    expect(inInstallment(check(plan([0, 100], ['2030-03-10', '2030-04-10'])))).toEqual({ term: 1, key: 'rule.amount.invalid' });
    expect(errorKey(check(plan([100], ['2030-03-10']), { allowed: false }))).toBe('rule.plan.not_allowed');
  });
});

describe('complaint', () => {
  const ctx = { openInvoices: INVOICES };
  it("names at least one of this debtor's open invoices and says what is wrong", () => {
    expect(checkComplaint({ invoiceIds: [2, 2, 3], description: ' Te veel berekend ' }, ctx)).toEqual({
      ok: true,
      value: { invoiceIds: [2, 3], description: 'Te veel berekend' },
    });
    expect(errorKey(checkComplaint({ invoiceIds: [], description: 'x' }, ctx))).toBe('rule.complaint.no_invoice');
    expect(errorKey(checkComplaint({ invoiceIds: [2, 99], description: 'x' }, ctx))).toBe('rule.complaint.unknown_invoice');
    expect(errorKey(checkComplaint({ invoiceIds: [2], description: '   ' }, ctx))).toBe('rule.text.missing');
  });
});

describe('contact and payment report', () => {
  it('a contact needs a name; an e-mail, when given, must be one', () => {
    // A title typed into the name becomes the contact's title; a title chosen wins; none known is null.
    expect(checkContact({ name: ' mevr. De Vries ', phone: ' 020-1 ', email: '' })).toEqual({ ok: true, value: { name: 'De Vries', title: 'mevrouw', phone: '020-1' } });
    expect(checkContact({ name: 'H. Koster', title: 'heer' })).toEqual({ ok: true, value: { name: 'H. Koster', title: 'heer' } });
    expect(checkContact({ name: 'Heerlen Administratie', title: '' })).toEqual({ ok: true, value: { name: 'Heerlen Administratie', title: null } });
    expect(errorKey(checkContact({ name: '' }))).toBe('rule.text.missing');
    expect(errorKey(checkContact({ name: 'Jan', email: 'jan@' }))).toBe('rule.email.invalid');
  });

  it('"already paid" cannot be dated in the future', () => {
    expect(checkPaymentReport({ date: '2030-03-01', amountCents: 5, description: 'f123' }, { today }).ok).toBe(true);
    expect(errorKey(checkPaymentReport({ date: '2030-03-05', amountCents: 5, description: '' }, { today }))).toBe('rule.date.future');
  });
});
