// The one way into the handlers, for Electron IPC and the browser preview alike: the channel must
// exist, the input must match its schema, the day must be settled, and whatever goes wrong comes back
// as a readable error. A mutation runs in one write transaction (BEGIN IMMEDIATE), a query in one read
// transaction: either all of a change lands or none of it, and a read sees one state of the ledger.
import { z } from 'zod';
import { contract, isChannelName, type ChannelName } from '../ipc/contract';
import { AppError, errorShape, type IpcResult } from '../ipc/errors';
import { validationIssues } from '../ipc/validation';
import { compiledSchema } from './compiled-contract';
import { today, type HandlerContext, type Handler } from './context';
import { settleTheDay } from './day';
import { keepWorklistCurrent, remakeChangedDebtors } from './worklist-store';

/** The channels that read today's stored worklist: its stale debtors are evaluated again first. */
const READS_STORED_WORKLIST = new Set<ChannelName>(['worklist:list', 'letters:batchCandidates']);
import { inReadTransaction, inWriteTransaction } from './transaction';
import { handlers } from './index';
import { inputReaders } from './readers';
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
  const channel = contract[name];
  // reportInput: a missing field ('required') is told apart from a wrong one.
  const parsed = compiledSchema(name, 'input').safeParse(rawInput ?? {}, { reportInput: true });
  if (!parsed.success) return invalid(parsed.error);
  try {
    // A file is read first, outside the transaction: reading a workbook is asynchronous.
    const reader = inputReaders[name] as ((input: unknown, ctx: HandlerContext) => Promise<unknown>) | undefined;
    const prepared = reader ? await reader(parsed.data, ctx) : undefined;
    settleTheDay(ctx);
    if (READS_STORED_WORKLIST.has(name)) keepWorklistCurrent(ctx);
    const handler = handlers[name] as Handler<ChannelName>;
    const data =
      channel.kind === 'mutation'
        ? inWriteTransaction(ctx.db, (tx) => {
            const done = handler({ ...ctx, db: tx, prepared }, parsed.data as never);
            // The debtors the change touched are made again in the stored worklist before it commits.
            remakeChangedDebtors(tx, today(ctx));
            return done;
          })
        : inReadTransaction(ctx.db, (tx) => handler({ ...ctx, db: tx, prepared }, parsed.data as never));
    // The output is checked too: the renderer must never get something the contract does not promise.
    const out = compiledSchema(name, 'output').safeParse(data);
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
