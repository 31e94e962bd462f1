// Settings › the law's calendar and rates, and the office's days: the statutory interest table with the
// half-years the user adds (a publication, or a rate derived until it is published), the days a later
// decree equates with the holidays (Algemene termijnenwet art. 3 lid 3), and the office's working days.
// Each addition is checked here first with the message the save would give; saving stores them.
import { useState, type ReactNode } from 'react';
import { useT, type MessageKey } from '../i18n';
import { useFormats } from '../format';
import { parseAmount } from '../../domain/money';
import { parseDutchDate, type IsoDate } from '../../domain/dates';
import { AddedRateRow, rateTable, type RateRow, type RateStatus } from '../../domain/legal/interest-rates';
import { DAYS_EQUATED_BY_DECREE, EquatedDaySchema } from '../../domain/calendar/legal-terms';
import type { Settings } from '../../domain/settings';
import type { validationIssues } from '../../ipc/validation';
import { percent } from '../../domain/letters/common';

type Draft = Pick<Settings, 'addedRates' | 'addedEquatedDays' | 'officeDays'>;
interface Props {
  draft: Draft;
  onChange: (next: Partial<Draft>) => void;
  /** A refusal in the UI language, naming what is wrong. */
  describe: (error: Parameters<typeof validationIssues>[0]) => string;
}

const WEEKDAY_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;
const RECENT_ROWS = 4;

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label>
      <span>{label}</span>
      {children}
    </label>
  );
}

/** Percentages are typed as Dutch amounts with at most two decimals: "10,40" is 1040 basis points. */
const basisPoints = (typed: string) => parseAmount(typed.replace('%', ''));

export function RateSettings({ draft, onChange, describe }: Props) {
  const t = useT();
  const f = useFormats();
  const [form, setForm] = useState({ from: '', commercial: '', consumer: '', status: 'published' as RateStatus, source: '' });
  const [error, setError] = useState<string | null>(null);
  const table = rateTable(draft.addedRates);
  const added = new Set(draft.addedRates.map((r) => r.from));

  const add = () => {
    const row: RateRow = {
      from: parseDutchDate(form.from) ?? form.from,
      commercial: { basisPoints: basisPoints(form.commercial) ?? Number.NaN, status: form.status },
      consumer: { basisPoints: basisPoints(form.consumer) ?? Number.NaN, status: form.status },
      source: form.source,
    };
    const parsed = AddedRateRow.safeParse(row);
    if (!parsed.success) return setError(describe(parsed.error));
    onChange({ addedRates: [...draft.addedRates.filter((r) => r.from !== parsed.data.from), parsed.data] });
    setForm({ from: '', commercial: '', consumer: '', status: 'published', source: '' });
    setError(null);
  };

  return (
    <fieldset aria-labelledby="rates-legend">
      <legend id="rates-legend">{t('settings.rates')}</legend>
      <p className="muted">{t('settings.rates.intro')}</p>
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
      <Row label={t('settings.rates.from')}>
        <input name="rateFrom" placeholder="01-01-2027" value={form.from} onChange={(e) => setForm({ ...form, from: e.target.value })} />
      </Row>
      <Row label={t('settings.rates.commercial')}>
        <input name="rateCommercial" inputMode="decimal" placeholder="10,40" value={form.commercial} onChange={(e) => setForm({ ...form, commercial: e.target.value })} />
      </Row>
      <Row label={t('settings.rates.consumer')}>
        <input name="rateConsumer" inputMode="decimal" placeholder="4,00" value={form.consumer} onChange={(e) => setForm({ ...form, consumer: e.target.value })} />
      </Row>
      <Row label={t('settings.rates.status')}>
        <select name="rateStatus" value={form.status} onChange={(e) => setForm({ ...form, status: e.target.value as RateStatus })}>
          {(['published', 'derived', 'provisional'] as const).map((s) => (
            <option key={s} value={s}>{t(`settings.rates.status.${s}`)}</option>
          ))}
        </select>
      </Row>
      <Row label={t('settings.rates.source')}>
        <input name="rateSource" placeholder={t('settings.rates.sourceExample')} value={form.source} onChange={(e) => setForm({ ...form, source: e.target.value })} />
      </Row>
      {error && <p role="alert" className="error">{t('settings.notAdded', { reason: error })}</p>}
      <button type="button" onClick={add}>{t('settings.rates.add')}</button>
    </fieldset>
  );
}

