import { useQuery } from '@tanstack/react-query';
import { channelQuery } from '../channel-query';

export const useTodayList = () => useQuery(channelQuery('today:list', {}));
