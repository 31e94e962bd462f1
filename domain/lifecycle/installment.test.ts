import { installmentInDefault, installmentStatus, payInstallments } from './installment';

const terms = [
  { seq: 1, dueDate: '2026-03-01', amountCents: 50000, paidCents: 0 },
  { seq: 2, dueDate: '2026-04-01', amountCents: 50000, paidCents: 0 },
  { seq: 3, dueDate: '2026-05-01', amountCents: 25000, paidCents: 0 },
];

describe('installments', () => {
  it('is late from the day after the due date until fully paid', () => {
    expect(installmentStatus(terms[0]!, '2026-03-01')).toBe('due');
    expect(installmentStatus(terms[0]!, '2026-03-02')).toBe('late');
    expect(installmentStatus({ ...terms[0]!, paidCents: 49999 }, '2026-03-02')).toBe('late');
    expect(installmentStatus({ ...terms[0]!, paidCents: 50000 }, '2026-03-02')).toBe('paid');
  });

  it('fills the installments in order, the last one partly', () => {
    const paid = payInstallments(70000, terms);
    expect(paid.map((p) => [p.installment.seq, p.addCents, p.paidCents, p.fullyPaid])).toEqual([
      [1, 50000, 50000, true],
      [2, 20000, 20000, false],
    ]);
    const again = payInstallments(200000, [{ ...terms[0]!, paidCents: 50000 }, { ...terms[1]!, paidCents: 20000 }, terms[2]!]);
    expect(again.map((p) => [p.installment.seq, p.addCents])).toEqual([
      [2, 30000],
      [3, 25000],
    ]);
  });

  it('defaults only after the grace period has passed without full payment', () => {
    expect(installmentInDefault(terms, '2026-03-08', 7)).toBeUndefined(); // last day of grace
    expect(installmentInDefault(terms, '2026-03-09', 7)?.seq).toBe(1);
    expect(installmentInDefault([{ ...terms[0]!, paidCents: 50000 }, ...terms.slice(1)], '2026-03-09', 7)).toBeUndefined();
    expect(installmentInDefault(terms, '2026-03-02', 0)?.seq).toBe(1);
  });
});
