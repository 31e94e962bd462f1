// The day's other tasks below the worklist (send a copy, handle a complaint, ask for proof of payment…):
// due today or overdue, oldest first, a page at a time (a ledger can hold thousands). Call-backs and
// payment checks are lines of the worklist itself.
import { useFormatMessage, useT } from '../i18n';
import { useTaskPages, type TaskListInput } from '../state/queries/tasks';
import { useFormats } from '../format';
import { ErrorLine } from '../app/status';
import { MoreButton, Tag } from '../followup/shared';
import { taskTypeLabel } from '../followup/labels';
import type { IsoDate } from '../../domain/dates';

const NOT_ON_THE_WORKLIST: TaskListInput = { due: 'by_today', exceptTypes: ['call_back', 'verify_payment'] };

export function OtherTasks({ today }: { today: IsoDate }) {
  const t = useT();
  const f = useFormats();
  const say = useFormatMessage();
  const list = useTaskPages(NOT_ON_THE_WORKLIST);
  if (list.error) return <ErrorLine error={list.error} />;
  if (!list.total) return null;
  return (
    <section aria-labelledby="other-tasks-title" className="worklist-aside">
      <h2 id="other-tasks-title">{t('worklist.screen.otherTasks')} <span className="count">{list.total}</span></h2>
      <ul>
        {list.rows.map((task) => (
          <li key={task.id}>
            <a href={`#/debtors/${task.debtor.id}`}>{task.debtor.name}</a> — <Tag>{taskTypeLabel(t, task.type)}</Tag> {say(task.title)}
            {task.dueDate < today && <> <Tag tone="bad">{t('worklist.screen.dueSince', { date: f.date(task.dueDate) })}</Tag></>}
          </li>
        ))}
      </ul>
      <MoreButton list={list} />
    </section>
  );
}
