import { useEffect, useRef, useState } from 'react';
import { useT, type Translate } from '../i18n';
import { ErrorLine } from '../app/status';
import { useDebtorList } from '../state/queries/debtors';
import { useHotkeys } from '../app/hotkeys';
import { navigate } from '../app/router';
import { useFormats } from '../format';

export function overdueLabel(t: Translate, days: number | null): string {
  if (days === null) return '—';
  if (days === 0) return t('debtors.dueToday');
  if (days < 0) return t('debtors.dueIn', { days: -days });
  return days === 1 ? t('debtors.overdueOne') : t('debtors.overdueDays', { days });
}

export function DebtorsScreen() {
  const t = useT();
  const f = useFormats();
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState(0);
  const searchRef = useRef<HTMLInputElement>(null);
  const list = useDebtorList(search);
  const rows = list.data ?? [];
  // The rows on screen are not yet those of what was typed: the last search's, or none.
  const loading = list.isPending || list.isPlaceholderData;
  useEffect(() => setSelected(0), [search]);

  const open = (i: number) => rows[i] && navigate({ name: 'debtor', id: rows[i]!.id });
  // Enter while the list for what was just typed is still loading would open a row of the old list
  // (another debtor): wait for the new list, then open its selected row.
  const [enterPending, setEnterPending] = useState(false);
  const openSelected = () => (loading ? setEnterPending(true) : open(selected));
  useEffect(() => {
    if (!enterPending || loading) return;
    setEnterPending(false);
    open(selected);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enterPending, loading]);
  useHotkeys({
    '/': () => searchRef.current?.focus(),
    arrowdown: () => setSelected((s) => Math.min(s + 1, rows.length - 1)),
    arrowup: () => setSelected((s) => Math.max(s - 1, 0)),
    enter: () => openSelected(),
  });

  const total = rows.reduce((s, r) => s + r.openCents, 0);
  return (
    <section aria-labelledby="debtors-title">
      <header className="screen-header">
        <h1 id="debtors-title">{t('debtors.title')}</h1>
        <p className="muted">{t('debtors.count', { count: rows.length, total: f.money(total) })}</p>
        <a href="#/letters/batch">{t('letters.batch.link')}</a> · <a href="#/debtors/new">{t('debtorForm.add')}</a>
      </header>
      <input
        ref={searchRef}
        className="search"
        type="search"
        autoFocus
        placeholder={`${t('debtors.search')}  ( / )`}
        aria-label={t('debtors.search')}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        onKeyDown={(e) => {
          // "/" is the shortcut to this field; typed into an empty field it is that, not a search term.
          if (e.key === '/' && e.currentTarget.value === '') return e.preventDefault();
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp' || e.key === 'Enter') {
            e.preventDefault();
            if (e.key === 'Enter') openSelected();
            else setSelected((s) => Math.max(0, Math.min(rows.length - 1, s + (e.key === 'ArrowDown' ? 1 : -1))));
          }
        }}
      />
      <ErrorLine error={list.error} />
      <table className="grid debtors" aria-label={t('debtors.title')}>
        <thead>
          <tr>
            <th>{t('debtors.col.number')}</th>
            <th>{t('debtors.col.name')}</th>
            <th>{t('debtors.col.city')}</th>
            <th className="num">{t('debtors.col.invoices')}</th>
            <th className="num">{t('debtors.col.open')}</th>
            <th className="num">{t('debtors.col.overdue')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr
              key={r.id}
              aria-selected={i === selected}
              className={`${i === selected ? 'selected' : ''} ${r.daysOverdue !== null && r.daysOverdue > 0 ? 'overdue' : ''}`}
              onClick={() => open(i)}
            >
              <td>{r.number}</td>
              <td>
                <a href={`#/debtors/${r.id}`}>{r.name}</a>
                {r.kind === 'consumer' && <span className="tag">{t('debtors.consumer')}</span>}
                {r.escalation && <span className="tag warn">{t(`debtors.escalation.${r.escalation}`)}</span>}
              </td>
              <td>{r.city}</td>
              <td className="num">{r.openInvoiceCount}</td>
              <td className="num">{f.money(r.openCents)}</td>
              <td className="num">{overdueLabel(t, r.daysOverdue)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!loading && rows.length === 0 && <p className="muted">{t('debtors.none')}</p>}
    </section>
  );
}
