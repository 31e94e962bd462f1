// Taken: the open tasks page by page (by due group, kind, or what Vandaag shows beside its worklist), and
// marking one done.
import { useInfiniteQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKey, useChannelMutation } from '../channel-query';
import { paged } from '../paged';
import type { ChannelInput } from '../../../ipc/contract';
import type { TaskPage } from '../../../ipc/channels/tasks';

export type TaskListInput = Omit<ChannelInput<'tasks:list'>, 'after'>;

export const useTaskPages = (input: TaskListInput) =>
  paged(
    useInfiniteQuery({
      queryKey: queryKey('tasks:list', input),
      queryFn: ({ pageParam }) => call('tasks:list', { ...input, after: pageParam }),
      initialPageParam: null as TaskPage['nextCursor'],
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    }),
    (page) => page.tasks,
    (page) => page.total,
  );

export const useCompleteTask = () =>
  useChannelMutation('tasks:complete', (_input, task) => [
    queryKey('tasks:list'),
    queryKey('worklist:list'),
    queryKey('timeline:get', { debtorId: task.debtor.id }),
    queryKey('calls:prepare', { debtorId: task.debtor.id }),
  ]);
