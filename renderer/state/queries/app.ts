// The app's own facts (today, the ledger file) and the settings.
import { useQuery } from '@tanstack/react-query';
import { channelQuery, queryKey, useChannelMutation } from '../channel-query';

export const useAppInfo = () => useQuery(channelQuery('app:info', {}));

export const useSettings = () => useQuery(channelQuery('settings:get', {}));

/** Settings feed the call (collector, company, tone) and the letterhead of letters not yet issued. */
export const useUpdateSettings = () =>
  useChannelMutation('settings:update', () => [queryKey('settings:get'), queryKey('calls:prepare'), queryKey('letters:preview')]);
