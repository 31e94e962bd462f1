// The app's own facts (today, the ledger file) and the settings.
import { useQuery } from '@tanstack/react-query';
import { channelQuery, queryKey, useChannelMutation } from '../channel-query';

export const useAppInfo = () => useQuery(channelQuery('app:info', {}));

export const useSettings = () => useQuery(channelQuery('settings:get', {}));

/** Settings feed the call (collector, company, tone) and the letterhead of letters not yet issued. */
export const useUpdateSettings = () =>
  useChannelMutation('settings:update', () => [queryKey('settings:get'), queryKey('calls:prepare'), queryKey('letters:preview')]);

/** The first start of an own administration: the app's facts and the settings change. */
export const useStartOwnLedger = () => useChannelMutation('app:startOwnLedger', () => [queryKey('app:info'), queryKey('settings:get')]);
