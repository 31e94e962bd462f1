import { interestKindFor, rateOn, rateChangesBetween, STATUTORY_RATES } from './interest-rates';

describe('statutory rate table', () => {
  it('finds the rate in force on a date, changing on 1 January and 1 July', () => {
    expect(rateOn('commercial', '2024-06-30').basisPoints).toBe(1250);
    expect(rateOn('commercial', '2024-07-01').basisPoints).toBe(1225);
    expect(rateOn('commercial', '2013-03-16').basisPoints).toBe(875); // margin 8 points from 16-03-2013
    expect(rateOn('commercial', '2013-03-15').basisPoints).toBe(775);
    expect(rateOn('consumer', '2020-05-05').basisPoints).toBe(200);
    expect(rateOn('consumer', '2006-05-15').basisPoints).toBe(400);
    expect(rateOn('commercial', '2006-05-15').basisPoints).toBe(925);
  });
  it('covers 2006 through the first half of 2026 for both kinds, in date order', () => {
    for (const kind of ['commercial', 'consumer'] as const) {
      const dates = STATUTORY_RATES[kind].map((e) => e.from);
      expect([...dates].sort()).toEqual(dates);
      expect(dates[0]! <= '2006-01-01').toBe(true);
      expect(rateOn(kind, STATUTORY_RATES.verifiedThrough).basisPoints).toBeGreaterThan(0);
    }
    expect(STATUTORY_RATES.verifiedThrough).toBe('2026-06-30');
  });
  it('refuses a date before the table', () => {
    expect(() => rateOn('commercial', '2004-12-31')).toThrow(/handelsrente bekend op 2004-12-31/);
  });
  it('lists the changes inside a period, the start day excluded', () => {
    expect(rateChangesBetween('commercial', '2025-01-01', '2025-12-31')).toEqual(['2025-07-01']);
    expect(rateChangesBetween('consumer', '2022-01-01', '2023-12-31')).toEqual(['2023-01-01', '2023-07-01']);
  });
  it('maps the debtor to the kind of interest', () => {
    expect(interestKindFor('business')).toBe('commercial');
    expect(interestKindFor('consumer')).toBe('consumer');
  });
});
