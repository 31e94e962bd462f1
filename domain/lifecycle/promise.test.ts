import { brokenPromiseReason, evaluatePromise, promiseBreaksOn } from './promise';
import { officeCalendar } from '../calendar/office-days';

const p = { madeOn: '2026-03-02', promisedDate: '2026-03-06', amountCents: 125000 }; // promised for Friday

describe('evaluatePromise', () => {
  it('is kept as soon as the money is in, even before the promised date', () => {
    expect(evaluatePromise(p, 125000, '2026-03-03')).toBe('kept');
    expect(evaluatePromise(p, 130000, '2026-03-20')).toBe('kept');
  });

  it('stays pending over the weekend and breaks on the next working day (Monday)', () => {
    expect(promiseBreaksOn(p)).toBe('2026-03-09');
    expect(evaluatePromise(p, 124999, '2026-03-06')).toBe('pending');
    expect(evaluatePromise(p, 124999, '2026-03-08')).toBe('pending');
    expect(evaluatePromise(p, 124999, '2026-03-09')).toBe('broken');
  });

  it('skips public holidays: promised on Koningsdag eve, broken only after Koningsdag', () => {
    // 2026-04-24 is a Friday, 27 April (Monday) is Koningsdag: the next working day is Tuesday 28 April.
    const q = { ...p, promisedDate: '2026-04-24' };
    expect(evaluatePromise(q, 0, '2026-04-27')).toBe('pending');
    expect(evaluatePromise(q, 0, '2026-04-28')).toBe('broken');
  });

  it('follows the office’s own working days from Settings: an office closed on Fridays checks a Thursday promise on Monday', () => {
    const p = { madeOn: '2026-11-30', promisedDate: '2026-12-03', amountCents: 10_000 }; // Thursday
    expect(promiseBreaksOn(p)).toBe('2026-12-04');
    const noFridays = officeCalendar({ workingWeekdays: [1, 2, 3, 4], closedDays: [] });
    expect(promiseBreaksOn(p, noFridays)).toBe('2026-12-07');
    expect(evaluatePromise(p, 0, '2026-12-04', noFridays)).toBe('pending');
    const closedMonday = officeCalendar({ workingWeekdays: [1, 2, 3, 4], closedDays: [{ date: '2026-12-07', label: 'Inventarisatie' }] });
    expect(promiseBreaksOn(p, closedMonday)).toBe('2026-12-08');
  });

  it('gives the reason shown on Vandaag', () => {
    expect(brokenPromiseReason(p)).toEqual({ key: 'task.promise_broken', params: { date: { date: '2026-03-06' }, amount: { cents: 125000 } } });
  });
});
