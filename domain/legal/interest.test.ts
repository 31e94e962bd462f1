import fc from 'fast-check';
import { addYears, statutoryInterest, statutoryInterestCents } from './interest';

const TEN_THOUSAND = 1_000_000; // € 10.000 in cents

describe('statutoryInterest', () => {
  it('is zero when paid on the due date (and before it)', () => {
    const onTime = statutoryInterest({ principalCents: TEN_THOUSAND, dueDate: '2025-03-31', until: '2025-03-31', kind: 'commercial' });
    expect(onTime).toEqual({ totalCents: 0, periods: [], capitalisations: [] });
    expect(statutoryInterest({ principalCents: TEN_THOUSAND, dueDate: '2025-03-31', until: '2025-03-01', kind: 'commercial' }).totalCents).toBe(0);
  });

  it('starts the day after the due date: one day late is one day of interest', () => {
    const r = statutoryInterest({ principalCents: TEN_THOUSAND, dueDate: '2025-03-31', until: '2025-04-01', kind: 'commercial' });
    expect(r.periods).toEqual([
      { from: '2025-04-01', to: '2025-04-01', days: 1, yearDays: 365, ratePercent: 11.15, principalCents: TEN_THOUSAND, cents: 305, status: 'published', rateFrom: '2025-01-01' },
    ]); // € 10.000 × 11,15% / 365 = € 3,0548 → € 3,05
  });

  it('splits at a rate change (1 July 2025: 11,15% → 10,15%)', () => {
    const r = statutoryInterest({ principalCents: TEN_THOUSAND, dueDate: '2025-06-15', until: '2025-08-14', kind: 'commercial' });
    expect(r.periods.map((p) => [p.from, p.to, p.days, p.ratePercent, p.cents])).toEqual([
      ['2025-06-16', '2025-06-30', 15, 11.15, 4_582], // 10.000 × 11,15% × 15/365 = 45,8219
      ['2025-07-01', '2025-08-14', 45, 10.15, 12_514], // 10.000 × 10,15% × 45/365 = 125,1370
    ]);
    expect(r.totalCents).toBe(17_096);
  });

  it('divides days in leap year 2024 by 366, so a full year yields exactly the rates', () => {
    const input = { principalCents: TEN_THOUSAND, dueDate: '2023-12-31', until: '2024-12-31', kind: 'commercial' } as const;
    const r = statutoryInterest(input);
    expect(r.periods.map((p) => [p.days, p.yearDays, p.ratePercent, p.cents])).toEqual([
      [182, 366, 12.5, 62_158], // 10.000 × 12,50% × 182/366 = 621,5847
      [184, 366, 12.25, 61_585], // 10.000 × 12,25% × 184/366 = 615,8470
    ]);
    expect(r.totalCents).toBe(123_743);
    expect(r.capitalisations).toEqual([]); // the year ends on `until`: nothing left to compound
    // The 365 convention gives the creditor about one more day:
    expect(statutoryInterest({ ...input, dayCount: 'actual/365' }).totalCents).toBe(124_082);
  });

  it('splits at 1 January when a common year runs into a leap year', () => {
    const r = statutoryInterest({ principalCents: TEN_THOUSAND, dueDate: '2023-11-30', until: '2024-01-31', kind: 'commercial' });
    expect(r.periods.map((p) => [p.from, p.days, p.yearDays, p.ratePercent, p.cents])).toEqual([
      ['2023-12-01', 31, 365, 12, 10_192], // 10.000 × 12% × 31/365 = 101,9178
      ['2024-01-01', 31, 366, 12.5, 10_587], // 10.000 × 12,5% × 31/366 = 105,8743
    ]);
  });

  it('adds the interest to the principal after each full year (6:119a lid 3)', () => {
    // 8% in 2017 and 2018: year 1 € 800 on € 10.000, year 2 8% on € 10.800 = € 864.
    const r = statutoryInterest({ principalCents: TEN_THOUSAND, dueDate: '2016-12-31', until: '2018-12-31', kind: 'commercial' });
    expect(r.periods.map((p) => [p.from, p.to, p.principalCents, p.cents])).toEqual([
      ['2017-01-01', '2017-12-31', 1_000_000, 80_000],
      ['2018-01-01', '2018-12-31', 1_080_000, 86_400],
    ]);
    expect(r.capitalisations).toEqual([{ on: '2018-01-01', addedCents: 80_000, principalCents: 1_080_000 }]);
    expect(r.totalCents).toBe(166_400); // simple interest would be € 1.600
    const simple = statutoryInterest({ principalCents: TEN_THOUSAND, dueDate: '2016-12-31', until: '2018-12-31', kind: 'commercial', compound: false });
    expect(simple.totalCents).toBe(160_000);
  });

  it('compounds consumer interest across a leap year, counting the year from the first interest day', () => {
    // 2%: 1-7-2015..30-6-2016 = 184/365 + 182/366 → € 100,82 + € 99,45 = € 200,27, then on € 10.200,27.
    const r = statutoryInterest({ principalCents: TEN_THOUSAND, dueDate: '2015-06-30', until: '2017-06-30', kind: 'consumer' });
    expect(r.periods.map((p) => [p.from, p.to, p.yearDays, p.principalCents, p.cents])).toEqual([
      ['2015-07-01', '2015-12-31', 365, 1_000_000, 10_082],
      ['2016-01-01', '2016-06-30', 366, 1_000_000, 9_945],
      ['2016-07-01', '2016-12-31', 366, 1_020_027, 10_256],
      ['2017-01-01', '2017-06-30', 365, 1_020_027, 10_116],
    ]);
    expect(r.capitalisations).toEqual([{ on: '2016-07-01', addedCents: 20_027, principalCents: 1_020_027 }]);
    expect(r.totalCents).toBe(40_399);
  });

  it('says how sure each period’s rate is: published, derived from the ECB rate, or carried forward', () => {
    const r = statutoryInterest({ principalCents: TEN_THOUSAND, dueDate: '2026-05-31', until: '2027-01-31', kind: 'commercial' });
    expect(r.periods.map((p) => [p.from, p.to, p.ratePercent, p.status, p.rateFrom])).toEqual([
      ['2026-06-01', '2026-06-30', 10.15, 'published', '2026-01-01'],
      ['2026-07-01', '2026-12-31', 10.4, 'derived', '2026-07-01'],
      ['2027-01-01', '2027-01-31', 10.4, 'provisional', '2026-07-01'],
    ]);
  });

  it("computes Leeflang's invoice 456 to 27 July 2026 at 10,15% then 10,40%: € 56,15, not € 55,61 at 10,15% throughout", () => {
    // € 2.898,24 due 19-05-2026 (demo ledger seeded 01-06-2026: due 13 days before). Same path as the
    // ingebrekestelling: actual/actual, per period rounded half up, yearly compounding (not reached here).
    const r = statutoryInterest({ principalCents: 289_824, dueDate: '2026-05-19', until: '2026-07-27', kind: 'commercial' });
    expect(r.periods.map((p) => [p.from, p.to, p.days, p.ratePercent, p.cents])).toEqual([
      ['2026-05-20', '2026-06-30', 42, 10.15, 3_385], // 2.898,24 × 10,15% × 42/365 = 33,8497
      ['2026-07-01', '2026-07-27', 27, 10.4, 2_230], // 2.898,24 × 10,40% × 27/365 = 22,2969
    ]);
    expect(r.totalCents).toBe(5_615);
  });

  it('keeps 29 February anniversaries on 28 February in common years', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2025-06-30', 2)).toBe('2027-06-30');
  });

  it('refuses a negative principal', () => {
    expect(() => statutoryInterest({ principalCents: -1, dueDate: '2025-01-01', until: '2025-02-01', kind: 'consumer' })).toThrow(/negatief/);
  });
});

describe('statutoryInterestCents', () => {
  it('is the sum of the periods statutoryInterest writes out, for any principal, period, kind and day count, the dates remembered or not', () => {
    const day = fc.integer({ min: 0, max: 4000 }).map((n) => new Date(Date.UTC(2015, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000_000 }), day, day, fc.constantFrom('commercial', 'consumer'), fc.constantFrom('actual/actual', 'actual/365'), fc.boolean(), (principalCents, a, b, kind, dayCount, compound) => {
        const [dueDate, until] = a < b ? [a, b] : [b, a];
        const input = { principalCents, dueDate, until, kind, dayCount, compound } as const;
        const { periods, totalCents } = statutoryInterest(input);
        expect(statutoryInterestCents(input)).toBe(periods.reduce((sum, p) => sum + p.cents, 0));
        expect(statutoryInterestCents({ ...input, principalCents: principalCents + 1 })).toBeGreaterThanOrEqual(totalCents);
      }),
      { numRuns: 500 },
    );
  });
});
