// Every state × event of every lifecycle: the allowed ones go where the issue says, every other one is
// refused with a message that reads as a Dutch sentence and has its English text.
import { allowedEvents, isFinal, step, type Lifecycle } from './lifecycle';
import { complaintLifecycle, complaintStep } from './complaint';
import { installmentLifecycle } from './installment';
import { planLifecycle } from './plan';
import { promiseLifecycle } from './promise';
import { taskLifecycle } from './task';
import { catalogue } from '../../i18n/catalogue';

// The cases hold lifecycles of different types; the test only needs their strings.
const widen = <S extends string, E extends string>(lc: Lifecycle<S, E>) => lc as unknown as Lifecycle<string, string>;

interface Case {
  name: string;
  lc: Lifecycle<string, string>;
  /** 'from --event--> to', exactly the allowed transitions. */
  allowed: string[];
  /** 'from/event' → the refusal it must give. */
  refusals: Record<string, RegExp>;
}

const cases: Case[] = [
  {
    name: 'task',
    lc: widen(taskLifecycle),
    allowed: ['open --complete--> done'],
    refusals: { 'done/complete': /al afgerond/ },
  },
  {
    name: 'complaint',
    lc: widen(complaintLifecycle),
    allowed: [
      'open --start_handling--> in_behandeling',
      'open --resolve--> opgelost',
      'in_behandeling --resolve--> opgelost',
      'opgelost --inform_customer--> opgelost',
    ],
    refusals: {
      'open/inform_customer': /pas .* geïnformeerd als de klacht is opgelost/,
      'in_behandeling/start_handling': /al in behandeling/,
      'in_behandeling/inform_customer': /pas .* geïnformeerd als de klacht is opgelost/,
      'opgelost/start_handling': /al opgelost/,
      'opgelost/resolve': /al opgelost/,
    },
  },
  {
    name: 'promise',
    lc: widen(promiseLifecycle),
    allowed: ['pending --payments_cover--> kept', 'pending --deadline_passed--> broken', 'broken --payments_cover--> kept', 'kept --payment_returned--> pending'],
    refusals: {
      'pending/payment_returned': /Alleen een nagekomen betaalbelofte/,
      'broken/payment_returned': /Alleen een nagekomen betaalbelofte/,
      'kept/payments_cover': /al nagekomen/,
      'kept/deadline_passed': /al nagekomen/,
      'broken/deadline_passed': /al als niet nagekomen/,
    },
  },
  {
    name: 'installment',
    lc: widen(installmentLifecycle),
    allowed: ['due --fall_behind--> late', 'due --pay_in_full--> paid', 'late --pay_in_full--> paid', 'paid --payment_returned--> due'],
    refusals: {
      'late/fall_behind': /al als te laat/,
      'paid/fall_behind': /al betaald/,
      'paid/pay_in_full': /al betaald/,
      'due/payment_returned': /Alleen een betaalde termijn/,
      'late/payment_returned': /Alleen een betaalde termijn/,
    },
  },
  {
    name: 'plan',
    lc: widen(planLifecycle),
    allowed: [
      'proposed --send--> sent',
      'sent --sign--> signed',
      'signed --activate--> active',
      'active --pay--> active',
      'active --complete--> completed',
      'active --default--> defaulted',
      'completed --payment_returned--> active',
    ],
    refusals: {
      'proposed/sign': /eerst ter ondertekening/,
      'proposed/activate': /pas actief als de klant hem ondertekend/,
      'proposed/pay': /pas .* betaald als hij actief is/,
      'proposed/complete': /Alleen een actieve .* voltooid/,
      'proposed/default': /Alleen een actieve .* vervallen/,
      'sent/send': /al verstuurd/,
      'sent/activate': /pas actief als de klant hem ondertekend/,
      'sent/pay': /pas .* betaald als hij actief is/,
      'sent/complete': /Alleen een actieve/,
      'sent/default': /Alleen een actieve/,
      'signed/send': /al verstuurd/,
      'signed/sign': /al ondertekend/,
      'signed/pay': /pas .* betaald als hij actief is/,
      'signed/complete': /Alleen een actieve/,
      'signed/default': /Alleen een actieve/,
      'active/send': /al verstuurd/,
      'active/sign': /al ondertekend/,
      'active/activate': /al actief/,
      ...Object.fromEntries(['proposed', 'sent', 'signed', 'active'].map((s) => [`${s}/payment_returned`, /Alleen een voltooide betalingsregeling/])),
      ...Object.fromEntries(
        planLifecycle.events.flatMap((e) => [
          [`completed/${e}`, /al volledig betaald; er kan niets meer aan veranderen/],
          [`defaulted/${e}`, /niet nagekomen en vervallen/],
        ]),
      ),
    },
  },
];

describe.each(cases)('$name lifecycle', ({ lc, allowed, refusals }) => {
  const pairs = lc.states.flatMap((s) => lc.events.map((e) => [s, e] as const));

  it('allows exactly the listed transitions', () => {
    const actual = pairs.flatMap(([s, e]) => {
      const r = step(lc, s, e);
      return r.ok ? [`${s} --${e}--> ${r.to}`] : [];
    });
    expect(actual.sort()).toEqual([...allowed].sort());
  });

  it.each(pairs.filter(([s, e]) => !lc.table[s]![e]))('refuses %s / %s with a reason in Dutch and English', (s, e) => {
    const r = step(lc, s, e);
    if (r.ok) throw new Error(`${s}/${e} had geweigerd moeten worden`);
    const expected = refusals[`${s}/${e}`];
    expect(expected, `geen verwachte weigering voor ${s}/${e} in de test`).toBeDefined();
    expect(catalogue.format(r.reason, 'nl')).toMatch(expected!);
    expect(catalogue.source(r.reason.key, 'en')).toBeTruthy();
  });
});

describe('final states', () => {
  it('closes done tasks and defaulted plans; kept promises, paid installments and completed plans only reopen on a returned payment', () => {
    expect(isFinal(taskLifecycle, 'done')).toBe(true);
    // Kept, paid and completed reopen only when the bank takes the payment back.
    expect(allowedEvents(promiseLifecycle, 'kept')).toEqual(['payment_returned']);
    expect(isFinal(promiseLifecycle, 'broken')).toBe(false);
    expect(allowedEvents(installmentLifecycle, 'paid')).toEqual(['payment_returned']);
    expect(allowedEvents(planLifecycle, 'completed')).toEqual(['payment_returned']);
    expect(isFinal(planLifecycle, 'defaulted')).toBe(true);
    expect(isFinal(planLifecycle, 'active')).toBe(false);
    expect(allowedEvents(planLifecycle, 'signed')).toEqual(['activate']);
  });
});
describe('complaint guard', () => {
  it('informs the customer once, after the complaint is resolved', () => {
    expect(complaintStep({ status: 'opgelost', customerInformedOn: null }, 'inform_customer')).toEqual({ ok: true, to: 'opgelost' });
    const twice = complaintStep({ status: 'opgelost', customerInformedOn: '2026-03-02' }, 'inform_customer');
    if (twice.ok) throw new Error('twice informed');
    // A date as the collector reads it, in either language.
    expect(catalogue.format(twice.reason, 'nl')).toBe('De klant is al over de oplossing geïnformeerd (op 2 maart 2026).');
    expect(catalogue.format(twice.reason, 'en')).toBe('The customer has already been told about the solution (on 2 March 2026).');
    expect(complaintStep({ status: 'open', customerInformedOn: null }, 'inform_customer').ok).toBe(false);
  });
});
