// Every channel of the contract has exactly one handler: `satisfies` fails the build when one is missing.
import type { ChannelName } from '../ipc/contract';
import type { HandlerGroup } from './context';
import { appHandlers } from './app';
import { debtorHandlers } from './debtors';
import { followUpHandlers } from './followup';

export const handlers = {
  ...appHandlers,
  ...debtorHandlers,
  ...followUpHandlers,
} satisfies HandlerGroup<ChannelName>;
