// For tests: what a refusal reads like to a Dutch collector. Refusals travel as message keys; tests
// that assert the sentence format them the way the renderer does.
import { describeProblem, type Problem } from '../i18n/describe-error';
import type { Language } from '../i18n/format';
import type { Message } from '../domain/message';

type Refusal = { reason: Message; issues?: Problem['issues'] } | { message: Message; issues?: Problem['issues'] };

/** The sentence of a refusal (an AppError, a LetterRefused, or an error shape from the wire). */
export function refusalText(refusal: Refusal, language: Language = 'nl'): string {
  const message = 'reason' in refusal ? refusal.reason : refusal.message;
  return describeProblem({ message, issues: refusal.issues }, language);
}

/** Runs `change`, which must refuse; returns the refusal's sentence. */
export function refusalOf(change: () => unknown, language: Language = 'nl'): string {
  try {
    change();
  } catch (error) {
    if (error && typeof error === 'object' && ('reason' in error || 'message' in error) && typeof (error as { reason?: unknown }).reason === 'object')
      return refusalText(error as Refusal, language);
    throw error;
  }
  throw new Error('de wijziging had geweigerd moeten worden');
}
