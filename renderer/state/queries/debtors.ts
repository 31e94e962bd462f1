// The debtor list and the debtor file, and which views a change to one debtor's ledger touches.
import { useQuery, type QueryKey } from '@tanstack/react-query';
import { channelQuery, queryKey } from '../channel-query';

// The debtor list pages through its own hook (renderer/screens/use-debtor-pages.ts): keyset pages.

export const useDebtorFile = (id: number) => useQuery(channelQuery('debtors:get', { id }));

/** What shows one debtor's open amounts, agreements and history. */
export function debtorViews(debtorId: number): QueryKey[] {
  return [
    queryKey('debtors:get', { id: debtorId }),
    queryKey('calls:prepare', { debtorId }),
    queryKey('timeline:get', { debtorId }),
    queryKey('letters:options', { debtorId }),
    queryKey('letters:standing', { debtorId }),
    queryKey('letters:preview', { debtorId }),
  ];
}

/** The lists across debtors that a change to a debtor's invoices, agreements or tasks moves. */
export function worklists(): QueryKey[] {
  return [queryKey('debtors:list'), queryKey('worklist:list'), queryKey('tasks:list'), queryKey('letters:batchCandidates')];
}
