// The debtor file the collector prepares a call with: who to ask for, what is open, what happened.
import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from './client';
import { calls, callSteps } from './schema';
import { getDebtor } from './debtors.repo';
import { openInvoices } from './invoice-balances';
import { daysBetween, type IsoDate } from '../domain/dates';

export function debtorCalls(db: Db, debtorId: number) {
  const rows = db.select().from(calls).where(eq(calls.debtorId, debtorId)).orderBy(desc(calls.startedAt), desc(calls.id)).all();
  const ids = rows.map((r) => r.id);
  const steps = ids.length ? db.select().from(callSteps).where(inArray(callSteps.callId, ids)).orderBy(asc(callSteps.seq)).all() : [];
  return rows.map((c) => ({
    id: c.id,
    kind: c.kind,
    startedAt: c.startedAt,
    durationSeconds: c.durationSeconds,
    result: c.result,
    summary: c.summary,
    notes: c.notes,
    collector: c.collector,
    steps: steps.filter((s) => s.callId === c.id).map((s) => ({ step: s.step, at: s.at, note: s.note })),
  }));
}

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
    calls: debtorCalls(db, id),
  };
}
