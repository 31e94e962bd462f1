// What the plan form offers (issue 10 item 10): the open invoices a plan may cover, at what is open on each
// after credit is set off, as the call machine and the application check them; and the open invoices under
// a complaint (an earlier one, or one made in this call), shown but not to be ticked.
import { planItems } from '../../machines/call-data';
import type { CallContext } from '../../machines/call-types';
import { plannableInvoices } from '../../domain/plan-coverage';
import type { CallPreparation } from '../../ipc/channels/calls';
import type { PlanChoices } from './PlanForm';

export function planChoices(context: Pick<CallContext, 'input' | 'data'>, prep: Pick<CallPreparation, 'file'>): PlanChoices {
  const items = planItems(context);
  const pick = ({ id, number, openCents }: { id: number; number: string; openCents: number }) => ({ id, number, openCents });
  return {
    open: plannableInvoices(items).map(pick),
    held: [...prep.file.openInvoices.filter((i) => i.onHold), ...items.filter((i) => i.onHold)].filter((i) => i.openCents > 0).map(pick),
  };
}
