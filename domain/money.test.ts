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
  it('reads a lone dot by the digits after it: three are a thousands group, one or two a decimal sign', () => {
    expect(parseAmount('12.345')).toBe(1234500);
    expect(parseAmount('12.34')).toBe(1234);
    expect(parseAmount('12.3')).toBe(1230);
    expect(parseAmount('1.234.567')).toBe(123456700);
    // Not a Dutch number and not a cent amount: refused rather than guessed.
    for (const text of ['1.2345', '1234.567', '0.500', '1,234.56', '1.23.456', '12,345', '.50', '12.'])
      expect(parseAmount(text), text).toBeNull();
  });
  it('reads what formatEuro writes, and whole euros written "12,-"', () => {
    expect(parseAmount('-€ 40,00')).toBe(-4000);
    expect(parseAmount('€ -40')).toBe(-4000);
    expect(parseAmount('€ 12,-')).toBe(1200);
    expect(Object.is(parseAmount('-0'), 0)).toBe(true);
  });
  it('reads and writes English notation when the UI is English: the comma groups thousands, the dot marks the cents', () => {
    expect(formatAmount(313522, 'en')).toBe('3,135.22');
    expect(formatAmount(-4000, 'en')).toBe('-40.00');
    expect(parseAmount('3,135.22', 'en')).toBe(313522);
    expect(parseAmount('€1,234,567.89', 'en')).toBe(123456789);
    expect(parseAmount('12,345', 'en')).toBe(1234500);
    expect(parseAmount('12.5', 'en')).toBe(1250);
    expect(parseAmount('2898.24', 'en')).toBe(289824);
    // The Dutch way of writing it is refused in English rather than read as another amount.
    for (const text of ['3.135,22', '1.234', '1.000.000']) expect(parseAmount(text, 'en'), text).toBeNull();
  });
  it('refuses fractions of a cent', () => {
    expect(() => sumCents([0.5])).toThrow(/centen/);
  });
});
