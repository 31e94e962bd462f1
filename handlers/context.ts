// What every handler gets: the open ledger and the clock (injected so tests can fix "today").
import type { Db } from '../db/client';
import type { ChannelName, ParsedInput, ChannelOutput } from '../ipc/contract';
import { todayInAmsterdam, type IsoDate } from '../domain/dates';

export interface HandlerContext {
  /** The ledger; inside a handler, the transaction dispatch opened for the request. */
  db: Db;
  now: () => Date;
  dataFile: string;
  transport: 'electron' | 'preview' | 'cli';
  version: string;
  demoLedgerCreated: boolean;
  /** Moves the app to the demo's own file or back to the data file (handlers/ledger-files.ts); absent on the command line. */
  switchLedger?: (to: 'demo' | 'own') => void;
  /** Puts a checked backup in the open file's place after this request; returns where the replaced file is kept. */
  restoreLedger?: (backupFile: string) => string;
  /** What the channel's reader made of its input before the transaction (a file read as a table: handlers/readers.ts). */
  prepared?: unknown;
}

/** A handler runs inside one SQLite transaction (better-sqlite3 is synchronous), so it returns at once. */
export type Handler<C extends ChannelName> = (ctx: HandlerContext, input: ParsedInput<C>) => ChannelOutput<C>;

/** A domain's handlers: exactly the channels its contract file names, each typed from the contract. */
export type HandlerGroup<C extends ChannelName> = { [K in C]: Handler<K> };

/** The business day of the request, in Amsterdam. */
export const today = (ctx: HandlerContext): IsoDate => todayInAmsterdam(ctx.now());
