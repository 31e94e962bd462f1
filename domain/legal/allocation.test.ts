import { allocatePayment, PaymentRefused, type ClaimParts } from './allocation';
import { stateClaim } from './claim';

// Leeflang: three invoices of May 2026. The ingebrekestelling of Fri 12 June 2026 claimed € 438,52 costs
// and the handelsrente accrued per invoice (see claim.test.ts).
const leeflang = [
  { id: 456, invoiceDate: '2026-05-02', dueDate: '2026-05-16', openCents: 289_824 },
  { id: 789, invoiceDate: '2026-05-03', dueDate: '2026-05-17', openCents: 5_849 },
  { id: 123, invoiceDate: '2026-05-01', dueDate: '2026-05-15', openCents: 17_849 },
];
const CLAIMED = '2026-06-12';

/** The parts on the day of payment: interest accrued up to that day, as the letters compute it. */
function partsOn(day: string, claimedOn: string | null = CLAIMED, costsClaimedOn: string | null = claimedOn): ClaimParts {
  const accrued = stateClaim({ debtorKind: 'business', asOf: day, invoices: leeflang });
  return {
    costs: { openCents: 43_852, claimedOn: costsClaimedOn },
    interest: accrued.lines.map((l) => ({ invoiceId: l.id, openCents: l.interest.totalCents, claimedOn })),
    invoices: leeflang,
  };
}

