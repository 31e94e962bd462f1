// nl-NL money and dates for the screens (the letters use the same domain functions).
export { formatEuro, formatAmount } from '../domain/money';
export { formatDateShort, formatDateLong } from '../domain/dates';

export function formatDuration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

/** An ISO moment as Amsterdam date 'DD-MM-YYYY' and time 'HH:MM'. */
export function amsterdamDateTime(iso: string): { date: string; time: string } {
  const d = new Date(iso);
  const date = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: '2-digit', month: '2-digit', year: 'numeric' }).format(d);
  const time = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hour12: false }).format(d);
  return { date, time };
}
