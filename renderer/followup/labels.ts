// Labels for values that come from the ledger (task types, steps of the call script), looked up in the
// catalogue. The timeline's lines come as messages from the handlers.
import { isMessageKey, type Translate } from '../i18n';
import type { TaskType } from '../../domain/call-outcome';
import { dynamicKey } from './shared';

export function taskTypeLabel(t: Translate, type: TaskType): string {
  return t(dynamicKey(`followup.taskType.${type}`, 'followup.taskType.other'));
}

/** A step of the call script by its id ('willPay'); an id the catalogue does not know is shown as it is. */
export function stepLabel(t: Translate, step: string): string {
  const key = `followup.step.${step}`;
  return isMessageKey(key) ? t(key) : step;
}
