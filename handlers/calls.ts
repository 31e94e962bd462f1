import type { HandlerGroup } from './context';
import { prepareCall } from '../db/call-preparation.repo';
import { discardActiveCall, loadActiveCall, saveActiveCall } from '../db/active-calls.repo';
import { saveCallOutcome } from '../db/calls.repo';
import { todayInAmsterdam } from '../domain/dates';
import { bringUpToDate } from './up-to-date';

export const callHandlers = {
  'calls:prepare': (ctx, { debtorId, machineId, machineVersion }) => {
    const today = todayInAmsterdam(ctx.now());
    // A promise broken today must show as broken while preparing the call.
    bringUpToDate(ctx);
    const active = loadActiveCall(ctx.db, debtorId, { machineId, machineVersion });
    return {
      ...prepareCall(ctx.db, debtorId, today),
      today,
      active: !active
        ? null
        : active.stale
          ? { status: 'stale' as const, machineVersion: active.machineVersion, startedAt: active.startedAt, updatedAt: active.updatedAt }
          : { status: 'resumable' as const, snapshot: active.snapshot, startedAt: active.startedAt, updatedAt: active.updatedAt },
    };
  },
  'calls:active:save': (ctx, input) => {
    saveActiveCall(ctx.db, input, ctx.now());
    return { saved: true as const };
  },
  'calls:active:discard': (ctx, { debtorId }) => ({ discarded: discardActiveCall(ctx.db, debtorId) }),
  'calls:save': (ctx, outcome) => saveCallOutcome(ctx.db, outcome),
} satisfies HandlerGroup<'calls:prepare' | 'calls:active:save' | 'calls:active:discard' | 'calls:save'>;
