// Legal amounts are fractions of cents (15% of 635,22; 10,15% a year for 45 days). We compute them
// exactly in integers and round once, half up, to whole cents — never through floating point.

/** a × b / c rounded half up to an integer; all three non-negative safe integers, c > 0. */
export function mulDivHalfUp(a: number, b: number, c: number): number {
  checkOperand(a);
  checkOperand(b);
  checkOperand(c);
  if (c === 0) throw new RangeError('Rekenfout: deling door nul');
  const product = a * b;
  // In floating point while 2ab + 3c stays a safe integer (every step exact, the quotient put right by its
  // remainder): the interest on each invoice of a bank statement asks this a hundred thousand times.
  if (product <= (Number.MAX_SAFE_INTEGER - 3 * c) / 2) {
    const numerator = 2 * product + c;
    const denominator = 2 * c;
    const quotient = Math.floor(numerator / denominator);
    const remainder = numerator - quotient * denominator;
    return remainder < 0 ? quotient - 1 : remainder >= denominator ? quotient + 1 : quotient;
  }
  // BigInt: principal (cents) × rate (basis points) × days overflows 2^53 from about € 10 miljoen.
  const twoC = 2n * BigInt(c);
  return Number((2n * BigInt(a) * BigInt(b) + BigInt(c)) / twoC);
}

function checkOperand(v: number): void {
  if (!Number.isSafeInteger(v) || v < 0) throw new RangeError(`Rekenfout: ${v} is geen niet-negatief geheel getal`);
}
