// What the debtor list asks for, kept apart from the screen and its hooks: the app asks for the list's
// first page at start (renderer/app/opening.ts), before React and the screens are evaluated.
import type { ChannelInput } from '../../ipc/contract';
import type { DebtorSort, SortDirection } from '../../domain/debtor-list';

export interface DebtorOrder {
  by: DebtorSort;
  direction: SortDirection;
}

/** The order the list opens in: most overdue first. */
export const OPENING_ORDER: DebtorOrder = { by: 'overdue', direction: 'asc' };

/** The request for one page: a search, an order, and the cursor after the last row shown (null: the first page). */
export function pageInput(search: string, order: DebtorOrder, after: ChannelInput<'debtors:list'>['after']): ChannelInput<'debtors:list'> {
  return { search, sort: order.by, direction: order.direction, after };
}
