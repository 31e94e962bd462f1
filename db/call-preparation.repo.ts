// Everything the collector needs on screen before dialling (DOMAIN.md "Preparation"): open invoices,
// reminders sent, earlier promises kept or broken, earlier complaints, the contact, the plan policy.
import type { Db } from './client';
import { getDebtorFile } from './debtor-file.repo';
import { complaintsOf } from './complaints.repo';
import { promisesOf } from './promises.repo';
import { plansOf } from './plans.repo';
import { remindersSent } from './letters.repo';
import { getSettings } from './settings.repo';
import type { IsoDate } from '../domain/dates';

export function prepareCall(db: Db, debtorId: number, today: IsoDate) {
  const file = getDebtorFile(db, debtorId, today);
  const settings = getSettings(db);
  const complaints = complaintsOf(db, debtorId);
  const reminders = remindersSent(db, debtorId);
  const d = file.debtor;
  return {
    file,
    // Invoices under an open complaint are held out of calls until it is resolved.
    callInvoices: file.openInvoices.filter((i) => !i.onHold),
    collector: settings.collectorName,
    companyName: settings.company.name,
    tone: d.tone ?? settings.defaultTone,
    mayOfferPlan: d.mayOfferPlan,
    maxPlanTerms: Math.min(4, d.maxPlanTerms),
    language: settings.language,
    complaints: complaints.map((c) => ({
      id: c.id,
      description: c.description,
      status: c.status,
      invoiceIds: c.invoices.map((i) => i.id),
      invoiceNumbers: c.invoices.map((i) => i.number),
      openedOn: c.openedOn,
      resolution: c.resolution,
    })),
    promises: promisesOf(db, debtorId).map((p) => ({
      id: p.id,
      promisedDate: p.promisedDate,
      amountCents: p.amountCents,
      status: p.status,
      madeOn: p.madeOn,
    })),
    plans: plansOf(db, debtorId).map((p) => ({
      id: p.id,
      status: p.status,
      totalCents: p.totalCents,
      agreedOn: p.agreedOn,
      installments: p.installments.map((i) => ({ seq: i.seq, dueDate: i.dueDate, amountCents: i.amountCents, status: i.status })),
    })),
    reminders: reminders.map((r) => ({ id: r.id, type: r.type, letterDate: r.letterDate, totalCents: r.totalCents })),
    ingebrekestellingSent: reminders.some((r) => r.type === 'reminder3'),
  };
}
