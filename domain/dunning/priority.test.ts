import { describe, expect, it } from 'vitest';
import { DEFAULT_PRIORITY_WEIGHTS, priority, PriorityWeights } from './priority';

const w = DEFAULT_PRIORITY_WEIGHTS;
const facts = { kind: 'dunning_call' as const, amountCents: 0, daysOverdue: 0, brokenPromises: 0 };

describe('priority points', () => {
  it('add up the kind, the money (per full € 1.000, up to the cap), the days (up to the cap) and the broken promises', () => {
    expect(priority(facts, w)).toBe(150);
    expect(priority({ ...facts, amountCents: 313_522 }, w)).toBe(150 + 31);
    expect(priority({ ...facts, amountCents: 99_999_999 }, w)).toBe(150 + 500);
    expect(priority({ ...facts, daysOverdue: 14 }, w)).toBe(150 + 42);
    expect(priority({ ...facts, daysOverdue: 400 }, w)).toBe(150 + 270);
    expect(priority({ ...facts, brokenPromises: 2 }, w)).toBe(150 + 300);
  });

  it('give an appointment its full points from a quarter of an hour before, fewer the further away, none two hours before that', () => {
    const at = (minutesUntil: number) => priority({ ...facts, kind: 'call_back', minutesUntilAppointment: minutesUntil }, w) - 200;
    expect([at(-30), at(0), at(15), at(75), at(135), at(300)]).toEqual([600, 600, 600, 300, 0, 0]);
  });

  it('the weights are a setting with limits', () => {
    expect(PriorityWeights.parse(w)).toEqual(w);
    expect(PriorityWeights.safeParse({ ...w, perDayOverdue: -1 }).success).toBe(false);
    expect(PriorityWeights.safeParse({ ...w, appointment: 1.5 }).success).toBe(false);
  });
});
