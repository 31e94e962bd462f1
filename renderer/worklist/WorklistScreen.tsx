// Vandaag: the collector's day as one worklist (issue 13) — the schedule's calls and letters, call-backs
// at their time (marked once their time has passed), promises due or broken, late plan terms, preventive
// calls, delivery stops, claims for the manager and hand-overs, each line saying why, most urgent first.
// Virtualised: a ledger of 10 000 debtors paints its first rows at once. Keyboard: ↑/↓ choose a line,
// Enter starts the call (or does what the line asks), O opens the debtor's file, U snoozes the line.
import { useEffect, useRef, useState } from 'react';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useFormatMessage, useT } from '../i18n';
import { useHotkeys } from '../app/hotkeys';
import { navigate } from '../app/router';
import { ErrorLine } from '../app/status';
import { useFormats } from '../format';
import { MoreButton, MutationFeedback } from '../followup/shared';
import { useInterruptedCalls } from '../state/queries/calls';
import { useRecordStep, useSnoozeLine, useUnsnoozeLine, useWorklist, useWorklistAside } from '../state/queries/worklist';
import { InterruptedCalls } from '../call/InterruptedCalls';
import { WorklistRow } from './WorklistRow';
import { SnoozeForm } from './SnoozeForm';
import { TimingHints } from './TimingHints';
import { OtherTasks } from './OtherTasks';
import type { WorklistLine } from '../../ipc/channels/worklist';
import type { IsoDate } from '../../domain/dates';
import './worklist.css';

/** A row's height before it is measured (one reason on one line). */
const ROW_ESTIMATE = 56;
/** Until the list has a size of its own (not laid out yet, or no layout at all), a screenful of rows. */
const SCREENFUL = { width: 1000, height: 700 };

