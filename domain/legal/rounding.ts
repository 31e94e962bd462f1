// Legal amounts are fractions of cents (15% of 635,22; 10,15% a year for 45 days). We compute them
// exactly in integers and round once, half up, to whole cents — never through floating point.

/** a × b / c rounded half up to an integer; all three non-negative safe integers, c > 0. */
export function mulDivHalfUp(a: number, b: number, c: number): number {
  for (const v of [a, b, c]) {
    if (!Number.isSafeInteger(v) || v < 0) throw new RangeError(`Rekenfout: ${v} is geen niet-negatief geheel getal`);
  }
  if (c === 0) throw new RangeError('Rekenfout: deling door nul');
  // BigInt: principal (cents) × rate (basis points) × days overflows 2^53 from about € 10 miljoen.
  const twoC = 2n * BigInt(c);
  return Number((2n * BigInt(a) * BigInt(b) + BigInt(c)) / twoC);
}
