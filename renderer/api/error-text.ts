// What went wrong, as the screens say it. Apart from the transport (client.ts): the message catalogue it
// needs is a large part of the renderer, and the transport is evaluated first so the app can ask for its
// opening data before the rest of the renderer is (renderer/app/opening.ts).
import { describeProblem } from '../../i18n/describe-error';
import type { Language } from '../../i18n/format';
import { ApiError } from './client';

/** What went wrong, in the UI language: a refusal with the fields it names, or (a bug) the raw error. */
export function errorText(error: unknown, language: Language): string {
  if (error instanceof ApiError) return describeProblem(error.shape, language);
  return error instanceof Error ? error.message : String(error);
}
