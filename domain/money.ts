// Money is integer euro cents everywhere: from import to letter. Never floats.
export type Cents = number;

/**
 * The largest amount a person may enter (€ 100.000.000,00): far above any invoice a credit controller
 * chases, far below where a typo (2^53−1 cents) would do harm. Totals the ledger computes are not bound by it.
 */
export const MAX_ENTERED_CENTS: Cents = 10_000_000_000;

export function assertCents(value: number, what = 'bedrag'): Cents {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} moet een geheel aantal centen zijn, niet ${value}`);
  return value;
}

export function sumCents(values: readonly Cents[]): Cents {
  let total = 0;
  for (const v of values) total += assertCents(v);
  return total;
}

const nlFormatter = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: 'always' });

/**
 * How an amount is written in a field: Dutch "3.135,22" or English "3,135.22" (the UI language's). The
 * two notations differ only in which sign groups thousands and which marks the cents.
 */
export type AmountNotation = 'nl' | 'en';

const swapSeparators = (text: string) => text.replace(/[.,]/g, (sign) => (sign === '.' ? ',' : '.'));

/** 313522 → "3.135,22" (always grouped, no currency sign); in English notation "3,135.22". */
export function formatAmount(cents: Cents, notation: AmountNotation = 'nl'): string {
  const text = formatDutchAmount(cents);
  return notation === 'en' ? swapSeparators(text) : text;
}

function formatDutchAmount(cents: Cents): string {
  assertCents(cents);
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const whole = Math.trunc(abs / 100);
  const frac = abs % 100;
  const text = `${nlFormatter.format(whole).replace(/,00$/, '')},${String(frac).padStart(2, '0')}`;
  return negative ? `-${text}` : text;
}

/** 313522 → "€ 3.135,22". */
export function formatEuro(cents: Cents): string {
  const text = formatAmount(cents);
  return text.startsWith('-') ? `-€ ${text.slice(1)}` : `€ ${text}`;
}

// The whole-euro part: plain digits, or Dutch thousands groups of exactly three digits after a
// first group that does not start with 0 ("12.345", "1.000.000"; "0.500" is no Dutch number).
const WHOLE_PLAIN = /^\d+$/;
const WHOLE_GROUPED = /^[1-9]\d{0,2}(\.\d{3})+$/;

/**
 * Parses what a Dutch user types into cents, or null when it is not an amount.
 *
 * The rule for the dot, decided once: a dot followed by exactly three digits is the Dutch thousands
 * separator, so "12.345" is € 12.345,00 and "1.000" is € 1.000,00; a single dot followed by one or two
 * digits can only be a decimal sign (no thousands group has two digits), so "12.34" is € 12,34 and
 * "12.3" is € 12,30. A comma is always the decimal sign, with at most two digits after it
 * ("3.135,22", "3135,22", "12,5"; "12,-" is twelve whole euros). Anything else — "1.2345",
 * "1,234.56", "0.500", two commas, fractions of a cent — is refused rather than guessed. A sign and a
 * euro sign may lead in either order ("-€ 40,00" as formatEuro writes it, "€ -40"); spaces are ignored.
 *
 * In English notation the two signs swap roles by the same rule: "3,135.22", "12,345" (€ 12.345,00),
 * "12.34" and "12,34" (€ 12,34: a comma before one or two digits can only mark the cents); "1.234" is refused.
 */
export function parseAmount(input: string, notation: AmountNotation = 'nl'): Cents | null {
  let s = input.replace(/\s/g, '');
  if (notation === 'en') s = swapSeparators(s);
  let negative = false;
  for (let i = 0; i < 2; i++) {
    if (s.startsWith('€')) s = s.slice(1);
    if (s.startsWith('-') && !negative) {
      negative = true;
      s = s.slice(1);
    }
  }
  let whole: string;
  let frac = '';
  const comma = s.indexOf(',');
  if (comma >= 0) {
    whole = s.slice(0, comma);
    frac = s.slice(comma + 1);
    if (frac === '-' || frac === '--') frac = '';
    else if (!/^\d{0,2}$/.test(frac)) return null;
  } else if (/^\d+\.\d{1,2}$/.test(s)) {
    [whole, frac] = s.split('.') as [string, string];
  } else {
    whole = s;
  }
  if (WHOLE_GROUPED.test(whole)) whole = whole.replace(/\./g, '');
  else if (!WHOLE_PLAIN.test(whole)) return null;
  const cents = Number(whole) * 100 + Number(frac.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return null;
  return negative && cents !== 0 ? -cents : cents;
}
