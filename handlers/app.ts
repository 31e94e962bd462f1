// The app itself and its settings. Changing the grace period or the office's working days re-evaluates
// the active plans and pending promises at once.
import { getSettings, ledgerKind, saveSettings, setLedgerKind } from '../db/settings.repo';
import { isEmptyLedger } from '../db/demo-ledger';
import type { Settings } from '../domain/settings';
import type { appChannels } from '../ipc/channels/app';
import { today, type HandlerContext, type HandlerGroup } from './context';
import { notAllowed } from './refusals';
import { settleAll } from './settle';

/** A file from before the first-start choice existed counts as the collector's own once it has debtors. */
function kindOf(ctx: HandlerContext): 'new' | 'own' | 'demo' {
  return ledgerKind(ctx.db) ?? (isEmptyLedger(ctx.db) ? 'new' : 'own');
}

function appInfo(ctx: HandlerContext) {
  return {
    version: ctx.version,
    dataFile: ctx.dataFile,
    transport: ctx.transport,
    today: today(ctx),
    demoLedgerCreated: ctx.demoLedgerCreated,
    ledgerKind: kindOf(ctx),
    canSwitchLedger: ctx.switchLedger !== undefined,
  };
}

/** The first start of an own administration: the company settings, then the file is the collector's. */
function startOwnLedger(ctx: HandlerContext, settings: Settings) {
  if (kindOf(ctx) !== 'new') throw notAllowed('errors.ledger.not_new', { file: ctx.dataFile });
  saveSettings(ctx.db, settings);
  setLedgerKind(ctx.db, 'own');
  return appInfo(ctx);
}

function switchTo(ctx: HandlerContext, to: 'demo' | 'own') {
  if (!ctx.switchLedger) throw notAllowed('errors.ledger.cannot_switch');
  const already = to === 'demo' ? kindOf(ctx) === 'demo' : kindOf(ctx) !== 'demo';
  if (!already) ctx.switchLedger(to);
  return { switched: !already };
}

export const appHandlers = {
  'app:info': (ctx) => appInfo(ctx),
  'app:startOwnLedger': (ctx, settings) => startOwnLedger(ctx, settings),
  'app:openDemo': (ctx) => switchTo(ctx, 'demo'),
  'app:leaveDemo': (ctx) => switchTo(ctx, 'own'),
  'settings:get': (ctx) => getSettings(ctx.db),
  'settings:update': (ctx, input) => {
    const before = getSettings(ctx.db);
    const saved = saveSettings(ctx.db, input);
    // The grace period and the office's working days decide when plans default and promises break.
    const officeDaysChanged = JSON.stringify([before.officeDays, before.addedEquatedDays]) !== JSON.stringify([saved.officeDays, saved.addedEquatedDays]);
    if (saved.planGraceDays !== before.planGraceDays || officeDaysChanged) settleAll(ctx.db, today(ctx), saved.planGraceDays);
    return saved;
  },
} satisfies HandlerGroup<keyof typeof appChannels>;
