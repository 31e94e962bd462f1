// The shape of one IPC channel: a zod schema for what goes in and one for what comes out, and whether it
// changes the ledger. A query only reads (and may be retried or cached); a mutation writes, in one
// transaction (handlers/dispatch.ts).
import type { z } from 'zod';

type ChannelKind = 'query' | 'mutation';

export interface Channel<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType, K extends ChannelKind = ChannelKind> {
  kind: K;
  input: I;
  output: O;
}

export type ChannelMap = Record<string, Channel>;

export const query = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): Channel<I, O, 'query'> => ({ kind: 'query', input, output });
export const mutation = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): Channel<I, O, 'mutation'> => ({ kind: 'mutation', input, output });
