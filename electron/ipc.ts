// Registers one ipcMain handler per contract channel; each checks the sending frame first.
import { channelNames, IPC_PREFIX } from '../ipc/contract';
import type { IpcResult } from '../ipc/errors';
import { dispatch } from '../handlers/dispatch';
import type { HandlerContext } from '../handlers/context';
import { isTrustedSenderUrl } from './security';

export interface IpcMainLike {
  handle(channel: string, listener: (event: { senderFrame?: { url: string } | null }, ...args: unknown[]) => Promise<unknown>): void;
}

export const FORBIDDEN: IpcResult<never> = {
  ok: false,
  error: { code: 'forbidden', message: { key: 'errors.forbidden_sender' } },
};

/** `ctx` gives the context of the ledger file open at the time of each request (handlers/ledger-files.ts). */
export function registerIpcHandlers(ipcMain: IpcMainLike, ctx: () => HandlerContext): string[] {
  const registered: string[] = [];
  for (const name of channelNames) {
    const ipcChannel = IPC_PREFIX + name;
    ipcMain.handle(ipcChannel, async (event, raw) => {
      if (!isTrustedSenderUrl(event.senderFrame?.url)) return FORBIDDEN;
      return dispatch(ctx(), name, raw);
    });
    registered.push(ipcChannel);
  }
  return registered;
}
