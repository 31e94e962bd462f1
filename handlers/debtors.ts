import type { HandlerGroup } from './context';
import { listDebtors } from '../db/debtors.repo';
import { getDebtorFile } from '../db/debtor-file.repo';
import { todayInAmsterdam } from '../domain/dates';

export const debtorHandlers = {
  'debtors:list': (ctx, { search }) => listDebtors(ctx.db, todayInAmsterdam(ctx.now()), search),
  'debtors:get': (ctx, { id }) => getDebtorFile(ctx.db, id, todayInAmsterdam(ctx.now())),
} satisfies HandlerGroup<'debtors:list' | 'debtors:get'>;
