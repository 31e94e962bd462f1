// A screen in a chunk of its own (routes.tsx): its code is loaded when it is first shown, or before that
// by `load()`. Shown while it loads, it suspends (the shell shows "loading" in the UI language); once
// loaded it renders at once, without a frame of "loading" — which React.lazy would still show.
import { use, type ComponentType, type ReactNode } from 'react';

/** A promise that says whether it has settled, as React's `use` reads it: settled, it does not suspend. */
type Tracked<T> = Promise<T> & { status?: 'fulfilled' | 'rejected'; value?: T; reason?: unknown };

export interface ScreenChunk<P> {
  (props: P): ReactNode;
  /** Loads the screen's code, once: a chunk of the app's own bundle that fails to load is a broken install, shown as an error. */
  load(): Promise<unknown>;
}

export function screenChunk<P extends object>(importScreen: () => Promise<ComponentType<P>>): ScreenChunk<P> {
  let loading: Tracked<ComponentType<P>> | null = null;
  const load = (): Promise<ComponentType<P>> => {
    if (loading) return loading;
    const tracked: Tracked<ComponentType<P>> = importScreen();
    tracked.then(
      (screen) => Object.assign(tracked, { status: 'fulfilled', value: screen }),
      (reason: unknown) => Object.assign(tracked, { status: 'rejected', reason }),
    );
    loading = tracked;
    return tracked;
  };
  function Screen(props: P) {
    const Loaded = use(load());
    return <Loaded {...props} />;
  }
  return Object.assign(Screen, { load });
}
