// Vandaag: the day's work, each item linked to its debtor. The handler brings promises and plans up to
// date first, and hands the items over in section order (call-backs by time first).
import { useEffect, useState } from 'react';
import { useFormatMessage, useT, type FormatMessage, type Translate } from '../i18n';
import { ErrorLine } from '../app/status';
import { useTodayList } from '../state/queries/today';
import { useHotkeys } from '../app/hotkeys';
import { navigate } from '../app/router';
import { formatDateLong, formatDateShort, formatEuro } from '../format';
import { DebtorLink, Tag } from './shared';
import { taskTypeLabel } from './labels';
import type { TodayItem, TodayItemKind } from '../../ipc/channels/today';
import { InterruptedCalls } from '../call/InterruptedCalls';
import { useInterruptedCalls } from '../state/queries/calls';

export function TodayScreen({ today }: { today: string }) {
  const t = useT();
  const say = useFormatMessage();
  const list = useTodayList();
  const items = list.data ?? [];
  const interrupted = useInterruptedCalls().data ?? [];
  const [selected, setSelected] = useState(0);
  useEffect(() => setSelected((s) => Math.min(s, Math.max(items.length - 1, 0))), [items.length]);

  const open = (i: number) => items[i] && navigate({ name: 'debtor', id: items[i]!.debtor.id });
  useHotkeys({
    arrowdown: () => setSelected((s) => Math.min(s + 1, items.length - 1)),
    arrowup: () => setSelected((s) => Math.max(s - 1, 0)),
    enter: () => open(selected),
  });

  return (
    <section aria-labelledby="today-title" className="followup">
      <header className="screen-header">
        <h1 id="today-title">{t('followup.today.title')}</h1>
        <p className="muted">
          {t('followup.today.subtitle', { date: formatDateLong(today), count: items.length })} · {t('followup.today.keys')}
        </p>
      </header>
      <InterruptedCalls items={interrupted} />
      <ErrorLine error={list.error} />
      {list.isSuccess && items.length === 0 && <p className="muted">{t('followup.today.empty')}</p>}
      {sections(items).map(({ kind, first, entries }) => (
        <section key={kind} aria-labelledby={`today-${kind}`}>
          <h2 id={`today-${kind}`}>
            {t(`followup.today.section.${kind}`)} <span className="count">{entries.length}</span>
          </h2>
          <ul className="worklist" aria-labelledby={`today-${kind}`}>
            {entries.map((item, n) => {
              const index = first + n;
              const isSelected = index === selected;
              return (
                <li
                  key={index}
                  aria-current={isSelected ? 'true' : undefined}
                  className={`${isSelected ? 'selected' : ''} ${kind}`}
                  onClick={() => setSelected(index)}
                  onDoubleClick={() => open(index)}
                >
                  <span className="when">{when(t, item)}</span>
                  <span className="who"><DebtorLink debtor={item.debtor} /></span>
                  <span className="what">{what(t, say, item)}</span>
                  <button type="button" onClick={() => open(index)} tabIndex={isSelected ? 0 : -1}>
                    {t('followup.today.open')} {isSelected && <kbd>Enter</kbd>}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}

/** Consecutive items of one kind, as the handler ordered them; `first` is the index of the first. */
function sections(items: TodayItem[]) {
  const out: { kind: TodayItemKind; first: number; entries: TodayItem[] }[] = [];
  items.forEach((item, i) => {
    const last = out.at(-1);
    if (last && last.kind === item.kind) last.entries.push(item);
    else out.push({ kind: item.kind, first: i, entries: [item] });
  });
  return out;
}

function when(t: Translate, item: TodayItem): string {
  switch (item.kind) {
    case 'call_back':
      return item.dueTime ?? t('followup.today.today');
    case 'overdue_task':
      return formatDateShort(item.dueDate);
    case 'broken_promise':
    case 'promise_due':
      return formatDateShort(item.promisedDate);
    case 'late_installment':
      return formatDateShort(item.dueDate);
    case 'task':
      return t('followup.today.today');
  }
}

function what(t: Translate, say: FormatMessage, item: TodayItem) {
  switch (item.kind) {
    case 'call_back':
      return say(item.title);
    case 'overdue_task':
      return (
        <>
          <Tag>{taskTypeLabel(t, item.type)}</Tag> {say(item.title)}{' '}
          <Tag tone="bad">{t(item.daysOverdue === 1 ? 'followup.today.overdueOne' : 'followup.today.overdue', { days: item.daysOverdue })}</Tag>
        </>
      );
    case 'broken_promise':
      return <strong className="bad">{say(item.reason)}</strong>;
    case 'promise_due':
      return t('followup.today.promiseDue', {
        amount: formatEuro(item.amountCents),
        date: formatDateShort(item.promisedDate),
        received: formatEuro(item.receivedCents),
      });
    case 'late_installment':
      return (
        <>
          {t('followup.today.lateInstallment', {
            seq: item.seq,
            amount: formatEuro(item.amountCents),
            paid: formatEuro(item.paidCents),
          })}{' '}
          <Tag tone="bad">{t(item.daysLate === 1 ? 'followup.today.lateOne' : 'followup.today.late', { days: item.daysLate })}</Tag>
        </>
      );
    case 'task':
      return (
        <>
          <Tag>{taskTypeLabel(t, item.type)}</Tag> {say(item.title)}
        </>
      );
  }
}
