// The debtor list page by page: the first page for a search and an order, the next one when asked for
// (the keyboard nears the end, or the button below the list). A new search or order starts over; an
// answer for an older one is dropped.
import { useCallback, useEffect, useRef, useState } from 'react';
import { call, errorText } from '../api/client';
import { useLanguage } from '../i18n';
import type { DebtorListPage, DebtorListRow } from '../../ipc/channels/debtors';
import type { DebtorSort, SortDirection } from '../../domain/debtor-list';

export interface DebtorOrder {
  by: DebtorSort;
  direction: SortDirection;
}

type Cursor = DebtorListPage['nextCursor'];

const keyOf = (search: string, order: DebtorOrder) => JSON.stringify([search, order.by, order.direction]);

/** The first page of the list as it opens, asked for at start beside the settings (see askForDebtorListEarly). */
let early: { key: string; answer: Promise<DebtorListPage>; at: number } | null = null;
/** An early answer older than this is not shown: the list is asked again. */
const EARLY_FOR_MS = 10_000;

/**
 * Asks for the first page of the debtor list right away, while the shell still loads the settings: the
 * list then needs no second round trip after them. The list screen takes this answer once.
 */
export function askForDebtorListEarly(): void {
  const answer = call('debtors:list', {});
  answer.catch(() => undefined); // a failure is shown by the screen that takes it, or by its own request
  early = { key: keyOf('', { by: 'overdue', direction: 'asc' }), answer, at: Date.now() };
}

function firstPage(key: string): Promise<DebtorListPage> | null {
  const taken = early;
  early = null;
  return taken?.key === key && Date.now() - taken.at < EARLY_FOR_MS ? taken.answer : null;
}

interface Pages {
  /** The search and order these rows are for. */
  key: string;
  rows: DebtorListRow[];
  next: Cursor;
  totals: DebtorListPage['totals'] | null;
  error: string | null;
}

export function useDebtorPages(search: string, order: DebtorOrder) {
  const key = keyOf(search, order);
  const language = useLanguage();
  const [pages, setPages] = useState<Pages>({ key: '', rows: [], next: null, totals: null, error: null });
  /** The cursor of the page asked for beyond those shown, while it is coming. */
  const [moreAskedAt, setMoreAskedAt] = useState<string | null>(null);
  const current = useRef(key);

  const fetchPage = useCallback(
    (forKey: string, after: Cursor) =>
      ((!after && firstPage(forKey)) || call('debtors:list', { search, sort: order.by, direction: order.direction, after })).then(
        (page) => {
          if (forKey !== current.current) return;
          setPages((p) => ({ key: forKey, rows: after ? [...p.rows, ...page.rows] : page.rows, next: page.nextCursor, totals: page.totals, error: null }));
        },
        (error: unknown) => {
          if (forKey !== current.current) return;
          setMoreAskedAt(null);
          setPages((p) => ({ ...p, key: forKey, error: errorText(error, language) }));
        },
      ),
    [search, order.by, order.direction, language],
  );

  useEffect(() => {
    current.current = key;
    void fetchPage(key, null);
  }, [key, fetchPage]);

  const loadingMore = pages.next !== null && moreAskedAt === JSON.stringify(pages.next);
  const loadMore = useCallback(() => {
    if (pages.key !== current.current || pages.next === null || loadingMore) return;
    setMoreAskedAt(JSON.stringify(pages.next));
    void fetchPage(pages.key, pages.next);
  }, [pages.key, pages.next, loadingMore, fetchPage]);

  // Until the first page for this search has come, the rows shown are the previous search's.
  const settled = pages.key === key;
  return {
    rows: pages.rows,
    totals: pages.totals,
    error: pages.error,
    hasMore: pages.next !== null,
    settled,
    loading: !settled || loadingMore,
    loadMore,
  };
}
