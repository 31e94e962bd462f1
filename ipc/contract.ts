// The one typed IPC contract (as GitHub Desktop's ipc-shared.ts): every channel's input and output.
// The renderer calls only through it; Electron main and the browser preview register handlers only
// through it. Channels are grouped per domain in ipc/channels/.
import type { z } from 'zod';
import type { ChannelMap } from './channel';
import { appChannels } from './channels/app';
import { debtorChannels } from './channels/debtors';
import { letterChannels } from './channels/letters';
import { followUpChannels } from './channels/followup';
import { callChannels } from './channels/calls';

export const contract = {
  ...appChannels,
  ...debtorChannels,
  ...letterChannels,
  ...followUpChannels,
  ...callChannels,
} satisfies ChannelMap;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>;

export const channelNames = Object.keys(contract) as ChannelName[];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** Prefix of every Electron IPC channel, so nothing else can be invoked through ipcMain. */
export const IPC_PREFIX = 'belwijzer:';
