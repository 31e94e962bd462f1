import { mulDivHalfUp } from './rounding';

describe('mulDivHalfUp', () => {
  it('rounds half a cent up and less than half down', () => {
    expect(mulDivHalfUp(63_522, 1000, 10_000)).toBe(6352); // 10% of € 635,22 = 63,522 → 63,52
    expect(mulDivHalfUp(5, 1000, 10_000)).toBe(1); // 0,5 cent → 1 cent
    expect(mulDivHalfUp(4, 1000, 10_000)).toBe(0); // 0,4 cent → 0
  });
  it('stays exact where floating point would not', () => {
    // € 90 miljoen × 12,50% × 366 days: the product is far beyond 2^53.
    expect(mulDivHalfUp(9_000_000_000, 1250 * 366, 10_000 * 366)).toBe(1_125_000_000);
  });
  it('refuses negative input and division by zero', () => {
    expect(() => mulDivHalfUp(-1, 1, 1)).toThrow(RangeError);
    expect(() => mulDivHalfUp(1, 1, 0)).toThrow(/deling door nul/);
  });
});
