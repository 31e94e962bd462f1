// The debtor file the collector prepares a call with: who to ask for and what is open. What happened is
// the timeline (timeline.repo.ts).
import type { Db } from './client';
import { getDebtor } from './debtors.repo';
import { openInvoices } from './invoice-balances';
import { daysBetween, type IsoDate } from '../domain/dates';

export function getDebtorFile(db: Db, id: number, today: IsoDate) {
  const d = getDebtor(db, id);
  const open = openInvoices(db, id).map((i) => ({
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
      escalation: d.escalation,
      escalationReason: d.escalationReason,
      notes: d.notes,
    },
    openInvoices: open,
    totalOpenCents: open.reduce((s, i) => s + i.openCents, 0),
  };
}
