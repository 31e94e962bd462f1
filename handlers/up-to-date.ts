import type { HandlerContext } from './context';
import { settleDuePromises } from '../db/promises.repo';
import { evaluatePlans } from '../db/plans.repo';
import { getSettings } from '../db/settings.repo';
import { todayInAmsterdam } from '../domain/dates';

/**
 * Promises and plans change status with the calendar, not only with payments: settle them as of today
 * before anything shows them, so a broken promise or a defaulted plan is never shown as still running.
 * Both steps are idempotent; together they are one transaction.
 */
export function bringUpToDate(ctx: HandlerContext): void {
  const { planGraceDays } = getSettings(ctx.db);
  ctx.db.transaction((tx) => {
    settleDuePromises(tx, todayInAmsterdam(ctx.now()));
    evaluatePlans(tx, todayInAmsterdam(ctx.now()), planGraceDays);
  });
}
