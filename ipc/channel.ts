// The shape of one IPC channel: a zod schema for what goes in and one for what comes out.
import type { z } from 'zod';

export interface Channel<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
}

export type ChannelMap = Record<string, Channel>;

export const channel = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): Channel<I, O> => ({ input, output });
