// Renders a Message in a language with ICU MessageFormat (intl-messageformat): plurals and tone as
// plural/select, money and dates formatted for the language (nl-NL: "€ 3.135,22", "1 december 2026").
import { IntlMessageFormat } from 'intl-messageformat';
import type { Message, MessageParam, MessageParams, MessageTable } from '../domain/message';
import { formatEuro } from '../domain/money';

export type Language = 'nl' | 'en';
export const LANGUAGES: readonly Language[] = ['nl', 'en'];
export const LOCALE: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

const euroEn = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' });
const dateFormats: Record<Language, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};
const listFormats: Record<Language, Intl.ListFormat> = {
  nl: new Intl.ListFormat('nl-NL', { style: 'long', type: 'conjunction' }),
  en: new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' }),
};

/** Money in the language's convention; Dutch uses the project's own exact formatter. */
export function formatMoney(cents: number, language: Language): string {
  return language === 'nl' ? formatEuro(cents) : euroEn.format(cents / 100);
}

/** 'YYYY-MM-DD' as a long date in the language: "1 december 2026" / "1 December 2026". */
export function formatDate(date: string, language: Language): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return dateFormats[language].format(new Date(Date.UTC(y, m - 1, d)));
}

function paramValue(value: MessageParam, language: Language, format: (m: Message) => string): string | number | boolean | null {
  if (value === null || typeof value !== 'object') return value;
  if ('cents' in value) return formatMoney(value.cents, language);
  if ('date' in value) return formatDate(value.date, language);
  if ('time' in value) return value.time;
  if ('messages' in value) return listFormats[language].format(value.messages.map(format));
  return listFormats[language].format(value.list);
}

export interface Catalogue {
  /** The ICU source of a key in a language, or undefined when the key is unknown. */
  source(key: string, language: Language): string | undefined;
  format(message: Message, language: Language): string;
  has(key: string): boolean;
}

/** Without braces, apostrophes (ICU's quoting) or tags, an ICU message formats to exactly its text. */
const isPlain = (text: string) => !/[{}'<]/.test(text);

export function createCatalogue(...tables: MessageTable[]): Catalogue {
  const merged: MessageTable = {};
  for (const table of tables)
    for (const [key, value] of Object.entries(table)) {
      if (key in merged) throw new Error(`Message key defined twice: ${key}`);
      merged[key] = value;
    }
  const compiled = new Map<string, IntlMessageFormat>();
  const compile = (key: string, language: Language, text: string) => {
    const id = `${language}\u0000${key}`;
    let f = compiled.get(id);
    if (!f) {
      f = new IntlMessageFormat(text, LOCALE[language]);
      compiled.set(id, f);
    }
    return f;
  };
  const format = ({ key, params }: Message, language: Language): string => {
    const text = merged[key]?.[language];
    // An unknown key shows as itself: visible in a test, never a blank screen.
    if (text === undefined) return key;
    // Plain text (most labels and headings) is its own rendering: no ICU parse the first time it is shown.
    if (isPlain(text)) return text;
    const values: Record<string, string | number | boolean | null> = {};
    for (const [name, value] of Object.entries(params ?? ({} as MessageParams))) values[name] = paramValue(value, language, (m) => format(m, language));
    return String(compile(key, language, text).format(values));
  };
  return {
    has: (key) => key in merged,
    source: (key, language) => merged[key]?.[language],
    format,
  };
}