/** 1 January or 1 July after the half-year that starts on `from`: where the table stops speaking. */
function nextHalfYearAfter(from: IsoDate): IsoDate {
  const year = Number(from.slice(0, 4));
  return from.slice(5) < '07-01' ? `${year}-07-01` : `${year + 1}-01-01`;
}

export function DecreeDaySettings({ draft, onChange, describe }: Props) {
  const t = useT();
  const f = useFormats();
  const [form, setForm] = useState({ date: '', source: '' });
  const [error, setError] = useState<string | null>(null);
  const thisYear = new Date().getFullYear();
  const builtIn = DAYS_EQUATED_BY_DECREE.filter((d) => Number(d.date.slice(0, 4)) >= thisYear - 1);

  const add = () => {
    const parsed = EquatedDaySchema.safeParse({ date: parseDutchDate(form.date) ?? form.date, source: form.source });
    if (!parsed.success) return setError(describe(parsed.error));
    onChange({ addedEquatedDays: [...draft.addedEquatedDays.filter((d) => d.date !== parsed.data.date), parsed.data] });
    setForm({ date: '', source: '' });
    setError(null);
  };

  return (
    <fieldset aria-labelledby="decree-legend">
      <legend id="decree-legend">{t('settings.decreeDays')}</legend>
      <p className="muted">{t('settings.decreeDays.intro')}</p>
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
      <Row label={t('settings.decreeDays.date')}>
        <input name="decreeDate" placeholder="11-05-2029" value={form.date} onChange={(e) => setForm({ ...form, date: e.target.value })} />
      </Row>
      <Row label={t('settings.decreeDays.source')}>
        <input name="decreeSource" placeholder={t('settings.decreeDays.sourceExample')} value={form.source} onChange={(e) => setForm({ ...form, source: e.target.value })} />
      </Row>
      {error && <p role="alert" className="error">{t('settings.notAdded', { reason: error })}</p>}
      <button type="button" onClick={add}>{t('settings.decreeDays.add')}</button>
    </fieldset>
  );
}

export function OfficeDaySettings({ draft, onChange }: Omit<Props, 'describe'>) {
  const t = useT();
  const f = useFormats();
  const [closed, setClosed] = useState({ date: '', label: '' });
  const [error, setError] = useState<MessageKey | null>(null);
  const { workingWeekdays, closedDays } = draft.officeDays;
  const toggle = (day: number, on: boolean) =>
    onChange({ officeDays: { ...draft.officeDays, workingWeekdays: on ? [...workingWeekdays, day].sort() : workingWeekdays.filter((d) => d !== day) } });
  const addClosed = () => {
    const date = parseDutchDate(closed.date);
    if (!date) return setError('validation.date');
    if (!closed.label.trim()) return setError('validation.office.closed_reason');
    onChange({ officeDays: { ...draft.officeDays, closedDays: [...closedDays.filter((d) => d.date !== date), { date, label: closed.label.trim() }].sort((a, b) => (a.date < b.date ? -1 : 1)) } });
    setClosed({ date: '', label: '' });
    setError(null);
  };
  return (
    <fieldset aria-labelledby="office-legend">
      <legend id="office-legend">{t('settings.officeDays')}</legend>
      <p className="muted">{t('settings.officeDays.intro')}</p>
      <div role="group" aria-label={t('settings.officeDays.weekdays')} className="weekdays">
        {WEEKDAY_ORDER.map((day) => (
          <label key={day} className="check">
            <input type="checkbox" checked={workingWeekdays.includes(day)} onChange={(e) => toggle(day, e.target.checked)} />
            <span>{t('settings.weekday', { day: String(day) })}</span>
          </label>
        ))}
      </div>
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
      <Row label={t('settings.officeDays.closedDate')}>
        <input name="closedDate" placeholder="31-12-2026" value={closed.date} onChange={(e) => setClosed({ ...closed, date: e.target.value })} />
      </Row>
      <Row label={t('settings.officeDays.closedLabel')}>
        <input name="closedLabel" value={closed.label} onChange={(e) => setClosed({ ...closed, label: e.target.value })} />
      </Row>
      {error && <p role="alert" className="error">{t('settings.notAdded', { reason: t(error) })}</p>}
      <button type="button" onClick={addClosed}>{t('settings.officeDays.addClosed')}</button>
    </fieldset>
  );
}
