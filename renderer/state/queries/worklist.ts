// Vandaag's worklist, page by page as the collector scrolls; putting a line aside and bringing it back;
// the debtor-wide steps taken from it; the dunning settings.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { channelQuery, queryKey, useChannelMutation } from '../channel-query';
import { debtorViews, worklists } from './debtors';
import { paged, type Paged } from '../paged';
import { WORKLIST_ASIDE_PAGE, type WorklistPage } from '../../../ipc/channels/worklist';
import { LINES_PAGE, linesInput } from '../../worklist/worklist-input';

export const useWorklist = () =>
  useInfiniteQuery({
    queryKey: queryKey('worklist:list', { limit: LINES_PAGE, part: 'lines' }),
    queryFn: ({ pageParam }) => call('worklist:list', linesInput(pageParam)),
    initialPageParam: 0,
    getNextPageParam: (last) => (last.offset + last.lines.length < last.total ? last.offset + last.lines.length : undefined),
  });

/**
 * The lines put aside and the debtors paused, asked for beside the first page so its lines need not wait
 * for them, a page of each at a time (a large ledger has a thousand debtors paused).
 */
export function useWorklistAside() {
  const query = useInfiniteQuery({
    queryKey: queryKey('worklist:list', { limit: WORKLIST_ASIDE_PAGE, part: 'aside' }),
    queryFn: ({ pageParam }) => call('worklist:list', { limit: WORKLIST_ASIDE_PAGE, offset: pageParam, part: 'aside' }),
    initialPageParam: 0,
    getNextPageParam: (last) => {
      const next = last.offset + WORKLIST_ASIDE_PAGE;
      return next < Math.max(last.snoozedTotal, last.pausedTotal) ? next : undefined;
    },
  });
  // Both lists come in the same pages; each offers more only while it has more itself.
  const section = <R>(rowsOf: (page: WorklistPage) => R[], totalOf: (page: WorklistPage) => number): Paged<R> => {
    const list = paged(query, rowsOf, totalOf);
    return { ...list, hasMore: list.total !== null && list.rows.length < list.total };
  };
  return { snoozed: section((p) => p.snoozed, (p) => p.snoozedTotal), paused: section((p) => p.paused, (p) => p.pausedTotal) };
}

export const useSnoozeLine = () => useChannelMutation('worklist:snooze', () => [queryKey('worklist:list')]);
export const useUnsnoozeLine = () => useChannelMutation('worklist:unsnooze', () => [queryKey('worklist:list')]);

/** A delivery stop, the claim to the manager, a hand-over: the debtor's file and timeline show it too. */
export const useRecordStep = () => useChannelMutation('worklist:recordStep', ({ debtorId }) => [...debtorViews(debtorId), ...worklists()]);

export const useDunningSettings = () => useQuery(channelQuery('dunning:settings', {}));
export const useSaveDunningSettings = () => useChannelMutation('dunning:saveSettings', () => [queryKey('dunning:settings'), queryKey('worklist:list')]);
