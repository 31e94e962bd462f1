// The day's other tasks below the worklist (send a copy, handle a complaint, ask for proof of payment…):
// due today or overdue. Call-backs and payment checks are lines of the worklist itself.
import { useFormatMessage, useT } from '../i18n';
import { useTaskLists } from '../state/queries/tasks';
import { useFormats } from '../format';
import { Tag } from '../followup/shared';
import { taskTypeLabel } from '../followup/labels';
import type { IsoDate } from '../../domain/dates';

const ON_THE_WORKLIST = new Set(['call_back', 'verify_payment']);

export function OtherTasks({ today }: { today: IsoDate }) {
  const t = useT();
  const f = useFormats();
  const say = useFormatMessage();
  const lists = useTaskLists('').data;
  const tasks = lists ? [...lists.overdue, ...lists.today].filter((x) => !ON_THE_WORKLIST.has(x.type)) : [];
  if (tasks.length === 0) return null;
  return (
    <section aria-labelledby="other-tasks-title" className="worklist-aside">
      <h2 id="other-tasks-title">{t('worklist.screen.otherTasks')} <span className="count">{tasks.length}</span></h2>
      <ul>
        {tasks.map((task) => (
          <li key={task.id}>
            <a href={`#/debtors/${task.debtor.id}`}>{task.debtor.name}</a> — <Tag>{taskTypeLabel(t, task.type)}</Tag> {say(task.title)}
            {task.dueDate < today && <> <Tag tone="bad">{t('worklist.screen.dueSince', { date: f.date(task.dueDate) })}</Tag></>}
          </li>
        ))}
      </ul>
    </section>
  );
}
