import { centsFromNumber, detectDecimalSeparator, parseAmountText } from './amount';

const cents = (text: string, decimal: ',' | '.' = ',') => {
  const r = parseAmountText(text, decimal);
  return r.ok ? r.cents : r.problem;
};

describe('amounts in files to cents', () => {
  it('reads Dutch amounts exactly', () => {
    expect(cents('1.234,56')).toBe(123456);
    expect(cents('1234,56')).toBe(123456);
    expect(cents('-12,50')).toBe(-1250);
    expect(cents('12,50-')).toBe(-1250);
    expect(cents('(12,50)')).toBe(-1250);
    expect(cents('€ 1.234,56')).toBe(123456);
    expect(cents('€1.234,56')).toBe(123456);
    expect(cents('-€ 12,50')).toBe(-1250);
    expect(cents('€ -12,50')).toBe(-1250);
    expect(cents('EUR 12,5')).toBe(1250);
    expect(cents('12,50 EUR')).toBe(1250);
    expect(cents('1 234,56')).toBe(123456);
    expect(cents('1\u00a0234,56')).toBe(123456);
    expect(cents('1.000')).toBe(100000);
    expect(cents('1.234.567,89')).toBe(123456789);
    expect(cents(',50')).toBe(50);
    expect(cents('0,10')).toBe(10);
    expect(cents('12,500')).toBe(1250);
  });

  it('reads amounts with a decimal point when the file uses one', () => {
    expect(cents('1234.56', '.')).toBe(123456);
    expect(cents('1,234.56', '.')).toBe(123456);
    expect(cents('-0.01', '.')).toBe(-1);
    expect(cents('1,000', '.')).toBe(100000);
  });

  it('does not lose a cent where floating point would (0,1 + 0,2; 1.005)', () => {
    expect(cents('0,30')).toBe(30);
    expect(cents('1.005,00')).toBe(100500);
    expect(cents('19999999,99')).toBe(1999999999);
  });

  it('names what is wrong with an amount', () => {
    expect(cents('abc')).toBe('not-an-amount');
    expect(cents('12,34,56')).toBe('not-an-amount');
    expect(cents('1.23,45')).toBe('not-an-amount');
    expect(cents('--12')).toBe('not-an-amount');
    expect(cents('(-12,50)')).toBe('not-an-amount');
    expect(cents('12,345')).toBe('too-many-decimals');
    expect(cents('99999999999,00')).toBe('too-large');
    expect(cents('')).toBe('not-an-amount');
    expect(cents('€')).toBe('not-an-amount');
  });
});

describe('numeric spreadsheet cells to cents', () => {
  it('reads a double at the precision Excel shows', () => {
    expect(centsFromNumber(1234.56)).toEqual({ ok: true, cents: 123456 });
    expect(centsFromNumber(0.1 + 0.2)).toEqual({ ok: true, cents: 30 });
    expect(centsFromNumber(100 * 1.21)).toEqual({ ok: true, cents: 12100 });
    expect(centsFromNumber(-58.49)).toEqual({ ok: true, cents: -5849 });
    expect(centsFromNumber(1.005)).toEqual({ ok: false, problem: 'too-many-decimals' });
    expect(centsFromNumber(0)).toEqual({ ok: true, cents: 0 });
    expect(centsFromNumber(1e-9)).toEqual({ ok: false, problem: 'too-many-decimals' });
    expect(centsFromNumber(1e12)).toEqual({ ok: false, problem: 'too-large' });
    expect(centsFromNumber(Number.NaN)).toEqual({ ok: false, problem: 'not-an-amount' });
  });
});

describe('the decimal separator of a file', () => {
  it('follows the evidence, and the Dutch comma without any', () => {
    expect(detectDecimalSeparator(['1.234,56', '12,50'])).toBe(',');
    expect(detectDecimalSeparator(['1,234.56', '12.50'])).toBe('.');
    expect(detectDecimalSeparator(['1815.00', '49.90', '1,049.90'])).toBe('.');
    expect(detectDecimalSeparator(['1.000', '2.500'])).toBe(',');
    expect(detectDecimalSeparator(['1,000', '2,500'])).toBe('.');
    expect(detectDecimalSeparator(['100', '250'])).toBe(',');
    expect(detectDecimalSeparator([])).toBe(',');
  });
});
