// The call channels: preparing a call, keeping the running call for a crash, and saving the outcome.
import type { callChannels } from '../ipc/channels/calls';
import { discardActiveCall, listActiveCalls, setAsideActiveCall, upsertActiveCall } from '../db/active-calls.repo';
import { today, type HandlerGroup } from './context';
import { requireDebtor } from './guards';
import { prepareCall } from './call-preparation';
import { recordCallOutcome } from './call-outcome';

export const callHandlers = {
  'calls:interrupted': (ctx) => listActiveCalls(ctx.db),
  'calls:prepare': (ctx, input) => prepareCall(ctx.db, input, today(ctx)),
  'calls:active:save': (ctx, input) => {
    requireDebtor(ctx.db, input.debtorId);
    upsertActiveCall(ctx.db, {
      debtorId: input.debtorId,
      machineId: input.machineId,
      machineVersion: input.machineVersion,
      snapshot: JSON.stringify(input.snapshot),
      startedAt: input.startedAt,
      updatedAt: ctx.now().toISOString(),
    });
    return { saved: true as const };
  },
  // A damaged running call is put aside rather than deleted: the collector starts over, nothing is lost unseen.
  'calls:active:discard': (ctx, { debtorId, setAside }) => ({
    discarded: setAside ? setAsideActiveCall(ctx.db, debtorId, ctx.now().toISOString()) : discardActiveCall(ctx.db, debtorId),
  }),
  'calls:save': (ctx, outcome) => recordCallOutcome(ctx.db, outcome, today(ctx)),
} satisfies HandlerGroup<keyof typeof callChannels>;
