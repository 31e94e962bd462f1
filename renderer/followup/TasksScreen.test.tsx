import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { TasksScreen } from './TasksScreen';
import { answer, callsTo, refusal, renderIn } from './test-helpers';
import type { TaskDue, TaskItem, TaskPage } from '../../ipc/channels/tasks';
import type { ChannelInput } from '../../ipc/contract';
import { message } from '../../domain/message-text';

// A stored title from before texts were messages: shown in Dutch as it was typed.
const text = (title: string) => message('task.legacy.other', { text: title });

vi.mock('../api/client', async (original) => ({ ...(await original<object>()), call: vi.fn() }));

const task = (id: number, fields: Partial<TaskItem>): TaskItem => ({
  id,
  type: 'call_back',
  title: text(`Taak ${id}`),
  dueDate: '2026-03-10',
  dueTime: null,
  status: 'open',
  doneOn: null,
  doneNote: null,
  closedBy: null,
  debtor: { id: 1, name: 'Leeflang & Zn' },
  callId: null,
  complaintId: null,
  promiseId: null,
  planId: null,
  createdAt: '2026-03-01T09:00:00.000Z',
  ...fields,
});

type Groups = Record<Exclude<TaskDue, 'all' | 'by_today'>, TaskItem[]>;

const LISTS: Groups = {
  overdue: [task(1, { type: 'send_invoice_copy', title: text('Kopie factuur 456 sturen'), dueDate: '2026-03-06', debtor: { id: 2, name: 'Drukkerij Smit & Co' } })],
  today: [task(2, { title: text('Terugbellen over de belofte'), dueTime: '14:00' })],
  upcoming: [task(3, { type: 'verify_payment', title: text('Betaling controleren'), dueDate: '2026-03-13' })],
};

/** tasks:list as the handler answers it: the group asked for, of the kind asked for, in pages of `size` after the cursor's id. */
const pages = (groups: Groups, size = 50) => (input: ChannelInput<'tasks:list'>): TaskPage => {
  const all = groups[input.due as keyof Groups].filter((x) => !input.type || x.type === input.type);
  const from = input.after ? all.findIndex((x) => x.id === input.after![3]) + 1 : 0;
  const tasks = all.slice(from, from + size);
  const last = tasks.at(-1);
  return { tasks, total: all.length, nextCursor: from + size < all.length && last ? [last.dueDate, last.dueTime ? 0 : 1, last.dueTime ?? '', last.id] : null };
};

