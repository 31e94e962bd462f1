import type { HandlerGroup } from './context';
import { getSettings, saveSettings } from '../db/settings.repo';
import { todayInAmsterdam } from '../domain/dates';

export const appHandlers = {
  'app:info': (ctx) => ({
    version: ctx.version,
    dataFile: ctx.dataFile,
    transport: ctx.transport,
    today: todayInAmsterdam(ctx.now()),
    demoLedgerCreated: ctx.demoLedgerCreated,
  }),
  'settings:get': (ctx) => getSettings(ctx.db),
  'settings:update': (ctx, input) => saveSettings(ctx.db, input),
} satisfies HandlerGroup<'app:info' | 'settings:get' | 'settings:update'>;
