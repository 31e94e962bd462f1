// The complaint register and a complaint's steps. A complaint holds its invoices out of reminders, so
// it moves the debtor's open amounts and the batch of reminders as well.
import { useQuery } from '@tanstack/react-query';
import { channelQuery, queryKey, useChannelMutation } from '../channel-query';
import { debtorViews, worklists } from './debtors';
import type { ComplaintFilter } from '../../../ipc/channels/complaints';
import type { ChannelOutput } from '../../../ipc/contract';

export const useComplaints = (status: ComplaintFilter, debtorId?: number) =>
  useQuery(channelQuery('complaints:list', debtorId === undefined ? { status } : { status, debtorId }));

const complaintChanged = (_input: unknown, complaint: ChannelOutput<'complaints:register'>) => [
  queryKey('complaints:list'),
  ...debtorViews(complaint.debtorId),
  ...worklists(),
];

export const useRegisterComplaint = () => useChannelMutation('complaints:register', complaintChanged);
export const useStartHandlingComplaint = () => useChannelMutation('complaints:startHandling', complaintChanged);
export const useResolveComplaint = () => useChannelMutation('complaints:resolve', complaintChanged);
export const useInformCustomer = () => useChannelMutation('complaints:informCustomer', complaintChanged);
