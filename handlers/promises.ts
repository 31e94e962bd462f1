// Promises to pay (betaalbelofte, seed 000: "Betalingsdatum in de gaten houden"); settling them is
// handlers/settle.ts.
import type { Db } from '../db/client';
import { insertPromise, promisesOf } from '../db/promises.repo';
import type { IsoDate } from '../domain/dates';
import type { Cents } from '../domain/money';
import type { promiseChannels } from '../ipc/channels/promises';
import type { HandlerGroup } from './context';
import { requireDate, requireDebtor } from './guards';
import { invalidInput } from './refusals';

interface NewPromise {
  debtorId: number;
  callId?: number | null;
  promisedDate: IsoDate;
  amountCents: Cents;
  /** The day the promise was made (usually the call's day). */
  madeOn: IsoDate;
}

export function createPromise(db: Db, input: NewPromise): number {
  requireDebtor(db, input.debtorId);
  requireDate(input.madeOn, 'madeOn');
  requireDate(input.promisedDate, 'promisedDate');
  if (!Number.isSafeInteger(input.amountCents) || input.amountCents <= 0) throw invalidInput('errors.promise.not_positive');
  if (input.promisedDate < input.madeOn) throw invalidInput('errors.promise.date_before_made');
  return insertPromise(db, { ...input, callId: input.callId ?? null });
}

export const promiseHandlers = {
  'promises:list': (ctx, { debtorId }) => promisesOf(ctx.db, requireDebtor(ctx.db, debtorId).id),
} satisfies HandlerGroup<keyof typeof promiseChannels>;