describe('allocatePayment over the claim parts (art. 6:43/6:44 BW)', () => {
  it('after the ingebrekestelling: a part payment pays the claimed costs, then the interest accrued to its day, then the oldest invoice', () => {
    // € 1.000 on 25 June: costs € 438,52; interest to 25 June € 2,04 + € 32,24 + € 0,63 = € 34,91;
    // principal € 526,57: all of 123 (€ 178,49, the oldest), € 348,08 on 456.
    expect(allocatePayment({ amountCents: 100_000, receivedOn: '2026-06-25' }, partsOn('2026-06-25'))).toEqual({
      costs: 43_852,
      interest: [
        { invoiceId: 123, cents: 204 },
        { invoiceId: 456, cents: 3_224 },
        { invoiceId: 789, cents: 63 },
      ],
      principal: [
        { invoiceId: 123, cents: 17_849 },
        { invoiceId: 456, cents: 34_808 },
      ],
      unallocated: 0,
    });
  });

  it('keeps costs first even when the payment does not cover them', () => {
    expect(allocatePayment({ amountCents: 40_000, receivedOn: '2026-06-25' }, partsOn('2026-06-25'))).toEqual({ costs: 40_000, interest: [], principal: [], unallocated: 0 });
  });

  it('before anything was claimed, pays principal only, oldest first, as the earlier letters asked', () => {
    const r = allocatePayment({ amountCents: 20_000, receivedOn: '2026-06-05' }, partsOn('2026-06-05', null));
    expect(r).toEqual({ costs: 0, interest: [], principal: [{ invoiceId: 123, cents: 17_849 }, { invoiceId: 456, cents: 2_151 }], unallocated: 0 });
  });

  it('treats a payment on the letter’s own day as crossing it: principal only', () => {
    const r = allocatePayment({ amountCents: 20_000, receivedOn: CLAIMED }, partsOn(CLAIMED));
    expect([r.costs, r.interest, r.principal.map((p) => p.invoiceId)]).toEqual([0, [], [123, 456]]);
  });

  it('pays claimed interest before principal when the costs are not claimed (a consumer within the 14-day term)', () => {
    const r = allocatePayment({ amountCents: 5_000, receivedOn: '2026-06-25' }, partsOn('2026-06-25', CLAIMED, null));
    expect(r.costs).toBe(0);
    expect(r.interest.reduce((s, i) => s + i.cents, 0)).toBe(3_491);
    expect(r.principal).toEqual([{ invoiceId: 123, cents: 1_509 }]);
  });

  it('still collects the interest on an invoice whose principal was paid in full', () => {
    const parts: ClaimParts = {
      costs: { openCents: 0, claimedOn: null },
      interest: [{ invoiceId: 'A', openCents: 1_234, claimedOn: '2026-06-12' }],
      invoices: [
        { id: 'A', invoiceDate: '2026-04-01', dueDate: '2026-04-15', openCents: 0 },
        { id: 'B', invoiceDate: '2026-05-01', dueDate: '2026-05-15', openCents: 10_000 },
      ],
    };
    expect(allocatePayment({ amountCents: 5_000, receivedOn: '2026-07-01' }, parts)).toEqual({
      costs: 0,
      interest: [{ invoiceId: 'A', cents: 1_234 }],
      principal: [{ invoiceId: 'B', cents: 3_766 }],
      unallocated: 0,
    });
  });

  it('pays named invoices first, in the order named, but still after costs and interest', () => {
    const r = allocatePayment({ amountCents: 60_000, receivedOn: '2026-06-25', namedInvoiceIds: [789, 456] }, partsOn('2026-06-25'));
    // 600,00 − 438,52 − 34,91 = 126,57: all of 789 (58,49), then 68,08 on 456; 123 gets nothing.
    expect(r.interest.map((i) => i.invoiceId)).toEqual([789, 456, 123]);
    expect(r.principal).toEqual([
      { invoiceId: 789, cents: 5_849 },
      { invoiceId: 456, cents: 6_808 },
    ]);
  });

  it('leaves an invoice under a complaint, its interest too, unless named', () => {
    const parts = partsOn('2026-06-25');
    const held = { ...parts, invoices: parts.invoices.map((i) => (i.id === 123 ? { ...i, onHold: true } : i)) };
    const r = allocatePayment({ amountCents: 100_000, receivedOn: '2026-06-25' }, held);
    expect(r.interest.map((i) => i.invoiceId)).toEqual([456, 789]);
    expect(r.principal.map((p) => p.invoiceId)).toEqual([456]);
  });

  it('takes "oldest" as the earliest due date, not the earliest invoice date', () => {
    const r = allocatePayment(
      { amountCents: 10_000, receivedOn: '2026-06-01' },
      {
        costs: { openCents: 0, claimedOn: null },
        interest: [],
        invoices: [
          { id: 'A', invoiceDate: '2026-04-01', dueDate: '2026-05-31', openCents: 10_000 }, // 60 days' term
          { id: 'B', invoiceDate: '2026-04-15', dueDate: '2026-04-29', openCents: 6_000 }, // overdue first
        ],
      },
    );
    expect(r.principal).toEqual([
      { invoiceId: 'B', cents: 6_000 },
      { invoiceId: 'A', cents: 4_000 },
    ]);
  });

  it('leaves an overpayment unallocated', () => {
    // Everything claimed on 25 June: 438,52 + 34,91 + 3.135,22 = 3.608,65; € 3.610 leaves € 1,35.
    const r = allocatePayment({ amountCents: 361_000, receivedOn: '2026-06-25' }, partsOn('2026-06-25'));
    expect(r.principal.map((p) => p.cents)).toEqual([17_849, 289_824, 5_849]);
    expect(r.unallocated).toBe(135);
  });

  it('refuses zero, negative and fractional amounts and unknown invoices, in Dutch', () => {
    const parts = partsOn('2026-06-25');
    const pay = (amountCents: number, namedInvoiceIds: number[] = []) => () => allocatePayment({ amountCents, receivedOn: '2026-06-25', namedInvoiceIds }, parts);
    expect(pay(0)).toThrow('Een betaling moet groter zijn dan € 0,00, niet € 0,00');
    expect(pay(-2_500)).toThrow('niet -€ 25,00');
    expect(pay(12.5)).toThrow(/geheel aantal centen/);
    expect(pay(1_000, [999])).toThrow('Factuur 999 staat niet open bij deze debiteur');
    // Typed, so the handlers say it in the UI language and tell a refusal from a fault.
    expect(pay(1_000, [999])).toThrow(expect.objectContaining({ refusal: { reason: 'not_open', invoiceId: 999 } }));
    expect(pay(-2_500)).toThrow(expect.objectContaining({ refusal: { reason: 'not_positive', amountCents: -2_500 } }));
    expect(pay(12.5)).not.toThrow(PaymentRefused);
  });
});
