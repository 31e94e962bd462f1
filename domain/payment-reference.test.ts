import { betalingskenmerkCheckDigit, checkBetalingskenmerk, makeBetalingskenmerk, normalizeReference } from './payment-reference';

// The 25 betalingskenmerken the Belastingdienst's own calculator ships as its test vectors.
const BELASTINGDIENST_VECTORS = [
  '5010.0021.6701.0010', '3010.0021.6704.2021', '0001.0411.4691.0100', '9001.0411.4681.2501',
  '2017.1667.7760.0001', '0017.1667.7885.4231', '8049.2444.8248.0005', '2049.2444.8240.0055',
  '3961.3079.9841.0020', '7010.0021.6751.0014', '0010.0021.6972.3011', '5010.0021.6852.3010',
  '1049.2307.6782.4589', '3049.2307.6872.4589', '1808.9801.9762.9000', '8808.9801.9782.9003',
  '2001.0411.4120.1080', '4001.0411.4130.1240', '1001.0411.4140.1310', '6001.0411.4120.1230',
  '2001.0411.4120.1400', '6849.6130.7600.3030', '6849.6130.7680.3740', '4849.6130.7690.3320',
  '1849.6130.7610.3400',
];

describe('the 16-digit betalingskenmerk', () => {
  it('accepts every published Belastingdienst test vector', () => {
    expect(BELASTINGDIENST_VECTORS.filter((k) => checkBetalingskenmerk(k) !== 'valid')).toEqual([]);
  });

  it('computes the check digit the vectors carry, including the 10→1 and 11→0 cases', () => {
    for (const k of BELASTINGDIENST_VECTORS) {
      const digits = normalizeReference(k);
      expect(betalingskenmerkCheckDigit(digits.slice(1))).toBe(Number(digits[0]));
    }
    // Both special cases occur among the vectors: check digit 0 and 1.
    expect(BELASTINGDIENST_VECTORS.some((k) => k.startsWith('0'))).toBe(true);
    expect(BELASTINGDIENST_VECTORS.some((k) => k.startsWith('1'))).toBe(true);
  });

  it('refuses a kenmerk with one digit mistyped or two digits swapped', () => {
    expect(checkBetalingskenmerk('5010002167010011')).toBe('bad-check-digit');
    expect(checkBetalingskenmerk('5010002167001010')).toBe('bad-check-digit');
  });

  it('treats anything that is not 16 digits as a plain reference', () => {
    expect(checkBetalingskenmerk('F2026-0042')).toBe('not-16-digits');
    expect(checkBetalingskenmerk('1234567')).toBe('not-16-digits');
  });

  it('makes a kenmerk for our own 15-digit number that checks out', () => {
    const kenmerk = makeBetalingskenmerk('000000020260042');
    expect(kenmerk).toHaveLength(16);
    expect(checkBetalingskenmerk(kenmerk)).toBe('valid');
    expect(() => makeBetalingskenmerk('12')).toThrow(/15 cijfers/);
  });

  it('compares references without spaces, dots or dashes', () => {
    expect(normalizeReference(' 5010 0021.6701-0010 ')).toBe('5010002167010010');
    expect(normalizeReference('rf18 5390 0754 7034')).toBe('RF18539007547034');
  });
});
