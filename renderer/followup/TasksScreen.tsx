// Taken: open tasks overdue, today and upcoming, narrowed by type; a task is marked done once, with a note.
// Each group is read a page at a time (a ledger can hold thousands): the next page on request, or when
// the keyboard selection reaches the last task shown of a group that has more.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useFormatMessage, useT } from '../i18n';
import { ErrorLine } from '../app/status';
import { useCompleteTask, useTaskPages } from '../state/queries/tasks';
import { useHotkeys } from '../app/hotkeys';
import { navigate } from '../app/router';
import { useFormats } from '../format';
import { DebtorLink, Filter, MoreButton, MutationFeedback, Tag } from './shared';
import { taskTypeLabel } from './labels';
import { TASK_TYPES, type TaskType } from '../../domain/call-outcome';
import type { TaskItem } from '../../ipc/channels/tasks';

const GROUPS = ['overdue', 'today', 'upcoming'] as const;

export function TasksScreen() {
  const t = useT();
  const f = useFormats();
  const say = useFormatMessage();
  const [type, setType] = useState<TaskType | ''>('');
  const kind = type ? { type } : {};
  const lists = {
    overdue: useTaskPages({ ...kind, due: 'overdue' }),
    today: useTaskPages({ ...kind, due: 'today' }),
    upcoming: useTaskPages({ ...kind, due: 'upcoming' }),
  };
  const loaded = GROUPS.every((g) => lists[g].isSuccess);
  const flat = loaded ? GROUPS.flatMap((g) => lists[g].rows) : [];
  // What is shown: replaced (by reference) when the lists are fetched again after a change.
  const shown = [lists.overdue.data, lists.today.data, lists.upcoming.data] as const;
  const [chosen, setSelected] = useState(0);
  // The selection stays on the list when it gets shorter (a task done, another filter).
  const selected = Math.min(chosen, Math.max(flat.length - 1, 0));
  const [completing, setCompleting] = useState<number | null>(null);
  const completeTask = useCompleteTask();

  const current = flat[selected];
  // After a task is completed (or its form cancelled) focus goes to the selected task's button — the next
  // task once the list has reloaded — never back to the page's start.
  const selectedButton = useRef<HTMLButtonElement>(null);
  // 'now' after a cancel; after a completion the list it must wait to be replaced.
  const focusAfter = useRef<unknown>(null);
  useEffect(() => {
    if (completing !== null || focusAfter.current === null) return;
    const before = focusAfter.current;
    if (before !== 'now' && Array.isArray(before) && before.every((data, i) => data === shown[i])) return;
    focusAfter.current = null;
    selectedButton.current?.focus();
  }, [completing, shown[0], shown[1], shown[2]]); // eslint-disable-line react-hooks/exhaustive-deps -- the three lists' data, element by element
  const stopCompleting = (reloading: boolean) => {
    focusAfter.current = reloading ? shown : 'now';
    setCompleting(null);
  };
  /** Down the list; on the last task shown of a group with more, its next page comes. */
  const selectNext = () => {
    const next = Math.max(0, Math.min(selected + 1, flat.length - 1));
    setSelected(next);
    let end = 0;
    for (const g of GROUPS) {
      end += lists[g].rows.length;
      if (next === end - 1) lists[g].loadMore();
    }
  };
  useHotkeys(
    {
      arrowdown: selectNext,
      arrowup: () => setSelected(Math.max(selected - 1, 0)),
      enter: () => current && navigate({ name: 'debtor', id: current.debtor.id }),
      'alt+a': () => current && setCompleting(current.id),
    },
    completing === null,
  );

  function complete(task: TaskItem, note: string) {
    // A refusal (done meanwhile elsewhere) also changes the list: it is fetched again either way.
    completeTask.mutate({ taskId: task.id, note }, { onSuccess: () => stopCompleting(true), onError: () => GROUPS.forEach((g) => lists[g].refetch()) });
  }

  let index = 0;
  return (
    <section aria-labelledby="tasks-title" className="followup">
      <header className="screen-header">
        <h1 id="tasks-title">{t('followup.tasks.title')}</h1>
        <p className="muted">{t('followup.tasks.keys')}</p>
      </header>
      <Filter
        label={t('followup.tasks.type')}
        value={type}
        options={[{ value: '', label: t('followup.tasks.allTypes') }, ...TASK_TYPES.map((tt) => ({ value: tt, label: taskTypeLabel(t, tt) }))]}
        onChange={setType}
      />
      <MutationFeedback mutation={completeTask} done={(task) => t('followup.tasks.done', { title: say(task.title), debtor: task.debtor.name })} />
      <ErrorLine error={GROUPS.map((g) => lists[g].error).find(Boolean)} />
      {loaded &&
        GROUPS.map((group) => (
          <section key={group} aria-labelledby={`tasks-${group}`}>
            <h2 id={`tasks-${group}`}>
              {t(`followup.tasks.${group}`)} <span className="count">{lists[group].total}</span>
            </h2>
            {lists[group].rows.length === 0 ? (
              <p className="muted">{t('followup.tasks.none')}</p>
            ) : (
              <ul className="worklist" aria-labelledby={`tasks-${group}`}>
                {lists[group].rows.map((task) => {
                  const i = index++;
                  const isSelected = i === selected;
                  return (
                    <li key={task.id} aria-current={isSelected ? 'true' : undefined} className={isSelected ? 'selected' : ''} onClick={() => setSelected(i)}>
                      <span className="when">
                        {group === 'today' ? task.dueTime ?? t('followup.today.today') : f.date(task.dueDate)}
                        {group !== 'today' && task.dueTime ? ` ${task.dueTime}` : ''}
                      </span>
                      <span className="who"><DebtorLink debtor={task.debtor} /></span>
                      <span className="what">
                        <Tag>{taskTypeLabel(t, task.type)}</Tag> {say(task.title)}
                      </span>
                      {completing === task.id ? (
                        <CompleteForm busy={completeTask.isPending} onSave={(note) => complete(task, note)} onCancel={() => stopCompleting(false)} />
                      ) : (
                        <button type="button" ref={isSelected ? selectedButton : undefined} onClick={() => setCompleting(task.id)}>
                          {t('followup.tasks.complete')} {isSelected && <kbd>Alt+A</kbd>}
                        </button>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
            <MoreButton list={lists[group]} />
          </section>
        ))}
    </section>
  );
}

function CompleteForm(props: { busy: boolean; onSave: (note: string) => void; onCancel: () => void }) {
  const t = useT();
  const [note, setNote] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  useHotkeys({ escape: props.onCancel });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onSave(note);
  };
  return (
    <form className="inline-form complete" onSubmit={submit}>
      <input ref={input} aria-label={t('followup.tasks.note')} placeholder={t('followup.tasks.note')} value={note} onChange={(e) => setNote(e.target.value)} />
      <button type="submit" className="primary" disabled={props.busy}>
        {t('followup.tasks.save')} <kbd>Enter</kbd>
      </button>
      <button type="button" onClick={props.onCancel}>
        {t('followup.cancel')} <kbd>Esc</kbd>
      </button>
    </form>
  );
}
