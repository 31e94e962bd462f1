import { carriedFrom, interestKindFor, rateChangesBetween, rateOn, rateTable, STATUTORY_RATES, type RateRow } from './interest-rates';

const published2026H2: RateRow = {
  from: '2026-07-01',
  commercial: { basisPoints: 1040, status: 'published' },
  consumer: { basisPoints: 400, status: 'published' },
  source: 'Staatscourant (voorbeeld van een ingevoerde publicatie)',
};

describe('statutory rate table', () => {
  it('finds the rate in force on a date, changing on 1 January and 1 July', () => {
    expect(rateOn('commercial', '2024-06-30').basisPoints).toBe(1250);
    expect(rateOn('commercial', '2024-07-01').basisPoints).toBe(1225);
    expect(rateOn('commercial', '2013-03-16').basisPoints).toBe(875); // margin 8 points from 16-03-2013
    expect(rateOn('commercial', '2013-03-15').basisPoints).toBe(775);
    expect(rateOn('consumer', '2020-05-05').basisPoints).toBe(200);
    expect(rateOn('consumer', '2006-05-15').basisPoints).toBe(400);
    expect(rateOn('commercial', '2006-05-15').basisPoints).toBe(925);
    expect(rateOn('consumer', '2025-09-01').basisPoints).toBe(600);
    expect(rateOn('consumer', '2026-03-01').basisPoints).toBe(400);
  });

  it('carries a source on every row, in date order, one row per date, published through June 2026', () => {
    const dates = STATUTORY_RATES.map((r) => r.from);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
    expect(dates[0]! <= '2006-01-01').toBe(true);
    for (const row of STATUTORY_RATES) expect(row.source.length).toBeGreaterThan(20);
    expect(STATUTORY_RATES.filter((r) => r.from < '2026-07-01').every((r) => r.commercial.status === 'published' && r.consumer.status === 'published')).toBe(true);
  });

  it('derives 10,40% handelsrente from 1 July 2026 (ECB 2,40% + 8, art. 6:120 lid 2 BW); the consumer rate stays 4%, provisionally', () => {
    const commercial = rateOn('commercial', '2026-07-01');
    expect(commercial).toMatchObject({ basisPoints: 1040, status: 'derived', from: '2026-07-01', carried: false });
    expect(commercial.source).toMatch(/ECB-herfinancieringsrente 2,40% .*\+ 8 procentpunten \(art\. 6:120 lid 2 BW\)/);
    expect(rateOn('consumer', '2026-12-31')).toMatchObject({ basisPoints: 400, status: 'provisional' });
  });

  it('carries the last rates forward, provisionally, past the last half-year in the table', () => {
    expect(carriedFrom(STATUTORY_RATES)).toBe('2027-01-01');
    const carried = rateOn('commercial', '2027-03-01');
    expect(carried).toMatchObject({ basisPoints: 1040, status: 'provisional', carried: true });
    expect(carried.source).toMatch(/doorgetrokken: geen percentage ingevoerd vanaf 2027-01-01/);
  });

  it('takes half-years the user adds: a publication replaces the derived row, a new half-year extends the table', () => {
    const table = rateTable([
      published2026H2,
      { from: '2027-01-01', commercial: { basisPoints: 1065, status: 'published' }, consumer: { basisPoints: 500, status: 'published' }, source: 'Stcrt. 2026, …' },
    ]);
    expect(rateOn('commercial', '2026-08-01', table)).toMatchObject({ basisPoints: 1040, status: 'published', source: published2026H2.source });
    expect(rateOn('consumer', '2027-02-01', table)).toMatchObject({ basisPoints: 500, status: 'published', carried: false });
    expect(carriedFrom(table)).toBe('2027-07-01');
    expect(table.filter((r) => r.from === '2026-07-01')).toHaveLength(1);
  });

  it('refuses an added half-year without a source, off 1 January / 1 July, or with an impossible rate', () => {
    expect(() => rateTable([{ ...published2026H2, source: '' }])).toThrow('Rente vanaf 2026-07-01: validation.rate.source');
    expect(() => rateTable([{ ...published2026H2, from: '2026-08-01' }])).toThrow(/validation\.rate\.half_year/);
    expect(() => rateTable([{ ...published2026H2, commercial: { basisPoints: -5, status: 'published' } }])).toThrow(/validation\.rate\.percent/);
    expect(() => rateTable([{ ...published2026H2, consumer: { basisPoints: 4.5, status: 'published' } }])).toThrow(RangeError);
  });

  it('refuses a date before the table', () => {
    expect(() => rateOn('commercial', '2004-12-31')).toThrow(/handelsrente bekend op 2004-12-31/);
  });

  it('lists the changes of one kind inside a period, the start day excluded, including a change of status', () => {
    expect(rateChangesBetween('commercial', '2025-01-01', '2025-12-31')).toEqual(['2025-07-01']);
    expect(rateChangesBetween('consumer', '2022-01-01', '2023-12-31')).toEqual(['2023-01-01', '2023-07-01']);
    expect(rateChangesBetween('consumer', '2026-01-01', '2027-06-30')).toEqual(['2026-07-01']); // 4% published → 4% provisional
    expect(rateChangesBetween('commercial', '2026-01-01', '2027-06-30')).toEqual(['2026-07-01', '2027-01-01']); // derived → carried
  });

  it('maps the debtor to the kind of interest', () => {
    expect(interestKindFor('business')).toBe('commercial');
    expect(interestKindFor('consumer')).toBe('consumer');
  });
});
