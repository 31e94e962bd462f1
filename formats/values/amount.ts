// Amounts from files to integer cents, exactly: the text is split into digits, never through a float.
// A file's decimal separator is decided once for the whole file (detectDecimalSeparator), so "1.234"
// means the same in every row. Numbers from spreadsheet cells are doubles; they are read at the 15
// significant digits Excel itself shows, so 121.00000000000001 (a formula result) is € 121,00.
import type { Cents } from '../../domain/money';

export type DecimalSeparator = ',' | '.';

export type AmountProblem = 'not-an-amount' | 'too-many-decimals' | 'too-large';
export type AmountResult = { ok: true; cents: Cents } | { ok: false; problem: AmountProblem };

/** Larger than any real invoice (about € 10 billion): a sign of a wrong column, not an amount. */
export const MAX_ABS_CENTS = 999_999_999_999;

const CURRENCY = /^(?:€|eur(?:o)?)\s*|\s*(?:€|eur(?:o)?)$/i;
const SPACES = /[\s\u00a0\u2007\u202f']/g;
/** Whole part (grouped by threes, or not at all) and an optional fraction. */
const DECIMAL_COMMA = /^(\d{1,3}(?:\.\d{3})+|\d*)(?:,(\d+))?$/;
const DECIMAL_POINT = /^(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d+))?$/;

function centsFrom(whole: string, fraction: string, negative: boolean): AmountResult {
  let frac = fraction;
  if (frac.length > 2) {
    if (!/^0+$/.test(frac.slice(2))) return { ok: false, problem: 'too-many-decimals' };
    frac = frac.slice(0, 2);
  }
  const digits = whole.replace(/^0+(?=\d)/, '');
  if (digits.length > 10) return { ok: false, problem: 'too-large' };
  const cents = Number(digits || '0') * 100 + Number(frac.padEnd(2, '0'));
  if (cents > MAX_ABS_CENTS) return { ok: false, problem: 'too-large' };
  return { ok: true, cents: negative && cents !== 0 ? -cents : cents };
}

/**
 * Reads "1.234,56", "1234,56", "-12,50", "12,50-", "(12,50)", "€ 1.234,56", "EUR 12,50" with a decimal
 * comma, or "1,234.56", "1234.56" with a decimal point.
 */
export function parseAmountText(input: string, decimal: DecimalSeparator): AmountResult {
  let s = input.trim().replace(CURRENCY, '').trim();
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim().replace(CURRENCY, '');
  }
  s = s.replace(SPACES, '');
  if (/^[-+\u2212]/.test(s)) {
    if (negative) return { ok: false, problem: 'not-an-amount' };
    negative = s[0] !== '+';
    s = s.slice(1);
  } else if (/-$/.test(s)) {
    if (negative) return { ok: false, problem: 'not-an-amount' };
    negative = true;
    s = s.slice(0, -1);
  }
  s = s.replace(CURRENCY, '');
  const m = (decimal === ',' ? DECIMAL_COMMA : DECIMAL_POINT).exec(s);
  if (!m || (m[1] === '' && m[2] === undefined)) return { ok: false, problem: 'not-an-amount' };
  return centsFrom(m[1]!.replace(/[.,]/g, ''), m[2] ?? '', negative);
}

/** A numeric spreadsheet cell to cents, at the precision Excel displays (15 significant digits). */
export function centsFromNumber(value: number): AmountResult {
  if (!Number.isFinite(value)) return { ok: false, problem: 'not-an-amount' };
  if (Math.abs(value) >= 1e10) return { ok: false, problem: 'too-large' };
  const text = value.toPrecision(15);
  if (text.includes('e')) return value === 0 ? { ok: true, cents: 0 } : { ok: false, problem: 'too-many-decimals' };
  const negative = text.startsWith('-');
  const [whole = '', fraction = ''] = (negative ? text.slice(1) : text).split('.');
  return centsFrom(whole, fraction, negative);
}

/**
 * The decimal separator a file's amounts use. A value with both separators, or with one separator
 * followed by one or two digits, decides; "1.234" or "1,234" alone only hints. With no evidence the
 * Dutch convention (decimal comma) holds.
 */
export function detectDecimalSeparator(samples: Iterable<string>): DecimalSeparator {
  let comma = 0;
  let point = 0;
  let commaHint = 0;
  let pointHint = 0;
  for (const raw of samples) {
    const s = raw.replace(SPACES, '').replace(/[^\d.,]/g, '');
    const lastComma = s.lastIndexOf(',');
    const lastPoint = s.lastIndexOf('.');
    if (lastComma !== -1 && lastPoint !== -1) {
      if (lastComma > lastPoint) comma++;
      else point++;
    } else if (lastComma !== -1) {
      if (/,\d{1,2}$/.test(s)) comma++;
      else if (/^\d{1,3}(,\d{3})+$/.test(s)) pointHint++;
    } else if (lastPoint !== -1) {
      if (/\.\d{1,2}$/.test(s)) point++;
      else if (/^\d{1,3}(\.\d{3})+$/.test(s)) commaHint++;
    }
  }
  if (comma !== point) return comma > point ? ',' : '.';
  if (comma === 0 && pointHint > commaHint) return '.';
  return ',';
}
