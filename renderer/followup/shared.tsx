// Small pieces the follow-up screens share: what a change said, Dutch date fields, the status tags,
// and the link to a debtor's file.
import type { KeyboardEvent, ReactNode } from 'react';
import { ErrorLine } from '../app/status';
import { useT, type Translate } from '../i18n';
import { useFormats } from '../format';
import { parseDutchDate, type IsoDate } from '../../domain/dates';
import type { OpenInvoice } from '../../ipc/channels/debtors';
import type { Paged } from '../state/paged';
import './followup.css';

/**
 * What a change said: its refusal (from the handler, or a check of the form that threw InputError) in
 * the UI language, or once it is done the confirmation `done` words from its result.
 */
export function MutationFeedback<T>({ mutation, done }: { mutation: { error: unknown; isSuccess: boolean; data: T | undefined }; done?: (result: T) => string }) {
  if (mutation.error) return <ErrorLine error={mutation.error} />;
  if (!mutation.isSuccess || !done) return null;
  return <p role="status" className="ok">{done(mutation.data as T)}</p>;
}

/** Thrown by readDate: the message names the field and what was typed. */
export class InputError extends Error {}

/** What the collector typed as a date ('05-03-2026', '5-3-2026' or '2026-03-05'), as 'YYYY-MM-DD'. */
export function readDate(t: Translate, what: string, typed: string): IsoDate {
  const iso = parseDutchDate(typed);
  if (!iso) throw new InputError(t('followup.date.invalid', { what, value: typed.trim() }));
  return iso;
}

export function DateField(props: { label: string; value: string; onChange: (value: string) => void; name: string }) {
  const t = useT();
  return (
    <label>
      <span>{props.label}</span>
      <input name={props.name} value={props.value} placeholder={t('followup.date.placeholder')} inputMode="numeric" onChange={(e) => props.onChange(e.target.value)} />
    </label>
  );
}

export function Tag({ tone, children }: { tone?: 'ok' | 'warn' | 'bad' | 'info'; children: ReactNode }) {
  return <span className={`tag${tone ? ` ${tone}` : ''}`}>{children}</span>;
}

export function DebtorLink({ debtor }: { debtor: { id: number; name: string } }) {
  return <a href={`#/debtors/${debtor.id}`}>{debtor.name}</a>;
}

/** Check boxes for the debtor's open invoices (which ones a payment pays, or a complaint is about). */
export function InvoiceChoices(props: { label: string; invoices: OpenInvoice[]; selected: number[]; onChange: (ids: number[]) => void }) {
  const t = useT();
  const f = useFormats();
  if (props.invoices.length === 0) return null;
  const toggle = (id: number, on: boolean) => props.onChange(on ? [...props.selected, id] : props.selected.filter((i) => i !== id));
  return (
    <div className="invoice-choices" role="group" aria-label={props.label}>
      <span>{props.label}</span>
      <div>
        {props.invoices.map((i) => (
          <label key={i.id} className="check">
            <input type="checkbox" checked={props.selected.includes(i.id)} onChange={(e) => toggle(i.id, e.target.checked)} />
            <span className="nowrap">{t('followup.invoiceChoice', { number: i.number, open: f.money(i.openCents) })}</span>
            {i.onHold && <Tag tone="warn">{t('debtor.onHold')}</Tag>}
          </label>
        ))}
      </div>
    </div>
  );
}

/** The one drop-down that narrows a list (kind of task, complaint status). */
export function Filter<V extends string>(props: { label: string; value: V; options: readonly { value: V; label: string }[]; onChange: (value: V) => void }) {
  return (
    <label className="filter">
      <span>{props.label}</span>
      <select value={props.value} onChange={(e) => props.onChange(e.target.value as V)}>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </label>
  );
}

/**
 * For a form's onKeyDown: Esc leaves the field (or cancels, when given) instead of reaching the screen's
 * own Esc (back to the list), which would throw away what was typed.
 */
export function keepEscape(cancel?: () => void) {
  return (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    if (cancel) cancel();
    else (e.target as HTMLElement).blur();
  };
}

/** Below a list read page by page: the next page on request (how many are shown of how many, when known). */
export function MoreButton({ list }: { list: Paged<unknown> }) {
  const t = useT();
  if (!list.hasMore) return null;
  return (
    <p className="more">
      <button type="button" onClick={list.loadMore} disabled={list.loadingMore}>
        {list.loadingMore ? t('followup.loadingMore') : list.total === null ? t('followup.moreEarlier') : t('followup.more', { shown: list.rows.length, total: list.total })}
      </button>
    </p>
  );
}
