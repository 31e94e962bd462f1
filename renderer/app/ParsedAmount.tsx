// Beside every amount field: what the typed text is read as, in the UI language's notation, while it is
// typed ('12.345' is € 12.345,00 and '12.34' is € 12,34 in Dutch — domain/money.ts parseAmount), and a warning when it is above what is owed
// (issue 14 point 10). The field names this text with aria-describedby.
import { useT } from '../i18n';
import { useFormats } from '../format';

export function ParsedAmount({ id, typed, owedCents }: { id: string; typed: string; owedCents?: number }) {
  const t = useT();
  const f = useFormats();
  if (typed.trim() === '') return <span id={id} className="parsed-amount" aria-live="polite" />;
  const cents = f.readAmount(typed);
  const above = cents !== null && owedCents !== undefined && owedCents > 0 && cents > owedCents;
  return (
    <span id={id} className={`parsed-amount${cents === null || above ? ' warn' : ''}`} aria-live="polite">
      {cents === null ? t('app.amount.unreadable') : t('app.amount.reads', { amount: f.money(cents) })}
      {above && ` ${t('app.amount.aboveOwed', { excess: f.money(cents - owedCents), owed: f.money(owedCents) })}`}
    </span>
  );
}
