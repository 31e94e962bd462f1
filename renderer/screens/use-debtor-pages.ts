// The debtor list page by page (TanStack Query's infinite query over the keyset pages of debtors:list):
// the first page for a search and an order, the next one when asked for (the selection or the scrolling
// nears the end). A new search or order starts over, the previous rows staying on screen until its first
// page is in; a mutation that names debtors:list (a payment, an import) fetches the pages shown again.
import { useMemo } from 'react';
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery, type QueryClient } from '@tanstack/react-query';
import { call, errorText } from '../api/client';
import { useLanguage } from '../i18n';
import { queryKey } from '../state/channel-query';
import type { DebtorListPage } from '../../ipc/channels/debtors';
import type { DebtorSort, SortDirection } from '../../domain/debtor-list';

export interface DebtorOrder {
  by: DebtorSort;
  direction: SortDirection;
}

/** The order the list opens in: most overdue first. */
const OPENING_ORDER: DebtorOrder = { by: 'overdue', direction: 'asc' };

const debtorPages = (search: string, order: DebtorOrder) =>
  infiniteQueryOptions({
    queryKey: queryKey('debtors:list', { search, sort: order.by, direction: order.direction }),
    queryFn: ({ pageParam }) => call('debtors:list', { search, sort: order.by, direction: order.direction, after: pageParam }),
    initialPageParam: null as DebtorListPage['nextCursor'],
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

/**
 * Asks for the first page of the debtor list right away, while the shell still loads the settings: the
 * list screen then finds it in the cache instead of asking after them (one round trip less).
 */
export function askForDebtorListEarly(client: QueryClient): void {
  void client.prefetchInfiniteQuery(debtorPages('', OPENING_ORDER));
}

export function useDebtorPages(search: string, order: DebtorOrder) {
  const language = useLanguage();
  const query = useInfiniteQuery({ ...debtorPages(search, order), placeholderData: keepPreviousData });
  const { data, error, hasNextPage, isFetchingNextPage, fetchNextPage, isPlaceholderData, isSuccess } = query;
  const rows = useMemo(() => data?.pages.flatMap((p) => p.rows) ?? [], [data]);
  // Until the first page for this search has come, the rows shown are the previous search's.
  const settled = isSuccess && !isPlaceholderData;
  return {
    rows,
    totals: data?.pages[0]?.totals ?? null,
    error: error ? errorText(error, language) : null,
    hasMore: settled && hasNextPage,
    settled,
    loading: !settled || isFetchingNextPage,
    loadMore: () => {
      if (settled && hasNextPage && !isFetchingNextPage) void fetchNextPage();
    },
  };
}
