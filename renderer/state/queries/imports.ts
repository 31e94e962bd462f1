// Files in: an accounting export's open items and a bank statement. Reading and previewing a file are
// asked once per choice (the file is not cached under a query key); importing changes the debtors,
// their invoices, payments, promises and plans, so every list across debtors is fetched again.
import { useMutation, useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { channelQuery, queryKey, useChannelMutation } from '../channel-query';
import type { ChannelInput } from '../../../ipc/contract';
import { worklists } from './debtors';

export const useInspectOpenItems = () => useMutation({ mutationFn: (input: ChannelInput<'imports:inspectOpenItems'>) => call('imports:inspectOpenItems', input) });

export const usePreviewOpenItems = () => useMutation({ mutationFn: (input: ChannelInput<'imports:previewOpenItems'>) => call('imports:previewOpenItems', input) });

/** Every debtor's views may have changed: all cached debtor files, timelines and worklists are fetched again. */
const everything = () => [
  ...worklists(),
  queryKey('debtors:get'),
  queryKey('timeline:get'),
  queryKey('promises:list'),
  queryKey('plans:list'),
  queryKey('payments:list'),
  queryKey('calls:prepare'),
  queryKey('letters:options'),
  queryKey('bank:unmatched'),
];

export const useConfirmOpenItems = () => useChannelMutation('imports:confirmOpenItems', everything);

export const useImportBankStatement = () => useChannelMutation('bank:import', everything);

export const useUnmatchedPayments = () => useQuery(channelQuery('bank:unmatched', {}));

export const useMatchByHand = () => useChannelMutation('bank:matchByHand', everything);