export function WorklistScreen({ today }: { today: IsoDate }) {
  const t = useT();
  const f = useFormats();
  const say = useFormatMessage();
  const worklist = useWorklist();
  const pages = worklist.data?.pages ?? [];
  const page = pages[0];
  const lines = pages.flatMap((p) => p.lines);
  const aside = useWorklistAside();
  const interrupted = useInterruptedCalls().data ?? [];
  const recordStep = useRecordStep();
  const snoozeLine = useSnoozeLine();
  const unsnoozeLine = useUnsnoozeLine();
  const [chosen, setSelected] = useState(0);
  // The selection stays on the list when it gets shorter (a line done, put aside).
  const selected = Math.min(chosen, Math.max(lines.length - 1, 0));
  const [recorded, setRecorded] = useState({ debtor: '', action: '' });
  const [snoozing, setSnoozing] = useState<WorklistLine | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  // The compiler leaves this component unmemoised (the virtualizer's functions change as it scrolls): fine,
  // the virtualizer renders it itself when rows come into view.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 8,
    initialRect: SCREENFUL,
    observeElementRect: (instance, report) => observeElementRect(instance, (rect) => report(rect.height > 0 ? rect : SCREENFUL)),
  });
  const items = virtualizer.getVirtualItems();
  const lastShown = items.at(-1)?.index ?? 0;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = worklist;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastShown >= lines.length - 20) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage, lastShown, lines.length]);

  const select = (index: number) => {
    const next = Math.max(0, Math.min(index, lines.length - 1));
    setSelected(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };
  const open = (line: WorklistLine | undefined) => line && navigate({ name: 'debtor', id: line.debtorId });
  /** Enter: the call for a call line; today's letters for a letter line; the step itself for a delivery stop, the manager or a hand-over; else the file. */
  const start = (line: WorklistLine | undefined) => {
    if (!line) return;
    if (line.action === 'call') {
      const preventive = line.reasons.every((r) => r.kind === 'preventive_call');
      navigate({ name: preventive ? 'preventiveCall' : 'call', id: line.debtorId });
    } else if (line.action === 'letter') {
      navigate({ name: 'letterBatch' });
    } else if (line.action === 'delivery_stop' || line.action === 'manager' || line.action === 'hand_over') {
      const action = say({ key: 'worklist.action', params: { action: line.action } });
      recordStep.mutate({ debtorId: line.debtorId, action: line.action, invoiceIds: line.invoiceIds }, { onSuccess: () => setRecorded({ debtor: line.debtorName, action }) });
    } else open(line);
  };
  useHotkeys(
    {
      arrowdown: () => select(selected + 1),
      arrowup: () => select(selected - 1),
      home: () => select(0),
      end: () => select(lines.length - 1),
      enter: () => start(lines[selected]),
      o: () => open(lines[selected]),
      u: () => lines[selected] && setSnoozing(lines[selected]!),
    },
    snoozing === null,
  );

  const snooze = async (until: IsoDate, reason: string) => {
    const line = snoozing!;
    await snoozeLine.mutateAsync({ debtorId: line.debtorId, key: line.key, until, reason });
    setSnoozing(null);
  };

  return (
    <section aria-labelledby="today-title" className="followup worklist-screen">
      <header className="screen-header">
        <h1 id="today-title">{t('followup.today.title')}</h1>
        <p className="muted">
          {t('worklist.screen.subtitle', { date: f.dateLong(page?.date ?? today), count: page?.total ?? 0 })} · {t('worklist.screen.keys')}
        </p>
        <p>
          <a href="#/letters/batch">{t('letters.batch.link')}</a>
        </p>
        {page && <TimingHints date={page.date} now={page.now} today={today} />}
      </header>
      <InterruptedCalls items={interrupted} />
      <ErrorLine error={worklist.error ?? aside.paused.error ?? unsnoozeLine.error} />
      <MutationFeedback mutation={recordStep} done={() => t('worklist.screen.recorded', recorded)} />
      {snoozing && <SnoozeForm line={snoozing} today={today} onSnooze={snooze} onCancel={() => setSnoozing(null)} />}
      {page && lines.length === 0 && <p className="muted">{t('followup.today.empty')}</p>}
      <div ref={scroller} className="worklist-scroller">
        <ul className="worklist virtual" aria-label={t('worklist.screen.listLabel')} style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const line = lines[item.index]!;
            return (
              <WorklistRow
                key={line.key}
                line={line}
                index={item.index}
                rowRef={virtualizer.measureElement}
                selected={item.index === selected}
                onSelect={() => setSelected(item.index)}
                onStart={() => start(line)}
                onOpen={() => open(line)}
                style={{ transform: `translateY(${item.start}px)` }}
              />
            );
          })}
        </ul>
      </div>
      <OtherTasks today={today} />
      {aside.snoozed.rows.length > 0 && (
        <section aria-labelledby="snoozed-title" className="worklist-aside">
          <h2 id="snoozed-title">{t('worklist.screen.snoozed')} <span className="count">{aside.snoozed.total}</span></h2>
          <ul>
            {aside.snoozed.rows.map(({ line, until, reason }) => (
              <li key={line.key}>
                <a href={`#/debtors/${line.debtorId}`}>{line.debtorName}</a> — {say({ key: 'worklist.action', params: { action: line.action } })}:{' '}
                {t('worklist.screen.snoozedUntil', { date: f.date(until), reason })}{' '}
                <button type="button" onClick={() => unsnoozeLine.mutate({ key: line.key })}>{t('worklist.screen.unsnooze')}</button>
              </li>
            ))}
          </ul>
          <MoreButton list={aside.snoozed} />
        </section>
      )}
      {aside.paused.rows.length > 0 && (
        <section aria-labelledby="paused-title" className="worklist-aside">
          <h2 id="paused-title">{t('worklist.screen.paused')} <span className="count">{aside.paused.total}</span></h2>
          <ul>
            {aside.paused.rows.map((p) => (
              <li key={p.debtorId}>
                <a href={`#/debtors/${p.debtorId}`}>{p.debtorName}</a> — {f.money(p.overdueCents)}: {p.reasons.map((r) => say(r)).join(' ')}
              </li>
            ))}
          </ul>
          <MoreButton list={aside.paused} />
        </section>
      )}
    </section>
  );
}
