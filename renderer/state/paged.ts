// A list read page by page (TanStack Query's infinite query over a channel's keyset or offset pages):
// the rows of the pages fetched so far, the total the first page names, and the next page when asked
// for. A mutation that names the channel's key fetches the pages shown again.
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';

export interface Paged<R> {
  rows: R[];
  /** All rows the list has (not only those fetched), or null when the channel does not say. */
  total: number | null;
  hasMore: boolean;
  /** Fetching the next page. */
  loadingMore: boolean;
  loadMore(): void;
  /** Fetch the pages shown again. */
  refetch(): void;
  error: unknown;
  isSuccess: boolean;
  /** Changes whenever what is shown is replaced (a refetch after a mutation). */
  data: unknown;
}

export function paged<P, R>(query: UseInfiniteQueryResult<InfiniteData<P>>, rowsOf: (page: P) => R[], totalOf?: (page: P) => number): Paged<R> {
  const { data, hasNextPage, isFetchingNextPage, fetchNextPage, refetch, error, isSuccess } = query;
  const first = data?.pages[0];
  return {
    rows: data?.pages.flatMap(rowsOf) ?? [],
    total: first !== undefined && totalOf ? totalOf(first) : null,
    hasMore: hasNextPage,
    loadingMore: isFetchingNextPage,
    loadMore: () => {
      if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
    },
    refetch: () => void refetch(),
    error,
    isSuccess,
    data,
  };
}
