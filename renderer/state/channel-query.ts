// Queries and mutations over the one contract. A query's key is [channel, input], its function
// `call(channel, input)` (renderer/api/client.ts); a mutation names the queries it changes, by the
// same keys (a partial input matches every query of that channel whose input contains it), and stays
// pending until they are fetched again — so what the screen shows after it is what the ledger holds.
import { queryOptions, useMutation, useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { call } from '../api/client';
import type { ChannelInput, ChannelName, ChannelOutput, Contract } from '../../ipc/contract';

export type QueryChannel = { [C in ChannelName]: Contract[C]['kind'] extends 'query' ? C : never }[ChannelName];
export type MutationChannel = { [C in ChannelName]: Contract[C]['kind'] extends 'mutation' ? C : never }[ChannelName];

/** The key of a query, or with a partial input (or none) the keys of all the queries it matches. */
export function queryKey<C extends QueryChannel>(channel: C, input?: Partial<ChannelInput<C>>): QueryKey {
  return input === undefined ? [channel] : [channel, input];
}

/** The options of one query: `useQuery(channelQuery('debtors:get', { id }))`. */
export function channelQuery<C extends QueryChannel>(channel: C, input: ChannelInput<C>) {
  return queryOptions({
    queryKey: [channel, input] as const,
    queryFn: (): Promise<ChannelOutput<C>> => call(channel, input),
  });
}

/**
 * What a mutation changed: the queries to fetch again. `stale` marks queries that the screen running
 * the mutation must not see replaced (the call screen's preparation while the call goes on): they are
 * fetched when next shown.
 */
export interface Changes {
  refetch: QueryKey[];
  stale?: QueryKey[];
}

/** The input itself, or a function that reads it from a form and may throw InputError. */
export type InputOf<C extends ChannelName> = ChannelInput<C> | (() => ChannelInput<C>);

export function useChannelMutation<C extends MutationChannel>(
  channel: C,
  changes: (input: ChannelInput<C>, output: ChannelOutput<C>) => Changes | QueryKey[],
  options: { scope?: string } = {},
) {
  const client = useQueryClient();
  return useMutation({
    mutationKey: [channel],
    ...(options.scope ? { scope: { id: options.scope } } : {}),
    mutationFn: async (read: InputOf<C>): Promise<ChannelOutput<C>> => {
      const input = typeof read === 'function' ? (read as () => ChannelInput<C>)() : read;
      const output = await call(channel, input);
      const changed = changes(input, output);
      const { refetch, stale = [] } = Array.isArray(changed) ? { refetch: changed } : changed;
      await Promise.all([
        ...refetch.map((key) => client.invalidateQueries({ queryKey: key })),
        ...stale.map((key) => client.invalidateQueries({ queryKey: key, refetchType: 'none' })),
      ]);
      return output;
    },
  });
}

/**
 * Resolves once no mutation of this channel in this scope is running or waiting: a query that must see
 * what they write (the call's preparation after the running call's snapshots) waits for them first.
 * Only the named channel: a mutation that itself fetches the query again must not be waited for.
 */
export function mutationsSettled(client: QueryClient, channel: MutationChannel, scope: string): Promise<void> {
  const cache = client.getMutationCache();
  const busy = () =>
    cache.findAll({ mutationKey: [channel], exact: true, status: 'pending', predicate: (m) => m.options.scope?.id === scope }).length > 0;
  if (!busy()) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = cache.subscribe(() => {
      if (busy()) return;
      unsubscribe();
      resolve();
    });
  });
}
