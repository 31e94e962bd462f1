// The debtor list and the debtor file, and which views a change to one debtor's ledger touches.
import { keepPreviousData, useQuery, type QueryKey } from '@tanstack/react-query';
import { channelQuery, queryKey } from '../channel-query';

/** While a new search is answered, the rows of the last one stay (`isPlaceholderData` says so). */
export const useDebtorList = (search: string) => useQuery({ ...channelQuery('debtors:list', { search }), placeholderData: keepPreviousData });

export const useDebtorFile = (id: number) => useQuery(channelQuery('debtors:get', { id }));

/** What shows one debtor's open amounts, agreements and history. */
export function debtorViews(debtorId: number): QueryKey[] {
  return [
    queryKey('debtors:get', { id: debtorId }),
    queryKey('calls:prepare', { debtorId }),
    queryKey('timeline:get', { debtorId }),
    queryKey('letters:options', { debtorId }),
    queryKey('letters:preview', { debtorId }),
  ];
}

/** The lists across debtors that a change to a debtor's invoices, agreements or tasks moves. */
export function worklists(): QueryKey[] {
  return [queryKey('debtors:list'), queryKey('worklist:list'), queryKey('tasks:list'), queryKey('letters:batchCandidates')];
}
