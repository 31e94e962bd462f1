// The app: the opening answers into the cache, then the first render. Loaded by main.tsx once it has
// sent the opening requests (renderer/app/opening.ts).
import { openingRoute } from './opening';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { App } from './App';
import { createQueryClient } from '../state/query-client';
import { channelQuery, type QueryChannel } from '../state/channel-query';
import type { ChannelInput } from '../../ipc/contract';
import { prefetchOpeningList } from '../screens/use-debtor-pages';
import { loadScreenChunks } from './routes';
import '../styles.css';

/** The longest the first render waits for the opening answers: a slow start (a new day being settled) shows the shell. */
const FIRST_RENDER_WAITS_MS = 150;

/** How long an answer asked for at start is shown as it is by what mounts, instead of being asked for again. */
const OPENING_FRESH_MS = 10_000;

const queryClient = createQueryClient();
// The answers asked for at start, in the cache under the keys the shell and the screens use. They stay
// fresh a moment, so the shell mounting does not ask again; a write that changes one names it (stale at once).
const intoCache = <C extends QueryChannel>(channel: C, input: ChannelInput<C>) => {
  const opening = channelQuery(channel, input);
  queryClient.setQueryDefaults(opening.queryKey, { staleTime: OPENING_FRESH_MS });
  return queryClient.prefetchQuery(opening);
};
/** The opening answers, each in the cache once it has come (a failure is there too, as the query's error). */
const inCache = [intoCache('settings:get', {}), intoCache('app:info', {}), intoCache('calls:interrupted', {})];
if (openingRoute.name === 'debtors') inCache.push(prefetchOpeningList(queryClient));

const render = () =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
// The first render waits for the answers to be in the cache (usually they are by now): one render with the
// screen and its rows in the UI language, instead of "Laden…" in Dutch first and the screen after it.
void Promise.race([Promise.allSettled(inCache), new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAITS_MS))])
  .then(render)
  .then(loadScreenChunks);
