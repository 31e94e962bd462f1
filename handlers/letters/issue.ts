// Composing a letter from the ledger as it stands, and issuing it: recorded exactly as printed, then
// what its type sets in motion, in the caller's transaction. A batch issues each debtor its own next
// letter; one whose letter is refused is named and gets none, the others are issued.
import type { Db } from '../../db/client';
import { insertLetter } from '../../db/letters.repo';
import type { IsoDate } from '../../domain/dates';
import { LetterRefused, type BatchLetterType, type LetterModel, type LetterType } from '../../domain/letters';
import type { Message } from '../../domain/message';
import { AppError } from '../../ipc/errors';
import { requireDebtor } from '../guards';
import { invalidInput, refused } from '../refusals';
import { letterContext } from './ledger';
import type { LetterLinks, LetterRequest, LetterTypeModule } from './registry';
import { letterTypeModules } from './types';
import { recordLetterSteps } from '../dunning-ledger';
import { letterStandingOf } from '../worklist-input';
import { standingFit } from '../../domain/dunning/letter-fit';
import { isStageLetter } from '../../domain/letters/model';

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
  let letter: LetterModel;
  try {
    letter = module.compose(input);
  } catch (error) {
    // The composer's own refusal names the invoices (under a complaint, not yet due): it comes first.
    if (error instanceof LetterRefused) throw refused(error.reason);
    throw error;
  }
  // A reminder or a term reminder must fit where the debtor stands (issue 10, item 8): none after the
  // ingebrekestelling, none that demands the whole claim during a plan.
  if (isStageLetter(request.type)) {
    const fit = standingFit(letterStandingOf(db, today, requireDebtor(db, request.debtorId)), request.type);
    if (!fit.ok) throw refused(fit.reason);
  }
  return { letter, links };
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
 * Each selected debtor its own letter (the batch screen shows each debtor's next step). A debtor whose
 * letter is refused (nothing to remind of, a letter its stage no longer fits) is reported and gets none;
 * the others are issued. Anything else (a letter that does not add up) undoes the whole batch.
 */
export function issueBatch(db: Db, letters: readonly { debtorId: number; type: BatchLetterType }[], today: IsoDate): BatchResult {
  const seen = new Set<number>();
  const requests = letters.filter((l) => !seen.has(l.debtorId) && seen.add(l.debtorId));
  if (requests.length === 0) throw invalidInput('validation.choose_debtor');
  const out: BatchResult = { issued: [], refused: [] };
  for (const { debtorId, type } of requests) {
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
