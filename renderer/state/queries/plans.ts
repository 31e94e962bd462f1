// Payment plans of a debtor and the steps the collector takes by hand (sent, signed, active).
import { useQuery } from '@tanstack/react-query';
import { channelQuery, queryKey, useChannelMutation } from '../channel-query';
import type { ChannelOutput } from '../../../ipc/contract';

export const usePlans = (debtorId: number) => useQuery(channelQuery('plans:list', { debtorId }));

/** A plan's step changes the plan, its tasks (send for signature) and what the debtor file and letters show of it. */
const planChanged = (_input: unknown, plan: ChannelOutput<'plans:markSent'>) => [
  queryKey('plans:list', { debtorId: plan.debtorId }),
  queryKey('timeline:get', { debtorId: plan.debtorId }),
  queryKey('letters:options', { debtorId: plan.debtorId }),
  queryKey('letters:standing', { debtorId: plan.debtorId }),
  queryKey('calls:prepare', { debtorId: plan.debtorId }),
  queryKey('tasks:list'),
  queryKey('worklist:list'),
];

export const useMarkPlanSent = () => useChannelMutation('plans:markSent', planChanged);
export const useMarkPlanSigned = () => useChannelMutation('plans:markSigned', planChanged);
export const useActivatePlan = () => useChannelMutation('plans:activate', planChanged);
