// Taken: the open tasks by group, and marking one done.
import { useQuery } from '@tanstack/react-query';
import { channelQuery, queryKey, useChannelMutation } from '../channel-query';
import type { TaskType } from '../../../domain/call-outcome';

export const useTaskLists = (type: TaskType | '') => useQuery(channelQuery('tasks:list', type ? { type } : {}));

export const useCompleteTask = () =>
  useChannelMutation('tasks:complete', (_input, task) => [
    queryKey('tasks:list'),
    queryKey('worklist:list'),
    queryKey('timeline:get', { debtorId: task.debtor.id }),
    queryKey('calls:prepare', { debtorId: task.debtor.id }),
  ]);
