// The renderer's only way to the handlers: the typed contract, over Electron IPC or the preview's HTTP.
import type { ChannelInput, ChannelName, ChannelOutput } from '../../ipc/contract';
import type { AppErrorShape, IpcResult } from '../../ipc/errors';
import type { BelwijzerBridge, PrintRequest } from '../../ipc/bridge';

declare global {
  interface Window {
    belwijzer?: BelwijzerBridge;
  }
}

export class ApiError extends Error {
  constructor(readonly shape: AppErrorShape) {
    super(shape.message);
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
    return { ok: false, error: { code: 'internal', message: 'Geen verbinding met Belwijzer. Is het browservoorbeeld nog actief?' } };
  }
}

export async function call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = window.belwijzer
    ? await window.belwijzer.invoke(channel, input)
    : await overHttp<ChannelOutput<C>>(channel, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.data;
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

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return error instanceof Error ? error.message : String(error);
}
