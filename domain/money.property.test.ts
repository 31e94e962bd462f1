// Property-based: the amount parser over every amount we can format, Dutch and typed-English
// spellings, and random garbage (which must never throw or yield anything but whole cents).
import fc from 'fast-check';
import { formatAmount, formatEuro, parseAmount } from './money';

const cents = fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });
const euros = fc.integer({ min: 0, max: 9_999_999_999 });

describe('parseAmount (properties)', () => {
  it('reads back every amount formatAmount and formatEuro write', () => {
    fc.assert(
      fc.property(cents, (c) => {
        expect(parseAmount(formatAmount(c))).toBe(c);
        expect(parseAmount(formatAmount(c, 'en'), 'en')).toBe(c);
        expect(parseAmount(formatEuro(c))).toBe(c);
      }),
    );
  });

  it('reads a lone dot before three digits as thousands and before one or two as the decimal sign', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 }), (thousands, units) => {
        expect(parseAmount(`${thousands}.${String(units).padStart(3, '0')}`)).toBe((thousands * 1000 + units) * 100);
      }),
    );
    fc.assert(
      fc.property(euros, fc.integer({ min: 0, max: 99 }), (e, c) => {
        expect(parseAmount(`${e}.${String(c).padStart(2, '0')}`)).toBe(e * 100 + c);
        expect(parseAmount(`${e},${String(c).padStart(2, '0')}`)).toBe(e * 100 + c);
      }),
    );
    fc.assert(
      fc.property(euros, fc.integer({ min: 0, max: 9 }), (e, tenth) => {
        expect(parseAmount(`${e}.${tenth}`)).toBe(e * 100 + tenth * 10);
      }),
    );
  });

  it('never throws on garbage and yields null or whole cents that format and parse back the same', () => {
    const garbage = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ unit: fc.constantFrom(...'0123456789.,-€ €e+x'.split('')), maxLength: 24 }),
    );
    fc.assert(
      fc.property(garbage, (text) => {
        const parsed = parseAmount(text);
        if (parsed === null) return;
        expect(Number.isSafeInteger(parsed)).toBe(true);
        expect(Object.is(parsed, -0)).toBe(false);
        expect(parseAmount(formatAmount(parsed))).toBe(parsed);
      }),
      { numRuns: 2000 },
    );
  });
});
