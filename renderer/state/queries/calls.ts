// The call: its preparation, the running call saved on every step, and its outcome saved in one go.
// The saves of one debtor's call share a scope, so they reach the ledger in the order they were made
// (an older snapshot never overwrites a newer one, the outcome comes after the last snapshot).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import { channelQuery, queryKey, mutationsSettled, useChannelMutation } from '../channel-query';
import { debtorViews, worklists } from './debtors';
import type { ChannelInput } from '../../../ipc/contract';

const callScope = (debtorId: number) => `call:${debtorId}`;

/**
 * Fetched fresh each time the call screen opens (gcTime 0): whether a call waits to be resumed is decided
 * on it. It waits for the running call's snapshots still on their way, or a call left and opened again
 * at once would resume a step behind.
 */
export function useCallPreparation(input: ChannelInput<'calls:prepare'>) {
  const client = useQueryClient();
  return useQuery({
    ...channelQuery('calls:prepare', input),
    queryFn: async () => {
      await mutationsSettled(client, 'calls:active:save', callScope(input.debtorId));
      return call('calls:prepare', input);
    },
    gcTime: 0,
  });
}

/** Calls cut off when the app stopped (said on start and on Vandaag). */
export const useInterruptedCalls = () => useQuery(channelQuery('calls:interrupted', {}));

/** The running call's snapshot: the preparation changes (a call to resume), but not under the running call. */
export const useSaveRunningCall = (debtorId: number) =>
  useChannelMutation('calls:active:save', () => ({ refetch: [], stale: [queryKey('calls:prepare', { debtorId }), queryKey('calls:interrupted')] }), {
    scope: callScope(debtorId),
  });

export const useDiscardRunningCall = (debtorId: number) =>
  useChannelMutation('calls:active:discard', () => ({ refetch: [queryKey('calls:interrupted')], stale: [queryKey('calls:prepare', { debtorId })] }), {
    scope: callScope(debtorId),
  });

/** The outcome: tasks, promises, a plan, complaints, notes, contact corrections — everything about the debtor. */
export const useSaveCall = (debtorId: number) =>
  useChannelMutation(
    'calls:save',
    () => [
      ...debtorViews(debtorId),
      ...worklists(),
      queryKey('promises:list', { debtorId }),
      queryKey('plans:list', { debtorId }),
      queryKey('complaints:list'),
      queryKey('payments:list', { debtorId }),
      queryKey('calls:interrupted'),
    ],
    { scope: callScope(debtorId) },
  );
