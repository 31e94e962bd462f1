import { allocatePayment, allocationOrder, type OpenItem } from './allocation';

const principal = (invoiceId: number, openCents: number, onHold = false): OpenItem => ({ invoiceId, kind: 'principal', openCents, onHold });
// Given oldest first, as openInvoices() returns them.
const items = [principal(1, 17849), principal(2, 289824), principal(3, 5849)];

describe('allocatePayment', () => {
  it('pays the oldest invoice first and leaves the rest of a partial payment open', () => {
    expect(allocatePayment(20000, items)).toEqual([
      { invoiceId: 1, kind: 'principal', amountCents: 17849 },
      { invoiceId: 2, kind: 'principal', amountCents: 2151 },
    ]);
  });

  it('pays the named invoices first, in the order named, then the others oldest first', () => {
    expect(allocatePayment(10000, items, [3, 1])).toEqual([
      { invoiceId: 3, kind: 'principal', amountCents: 5849 },
      { invoiceId: 1, kind: 'principal', amountCents: 4151 },
    ]);
    expect(allocatePayment(30000, items, [3])).toEqual([
      { invoiceId: 3, kind: 'principal', amountCents: 5849 },
      { invoiceId: 1, kind: 'principal', amountCents: 17849 },
      { invoiceId: 2, kind: 'principal', amountCents: 6302 },
    ]);
  });

  it('keeps an overpayment as unallocated', () => {
    const lines = allocatePayment(313622, items);
    expect(lines.at(-1)).toEqual({ invoiceId: null, kind: 'unallocated', amountCents: 100 });
    expect(lines.reduce((s, l) => s + l.amountCents, 0)).toBe(313622);
  });

  it('does not put unnamed money on a disputed invoice, but does when the customer names it', () => {
    const disputed = [principal(1, 1000, true), principal(2, 1000)];
    expect(allocatePayment(1500, disputed)).toEqual([
      { invoiceId: 2, kind: 'principal', amountCents: 1000 },
      { invoiceId: null, kind: 'unallocated', amountCents: 500 },
    ]);
    expect(allocatePayment(1500, disputed, [1])[0]).toEqual({ invoiceId: 1, kind: 'principal', amountCents: 1000 });
  });

  it('puts costs and interest before principal even when an invoice is named (art. 6:44 BW)', () => {
    const withCosts: OpenItem[] = [...items, { invoiceId: null, kind: 'costs', openCents: 4000 }, { invoiceId: 2, kind: 'interest', openCents: 300 }];
    expect(allocationOrder(withCosts, [3]).map((i) => `${i.kind}:${i.invoiceId}`)).toEqual([
      'costs:null',
      'interest:2',
      'principal:3',
      'principal:1',
      'principal:2',
    ]);
  });

  it('refuses nothing-payments', () => {
    expect(() => allocatePayment(0, items)).toThrow(RangeError);
  });
});
