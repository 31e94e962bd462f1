// The renderer's only way to the handlers: the typed contract, over Electron IPC or the preview's HTTP.
import type { ChannelInput, ChannelName, ChannelOutput } from '../../ipc/contract';
import type { AppErrorShape, IpcResult } from '../../ipc/errors';
import type { BelwijzerBridge, PrintRequest } from '../../ipc/bridge';

declare global {
  interface Window {
    belwijzer?: BelwijzerBridge;
  }
}

/** A refusal or failure from the handlers: key + params, formatted in the UI language where it is shown. */
export class ApiError extends Error {
  constructor(readonly shape: AppErrorShape) {
    super(shape.message.key);
    this.name = 'ApiError';
  }
}

const TOKEN_KEY = 'belwijzer-token';

/** The preview hands its per-launch token in the URL hash; keep it for this tab, then hide it. */
export function takeTokenFromLocation(): void {
  const m = /(?:^#|&)token=([\w-]+)/.exec(window.location.hash);
  if (m) {
    sessionStorage.setItem(TOKEN_KEY, m[1]!);
    history.replaceState(null, '', window.location.pathname + window.location.search + '#/');
  }
}

async function overHttp<T>(channel: string, input: unknown): Promise<IpcResult<T>> {
  try {
    const res = await fetch(`./api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-belwijzer-token': sessionStorage.getItem(TOKEN_KEY) ?? '' },
      body: JSON.stringify(input ?? {}),
    });
    return (await res.json()) as IpcResult<T>;
  } catch {
    return { ok: false, error: { code: 'internal', message: { key: 'errors.connection' } } };
  }
}

async function send<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = window.belwijzer
    ? await window.belwijzer.invoke(channel, input)
    : await overHttp<ChannelOutput<C>>(channel, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.data;
}

/** Answers asked for before anyone called (askAhead), by channel and input, until the first call takes them. */
const early = new Map<string, { answer: Promise<unknown>; at: number }>();
/** An early answer older than this is not handed out: the request is sent again. */
const EARLY_FOR_MS = 10_000;
/** The same request whatever the order its input's fields were written in. */
const requestKey = (channel: ChannelName, input: object) => JSON.stringify([channel, Object.entries(input).sort(([a], [b]) => (a < b ? -1 : 1))]);

/**
 * Sends a request now, before the screen that needs it exists; the first `call` with the same channel
 * and input takes its answer instead of asking again. The app's opening requests go out this way while
 * the rest of the renderer is still being evaluated (renderer/app/opening.ts), and a screen's first
 * request while the screen's code is still loading (renderer/app/routes.tsx).
 */
export function askAhead<C extends ChannelName>(channel: C, input: ChannelInput<C>): void {
  const answer = send(channel, input);
  answer.catch(() => undefined); // a failure is the taker's to show
  early.set(requestKey(channel, input), { answer, at: Date.now() });
}

export function call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const key = requestKey(channel, input);
  const asked = early.get(key);
  early.delete(key);
  if (asked && Date.now() - asked.at < EARLY_FOR_MS) return asked.answer as Promise<ChannelOutput<C>>;
  return send(channel, input);
}

/** Electron: system print dialog or PDF. Browser preview: Chromium's own print (which also saves PDF). */
export async function printLetter(request: PrintRequest): Promise<string | null> {
  if (window.belwijzer) {
    const result = await window.belwijzer.print(request);
    if (!result.ok) throw new ApiError(result.error);
    return result.data.savedTo;
  }
  window.print();
  return null;
}
