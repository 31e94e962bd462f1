import { formatAmount, formatEuro, parseAmount, sumCents } from './money';

describe('money in cents', () => {
  it('adds the seed invoices to 3.135,22, not the seed letter’s 3.135,16', () => {
    expect(formatEuro(sumCents([17849, 289824, 5849]))).toBe('€ 3.135,22');
  });
  it('formats nl-NL with grouping and a decimal comma', () => {
    expect(formatAmount(5)).toBe('0,05');
    expect(formatAmount(100000000)).toBe('1.000.000,00');
    expect(formatEuro(-4000)).toBe('-€ 40,00');
  });
  it('reads what a Dutch user types and refuses what is not an amount', () => {
    expect(parseAmount('3.135,22')).toBe(313522);
    expect(parseAmount('€ 178,49')).toBe(17849);
    expect(parseAmount('2898.24')).toBe(289824);
    expect(parseAmount('1.000')).toBe(100000);
    expect(parseAmount('12,5')).toBe(1250);
    expect(parseAmount('abc')).toBeNull();
    expect(parseAmount('1,2,3')).toBeNull();
    expect(parseAmount('')).toBeNull();
  });
  it('refuses fractions of a cent', () => {
    expect(() => sumCents([0.5])).toThrow(/centen/);
  });
});
