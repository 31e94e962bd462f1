// A screen in a chunk of its own (routes.tsx): its code is loaded when it is first shown, or before that
// by `load()`. Until its code is in it says "loading" in the UI language; once loaded it renders at once.
// Not React.lazy and Suspense: React holds back what a Suspense boundary reveals until 300 ms after its
// fallback was shown, so a screen whose code took 20 ms would still wait 300 ms.
import { useLayoutEffect, useRef, useSyncExternalStore, type ComponentType, type ReactNode } from 'react';
import { Loading } from './status';

export interface ScreenChunk<P> {
  (props: P): ReactNode;
  /** Loads the screen's code, once: a chunk of the app's own bundle that fails to load is a broken install, shown as an error. */
  load(): Promise<unknown>;
}

type Loaded<P> = { screen: ComponentType<P> } | { failed: unknown } | null;

/**
 * `askWhileLoading`: the screen's first request, sent when the screen is shown before its code is in
 * (its `call` takes the answer), so the answer does not wait for the code.
 */
export function screenChunk<P extends object>(importScreen: () => Promise<ComponentType<P>>, askWhileLoading?: () => void): ScreenChunk<P> {
  let loading: Promise<unknown> | null = null;
  let loaded: Loaded<P> = null;
  const listeners = new Set<() => void>();
  const load = () =>
    (loading ??= importScreen().then(
      (screen) => {
        loaded = { screen };
        listeners.forEach((listener) => listener());
      },
      (failed: unknown) => {
        loaded = { failed };
        listeners.forEach((listener) => listener());
      },
    ));
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  function Screen(props: P) {
    // Asked for while rendering, as React.lazy does: not a frame later.
    void load();
    const now = useSyncExternalStore(subscribe, () => loaded);
    const asked = useRef(false);
    useLayoutEffect(() => {
      if (loaded || asked.current) return;
      asked.current = true;
      askWhileLoading?.();
    }, []);
    if (!now) return <Loading />;
    // What the error boundary around the screen shows.
    if ('failed' in now) throw now.failed;
    return <now.screen {...props} />;
  }
  return Object.assign(Screen, { load });
}
