// The renderer's only way to the handlers: the typed contract, over Electron IPC or the preview's HTTP.
import type { ChannelInput, ChannelName, ChannelOutput } from '../../ipc/contract';
import type { AppErrorShape, IpcResult } from '../../ipc/errors';
import type { BelwijzerBridge, PrintRequest } from '../../ipc/bridge';
import { describeProblem } from '../../i18n/describe-error';
import type { Language } from '../../i18n/format';

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

/** What went wrong, in the UI language: a refusal with the fields it names, or (a bug) the raw error. */
export function errorText(error: unknown, language: Language): string {
  if (error instanceof ApiError) return describeProblem(error.shape, language);
  return error instanceof Error ? error.message : String(error);
}
