// Promises to pay (betaalbelofte): kept, broken, or still running.
import { z } from 'zod';
import { query } from '../channel';
import { DebtorInput } from './common';
import { Cents, Id, IsoDate } from '../../domain/primitives';
import { PROMISE_STATUSES } from '../../domain/lifecycle/promise';

export const PromiseStatus = z.enum(PROMISE_STATUSES);

export const PromiseItem = z.object({
  id: Id,
  debtorId: Id,
  callId: Id.nullable(),
  promisedDate: IsoDate,
  amountCents: Cents,
  status: PromiseStatus,
  settledOn: IsoDate.nullable(),
  madeOn: IsoDate,
  createdAt: z.string(),
});
export type PromiseItem = z.infer<typeof PromiseItem>;

export const promiseChannels = {
  'promises:list': query(DebtorInput, z.array(PromiseItem)),
};
