import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useT } from '../i18n';
import { FormActions } from './FormActions';
import { ParsedAmount } from '../app/ParsedAmount';
import type { Choice } from '../../machines/call-script.choices';
import { MAX_PLAN_TERMS } from '../../domain/call-outcome';
import { addDays, isIsoDate, type IsoDate } from '../../domain/dates';
import { onOrNextOfficeDay, type OfficeCalendar } from '../../domain/calendar/office-days';
import { useFormats, type Formats } from '../format';

interface Props {
  choice: Choice;
  /** The call's day: proposed terms count from it. */
  today: IsoDate;
  label: string;
  totalCents: number;
  maxPlanTerms: number;
  /** The office's working days: proposed due dates fall on them (a date typed in is the customer's choice). */
  office?: OfficeCalendar;
  previous?: Record<string, unknown>;
  /** What was typed and not submitted: `{ total, rows }` exactly as typed. */
  draft?: Record<string, unknown>;
  onDraft: (values: Record<string, unknown>) => void;
  onSubmit: (fields: Record<string, unknown>) => void;
  onCancel: () => void;
}

interface Row {
  dueDate: string;
  amount: string;
}

/** Splits a total into n installments whose cents add up exactly: the remainder goes to the first. */
export function splitEvenly(totalCents: number, n: number): number[] {
  const base = Math.floor(totalCents / n);
  return Array.from({ length: n }, (_, i) => base + (i === 0 ? totalCents - base * n : 0));
}

/** n terms from two weeks after today, a month apart, each on the office's working days (a term due on a Sunday is paid on Monday). */
export function proposedDueDates(today: IsoDate, n: number, office?: OfficeCalendar): IsoDate[] {
  return Array.from({ length: n }, (_, i) => onOrNextOfficeDay(addDays(today, 14 + 30 * i), office));
}

function proposal(f: Formats, today: IsoDate, totalCents: number, n: number, office?: OfficeCalendar): Row[] {
  const dates = proposedDueDates(today, n, office);
  return splitEvenly(totalCents, n).map((cents, i) => ({ dueDate: f.date(dates[i]!), amount: f.amount(cents) }));
}

export function PlanForm({ label, today, totalCents, maxPlanTerms, office, previous, draft, onDraft, onSubmit, onCancel }: Props) {
  const t = useT();
  const f = useFormats();
  // As many terms as this debtor may get, and never more than the plan rules allow.
  const maxTerms = Math.min(maxPlanTerms, MAX_PLAN_TERMS);
  // What was submitted at this step: dates as typed ('morgen', '5-1-2027'); only an ISO date is shown in the UI language's notation.
  const prevRows = previous?.installments as { dueDate: string; amountCents: number }[] | undefined;
  const typed = draft as { total: string; rows: Row[] } | undefined;
  const [total, setTotalTyped] = useState(() => typed?.total ?? f.amount((previous?.totalCents as number | undefined) ?? totalCents));
  const [rows, setRowsTyped] = useState<Row[]>(() =>
    typed?.rows ??
    (prevRows ? prevRows.map((r) => ({ dueDate: isIsoDate(r.dueDate) ? f.date(r.dueDate) : r.dueDate, amount: f.amount(r.amountCents) })) : proposal(f, today, totalCents, maxTerms, office)),
  );
  // Every change is kept with the running call as typed, so a crash or Esc loses none of it.
  const setTotal = (next: string) => {
    setTotalTyped(next);
    onDraft({ total: next, rows });
  };
  const setRows = (change: (rows: Row[]) => Row[]) => {
    const next = change(rows);
    setRowsTyped(next);
    onDraft({ total, rows: next });
  };
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const totalCentsTyped = f.readAmount(total);
  const sum = rows.reduce((s, r) => s + (f.readAmount(r.amount) ?? 0), 0);
  const setRow = (i: number, patch: Partial<Row>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  function submit(e: FormEvent) {
    e.preventDefault();
    if (totalCentsTyped === null) return setError(t('call.error.amount'));
    const installments = [];
    for (const [i, r] of rows.entries()) {
      const cents = f.readAmount(r.amount);
      if (cents === null) return setError(t('call.error.installmentAmount', { term: i + 1 }));
      installments.push({ dueDate: r.dueDate.trim(), amountCents: cents });
    }
    onSubmit({ totalCents: totalCentsTyped, installments });
  }

  return (
    <form className="choice-form plan-form" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), onCancel())} aria-label={label}>
      <h2>{label}</h2>
      <label>
        <span>{t('call.plan.total')}</span>
        <input ref={first} type="text" inputMode="decimal" value={total} onChange={(e) => setTotal(e.target.value)} aria-describedby="plan-total-parsed" />
      </label>
      <ParsedAmount id="plan-total-parsed" typed={total} owedCents={totalCents} />
      <table className="plan-rows">
        <thead>
          <tr>
            <th>{t('call.plan.term')}</th>
            <th>{t('call.plan.dueDate')}</th>
            <th>{t('call.plan.amount')}</th>
            <th><span className="visually-hidden">{t('call.plan.removeColumn')}</span></th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <td>{i + 1}</td>
              <td>
                <input aria-label={t('call.plan.dueDateOf', { term: i + 1 })} type="text" placeholder={t('call.placeholder.date')} value={r.dueDate} onChange={(e) => setRow(i, { dueDate: e.target.value })} />
              </td>
              <td>
                <input aria-label={t('call.plan.amountOf', { term: i + 1 })} type="text" inputMode="decimal" value={r.amount} onChange={(e) => setRow(i, { amount: e.target.value })} aria-describedby={`plan-term-${i}-parsed`} />
                <ParsedAmount id={`plan-term-${i}-parsed`} typed={r.amount} />
              </td>
              <td>
                {rows.length > 1 && (
                  <button type="button" onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))} aria-label={t('call.plan.remove', { term: i + 1 })}>×</button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th colSpan={2}>{t('call.plan.sum')}</th>
            <th className={`num ${totalCentsTyped !== null && sum !== totalCentsTyped ? 'error' : ''}`}>{f.money(sum)}</th>
            <td />
          </tr>
        </tfoot>
      </table>
      <div className="form-actions">
        <button type="button" onClick={() => rows.length < maxTerms && setRows((rs) => [...rs, { dueDate: '', amount: '' }])} disabled={rows.length >= maxTerms}>
          {t('call.plan.addTerm')}
        </button>
        <button type="button" onClick={() => totalCentsTyped !== null && setRows((rs) => proposal(f, today, totalCentsTyped, rs.length, office).map((p, i) => ({ ...p, dueDate: rs[i]!.dueDate || p.dueDate })))}>
          {t('call.plan.splitEvenly')}
        </button>
      </div>
      <p className="muted">{t('call.plan.hint', { max: maxTerms })}</p>
      <FormActions error={error} onCancel={onCancel} />
    </form>
  );
}
