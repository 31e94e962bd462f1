// The renderer's one QueryClient: every answer of the handlers is cached under [channel, input]
// (renderer/state/channel-query.ts) and fetched again when a mutation says it changed.
import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The handlers run on this machine: "offline" (navigator.onLine in Electron without a network)
        // must not pause them, and a refusal is an answer, not a hiccup to retry.
        networkMode: 'always',
        retry: false,
        // Only this app writes the ledger it shows, and every write names what it changed; a refetch
        // on focus would only replace a running screen's data under the collector's hands.
        refetchOnWindowFocus: false,
      },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}