describe('Taken', () => {
  it('lists overdue, today and upcoming tasks with their type, and narrows them by type', async () => {
    const mocked = answer({ 'tasks:list': pages(LISTS) });
    renderIn(<TasksScreen />);
    expect(await screen.findByRole('region', { name: /Achterstallig/ })).toHaveTextContent('06-03-2026Drukkerij Smit & CoKopie factuur sturen Kopie factuur 456 sturen');
    expect(screen.getByRole('region', { name: /^Vandaag/ })).toHaveTextContent('14:00Leeflang & ZnTerugbellen Terugbellen over de belofte');
    expect(screen.getByRole('region', { name: /Binnenkort/ })).toHaveTextContent('13-03-2026');

    await userEvent.selectOptions(screen.getByLabelText('Soort taak'), 'Betaling controleren');
    await screen.findAllByText('Geen taken.');
    expect(callsTo(mocked, 'tasks:list').slice(-3)).toEqual(
      ['overdue', 'today', 'upcoming'].map((due) => ({ type: 'verify_payment', due, after: null })),
    );
    expect(screen.getByRole('region', { name: /Achterstallig/ })).toHaveTextContent('Geen taken.');
  });

  it('marks the selected task done with a note: Alt+A, type, Enter', async () => {
    let lists = LISTS;
    const mocked = answer({
      'tasks:list': (input) => pages(lists)(input),
      'tasks:complete': ({ taskId, note }) => {
        lists = { ...LISTS, today: [] };
        return { ...LISTS.today[0]!, id: taskId, status: 'done', doneOn: '2026-03-10', doneNote: note ?? null };
      },
    });
    renderIn(<TasksScreen />);
    await screen.findByText('Terugbellen over de belofte');
    await userEvent.keyboard('{ArrowDown}{Alt>}a{/Alt}');
    await userEvent.keyboard('Betaalt woensdag{Enter}');
    expect(await screen.findByRole('status')).toHaveTextContent('Taak afgerond: Terugbellen over de belofte (Leeflang & Zn).');
    expect(callsTo(mocked, 'tasks:complete')).toEqual([{ taskId: 2, note: 'Betaalt woensdag' }]);
    expect(within(screen.getByRole('region', { name: /^Vandaag/ })).getByText('Geen taken.')).toBeInTheDocument();
    // Focus is on the next task to do (now the selected one), not back at the page's start.
    await waitFor(() => expect(within(screen.getByRole('region', { name: /Binnenkort/ })).getByRole('button', { name: /Afronden/ })).toHaveFocus(), { timeout: 10_000 });
  });

  it('shows the refusal when the task was already done, and keeps the note open', async () => {
    answer({ 'tasks:list': pages(LISTS), 'tasks:complete': () => Promise.reject(refusal('errors.task.already_done')) });
    renderIn(<TasksScreen />);
    await screen.findByText('Kopie factuur 456 sturen');
    await userEvent.click(screen.getAllByRole('button', { name: /Afronden/ })[0]!);
    await userEvent.type(screen.getByLabelText('Notitie: wat is er gedaan?'), 'verstuurd{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Deze taak is al afgerond.');
    expect(screen.getByLabelText('Notitie: wat is er gedaan?')).toHaveValue('verstuurd');
  });

  it('shows the refusal in English when the screen is in English', async () => {
    answer({ 'tasks:list': pages(LISTS), 'tasks:complete': () => Promise.reject(refusal('errors.task.already_done')) });
    renderIn(<TasksScreen />, 'en');
    await screen.findByText(/Kopie factuur 456 sturen/);
    await userEvent.click(screen.getAllByRole('button', { name: /Mark done/ })[0]!);
    await userEvent.type(screen.getByLabelText('Note: what was done?'), 'sent{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('This task has already been completed.');
  });

  it('shows a long group a page at a time: the count of all, the next page on request or when ↓ reaches the last one shown', async () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      task(100 + i, { type: 'send_invoice_copy', title: text(`Kopie ${100 + i}`), dueDate: `2026-02-${String(1 + Math.floor(i / 3)).padStart(2, '0')}` }),
    );
    const mocked = answer({ 'tasks:list': pages({ ...LISTS, overdue: many }, 5) });
    renderIn(<TasksScreen />);
    const overdue = await screen.findByRole('region', { name: /Achterstallig/ });
    await within(overdue).findByText('Kopie 104');
    expect(within(overdue).getByRole('heading')).toHaveTextContent('Achterstallig 12');
    expect(within(overdue).queryByText('Kopie 105')).toBeNull();
    await userEvent.click(within(overdue).getByRole('button', { name: 'Meer tonen (5 van 12)' }));
    await within(overdue).findByText('Kopie 109');
    expect(callsTo(mocked, 'tasks:list').filter((input) => (input as { due: string }).due === 'overdue').at(-1)).toMatchObject({ after: ['2026-02-02', 1, '', 104] });
    // ↓ to the 10th task shown (the last one) brings the last 2.
    for (let i = 0; i < 9; i++) await userEvent.keyboard('{ArrowDown}');
    await within(overdue).findByText('Kopie 111');
    expect(within(overdue).queryByRole('button', { name: /Meer tonen/ })).toBeNull();
    expect(within(overdue).getAllByRole('listitem')).toHaveLength(12);
  });
});
