// Letters: what a debtor can be sent, a preview, issuing one or a batch, and a recorded letter.
import { useQuery } from '@tanstack/react-query';
import { channelQuery, queryKey, useChannelMutation } from '../channel-query';
import { debtorViews, worklists } from './debtors';
import type { LetterRequest } from '../../../ipc/channels/letters';

export const useLetterOptions = (debtorId: number) => useQuery(channelQuery('letters:options', { debtorId }));
export const useDebtorStanding = (debtorId: number) => useQuery(channelQuery('letters:standing', { debtorId }));

/** The letter as it would be issued now; nothing is recorded. */
export const useLetterPreview = (request: LetterRequest) => useQuery(channelQuery('letters:preview', request));

export const useLetter = (id: number) => useQuery(channelQuery('letters:get', { id }));

export const useBatchCandidates = () => useQuery(channelQuery('letters:batchCandidates', {}));

/** Issuing records the letter and what it sets in motion: a plan marked sent, a task closed, a reminder step. */
function letterChanged(debtorId: number) {
  return [...debtorViews(debtorId), queryKey('plans:list', { debtorId }), queryKey('letters:list', { debtorId })];
}

export const useIssueLetter = () => useChannelMutation('letters:issue', ({ debtorId }) => [...letterChanged(debtorId), ...worklists()]);

export const useIssueBatch = () =>
  useChannelMutation('letters:batch', (_input, { issued }) => [...issued.flatMap((i) => letterChanged(i.debtorId)), ...worklists()]);
