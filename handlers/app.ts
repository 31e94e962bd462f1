// The app itself and its settings. Changing the grace period re-evaluates the active plans at once.
import { getSettings, saveSettings } from '../db/settings.repo';
import type { appChannels } from '../ipc/channels/app';
import { today, type HandlerGroup } from './context';
import { settleAll } from './settle';

export const appHandlers = {
  'app:info': (ctx) => ({
    version: ctx.version,
    dataFile: ctx.dataFile,
    transport: ctx.transport,
    today: today(ctx),
    demoLedgerCreated: ctx.demoLedgerCreated,
  }),
  'settings:get': (ctx) => getSettings(ctx.db),
  'settings:update': (ctx, input) => {
    const before = getSettings(ctx.db).planGraceDays;
    const saved = saveSettings(ctx.db, input);
    if (saved.planGraceDays !== before) settleAll(ctx.db, today(ctx), saved.planGraceDays);
    return saved;
  },
} satisfies HandlerGroup<keyof typeof appChannels>;
