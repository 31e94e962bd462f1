// Every channel of the contract has exactly one handler: `satisfies` fails the build when one is missing.
import type { ChannelName } from '../ipc/contract';
import type { HandlerGroup } from './context';
import { appHandlers } from './app';
import { debtorHandlers } from './debtors';
import { letterHandlers } from './letters';
import { followUpHandlers } from './followup';
import { callHandlers } from './calls';

export const handlers = {
  ...appHandlers,
  ...debtorHandlers,
  ...letterHandlers,
  ...followUpHandlers,
  ...callHandlers,
} satisfies HandlerGroup<ChannelName>;
