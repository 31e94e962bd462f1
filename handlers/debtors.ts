// Debtors as the collector sees them: the list (who owes what, how long overdue) and the debtor file to
// prepare a call with: who to ask for and what is open. What happened is the timeline.
import type { Db } from '../db/client';
import { listDebtors } from '../db/debtors.repo';
import { openInvoices } from '../db/invoice-balances';
import { daysBetween, type IsoDate } from '../domain/dates';
import type { DebtorFile, debtorChannels } from '../ipc/channels/debtors';
import { today, type HandlerGroup } from './context';
import { requireDebtor } from './guards';

export function debtorFile(db: Db, debtorId: number, today: IsoDate): DebtorFile {
  const d = requireDebtor(db, debtorId);
  const open = openInvoices(db, d.id).map((i) => ({
    id: i.id,
    number: i.number,
    invoiceDate: i.invoiceDate,
    dueDate: i.dueDate,
    description: i.description,
    amountCents: i.amountCents,
    openCents: i.openCents,
    daysOverdue: daysBetween(i.dueDate, today),
    onHold: i.onHold,
    complaintId: i.complaintId,
  }));
  return {
    debtor: {
      id: d.id,
      number: d.number,
      name: d.name,
      kind: d.kind,
      salutation: d.salutation,
      addressLine: d.addressLine,
      postcode: d.postcode,
      city: d.city,
      phone: d.phone,
      email: d.email,
      contactName: d.contactName,
      contactRole: d.contactRole,
      contactPhone: d.contactPhone,
      contactEmail: d.contactEmail,
      mayOfferPlan: d.mayOfferPlan,
      maxPlanTerms: d.maxPlanTerms,
      tone: d.tone,
      deliveryStop: d.deliveryStop,
      deliveryStopOn: d.deliveryStopOn,
      escalation: d.escalation,
      escalationReason: d.escalationReason,
      notes: d.notes,
    },
    openInvoices: open,
    totalOpenCents: open.reduce((s, i) => s + i.openCents, 0),
  };
}

export const debtorHandlers = {
  'debtors:list': (ctx, { search }) => listDebtors(ctx.db, today(ctx), search),
  'debtors:get': (ctx, { id }) => debtorFile(ctx.db, id, today(ctx)),
} satisfies HandlerGroup<keyof typeof debtorChannels>;
