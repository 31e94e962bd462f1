import { useQuery } from '@tanstack/react-query';
import { channelQuery } from '../channel-query';

export const useTimeline = (debtorId: number) => useQuery(channelQuery('timeline:get', { debtorId }));
