// Composing a letter from the ledger as it stands, and issuing it: recorded exactly as printed, then
// what its type sets in motion, in the caller's transaction. A batch issues the same reminder to many
// debtors; one whose letter is refused is named and gets none, the others are issued.
import type { Db } from '../../db/client';
import { insertLetter } from '../../db/letters.repo';
import type { IsoDate } from '../../domain/dates';
import { LetterRefused, type LetterModel, type LetterType, type ReminderType } from '../../domain/letters';
import type { Message } from '../../domain/message';
import { AppError } from '../../ipc/errors';
import { requireDebtor } from '../guards';
import { invalidInput, refused } from '../refusals';
import { letterContext } from './ledger';
import type { LetterLinks, LetterRequest, LetterTypeModule } from './registry';
import { letterTypeModules } from './types';
import { recordLetterSteps } from '../dunning-ledger';

const modules = new Map<LetterType, LetterTypeModule>(letterTypeModules.map((m) => [m.type, m as unknown as LetterTypeModule]));

function moduleOf(type: LetterType): LetterTypeModule {
  const module = modules.get(type);
  if (!module) throw new Error(`Geen module voor brief ${type}`); // registry.test.ts keeps this from happening
  return module;
}

interface ComposedLetter {
  letter: LetterModel;
  links: LetterLinks;
}

/** Composes the letter from the ledger as it stands; writes nothing. A letter that may not be sent is refused. */
export function composeLetter(db: Db, request: LetterRequest, today: IsoDate): ComposedLetter {
  const module = moduleOf(request.type);
  const { input, links } = module.load(db, request, letterContext(db, request.debtorId, today));
  try {
    return { letter: module.compose(input), links };
  } catch (error) {
    if (error instanceof LetterRefused) throw refused(error.reason);
    throw error;
  }
}

/** Records the composed letter and does what issuing it sets in motion. */
function record(db: Db, composed: ComposedLetter, today: IsoDate): number {
  const letterId = insertLetter(db, composed.letter, composed.links);
  recordLetterSteps(db, letterId, composed.letter);
  moduleOf(composed.letter.type).afterIssue?.(db, { letterId, letter: composed.letter, links: composed.links, today });
  return letterId;
}

export function issueLetter(db: Db, request: LetterRequest, today: IsoDate): { id: number; letter: LetterModel } {
  const composed = composeLetter(db, request, today);
  return { id: record(db, composed, today), letter: composed.letter };
}

export interface BatchResult {
  issued: { debtorId: number; id: number; letter: LetterModel }[];
  refused: { debtorId: number; name: string; message: Message }[];
}

/**
 * The same reminder to each selected debtor. A debtor whose letter is refused (nothing to remind of, a
 * business for a 14-day letter) is reported and gets no letter; the others are issued. Anything else (a
 * letter that does not add up) undoes the whole batch.
 */
export function issueBatch(db: Db, debtorIds: readonly number[], type: ReminderType, today: IsoDate): BatchResult {
  const ids = [...new Set(debtorIds)];
  if (ids.length === 0) throw invalidInput('validation.choose_debtor');
  const out: BatchResult = { issued: [], refused: [] };
  for (const debtorId of ids) {
    try {
      // A savepoint per debtor: a refusal undoes only what was written for this one.
      const issued = db.transaction((tx) => issueLetter(tx, { debtorId, type }, today));
      out.issued.push({ debtorId, ...issued });
    } catch (error) {
      if (!(error instanceof AppError) || error.code === 'internal') throw error;
      const name = error.code === 'not_found' ? `#${debtorId}` : requireDebtor(db, debtorId).name;
      out.refused.push({ debtorId, name, message: error.reason });
    }
  }
  return out;
}
