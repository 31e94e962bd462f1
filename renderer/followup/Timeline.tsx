// The debtor's history, newest first: calls with their path through the script and the notes, letters,
// tasks, complaints, promises, plans and payments — each as one line in the collector's language. The
// latest page first; the earlier ones on request.
import { useFormatMessage, useT, type FormatMessage, type Translate } from '../i18n';
import { useFormats, type Formats } from '../format';
import { MoreButton, Tag } from './shared';
import type { Paged } from '../state/paged';
import { stepLabel } from './labels';
import type { TimelineItem } from '../../ipc/channels/timeline';

/** The pages read so far; "Eerdere tonen" reads the next. */
export function Timeline({ list }: { list: Paged<TimelineItem> }) {
  const items = list.rows;
  const t = useT();
  const f = useFormats();
  const say = useFormatMessage();
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('followup.timeline.title')}</h2>
      {items.length === 0 ? (
        <p className="muted">{t('followup.timeline.none')}</p>
      ) : (
        <ol className="timeline">
          {items.map((item) => (
            <li
              key={`${item.kind}:${item.id}`}
              className={`timeline-item ${item.kind}`}
              // Kept from the earlier history list: tests and tools look for calls by this id.
              data-testid={item.kind === 'call' ? 'history-call' : `timeline-${item.kind}`}
            >
              <time dateTime={item.date}>{item.kind === 'call' ? callMoment(f, item.call.startedAt) : f.date(item.date)}</time>
              <Tag>{t(`followup.timeline.kind.${item.kind}`)}</Tag>
              <span className="text">
                {item.kind === 'letter' ? <a href={`#/letters/${item.letter.id}`}>{say(item.text)}</a> : say(item.text)}
              </span>
              <Details t={t} say={say} item={item} />
            </li>
          ))}
        </ol>
      )}
      <MoreButton list={list} />
    </section>
  );
}

function callMoment(f: Formats, startedAt: string): string {
  const { date, time } = f.moment(startedAt);
  return `${date} ${time}`;
}

/** What the one line leaves out: a call's summary, notes and path; a task's note; a payment's description. */
function Details({ t, say, item }: { t: Translate; say: FormatMessage; item: TimelineItem }) {
  const f = useFormats();
  switch (item.kind) {
    case 'call':
      return (
        <div className="details">
          {item.call.outcomeCode && (
            <p>
              <Tag>{say({ key: 'outcome_code.label', params: { code: item.call.outcomeCode } })}</Tag>
            </p>
          )}
          {item.call.collector && <p className="muted">{t('followup.timeline.by', { collector: item.call.collector })}</p>}
          {item.call.summary.length > 0 && (
            <ul className="summary">
              {item.call.summary.map((line, i) => (
                <li key={i}>{say(line)}</li>
              ))}
            </ul>
          )}
          {item.call.notes && <p className="muted">{t('followup.timeline.notes')}: {item.call.notes}</p>}
          {item.steps.length > 0 && (
            <ol className="path" aria-label={t('followup.timeline.path')}>
              {item.steps.map((s) => (
                <li key={s.seq}>
                  {stepLabel(say, s.step)}
                  {s.note && <span className="muted"> — {s.note}</span>}
                </li>
              ))}
            </ol>
          )}
        </div>
      );
    case 'complaint':
      return item.complaint.customerInformedOn ? (
        <p className="details muted">{t('followup.timeline.informed', { date: f.date(item.complaint.customerInformedOn) })}</p>
      ) : null;
    case 'task':
      return item.task.doneNote ? <p className="details muted">{item.task.doneNote}</p> : null;
    case 'payment': {
      const { description, allocations } = item.payment;
      const unallocatedCents = allocations.filter((a) => a.kind === 'unallocated').reduce((s, a) => s + a.amountCents, 0);
      const lines = [
        description,
        item.invoiceNumbers.length ? t('followup.timeline.paidInvoices', { invoices: item.invoiceNumbers.join(', ') }) : '',
        unallocatedCents > 0 ? t('followup.payment.unallocated', { amount: f.money(unallocatedCents) }) : '',
      ].filter(Boolean);
      return lines.length ? <p className="details muted">{lines.join(' · ')}</p> : null;
    }
    case 'change':
      return (
        <ul className="details muted">
          {item.changes.map((c) => (
            <li key={c.field}>
              {t(`debtor.field.${c.field}` as Parameters<Translate>[0])}: {c.before ?? t('followup.timeline.emptyValue')} → {c.after ?? t('followup.timeline.emptyValue')}
            </li>
          ))}
        </ul>
      );
    default:
      return null;
  }
}
