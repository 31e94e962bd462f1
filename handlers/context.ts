// What every handler gets: the open ledger and the clock (injected so tests can fix "today").
import type { Db } from '../db/client';
import type { ChannelName, ParsedInput, ChannelOutput } from '../ipc/contract';

export interface HandlerContext {
  db: Db;
  now: () => Date;
  dataFile: string;
  transport: 'electron' | 'preview';
  version: string;
  demoLedgerCreated: boolean;
}

export type Handler<C extends ChannelName> = (ctx: HandlerContext, input: ParsedInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

/** A domain's handlers: exactly the channels it names, each typed from the contract. */
export type HandlerGroup<C extends ChannelName> = { [K in C]: Handler<K> };
