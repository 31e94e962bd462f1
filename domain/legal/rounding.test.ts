import fc from 'fast-check';
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
  it('gives what exact integer arithmetic gives, on both sides of where floating point stops being exact', () => {
    const exact = (a: number, b: number, c: number) => Number((2n * BigInt(a) * BigInt(b) + BigInt(c)) / (2n * BigInt(c)));
    const operand = fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 2 ** 31 }), fc.maxSafeNat());
    fc.assert(
      fc.property(operand, operand, operand.filter((c) => c > 0), (a, b, c) => {
        expect(mulDivHalfUp(a, b, c)).toBe(exact(a, b, c));
      }),
      { numRuns: 5000 },
    );
    // Where the quotient lands a hair below or above a whole number.
    for (const [a, b, c] of [[2 ** 26 - 1, 2 ** 26 + 1, 3], [4_503_599_627_370_495, 1, 1], [1, 4_503_599_627_370_495, 4_503_599_627_370_495]] as const) expect(mulDivHalfUp(a, b, c)).toBe(exact(a, b, c));
  });
});
