import { allocatePayment, type OpenClaim } from './allocation';

// Leeflang: three invoices of May 2026, € 438,52 costs and € 23,57 interest outstanding.
const claim: OpenClaim = {
  costsCents: 43_852,
  interestCents: 2_357,
  invoices: [
    { id: 456, invoiceDate: '2026-05-02', dueDate: '2026-05-16', openCents: 289_824 },
    { id: 789, invoiceDate: '2026-05-03', dueDate: '2026-05-17', openCents: 5_849 },
    { id: 123, invoiceDate: '2026-05-01', dueDate: '2026-05-15', openCents: 17_849 },
  ],
};

describe('allocatePayment (art. 6:43/6:44 BW)', () => {
  it('pays costs, then interest, then the oldest invoice first', () => {
    // € 1.000: € 438,52 costs, € 23,57 interest, € 178,49 on 123 (oldest), € 359,42 on 456.
    expect(allocatePayment(100_000, claim)).toEqual({
      costs: 43_852,
      interest: 2_357,
      perInvoice: [
        { invoiceId: 123, cents: 17_849 },
        { invoiceId: 456, cents: 35_942 },
      ],
      unallocated: 0,
    });
  });

  it('keeps costs first even when the payment does not cover them', () => {
    expect(allocatePayment(40_000, claim)).toEqual({ costs: 40_000, interest: 0, perInvoice: [], unallocated: 0 });
  });

  it('pays named invoices first, in the order named, but still after costs and interest', () => {
    const r = allocatePayment(60_000, claim, [789, 456]);
    // 600,00 − 438,52 − 23,57 = 137,91: all of 789 (58,49), then 79,42 on 456; 123 gets nothing.
    expect(r.perInvoice).toEqual([
      { invoiceId: 789, cents: 5_849 },
      { invoiceId: 456, cents: 7_942 },
    ]);
    expect(r.costs + r.interest).toBe(46_209);
  });

  it('goes on to the other invoices, oldest first, once the named ones are paid', () => {
    const r = allocatePayment(60_000, claim, [789]);
    expect(r.perInvoice).toEqual([
      { invoiceId: 789, cents: 5_849 },
      { invoiceId: 123, cents: 7_942 },
    ]);
  });

  it('takes "oldest" as the earliest due date, not the earliest invoice date', () => {
    const r = allocatePayment(10_000, {
      costsCents: 0,
      interestCents: 0,
      invoices: [
        { id: 'A', invoiceDate: '2026-04-01', dueDate: '2026-05-31', openCents: 10_000 }, // 60 days' term
        { id: 'B', invoiceDate: '2026-04-15', dueDate: '2026-04-29', openCents: 6_000 }, // overdue first
      ],
    });
    expect(r.perInvoice).toEqual([
      { invoiceId: 'B', cents: 6_000 },
      { invoiceId: 'A', cents: 4_000 },
    ]);
  });

  it('leaves an overpayment unallocated', () => {
    // Everything: 438,52 + 23,57 + 2.898,24 + 58,49 + 178,49 = 3.597,31; € 3.600 leaves € 2,69.
    const r = allocatePayment(360_000, claim);
    expect(r.perInvoice.map((p) => p.cents)).toEqual([17_849, 289_824, 5_849]);
    expect(r.unallocated).toBe(269);
  });

  it('refuses zero, negative and fractional amounts and unknown invoices, in Dutch', () => {
    expect(() => allocatePayment(0, claim)).toThrow('Een betaling moet groter zijn dan € 0,00, niet € 0,00');
    expect(() => allocatePayment(-2_500, claim)).toThrow('niet -€ 25,00');
    expect(() => allocatePayment(12.5, claim)).toThrow(/geheel aantal centen/);
    expect(() => allocatePayment(1_000, claim, [999])).toThrow('Factuur 999 staat niet open bij deze debiteur');
  });
});
