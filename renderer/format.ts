// Money, dates and times for the screens, in the UI language: nl-NL "€ 3.135,22", "10-03-2026",
// "10 maart 2026"; en-GB "€3,135.22", "10/03/2026", "10 March 2026". The letters stay Dutch
// (LetterView uses the domain's Dutch formatters). Amount fields show and read the UI language's
// notation (domain/money.ts); date fields read day-month-year with '-' or '/' in either language.
import { useLanguage, type Language } from './i18n';
import { formatMoney, formatDate } from '../i18n/format';
import { formatAmount, parseAmount, type Cents } from '../domain/money';
export { formatEuro } from '../domain/money';

export function formatDuration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

export interface Formats {
  money(cents: number): string;
  /** 'YYYY-MM-DD' short: "10-03-2026" / "10/03/2026". */
  date(date: string): string;
  /** 'YYYY-MM-DD' long: "10 maart 2026" / "10 March 2026". */
  dateLong(date: string): string;
  /** An ISO moment as Amsterdam date (short) and time 'HH:MM'. */
  moment(iso: string): { date: string; time: string };
  /** Cents as an amount field shows them: "3.135,22" / "3,135.22". */
  amount(cents: number): string;
  /** What was typed in an amount field, read in the UI language's notation; null when it is no amount. */
  readAmount(typed: string): Cents | null;
}

const LOCALE: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

function formatsIn(language: Language): Formats {
  const short = new Intl.DateTimeFormat(LOCALE[language], { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
  const dayIn = new Intl.DateTimeFormat(LOCALE[language], { timeZone: 'Europe/Amsterdam', day: '2-digit', month: '2-digit', year: 'numeric' });
  const timeIn = new Intl.DateTimeFormat(LOCALE[language], { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hour12: false });
  return {
    money: (cents) => formatMoney(cents, language),
    date: (date) => {
      const [y, m, d] = date.split('-').map(Number) as [number, number, number];
      return short.format(new Date(Date.UTC(y, m - 1, d)));
    },
    dateLong: (date) => formatDate(date, language),
    moment: (iso) => ({ date: dayIn.format(new Date(iso)), time: timeIn.format(new Date(iso)) }),
    amount: (cents) => formatAmount(cents, language),
    readAmount: (typed) => parseAmount(typed, language),
  };
}

/** Made when a language is first used: a locale's Intl formatters cost milliseconds to create, at start too. */
const FORMATS: Partial<Record<Language, Formats>> = {};

export function useFormats(): Formats {
  const language = useLanguage();
  return (FORMATS[language] ??= formatsIn(language));
}
