// A debtor's history, newest first, a page at a time (the earlier items on request).
import { useInfiniteQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKey } from '../channel-query';
import { paged } from '../paged';

export const useTimeline = (debtorId: number) =>
  paged(
    useInfiniteQuery({
      queryKey: queryKey('timeline:get', { debtorId }),
      queryFn: ({ pageParam }) => call('timeline:get', { debtorId, offset: pageParam }),
      initialPageParam: 0,
      getNextPageParam: (last) => last.nextOffset ?? undefined,
    }),
    (page) => page.items,
  );
