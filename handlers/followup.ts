import type { HandlerContext, HandlerGroup } from './context';
import { getSettings } from '../db/settings.repo';
import { openVandaag } from '../db/today.repo';
import { promisesOf } from '../db/promises.repo';
import { bringUpToDate } from './up-to-date';
import { activatePlan, markPlanSent, markPlanSigned, plansOf } from '../db/plans.repo';
import { completeTask, listOpenTasks } from '../db/tasks.repo';
import { markCustomerInformed, registerComplaint, resolveComplaint, startHandlingComplaint } from '../db/complaints.repo';
import { complaintRegister } from '../db/complaint-register.repo';
import { paymentsOf, recordPayment } from '../db/payments.repo';
import { requireDebtor } from '../db/repo-guards';
import { timeline } from '../db/timeline.repo';
import { todayInAmsterdam } from '../domain/dates';

type FollowUpChannel =
  | 'today:list'
  | 'tasks:list'
  | 'tasks:complete'
  | 'complaints:list'
  | 'complaints:register'
  | 'complaints:startHandling'
  | 'complaints:resolve'
  | 'complaints:informCustomer'
  | 'payments:record'
  | 'payments:list'
  | 'promises:list'
  | 'plans:list'
  | 'plans:markSent'
  | 'plans:markSigned'
  | 'plans:activate'
  | 'timeline:get';

const today = (ctx: HandlerContext) => todayInAmsterdam(ctx.now());


/** A debtor's list, after checking the debtor exists and bringing promises and plans up to date. */
function debtorList<T>(ctx: HandlerContext, debtorId: number, list: (debtorId: number) => T): T {
  requireDebtor(ctx.db, debtorId);
  bringUpToDate(ctx);
  return list(debtorId);
}

export const followUpHandlers = {
  'today:list': (ctx) => {
    const { planGraceDays } = getSettings(ctx.db);
    return ctx.db.transaction((tx) => openVandaag(tx, today(ctx), planGraceDays));
  },

  'tasks:list': (ctx, { type }) => {
    bringUpToDate(ctx);
    return listOpenTasks(ctx.db, today(ctx), { type });
  },
  'tasks:complete': (ctx, { taskId, note }) => completeTask(ctx.db, { taskId, note }, today(ctx)),

  'complaints:list': (ctx, { status, debtorId }) => complaintRegister(ctx.db, status, debtorId),
  'complaints:register': (ctx, input) => registerComplaint(ctx.db, input, today(ctx)),
  'complaints:startHandling': (ctx, input) => startHandlingComplaint(ctx.db, input),
  'complaints:resolve': (ctx, input) => resolveComplaint(ctx.db, input, today(ctx)),
  'complaints:informCustomer': (ctx, input) => markCustomerInformed(ctx.db, input, today(ctx)),

  'payments:record': (ctx, input) => recordPayment(ctx.db, input, today(ctx)),
  'payments:list': (ctx, { debtorId }) => paymentsOf(ctx.db, requireDebtor(ctx.db, debtorId).id),
  'promises:list': (ctx, { debtorId }) => debtorList(ctx, debtorId, (id) => promisesOf(ctx.db, id)),

  'plans:list': (ctx, { debtorId }) => debtorList(ctx, debtorId, (id) => plansOf(ctx.db, id)),
  'plans:markSent': (ctx, input) => markPlanSent(ctx.db, input, today(ctx)),
  'plans:markSigned': (ctx, input) => markPlanSigned(ctx.db, input, today(ctx)),
  'plans:activate': (ctx, input) => activatePlan(ctx.db, input),

  'timeline:get': (ctx, { debtorId }) => debtorList(ctx, debtorId, (id) => timeline(ctx.db, id)),
} satisfies HandlerGroup<FollowUpChannel>;
