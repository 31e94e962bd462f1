// Money is integer euro cents everywhere: from import to letter. Never floats.
export type Cents = number;

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

/** 313522 → "3.135,22" (nl-NL, always grouped, no currency sign). */
export function formatAmount(cents: Cents): string {
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

/**
 * Parses what a Dutch user types: "3.135,22", "3135,22", "€ 3135", "3135.22" (a lone dot followed by
 * exactly two digits is read as the decimal sign). Returns null when it is not an amount.
 */
export function parseAmount(input: string): Cents | null {
  let s = input.trim().replace(/^€\s*/, '').replace(/\s/g, '');
  if (s === '') return null;
  let negative = false;
  if (s.startsWith('-')) {
    negative = true;
    s = s.slice(1);
  }
  let whole: string;
  let frac = '';
  if (s.includes(',')) {
    const parts = s.split(',');
    if (parts.length !== 2) return null;
    whole = parts[0]!.replace(/\./g, '');
    frac = parts[1]!;
    if (!/^\d{1,3}(\.\d{3})*$|^\d+$/.test(parts[0]!)) return null;
  } else if (/^\d+\.\d{1,2}$/.test(s)) {
    [whole, frac] = s.split('.') as [string, string];
  } else if (/^\d{1,3}(\.\d{3})+$/.test(s) || /^\d+$/.test(s)) {
    whole = s.replace(/\./g, '');
  } else {
    return null;
  }
  if (!/^\d+$/.test(whole) || !/^\d{0,2}$/.test(frac)) return null;
  const cents = Number(whole) * 100 + Number(frac.padEnd(2, '0') || '0');
  if (!Number.isSafeInteger(cents)) return null;
  return negative ? -cents : cents;
}
