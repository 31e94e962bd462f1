// What every handler gets: the open ledger and the clock (injected so tests can fix "today").
import type { Db } from '../db/client';
import type { ChannelName, ParsedInput, ChannelOutput } from '../ipc/contract';
import { todayInAmsterdam, type IsoDate } from '../domain/dates';

export interface HandlerContext {
  /** The ledger; inside a handler, the transaction dispatch opened for the request. */
  db: Db;
  now: () => Date;
  dataFile: string;
  transport: 'electron' | 'preview';
  version: string;
  demoLedgerCreated: boolean;
}

/** A handler runs inside one SQLite transaction (better-sqlite3 is synchronous), so it returns at once. */
export type Handler<C extends ChannelName> = (ctx: HandlerContext, input: ParsedInput<C>) => ChannelOutput<C>;

/** A domain's handlers: exactly the channels its contract file names, each typed from the contract. */
export type HandlerGroup<C extends ChannelName> = { [K in C]: Handler<K> };

/** The business day of the request, in Amsterdam. */
export const today = (ctx: HandlerContext): IsoDate => todayInAmsterdam(ctx.now());
