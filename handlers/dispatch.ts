// The one way into the handlers, for Electron IPC and the browser preview alike: the channel must
// exist, the input must match its schema, and whatever goes wrong comes back as a readable error.
import { z } from 'zod';
import { contract, isChannelName, type ChannelName } from '../ipc/contract';
import { AppError, type IpcResult, type IssueDetail } from '../ipc/errors';
import type { HandlerContext, Handler } from './context';
import { handlers } from './index';

export function zodIssues(error: z.ZodError): IssueDetail[] {
  return error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

function describeIssues(issues: IssueDetail[]): string {
  return issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
}

export async function dispatch(ctx: HandlerContext, channelName: unknown, rawInput: unknown): Promise<IpcResult<unknown>> {
  if (!isChannelName(channelName)) {
    return { ok: false, error: { code: 'invalid_input', message: `Onbekend kanaal: ${String(channelName).slice(0, 80)}` } };
  }
  const name: ChannelName = channelName;
  const parsed = contract[name].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const issues = zodIssues(parsed.error);
    return { ok: false, error: { code: 'invalid_input', message: `Ongeldige invoer: ${describeIssues(issues)}`, issues } };
  }
  try {
    const handler = handlers[name] as Handler<ChannelName>;
    const data = await handler(ctx, parsed.data as never);
    // The output is checked too: the renderer must never get something the contract does not promise.
    const out = contract[name].output.safeParse(data);
    if (!out.success) {
      console.error(`[belwijzer] ${name} gaf een antwoord buiten het contract`, out.error.issues);
      return { ok: false, error: { code: 'internal', message: 'Interne fout: het antwoord klopt niet met het contract.' } };
    }
    return { ok: true, data: out.data };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toShape() };
    if (error instanceof z.ZodError) {
      const issues = zodIssues(error);
      return { ok: false, error: { code: 'invalid_input', message: `Ongeldige invoer: ${describeIssues(issues)}`, issues } };
    }
    console.error(`[belwijzer] ${name} mislukte`, error);
    return { ok: false, error: { code: 'internal', message: 'Er ging iets mis bij het opslaan of ophalen; er is niets gewijzigd.' } };
  }
}
