// Debtors and invoices entered by hand; the claim for the collection agency as a file.
import { useMutation } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKey, useChannelMutation } from '../channel-query';
import { debtorViews, worklists } from './debtors';

export const useCreateDebtor = () => useChannelMutation('debtors:create', () => [queryKey('debtors:list')]);

export const useUpdateDebtor = () => useChannelMutation('debtors:update', ({ id }) => [...debtorViews(id), ...worklists()]);

export const useCreateInvoice = () => useChannelMutation('invoices:create', ({ debtorId }) => [...debtorViews(debtorId), ...worklists()]);

/** A file to save: asked once per click, never cached. */
export const useClaimExport = () => useMutation({ mutationFn: (debtorId: number) => call('exports:claim', { debtorId }) });
