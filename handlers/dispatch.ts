// The one way into the handlers, for Electron IPC and the browser preview alike: the channel must
// exist, the input must match its schema, and whatever goes wrong comes back as a readable error.
import { z } from 'zod';
import { contract, isChannelName, type ChannelName } from '../ipc/contract';
import { AppError, errorShape, type IpcResult } from '../ipc/errors';
import { validationIssues } from '../ipc/validation';
import type { HandlerContext, Handler } from './context';
import { handlers } from './index';
import { ledgerWriteFailure } from '../db/write-failure';

const invalid = (error: z.ZodError): IpcResult<never> => ({
  ok: false,
  error: { ...errorShape('invalid_input', 'errors.invalid_input'), issues: validationIssues(error) },
});

export async function dispatch(ctx: HandlerContext, channelName: unknown, rawInput: unknown): Promise<IpcResult<unknown>> {
  if (!isChannelName(channelName)) {
    return { ok: false, error: errorShape('invalid_input', 'errors.unknown_channel', { channel: String(channelName).slice(0, 80) }) };
  }
  const name: ChannelName = channelName;
  // reportInput: a missing field ('required') is told apart from a wrong one.
  const parsed = contract[name].input.safeParse(rawInput ?? {}, { reportInput: true });
  if (!parsed.success) return invalid(parsed.error);
  try {
    const handler = handlers[name] as Handler<ChannelName>;
    const data = await handler(ctx, parsed.data as never);
    // The output is checked too: the renderer must never get something the contract does not promise.
    const out = contract[name].output.safeParse(data);
    if (!out.success) {
      console.error(`[belwijzer] ${name} gaf een antwoord buiten het contract`, out.error.issues);
      return { ok: false, error: errorShape('internal', 'errors.contract_output') };
    }
    return { ok: true, data: out.data };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toShape() };
    if (error instanceof z.ZodError) return invalid(error);
    // The file, not the input, refused the save (view-only ledger, full disk, busy): say which.
    const fileFailure = ledgerWriteFailure(error);
    if (fileFailure) return { ok: false, error: errorShape(fileFailure.key === 'ledger.busy' ? 'conflict' : 'not_allowed', fileFailure.key) };
    console.error(`[belwijzer] ${name} mislukte`, error);
    return { ok: false, error: errorShape('internal', 'errors.internal') };
  }
}
