// One module per letter type (handlers/letters/types/), registered in one list (./types/index.ts): the
// module reads from the ledger what its composer needs, composes (domain/letters), and does what issuing
// the letter sets in motion. Adding a letter type: CONTRIBUTING.md "Adding a letter type".
import type { Db } from '../../db/client';
import type { DebtorRow } from '../../db/debtors.repo';
import type { LetterContext, LetterModel, LetterType } from '../../domain/letters';
import type { IsoDate } from '../../domain/dates';
import { message } from '../../domain/message';

/** What a request for a letter may name besides the debtor and the type. */
export interface LetterRequest {
  debtorId: number;
  type: LetterType;
  /** The call a confirmation confirms. */
  callId?: number;
  /** The plan a plan agreement puts on paper; by default the debtor's newest plan not yet signed. */
  planId?: number;
}

/** The call and plan a letter is about, recorded with it. */
export interface LetterLinks {
  callId: number | null;
  planId: number | null;
}

export interface LetterTypeModule<T extends LetterType = LetterType, Input extends LetterContext = LetterContext> {
  type: T;
  /**
   * Whether the debtor screen offers this letter as a button of its own, for this debtor. Letters about
   * one call or one plan (the confirmation, the plan agreement) are offered per call or plan instead.
   */
  offeredTo?(debtor: DebtorRow): boolean;
  /**
   * Reads what the composer needs (the common context is given) and the call or plan the letter is
   * about; refuses (AppError) when the request does not fit. Writes nothing.
   */
  load(db: Db, request: LetterRequest, context: LetterContext): { input: Input; links: LetterLinks };
  /** The pure composer: the letter exactly as it will be printed, or LetterRefused. */
  compose(input: Input): LetterModel;
  /** What issuing the letter sets in motion, in the same transaction (tasks closed, a plan marked sent, …). */
  afterIssue?(db: Db, issued: { letterId: number; letter: LetterModel; links: LetterLinks; today: IsoDate }): void;
}

/** Declares a letter type's module; the list in ./types/index.ts makes it known. */
export function register<T extends LetterType, Input extends LetterContext>(module: LetterTypeModule<T, Input>): LetterTypeModule<T, Input> {
  return module;
}

/** What a task closed by issuing this letter says closed it (the timeline shows it). */
export const letterClosed = (letter: LetterModel) => message('task.closed_by.letter', { letter: letter.type, date: { date: letter.letterDate } });
