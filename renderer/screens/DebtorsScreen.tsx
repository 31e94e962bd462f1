import { Fragment, memo, useEffect, useRef, useState } from 'react';
import { defaultRangeExtractor, observeElementRect, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useFormatMessage, useT, type MessageKey, type Translate } from '../i18n';
import { useHotkeys } from '../app/hotkeys';
import { navigate } from '../app/router';
import { useDebounced } from '../app/use-debounced';
import { useFormats } from '../format';
import { taskTypeLabel } from '../followup/labels';
import { useDebtorPages } from './use-debtor-pages';
import { OPENING_ORDER, type DebtorOrder } from './debtor-list-input';
import { message } from '../../domain/message-text';
import type { DebtorSort } from '../../domain/debtor-list';
import type { DebtorListRow } from '../../ipc/channels/debtors';

export function overdueLabel(t: Translate, days: number | null): string {
  if (days === null) return '—';
  if (days === 0) return t('debtors.dueToday');
  if (days < 0) return t('debtors.dueIn', { days: -days });
  return days === 1 ? t('debtors.overdueOne') : t('debtors.overdueDays', { days });
}

/** Search requests wait until typing pauses this long. */
const SEARCH_PAUSE_MS = 200;
/** Fetch the next page when the selection or the rows in view come this close to the last row loaded. */
const PREFETCH_ROWS = 20;
/**
 * A row's height, as styles.css fixes it: one line of text from 1280 px wide, two below. Placed at this height
 * before they are measured, the first rows are right the first time: measuring them changes nothing, so the
 * list is not laid out and rendered a second time before its first paint.
 */
const ROW_HEIGHT = { wide: 40, narrow: 54 };
const NARROW = '(max-width: 1279px)';
const rowHeight = () => (window.matchMedia?.(NARROW).matches ? ROW_HEIGHT.narrow : ROW_HEIGHT.wide);
/** Rows rendered above and below those in view, so scrolling shows rows at once — from just after the list's first paint. */
const OVERSCAN = 10;
/** Until the list has a size of its own (not laid out yet, or no layout at all), a screenful of rows. */
const SCREENFUL = { width: 1000, height: 700 };

/** The columns in order; those with a sort are headers that order the list (a second press reverses it). Their widths are in styles.css (`col.<name>`). */
const COLUMNS: { name: string; label: MessageKey; sort?: DebtorSort; num?: boolean }[] = [
  { name: 'number', label: 'debtors.col.number', sort: 'number' },
  { name: 'name', label: 'debtors.col.name', sort: 'name' },
  { name: 'city', label: 'debtors.col.city', sort: 'city' },
  { name: 'invoices', label: 'debtors.col.invoices', num: true },
  { name: 'open', label: 'debtors.col.open', sort: 'open', num: true },
  { name: 'overdue', label: 'debtors.col.overdue', sort: 'overdue', num: true },
  { name: 'agreements', label: 'debtors.col.agreements' },
  { name: 'last-contact', label: 'debtors.col.lastContact', sort: 'lastContact' },
  { name: 'next-action', label: 'debtors.col.nextAction', sort: 'nextAction' },
];

/** Amounts and last contact read best largest and latest first; the rest from the top of the alphabet or calendar. */
const FIRST_DIRECTION: Partial<Record<DebtorSort, 'desc'>> = { open: 'desc', lastContact: 'desc' };

