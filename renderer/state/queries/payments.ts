// Recording a payment: it pays invoices, installments and promises in one transaction.
import { queryKey, useChannelMutation } from '../channel-query';
import { debtorViews, worklists } from './debtors';

export const useRecordPayment = () =>
  useChannelMutation('payments:record', ({ debtorId }) => [
    ...debtorViews(debtorId),
    ...worklists(),
    queryKey('promises:list', { debtorId }),
    queryKey('plans:list', { debtorId }),
    queryKey('payments:list', { debtorId }),
  ]);
