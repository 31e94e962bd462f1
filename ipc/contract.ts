// The one typed IPC contract (as GitHub Desktop's ipc-shared.ts): every channel's input and output.
// The renderer calls only through it; Electron main and the browser preview register handlers only
// through it. Channels are grouped per domain in ipc/channels/; each group's handlers are
// handlers/<domain>.ts.
import type { z } from 'zod';
import type { ChannelMap } from './channel';
import { appChannels } from './channels/app';
import { debtorChannels } from './channels/debtors';
import { callChannels } from './channels/calls';
import { letterChannels } from './channels/letters';
import { taskChannels } from './channels/tasks';
import { complaintChannels } from './channels/complaints';
import { paymentChannels } from './channels/payments';
import { promiseChannels } from './channels/promises';
import { planChannels } from './channels/plans';
import { timelineChannels } from './channels/timeline';
import { worklistChannels } from './channels/worklist';
import { importChannels } from './channels/imports';
import { bankChannels } from './channels/bank';
import { backupChannels } from './channels/backups';
import { exportChannels } from './channels/exports';

export const contract = {
  ...appChannels,
  ...debtorChannels,
  ...callChannels,
  ...letterChannels,
  ...taskChannels,
  ...complaintChannels,
  ...paymentChannels,
  ...promiseChannels,
  ...planChannels,
  ...timelineChannels,
  ...worklistChannels,
  ...importChannels,
  ...bankChannels,
  ...backupChannels,
  ...exportChannels,
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
