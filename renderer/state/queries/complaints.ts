// The complaint register and a complaint's steps. A complaint holds its invoices out of reminders, so
// it moves the debtor's open amounts and the batch of reminders as well.
import { useInfiniteQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKey, useChannelMutation } from '../channel-query';
import { paged } from '../paged';
import { debtorViews, worklists } from './debtors';
import type { ComplaintFilter, ComplaintPage } from '../../../ipc/channels/complaints';
import type { ChannelOutput } from '../../../ipc/contract';

/** The register (or one debtor's complaints) page by page, newest first. */
export function useComplaintPages(status: ComplaintFilter, debtorId?: number) {
  const input = debtorId === undefined ? { status } : { status, debtorId };
  return paged(
    useInfiniteQuery({
      queryKey: queryKey('complaints:list', input),
      queryFn: ({ pageParam }) => call('complaints:list', { ...input, after: pageParam }),
      initialPageParam: null as ComplaintPage['nextCursor'],
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    }),
    (page) => page.complaints,
    (page) => page.total,
  );
}

const complaintChanged = (_input: unknown, complaint: ChannelOutput<'complaints:register'>) => [
  queryKey('complaints:list'),
  ...debtorViews(complaint.debtorId),
  ...worklists(),
];

export const useRegisterComplaint = () => useChannelMutation('complaints:register', complaintChanged);
export const useStartHandlingComplaint = () => useChannelMutation('complaints:startHandling', complaintChanged);
export const useResolveComplaint = () => useChannelMutation('complaints:resolve', complaintChanged);
export const useInformCustomer = () => useChannelMutation('complaints:informCustomer', complaintChanged);
