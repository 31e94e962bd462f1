// Settings › the law's calendar and rates, and the office's days: the statutory interest table with the
// half-years the user adds (a publication, or a rate derived until it is published), the days a later
// decree equates with the holidays (Algemene termijnenwet art. 3 lid 3), and the office's working days.
// Each addition is checked here first with the schema the save uses; what is wrong shows at its field
// (Enter in a field adds, as the button does); saving stores the additions. An addition typed but not
// added is reported (onPending), so that Save refuses rather than dropping it without a word.
import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useT } from '../i18n';
import { useFormats } from '../format';
import { parseDutchDate, type IsoDate } from '../../domain/dates';
import { AddedRateRow, rateTable, type RateRow, type RateStatus } from '../../domain/legal/interest-rates';
import { DAYS_EQUATED_BY_DECREE, EquatedDaySchema } from '../../domain/calendar/legal-terms';
import type { Settings } from '../../domain/settings';
import { message, type Message } from '../../domain/message-text';
import { validationIssues } from '../../ipc/validation';
import { percent } from '../../domain/letters/common';
import { Field, focusFirstInvalid, useFieldError } from './Field';

type Draft = Pick<Settings, 'addedRates' | 'addedEquatedDays' | 'officeDays'>;
interface Props {
  draft: Draft;
  onChange: (next: Partial<Draft>) => void;
  /** What the save found wrong with this section as a whole (e.g. a half-year twice). */
  issue?: Message | null;
  /** Told whether something is typed in the addition's fields and not added yet. */
  onPending?: (pending: boolean) => void;
}

/** Reports whether any of the addition's typed fields holds text. */
function usePending(fields: readonly string[], onPending: Props['onPending']) {
  const pending = fields.some((value) => value.trim() !== '');
  useEffect(() => onPending?.(pending), [pending, onPending]);
}

const WEEKDAY_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;
const RECENT_ROWS = 4;

/** What is wrong with each field of an addition; empty when it may be added. */
type Refusals<F extends string> = Partial<Record<F, Message>>;

/** A date as typed (dd-mm-jjjj, or with '/'), or why it is none. */
function typedDate(typed: string): IsoDate | Message {
  if (!typed.trim()) return message('validation.required');
  return parseDutchDate(typed) ?? message('validation.date_typed', { value: typed.trim() });
}

/** The schema's issues placed at the addition's fields (a nested path belongs to its first part). */
function refusalsOf<F extends string>(issues: readonly { path: string; message: Message }[], fields: readonly F[], into: Refusals<F>): Refusals<F> {
  const out = { ...into };
  for (const issue of issues) {
    const field = fields.find((f) => issue.path === f || issue.path.startsWith(`${f}.`)) ?? fields[0]!;
    out[field] ??= issue.message;
  }
  return out;
}

/**
 * The refusals of one addition, and the focus on its first wrong field in `section` after each refused try.
 * `add` returns what is wrong (nothing: it was added).
 */
function useAddition<F extends string>(section: RefObject<HTMLFieldSetElement | null>, add: () => Refusals<F>) {
  const [refused, setRefused] = useState<Refusals<F>>({});
  const [tries, setTries] = useState(0);
  useEffect(() => {
    if (tries > 0) focusFirstInvalid(section.current);
  }, [tries, section]);
  const tryAdd = () => {
    const wrong = add();
    setRefused(wrong);
    if (Object.keys(wrong).length) setTries((n) => n + 1);
  };
  // Enter in one of the addition's fields adds it, instead of saving all settings.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' || !(e.target instanceof HTMLInputElement)) return;
    e.preventDefault();
    tryAdd();
  };
  return { refused, tryAdd, onKeyDown };
}

type RateField = 'from' | 'commercial' | 'consumer' | 'source';
const RATE_FIELDS: readonly RateField[] = ['from', 'commercial', 'consumer', 'source'];

