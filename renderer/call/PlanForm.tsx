import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useT } from '../i18n';
import { FormActions } from './FormActions';
import { ParsedAmount } from '../app/ParsedAmount';
import type { Choice } from '../../machines/call-script.choices';
import { MAX_PLAN_TERMS } from '../../domain/call-outcome';
import { addDays, isIsoDate, type IsoDate } from '../../domain/dates';
import { onOrNextOfficeDay, type OfficeCalendar } from '../../domain/calendar/office-days';
import { useFormats, type Formats } from '../format';

/** The invoices a plan may cover, and those it may not (under a complaint): renderer/call/plan-choices.ts. */
export interface PlanChoices {
  /** Open invoices not under a complaint, at what is open on each after credit is set off, in the ledger's order. */
  open: readonly { id: number; number: string; openCents: number }[];
  /** Open invoices under a complaint: shown, not to be ticked. */
  held: readonly { id: number; number: string; openCents: number }[];
}

interface Props {
  choice: Choice;
  /** The call's day: proposed terms count from it. */
  today: IsoDate;
  label: string;
  planChoices: PlanChoices;
  maxPlanTerms: number;
  /** The office's working days: proposed due dates fall on them (a date typed in is the customer's choice). */
  office?: OfficeCalendar;
  previous?: Record<string, unknown>;
  /** What was chosen and typed and not submitted: `{ invoiceIds, rows }` exactly as typed. */
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

export function PlanForm({ label, today, planChoices, maxPlanTerms, office, previous, draft, onDraft, onSubmit, onCancel }: Props) {
  const t = useT();
  const f = useFormats();
  // As many terms as this debtor may get, and never more than the plan rules allow.
  const maxTerms = Math.min(maxPlanTerms, MAX_PLAN_TERMS);
  const { open, held } = planChoices;
  const totalOf = (ids: readonly number[]) => open.filter((i) => ids.includes(i.id)).reduce((s, i) => s + i.openCents, 0);
  // What was submitted at this step: dates as typed ('morgen', '5-1-2027'); only an ISO date is shown in the UI language's notation.
  const prevRows = previous?.installments as { dueDate: string; amountCents: number }[] | undefined;
  const typed = draft as { invoiceIds?: number[]; rows: Row[] } | undefined;
  // By default the plan covers every open invoice not under a complaint.
  const [chosen, setChosenTicked] = useState<number[]>(() =>
    (typed?.invoiceIds ?? (previous?.invoiceIds as number[] | undefined) ?? open.map((i) => i.id)).filter((id) => open.some((i) => i.id === id)),
  );
  const [rows, setRowsTyped] = useState<Row[]>(() =>
    typed?.rows ??
    (prevRows ? prevRows.map((r) => ({ dueDate: isIsoDate(r.dueDate) ? f.date(r.dueDate) : r.dueDate, amount: f.amount(r.amountCents) })) : proposal(f, today, totalOf(chosen), maxTerms, office)),
  );
  // Every change is kept with the running call as typed, so a crash or Esc loses none of it.
  const setRows = (change: (rows: Row[]) => Row[]) => {
    const next = change(rows);
    setRowsTyped(next);
    onDraft({ invoiceIds: chosen, rows: next });
  };
  // The plan's amount follows from its invoices: the terms are proposed again for it, the dates typed kept.
  const resplit = (total: number, rs: Row[]) => proposal(f, today, total, rs.length, office).map((p, i) => ({ ...p, dueDate: rs[i]!.dueDate || p.dueDate }));
  const tick = (id: number, on: boolean) => {
    const next = open.map((i) => i.id).filter((x) => (x === id ? on : chosen.includes(x)));
    const nextRows = resplit(totalOf(next), rows);
    setChosenTicked(next);
    setRowsTyped(nextRows);
    onDraft({ invoiceIds: next, rows: nextRows });
  };
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const total = totalOf(chosen);
  const rest = open.filter((i) => !chosen.includes(i.id));
  const sum = rows.reduce((s, r) => s + (f.readAmount(r.amount) ?? 0), 0);
  const setRow = (i: number, patch: Partial<Row>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  function submit(e: FormEvent) {
    e.preventDefault();
    if (chosen.length === 0) return setError(t('call.plan.noInvoice'));
    const installments = [];
    for (const [i, r] of rows.entries()) {
      const cents = f.readAmount(r.amount);
      if (cents === null) return setError(t('call.error.installmentAmount', { term: i + 1 }));
      installments.push({ dueDate: r.dueDate.trim(), amountCents: cents });
    }
    onSubmit({ invoiceIds: chosen, totalCents: total, installments });
  }

  // Esc cancels; Enter records from a ticked invoice too (a browser submits a form on Enter only from a text field).
  function keys(e: KeyboardEvent<HTMLFormElement>) {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onCancel();
    } else if (e.key === 'Enter' && e.target instanceof HTMLInputElement && e.target.type === 'checkbox') {
      e.preventDefault();
      e.currentTarget.requestSubmit();
    }
  }

  return (
    <form className="choice-form plan-form" onSubmit={submit} onKeyDown={keys} aria-label={label}>
      <h2>{label}</h2>
      <fieldset className="invoice-picks plan-invoices">
        <legend>{t('call.plan.invoices')}</legend>
        {open.map((inv, j) => (
          <label key={inv.id} className="check">
            <input ref={j === 0 ? first : undefined} type="checkbox" checked={chosen.includes(inv.id)} onChange={(e) => tick(inv.id, e.target.checked)} />
            <span>{t('call.invoiceOption', { number: inv.number, amount: { cents: inv.openCents } })}</span>
          </label>
        ))}
        {held.map((inv) => (
          <label key={inv.id} className="check held">
            <input type="checkbox" checked={false} disabled aria-describedby={`plan-held-${inv.id}`} />
            <span>
              {t('call.invoiceOption', { number: inv.number, amount: { cents: inv.openCents } })}{' '}
              <span id={`plan-held-${inv.id}`} className="muted">{t('call.plan.held')}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <p className="plan-total" role="status">
        {t('call.plan.total')}: <strong>{f.money(total)}</strong>
        {rest.length > 0 && (
          <>
            {' · '}
            {t('call.plan.rest', { numbers: { list: rest.map((i) => i.number) }, count: rest.length, amount: { cents: rest.reduce((s, i) => s + i.openCents, 0) } })}
          </>
        )}
      </p>
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
            <th className={`num ${sum !== total ? 'error' : ''}`}>{f.money(sum)}</th>
            <td />
          </tr>
        </tfoot>
      </table>
      <div className="form-actions">
        <button type="button" onClick={() => rows.length < maxTerms && setRows((rs) => [...rs, { dueDate: '', amount: '' }])} disabled={rows.length >= maxTerms}>
          {t('call.plan.addTerm')}
        </button>
        <button type="button" onClick={() => setRows((rs) => resplit(total, rs))}>
          {t('call.plan.splitEvenly')}
        </button>
      </div>
      <p className="muted">{t('call.plan.hint', { max: maxTerms })}</p>
      <FormActions error={error} onCancel={onCancel} />
    </form>
  );
}
