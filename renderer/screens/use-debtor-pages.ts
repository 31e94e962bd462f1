// The debtor list page by page (TanStack Query's infinite query over the keyset pages of debtors:list):
// the first page for a search and an order, the next one when asked for (the selection or the scrolling
// nears the end). A new search or order starts over, the previous rows staying on screen until its first
// page is in; a mutation that names debtors:list (a payment, an import) fetches the pages shown again.
import { useMemo } from 'react';
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery, type QueryClient } from '@tanstack/react-query';
import { call } from '../api/client';
import { errorText } from '../api/error-text';
import { useLanguage } from '../i18n';
import { queryKey } from '../state/channel-query';
import { OPENING_ORDER, pageInput, type DebtorOrder } from './debtor-list-input';
import type { DebtorListPage } from '../../ipc/channels/debtors';

const debtorPages = (search: string, order: DebtorOrder) =>
  infiniteQueryOptions({
    queryKey: queryKey('debtors:list', { search, sort: order.by, direction: order.direction }),
    queryFn: ({ pageParam }) => call('debtors:list', pageInput(search, order, pageParam)),
    initialPageParam: null as DebtorListPage['nextCursor'],
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // The first page asked for at start is shown as it is when the screen mounts a moment later, not
    // asked for again; every write that changes the list names it (and so makes it stale at once).
    staleTime: 10_000,
  });

/**
 * The first page of the list as it opens, into the cache before the list screen mounts: its answer is
 * the one asked for at start (renderer/app/opening.ts), so the screen needs no round trip of its own.
 */
export function prefetchOpeningList(client: QueryClient): Promise<void> {
  return client.prefetchInfiniteQuery(debtorPages('', OPENING_ORDER));
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
