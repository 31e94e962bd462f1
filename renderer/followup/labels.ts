// Labels for values that come from the ledger (task types, steps of the call script), looked up in the
// catalogue. The timeline's lines come as messages from the handlers.
import { isMessageKey, type FormatMessage, type MessageKey, type Translate } from '../i18n';
import { catalogue } from '../../i18n/catalogue';
import type { TaskType } from '../../domain/call-outcome';

/** A key built from data (a status, a type); only keys that exist are used, with `fallback` otherwise. */
function dynamicKey(key: string, fallback: MessageKey): MessageKey {
  return isMessageKey(key) ? key : fallback;
}

export function taskTypeLabel(t: Translate, type: TaskType): string {
  return t(dynamicKey(`followup.taskType.${type}`, 'followup.taskType.other'));
}

/** A step of the call script by its id ('willPay': 'step.willPay', declared with the step); an id the catalogue does not know is shown as it is. */
export function stepLabel(say: FormatMessage, step: string): string {
  const key = `step.${step}`;
  return catalogue.has(key) ? say({ key }) : step;
}
