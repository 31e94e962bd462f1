// Vandaag's worklist, page by page as the collector scrolls; putting a line aside and bringing it back;
// the debtor-wide steps taken from it; the dunning settings.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { channelQuery, queryKey, useChannelMutation } from '../channel-query';
import { debtorViews, worklists } from './debtors';

/** Lines per page: a few screenfuls, so the first rows are painted at once. */
const PAGE = 200;

export const useWorklist = () =>
  useInfiniteQuery({
    queryKey: queryKey('worklist:list', { limit: PAGE, part: 'lines' }),
    queryFn: ({ pageParam }) => call('worklist:list', { limit: PAGE, offset: pageParam, part: 'lines' }),
    initialPageParam: 0,
    getNextPageParam: (last) => (last.offset + last.lines.length < last.total ? last.offset + last.lines.length : undefined),
  });

/** The lines put aside and the debtors paused, asked for beside the first page so its lines need not wait for them. */
export const useWorklistAside = () => useQuery(channelQuery('worklist:list', { limit: 1, part: 'aside' }));

export const useSnoozeLine = () => useChannelMutation('worklist:snooze', () => [queryKey('worklist:list')]);
export const useUnsnoozeLine = () => useChannelMutation('worklist:unsnooze', () => [queryKey('worklist:list')]);

/** A delivery stop, the claim to the manager, a hand-over: the debtor's file and timeline show it too. */
export const useRecordStep = () => useChannelMutation('worklist:recordStep', ({ debtorId }) => [...debtorViews(debtorId), ...worklists()]);

export const useDunningSettings = () => useQuery(channelQuery('dunning:settings', {}));
export const useSaveDunningSettings = () => useChannelMutation('dunning:saveSettings', () => [queryKey('dunning:settings'), queryKey('worklist:list')]);