export function DebtorsScreen() {
  const t = useT();
  const f = useFormats();
  const [typed, setTyped] = useState('');
  const search = useDebounced(typed.trim(), SEARCH_PAUSE_MS);
  const [order, setOrder] = useState<DebtorOrder>(OPENING_ORDER);
  // Another search or order is another list: the selection starts at its top.
  const listKey = `${search}|${order.by}|${order.direction}`;
  const [selection, setSelection] = useState({ listKey, index: 0 });
  const selected = selection.listKey === listKey ? selection.index : 0;
  const setSelected = (index: number) => setSelection({ listKey, index });
  const searchRef = useRef<HTMLInputElement>(null);
  const list = useDebtorPages(search, order);
  const rows = list.rows;

  // Only the rows in view (and a few around them) are in the page: 10 000 debtors are as quick to show as 10.
  const scroller = useRef<HTMLDivElement>(null);
  const painted = usePaintedOnce();
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer renders this screen itself as rows come into view
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: rowHeight,
    // The first paint has only the rows in view: the others are rendered right after it.
    overscan: painted ? OVERSCAN : 0,
    initialRect: SCREENFUL,
    observeElementRect: (instance, report) => observeElementRect(instance, (rect) => report(rect.height > 0 ? rect : SCREENFUL)),
    // Without a layout (a row measures 0) a row keeps its estimate.
    measureElement: (row) => row.getBoundingClientRect().height || rowHeight(),
    // The selected row is always in the page, in view or not: it is what the keys act on.
    rangeExtractor: (range: Range) => withSelected(defaultRangeExtractor(range), selected, range.count),
  });
  const items = virtualizer.getVirtualItems();
  const lastInView = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (rows.length > 0) virtualizer.scrollToIndex(Math.min(selected, rows.length - 1), { align: 'auto' });
  }, [selected, rows.length, virtualizer]);

  // Scrolling down, by keyboard or by mouse, pages on before the end is reached.
  const { loadMore } = list;
  useEffect(() => {
    if (Math.max(selected, lastInView) >= rows.length - PREFETCH_ROWS) loadMore();
  }, [selected, lastInView, rows.length, loadMore]);

  const open = (i: number) => rows[i] && openDebtor(rows[i]!.id);
  // Enter while the list for what was just typed is still coming would open a row of the old list
  // (another debtor): wait for the new list, then open its selected row.
  const current = typed.trim() === search && list.settled;
  const enterPending = useRef(false);
  const openSelected = () => (current ? open(selected) : (enterPending.current = true));
  useEffect(() => {
    if (!enterPending.current || !current) return;
    enterPending.current = false;
    open(selected);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current]);
  const move = (by: number) => setSelected(Math.max(0, Math.min(rows.length - 1, selected + by)));
  useHotkeys({
    '/': () => searchRef.current?.focus(),
    arrowdown: () => move(1),
    arrowup: () => move(-1),
    pagedown: () => move(20),
    pageup: () => move(-20),
    // The last row loaded so far: the next page comes as it is reached, so End again goes further.
    end: () => move(rows.length),
    home: () => setSelected(0),
    // Enter on a focused button or link (a column's sort, a debtor's name) does what it says, as it would
    // without the shortcut; elsewhere it opens the selected debtor.
    enter: (e) => (e.target instanceof HTMLButtonElement || e.target instanceof HTMLAnchorElement ? e.target.click() : openSelected()),
  });

  const sortBy = (by: DebtorSort) => setOrder((o) => (o.by === by ? { by, direction: o.direction === 'asc' ? 'desc' : 'asc' } : { by, direction: FIRST_DIRECTION[by] ?? 'asc' }));

  return (
    <section aria-labelledby="debtors-title">
      <header className="screen-header">
        <h1 id="debtors-title">{t('debtors.title')}</h1>
        {list.totals && <p className="muted">{t('debtors.count', { count: list.totals.count, total: f.money(list.totals.openCents) })}</p>}
        <a href="#/letters/batch">{t('letters.batch.link')}</a> · <a href="#/debtors/new">{t('debtorForm.add')}</a>
      </header>
      <input
        ref={searchRef}
        className="search"
        type="search"
        autoFocus
        placeholder={`${t('debtors.search')}  ( / )`}
        aria-label={t('debtors.search')}
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        onKeyDown={(e) => {
          // "/" is the shortcut to this field; typed into an empty field it is that, not a search term.
          if (e.key === '/' && e.currentTarget.value === '') return e.preventDefault();
          const step = { ArrowDown: 1, ArrowUp: -1, PageDown: 20, PageUp: -20 }[e.key];
          if (step !== undefined || e.key === 'Enter') {
            e.preventDefault();
            if (e.key === 'Enter') openSelected();
            else move(step!);
          }
        }}
      />
      {list.error && (
        <p role="alert" className="error">
          {list.error}
        </p>
      )}
      <div ref={scroller} className="debtors-scroller">
        <table className="grid debtors" aria-label={t('debtors.title')} aria-rowcount={list.totals ? list.totals.count + 1 : undefined}>
          <colgroup>
            {COLUMNS.map((c) => (
              <col key={c.name} className={c.name} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th
                  key={c.label}
                  className={c.num ? 'num' : undefined}
                  aria-sort={c.sort && order.by === c.sort ? (order.direction === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  {c.sort ? (
                    <button type="button" className="sort" onClick={() => sortBy(c.sort!)}>
                      {t(c.label)}
                    </button>
                  ) : (
                    t(c.label)
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {items.map((item, i) => (
              <Fragment key={rows[item.index]!.id}>
                <Spacer height={item.start - (i === 0 ? 0 : items[i - 1]!.end)} />
                <DebtorRow row={rows[item.index]!} index={item.index} selected={item.index === selected} rowRef={virtualizer.measureElement} />
              </Fragment>
            ))}
            <Spacer height={virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0)} />
          </tbody>
        </table>
      </div>
      {list.settled && rows.length === 0 && <p className="muted">{t('debtors.none')}</p>}
      {list.hasMore && (
        <button type="button" className="more" disabled={list.loading} onClick={loadMore}>
          {list.loading ? t('debtors.loading') : t('debtors.more')}
        </button>
      )}
    </section>
  );
}

/** False until the screen has been painted once (the frame after its first render), then true. */
function usePaintedOnce(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame's callbacks run just before it is painted; a timeout set in one runs after it.
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setPainted(true))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}

const openDebtor = (id: number) => navigate({ name: 'debtor', id });

/** The rows to render: those in view and around them, and the selected one wherever it is. */
function withSelected(indexes: number[], selected: number, count: number): number[] {
  return selected >= count || indexes.includes(selected) ? indexes : [...indexes, selected].sort((a, b) => a - b);
}

/** The height of the rows not rendered above, between or below those that are, so the scrollbar is the whole list's. */
function Spacer({ height }: { height: number }) {
  return height > 0 ? <tr className="spacer" aria-hidden="true" style={{ height }} /> : null;
}

// Memoised: moving the selection re-renders the two rows it moves between, not every row loaded so far.
const DebtorRow = memo(function DebtorRow({
  row: r,
  index,
  selected,
  rowRef,
}: {
  row: DebtorListRow;
  index: number;
  selected: boolean;
  /** The virtualizer measures the row's height by it (data-index says which row it is). */
  rowRef: (row: HTMLTableRowElement | null) => void;
}) {
  const t = useT();
  const f = useFormats();
  const say = useFormatMessage();
  // A running plan or a promise still running covers what is overdue: the days are not shown as alarming then.
  const covered = r.plan?.status === 'active' || r.promise?.status === 'pending';
  const overdue = r.daysOverdue !== null && r.daysOverdue > 0;
  const days = overdueLabel(t, r.daysOverdue);
  // The plan, the promise and the complaints, each a tag; the cell's title says them whole where the tags are cut off.
  const agreements: { text: string; warn: boolean }[] = [];
  if (r.plan) {
    const next = r.plan.status === 'active' && r.plan.nextDueDate ? ` · ${say(message('debtors.plan.nextTerm', { date: f.date(r.plan.nextDueDate) }))}` : '';
    agreements.push({ text: say(message('debtors.plan', { status: r.plan.status })) + next, warn: r.plan.status === 'defaulted' });
  }
  if (r.promise)
    agreements.push({ text: say(message('debtors.promise', { status: r.promise.status, date: f.date(r.promise.promisedDate) })), warn: r.promise.status === 'broken' });
  if (r.openComplaints > 0) agreements.push({ text: t('debtors.complaints', { count: r.openComplaints }), warn: true });
  return (
    <tr
      ref={rowRef}
      data-index={index}
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={`${selected ? 'selected' : ''} ${overdue && !covered ? 'overdue' : ''}`}
      onClick={() => openDebtor(r.id)}
    >
      <td title={r.number}>{r.number}</td>
      <td>
        <div className="line name">
          <a href={`#/debtors/${r.id}`} title={r.name}>
            {r.name}
          </a>
          {r.kind === 'consumer' && <span className="tag">{t('debtors.consumer')}</span>}
          {r.escalation && <span className="tag warn">{t(`debtors.escalation.${r.escalation}`)}</span>}
        </div>
      </td>
      <td title={r.city}>
        <div className="line">{r.city}</div>
      </td>
      <td className="num">{r.openInvoiceCount}</td>
      <td className="num">{f.money(r.openCents)}</td>
      <td className="num days" title={days}>
        <div className="line">{days}</div>
      </td>
      <td title={agreements.map((a) => a.text).join(' · ') || undefined}>
        <div className="line">
          {agreements.map((a) => (
            <span key={a.text} className={a.warn ? 'tag warn' : 'tag'}>
              {a.text}
            </span>
          ))}
        </div>
      </td>
      <td>{r.lastContact ? f.moment(r.lastContact.at).date : '—'}</td>
      <td className="next" title={r.nextAction ? say(r.nextAction.title) : undefined}>
        {r.nextAction ? (
          <div className="line">
            <span className="what">{taskTypeLabel(t, r.nextAction.type)}</span>
            <span className="sep"> · </span>
            <span className="when">{f.date(r.nextAction.dueDate)}</span>
          </div>
        ) : (
          '—'
        )}
      </td>
    </tr>
  );
});
