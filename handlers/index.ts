// Every channel of the contract has exactly one handler: `satisfies` fails the build when one is missing.
import type { ChannelName } from '../ipc/contract';
import type { HandlerGroup } from './context';
import { appHandlers } from './app';
import { debtorHandlers } from './debtors';
import { callHandlers } from './calls';
import { letterHandlers } from './letters';
import { taskHandlers } from './tasks';
import { complaintHandlers } from './complaints';
import { paymentHandlers } from './payments';
import { promiseHandlers } from './promises';
import { planHandlers } from './plans';
import { timelineHandlers } from './timeline';
import { worklistHandlers } from './worklist';
import { importHandlers } from './imports';
import { bankHandlers } from './bank';
import { backupHandlers } from './backups';
import { exportHandlers } from './exports';

export const handlers = {
  ...appHandlers,
  ...debtorHandlers,
  ...callHandlers,
  ...letterHandlers,
  ...taskHandlers,
  ...complaintHandlers,
  ...paymentHandlers,
  ...promiseHandlers,
  ...planHandlers,
  ...timelineHandlers,
  ...worklistHandlers,
  ...importHandlers,
  ...bankHandlers,
  ...backupHandlers,
  ...exportHandlers,
} satisfies HandlerGroup<ChannelName>;
