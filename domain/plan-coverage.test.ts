import { planCoverage, plannableInvoices, type PlanOpenItem } from './plan-coverage';

// Leeflang & Zn (seed 000): 178,49 + 2.898,24 + 58,49 = 3.135,22 open; 1043 under a complaint; 1050 paid.
const items: PlanOpenItem[] = [
  { id: 1, number: '123', openCents: 17_849, onHold: false },
  { id: 2, number: '456', openCents: 289_824, onHold: false },
  { id: 3, number: '789', openCents: 5_849, onHold: false },
  { id: 4, number: '1043', openCents: 12_100, onHold: true },
  { id: 5, number: '1050', openCents: 0, onHold: false },
];

describe('what a payment plan covers', () => {
  it('covers the chosen open invoices for exactly what is open on them', () => {
    expect(planCoverage([3, 1, 2], items, 313_522)).toEqual({ ok: true, invoices: items.slice(0, 3) });
    expect(planCoverage([2], items, 289_824)).toEqual({ ok: true, invoices: [items[1]] });
  });

  it('refuses an amount a cent below what is open on the chosen invoices (€ 3.135,21 of € 3.135,22)', () => {
    expect(planCoverage([1, 2, 3], items, 313_521)).toEqual({ ok: false, refusal: { why: 'total', totalCents: 313_521, invoicesCents: 313_522 } });
  });

  it('refuses no invoice, an unknown one, one under a complaint and one with nothing open', () => {
    expect(planCoverage([], items, 1)).toEqual({ ok: false, refusal: { why: 'no_invoice' } });
    expect(planCoverage([1, 99], items, 17_849)).toEqual({ ok: false, refusal: { why: 'unknown', ids: [99] } });
    expect(planCoverage([1, 4], items, 29_949)).toEqual({ ok: false, refusal: { why: 'under_complaint', numbers: ['1043'] } });
    expect(planCoverage([1, 5], items, 17_849)).toEqual({ ok: false, refusal: { why: 'not_open', numbers: ['1050'] } });
  });

  it('sets the credit of an open credit note off against the oldest invoices first, as the letters do', () => {
    const withCredit = [...items, { id: 6, number: 'CN-7', openCents: -20_000, onHold: false }];
    // 178,49 of invoice 123 is fully credited; the remaining 21,51 comes off 456.
    expect(plannableInvoices(withCredit).map((i) => [i.number, i.openCents])).toEqual([
      ['456', 289_824 - 2_151],
      ['789', 5_849],
    ]);
    expect(planCoverage([1, 2, 3], withCredit, 293_522)).toEqual({ ok: false, refusal: { why: 'not_open', numbers: ['123'] } });
    expect(planCoverage([2, 3], withCredit, 293_522)).toMatchObject({ ok: true });
  });
});
