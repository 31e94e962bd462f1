// Taken: open tasks overdue, today and upcoming, narrowed by type; a task is marked done once, with a note.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useFormatMessage, useT } from '../i18n';
import { ErrorLine } from '../app/status';
import { useCompleteTask, useTaskLists } from '../state/queries/tasks';
import { useHotkeys } from '../app/hotkeys';
import { navigate } from '../app/router';
import { useFormats } from '../format';
import { DebtorLink, Filter, MutationFeedback, Tag } from './shared';
import { taskTypeLabel } from './labels';
import { TASK_TYPES, type TaskType } from '../../domain/call-outcome';
import type { TaskItem } from '../../ipc/channels/tasks';

const GROUPS = ['overdue', 'today', 'upcoming'] as const;

export function TasksScreen() {
  const t = useT();
  const f = useFormats();
  const say = useFormatMessage();
  const [type, setType] = useState<TaskType | ''>('');
  const list = useTaskLists(type);
  const flat = list.data ? GROUPS.flatMap((g) => list.data![g]) : [];
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
    if (focusAfter.current !== 'now' && focusAfter.current === list.data) return;
    focusAfter.current = null;
    selectedButton.current?.focus();
  }, [completing, list.data]);
  const stopCompleting = (reloading: boolean) => {
    focusAfter.current = reloading ? list.data : 'now';
    setCompleting(null);
  };
  useHotkeys(
    {
      arrowdown: () => setSelected(Math.max(0, Math.min(selected + 1, flat.length - 1))),
      arrowup: () => setSelected(Math.max(selected - 1, 0)),
      enter: () => current && navigate({ name: 'debtor', id: current.debtor.id }),
      'alt+a': () => current && setCompleting(current.id),
    },
    completing === null,
  );

  function complete(task: TaskItem, note: string) {
    // A refusal (done meanwhile elsewhere) also changes the list: it is fetched again either way.
    completeTask.mutate({ taskId: task.id, note }, { onSuccess: () => stopCompleting(true), onError: () => void list.refetch() });
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
      <ErrorLine error={list.error} />
      {list.data &&
        GROUPS.map((group) => (
          <section key={group} aria-labelledby={`tasks-${group}`}>
            <h2 id={`tasks-${group}`}>
              {t(`followup.tasks.${group}`)} <span className="count">{list.data![group].length}</span>
            </h2>
            {list.data![group].length === 0 ? (
              <p className="muted">{t('followup.tasks.none')}</p>
            ) : (
              <ul className="worklist" aria-labelledby={`tasks-${group}`}>
                {list.data![group].map((task) => {
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