export function RateSettings({ draft, onChange, issue, onPending }: Props) {
  const t = useT();
  const f = useFormats();
  const [form, setForm] = useState({ from: '', commercial: '', consumer: '', status: 'published' as RateStatus, source: '' });
  usePending([form.from, form.commercial, form.consumer, form.source], onPending);
  const table = rateTable(draft.addedRates);
  const added = new Set(draft.addedRates.map((r) => r.from));
  const whole = useFieldError(issue);

  const section = useRef<HTMLFieldSetElement>(null);
  const addition = useAddition<RateField>(section, () => {
    const wrong: Refusals<RateField> = {};
    const from = typedDate(form.from);
    if (typeof from !== 'string') wrong.from = from;
    // Said at once, not only once the rest is right (the schema checks the half-year last).
    else if (!/-(01|07)-01$/.test(from)) wrong.from = message('validation.rate.half_year');
    // Percentages are typed as amounts in the UI language, at most two decimals: "10,40" is 1040 basis points.
    const points = (field: 'commercial' | 'consumer') => {
      const read = f.readAmount(form[field].replace('%', ''));
      if (read === null) wrong[field] = message('validation.rate.percent');
      return read ?? Number.NaN;
    };
    const row: RateRow = {
      from: typeof from === 'string' ? from : '',
      commercial: { basisPoints: points('commercial'), status: form.status },
      consumer: { basisPoints: points('consumer'), status: form.status },
      source: form.source,
    };
    const parsed = AddedRateRow.safeParse(row);
    if (!parsed.success) return refusalsOf(validationIssues(parsed.error), RATE_FIELDS, wrong);
    if (Object.keys(wrong).length) return wrong;
    onChange({ addedRates: [...draft.addedRates.filter((r) => r.from !== parsed.data.from), parsed.data] });
    setForm({ from: '', commercial: '', consumer: '', status: 'published', source: '' });
    return {};
  });

  return (
    <fieldset aria-labelledby="rates-legend" ref={section} {...whole.control} onKeyDown={addition.onKeyDown}>
      <legend id="rates-legend">{t('settings.rates')}</legend>
      <p className="muted">{t('settings.rates.intro')}</p>
      {whole.error}
      <table className="grid" aria-label={t('settings.rates')}>
        <thead>
          <tr>
            <th>{t('settings.rates.from')}</th>
            <th className="num">{t('settings.rates.commercial')}</th>
            <th className="num">{t('settings.rates.consumer')}</th>
            <th>{t('settings.rates.source')}</th>
            <td />
          </tr>
        </thead>
        <tbody>
          {table.slice(-RECENT_ROWS).map((r) => (
            <tr key={r.from}>
              <td>{f.date(r.from)}</td>
              <td className="num">{percent(r.commercial.basisPoints)} {r.commercial.status !== 'published' && <span className="tag">{t(`settings.rates.status.${r.commercial.status}`)}</span>}</td>
              <td className="num">{percent(r.consumer.basisPoints)} {r.consumer.status !== 'published' && <span className="tag">{t(`settings.rates.status.${r.consumer.status}`)}</span>}</td>
              <td className="source" lang="nl">‘{r.source}’</td>
              <td>
                {added.has(r.from) && (
                  <button type="button" onClick={() => onChange({ addedRates: draft.addedRates.filter((a) => a.from !== r.from) })}>
                    {t('settings.remove')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('settings.rates.carried', { date: { date: nextHalfYearAfter(table.at(-1)!.from) } })}</p>
      <Field label={t('settings.rates.from')} issue={addition.refused.from}>
        {(control) => <input {...control} name="rateFrom" placeholder={f.date('2027-01-01')} value={form.from} onChange={(e) => setForm({ ...form, from: e.target.value })} />}
      </Field>
      <Field label={t('settings.rates.commercial')} issue={addition.refused.commercial}>
        {(control) => (
          <input {...control} name="rateCommercial" inputMode="decimal" placeholder={f.amount(1040)} value={form.commercial} onChange={(e) => setForm({ ...form, commercial: e.target.value })} />
        )}
      </Field>
      <Field label={t('settings.rates.consumer')} issue={addition.refused.consumer}>
        {(control) => (
          <input {...control} name="rateConsumer" inputMode="decimal" placeholder={f.amount(400)} value={form.consumer} onChange={(e) => setForm({ ...form, consumer: e.target.value })} />
        )}
      </Field>
      <Field label={t('settings.rates.status')}>
        {(control) => (
          <select {...control} name="rateStatus" value={form.status} onChange={(e) => setForm({ ...form, status: e.target.value as RateStatus })}>
            {(['published', 'derived', 'provisional'] as const).map((s) => (
              <option key={s} value={s}>{t(`settings.rates.status.${s}`)}</option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('settings.rates.source')} issue={addition.refused.source}>
        {(control) => (
          <input {...control} name="rateSource" placeholder={t('settings.rates.sourceExample')} value={form.source} onChange={(e) => setForm({ ...form, source: e.target.value })} />
        )}
      </Field>
      <button type="button" onClick={addition.tryAdd}>{t('settings.rates.add')}</button>
    </fieldset>
  );
}

/** 1 January or 1 July after the half-year that starts on `from`: where the table stops speaking. */
function nextHalfYearAfter(from: IsoDate): IsoDate {
  const year = Number(from.slice(0, 4));
  return from.slice(5) < '07-01' ? `${year}-07-01` : `${year + 1}-01-01`;
}

type DecreeField = 'date' | 'source';

export function DecreeDaySettings({ draft, onChange, issue, onPending }: Props) {
  const t = useT();
  const f = useFormats();
  const [form, setForm] = useState({ date: '', source: '' });
  usePending([form.date, form.source], onPending);
  const thisYear = new Date().getFullYear();
  const builtIn = DAYS_EQUATED_BY_DECREE.filter((d) => Number(d.date.slice(0, 4)) >= thisYear - 1);
  const whole = useFieldError(issue);

  const section = useRef<HTMLFieldSetElement>(null);
  const addition = useAddition<DecreeField>(section, () => {
    const date = typedDate(form.date);
    const wrong: Refusals<DecreeField> = typeof date === 'string' ? {} : { date };
    const parsed = EquatedDaySchema.safeParse({ date: typeof date === 'string' ? date : '', source: form.source });
    if (!parsed.success) return refusalsOf(validationIssues(parsed.error), ['date', 'source'], wrong);
    if (Object.keys(wrong).length) return wrong;
    onChange({ addedEquatedDays: [...draft.addedEquatedDays.filter((d) => d.date !== parsed.data.date), parsed.data] });
    setForm({ date: '', source: '' });
    return {};
  });

  return (
    <fieldset aria-labelledby="decree-legend" ref={section} {...whole.control} onKeyDown={addition.onKeyDown}>
      <legend id="decree-legend">{t('settings.decreeDays')}</legend>
      <p className="muted">{t('settings.decreeDays.intro')}</p>
      {whole.error}
      <ul className="plain">
        {builtIn.map((d) => (
          <li key={d.date}>{f.date(d.date)} — <span className="source" lang="nl">‘{d.source}’</span></li>
        ))}
        {draft.addedEquatedDays.map((d) => (
          <li key={d.date}>
            {f.date(d.date)} — <span className="source" lang="nl">‘{d.source}’</span>{' '}
            <button type="button" onClick={() => onChange({ addedEquatedDays: draft.addedEquatedDays.filter((a) => a.date !== d.date) })}>
              {t('settings.remove')}
            </button>
          </li>
        ))}
      </ul>
      <Field label={t('settings.decreeDays.date')} issue={addition.refused.date}>
        {(control) => <input {...control} name="decreeDate" placeholder={f.date('2029-05-11')} value={form.date} onChange={(e) => setForm({ ...form, date: e.target.value })} />}
      </Field>
      <Field label={t('settings.decreeDays.source')} issue={addition.refused.source}>
        {(control) => (
          <input {...control} name="decreeSource" placeholder={t('settings.decreeDays.sourceExample')} value={form.source} onChange={(e) => setForm({ ...form, source: e.target.value })} />
        )}
      </Field>
      <button type="button" onClick={addition.tryAdd}>{t('settings.decreeDays.add')}</button>
    </fieldset>
  );
}

type ClosedField = 'date' | 'label';

export function OfficeDaySettings({ draft, onChange, issue, weekdaysIssue, onPending }: Props & { weekdaysIssue?: Message | null }) {
  const t = useT();
  const f = useFormats();
  const [closed, setClosed] = useState({ date: '', label: '' });
  usePending([closed.date, closed.label], onPending);
  const { workingWeekdays, closedDays } = draft.officeDays;
  const whole = useFieldError(issue);
  const weekdays = useFieldError(weekdaysIssue);
  const toggle = (day: number, on: boolean) =>
    onChange({ officeDays: { ...draft.officeDays, workingWeekdays: on ? [...workingWeekdays, day].sort() : workingWeekdays.filter((d) => d !== day) } });

  const section = useRef<HTMLFieldSetElement>(null);
  const addition = useAddition<ClosedField>(section, () => {
    const date = typedDate(closed.date);
    const wrong: Refusals<ClosedField> = typeof date === 'string' ? {} : { date };
    if (!closed.label.trim()) wrong.label = message('validation.office.closed_reason');
    if (typeof date !== 'string' || Object.keys(wrong).length) return wrong;
    onChange({ officeDays: { ...draft.officeDays, closedDays: [...closedDays.filter((d) => d.date !== date), { date, label: closed.label.trim() }].sort((a, b) => (a.date < b.date ? -1 : 1)) } });
    setClosed({ date: '', label: '' });
    return {};
  });

  return (
    <fieldset aria-labelledby="office-legend" ref={section} {...whole.control} onKeyDown={addition.onKeyDown}>
      <legend id="office-legend">{t('settings.officeDays')}</legend>
      <p className="muted">{t('settings.officeDays.intro')}</p>
      {whole.error}
      <div role="group" aria-label={t('settings.officeDays.weekdays')} className="weekdays" {...weekdays.control}>
        {WEEKDAY_ORDER.map((day) => (
          <label key={day} className="check">
            <input type="checkbox" checked={workingWeekdays.includes(day)} onChange={(e) => toggle(day, e.target.checked)} />
            <span>{t('settings.weekday', { day: String(day) })}</span>
          </label>
        ))}
      </div>
      {weekdays.error}
      {closedDays.length > 0 && (
        <ul className="plain" aria-label={t('settings.officeDays.closed')}>
          {closedDays.map((d) => (
            <li key={d.date}>
              {f.date(d.date)} — {d.label}{' '}
              <button type="button" onClick={() => onChange({ officeDays: { ...draft.officeDays, closedDays: closedDays.filter((c) => c.date !== d.date) } })}>
                {t('settings.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <Field label={t('settings.officeDays.closedDate')} issue={addition.refused.date}>
        {(control) => <input {...control} name="closedDate" placeholder={f.date('2026-12-31')} value={closed.date} onChange={(e) => setClosed({ ...closed, date: e.target.value })} />}
      </Field>
      <Field label={t('settings.officeDays.closedLabel')} issue={addition.refused.label}>
        {(control) => <input {...control} name="closedLabel" value={closed.label} onChange={(e) => setClosed({ ...closed, label: e.target.value })} />}
      </Field>
      <button type="button" onClick={addition.tryAdd}>{t('settings.officeDays.addClosed')}</button>
    </fieldset>
  );
}
