import { useQuery } from '@tanstack/react-query';
import { channelQuery } from '../channel-query';

export const usePromises = (debtorId: number) => useQuery(channelQuery('promises:list', { debtorId }));
