// Labels for values that come from the ledger (task types, timeline texts): looked up in the catalogue,
// with the values formatted the Dutch way (amounts in euro, dates DD-MM-YYYY, call durations m:ss).
import { type FormatMessage, type MessageKey, type Translate } from '../i18n';
import { catalogue } from '../../i18n/catalogue';
import { formatDateShort, formatDuration, formatEuro } from '../format';
import { isIsoDate } from '../../domain/dates';
import type { TaskType } from '../../domain/call-outcome';
import type { TimelineItem } from '../../ipc/channels/followup';
import { dynamicKey } from './shared';

export function taskTypeLabel(t: Translate, type: TaskType): string {
  return t(dynamicKey(`followup.taskType.${type}`, 'followup.taskType.other'));
}

type TimelineData = TimelineItem['text']['data'];

/** One placeholder value: by its name's ending, cents become euro and dates DD-MM-YYYY. */
function formatValue(t: Translate, name: string, value: TimelineData[string]): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (name.endsWith('Cents')) return formatEuro(value);
    if (name === 'durationSeconds') return formatDuration(value);
    return String(value);
  }
  if (name === 'type') return taskTypeLabel(t, value as TaskType);
  if (/(On|Date)$/.test(name) && isIsoDate(value)) return formatDateShort(value);
  return value;
}

/** The timeline item's sentence, e.g. 'timeline.promise.broken' → "Betaalbelofte: € 500,00 op 06-03-2026 — niet nagekomen". */
export function timelineText(t: Translate, say: FormatMessage, item: TimelineItem): string {
  const fallback = `followup.timeline.kind.${item.kind}` as MessageKey;
  const params: Record<string, string> = Object.fromEntries(Object.entries(item.text.data).map(([name, value]) => [name, formatValue(t, name, value)]));
  // A task's title is a message of its own, rendered into the line.
  if (item.kind === 'task') params.title = say(item.task.title);
  return t(dynamicKey(item.text.key, fallback), params);
}

/** A step of the call script by its id ('willPay': 'step.willPay', declared with the step); an id the catalogue does not know is shown as it is. */
export function stepLabel(say: FormatMessage, step: string): string {
  const key = `step.${step}`;
  return catalogue.has(key) ? say({ key }) : step;
}
