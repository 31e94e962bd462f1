import { stateClaim, type ClaimInvoice } from './claim';
import { rateTable } from './interest-rates';

// The seed's Leeflang invoices (14 days' term), dated May 2026 so that the Besluit BIK applies.
const leeflang: ClaimInvoice[] = [
  { id: 123, number: '123', invoiceDate: '2026-05-01', dueDate: '2026-05-15', openCents: 17_849 },
  { id: 456, number: '456', invoiceDate: '2026-05-02', dueDate: '2026-05-16', openCents: 289_824 },
  { id: 789, number: '789', invoiceDate: '2026-05-03', dueDate: '2026-05-17', openCents: 5_849 },
];

describe('stateClaim', () => {
  it('states a business claim on 12 June 2026: principal, handelsrente per invoice, costs, total', () => {
    const c = stateClaim({ debtorKind: 'business', asOf: '2026-06-12', invoices: leeflang });
    // 10,15%: 178,49 × 28 days = 1,39; 2.898,24 × 27 days = 21,76; 58,49 × 26 days = 0,42
    expect(c.lines.map((l) => [l.id, l.interest.periods[0]?.days, l.interest.totalCents])).toEqual([
      [123, 28, 139],
      [456, 27, 2_176],
      [789, 26, 42],
    ]);
    expect(c.principalCents).toBe(313_522); // 3.135,22, not the seed's 3.135,16
    expect(c.interestCents).toBe(2_357);
    expect(c.costs.costsCents).toBe(43_852); // one staffel over the whole claim: 375 + 10% × 635,22
    expect(c.costsMayBeCharged).toBe(true);
    expect(c.totalCents).toBe(359_731); // 3.135,22 + 23,57 + 438,52
    expect(c.provisionalRates).toBe(false);
  });

  it('uses the consumer rate and names but does not charge costs before the 14-day term has passed', () => {
    const before = stateClaim({ debtorKind: 'consumer', asOf: '2026-06-12', invoices: leeflang, termEndsOn: null });
    expect(before.lines.map((l) => l.interest.totalCents)).toEqual([55, 858, 17]); // 4% instead of 10,15%
    expect(before.costs.totalCents).toBe(43_852); // what the 14-day letter must name
    expect(before.costsMayBeCharged).toBe(false);
    expect(before.costsCents).toBe(0);
    expect(before.totalCents).toBe(313_522 + 930);

    const inTerm = stateClaim({ debtorKind: 'consumer', asOf: '2026-06-12', invoices: leeflang, termEndsOn: '2026-06-12' });
    expect(inTerm.costsCents).toBe(0); // the last day of the term is still free
    const after = stateClaim({ debtorKind: 'consumer', asOf: '2026-06-13', invoices: leeflang, termEndsOn: '2026-06-12' });
    expect(after.costsCents).toBe(43_852);
  });

  it('leaves invoices that are not yet due out of the costs and the interest', () => {
    const notDue: ClaimInvoice = { id: 1001, invoiceDate: '2026-06-05', dueDate: '2026-06-19', openCents: 250_000 };
    const c = stateClaim({ debtorKind: 'business', asOf: '2026-06-12', invoices: [...leeflang, notDue] });
    expect(c.principalCents).toBe(563_522);
    expect(c.overduePrincipalCents).toBe(313_522);
    expect(c.costs.costsCents).toBe(43_852); // not 375 + 250 + 5% × 635,22 = 656,76
    expect(c.lines.at(-1)).toMatchObject({ overdue: false, interest: { totalCents: 0 } });
  });

  it('adds VAT when asked and deducts what was already paid on costs and interest', () => {
    const c = stateClaim({
      debtorKind: 'business',
      asOf: '2026-06-12',
      invoices: leeflang,
      vat: { addVat: true, vatRateBasisPoints: 2100 },
      paid: { costsCents: 10_000, interestCents: 2_357 },
    });
    expect(c.costs.totalCents).toBe(53_061); // 438,52 + 92,09 btw
    expect(c.costsCents).toBe(43_061);
    expect(c.interestCents).toBe(0);
    expect(c.totalCents).toBe(313_522 + 43_061);
  });

  it('skips paid invoices and names the rates that are not published yet', () => {
    const c = stateClaim({
      debtorKind: 'business',
      asOf: '2026-08-01',
      invoices: [...leeflang, { id: 7, invoiceDate: '2026-04-01', dueDate: '2026-04-15', openCents: 0 }],
    });
    expect(c.lines.map((l) => l.id)).toEqual([123, 456, 789]);
    expect(c.provisionalRates).toBe(true);
    expect(c.unpublishedRates.map((r) => [r.kind, r.from, r.basisPoints, r.status])).toEqual([['commercial', '2026-07-01', 1040, 'derived']]);
  });

  it("states € 56,15 interest on Leeflang's invoice 456 in an ingebrekestelling of 27-07-2026, and takes the rates the user entered", () => {
    // The demo ledger's 456 (€ 2.898,24, invoice 05-05-2026, due 19-05-2026), as the letter states it.
    const invoice456: ClaimInvoice = { id: 456, number: '456', invoiceDate: '2026-05-05', dueDate: '2026-05-19', openCents: 289_824 };
    const derived = stateClaim({ debtorKind: 'business', asOf: '2026-07-27', invoices: [invoice456] });
    expect(derived.lines[0]!.interest.totalCents).toBe(5_615); // not 55,61: 10,40% from 1 July 2026
    expect(derived.provisionalRates).toBe(true);

    const rates = rateTable([
      { from: '2026-07-01', commercial: { basisPoints: 1040, status: 'published' }, consumer: { basisPoints: 400, status: 'published' }, source: 'Stcrt. 2026 (ingevoerd)' },
    ]);
    const published = stateClaim({ debtorKind: 'business', asOf: '2026-07-27', invoices: [invoice456], rates });
    expect(published.interestCents).toBe(5_615);
    expect(published.provisionalRates).toBe(false);
    expect(published.unpublishedRates).toEqual([]);
  });
});
