// Everything the collector needs on screen before dialling (docs/domain.md "Preparation"): open
// invoices, reminders sent, earlier promises kept or broken, earlier complaints, the contact, the plan
// policy, and a call to this debtor cut off by a crash.
import type { Db } from '../db/client';
import { complaintsOf } from '../db/complaints.repo';
import { promisesOf } from '../db/promises.repo';
import { plansOf } from '../db/plans.repo';
import { remindersSent } from '../db/letters.repo';
import { findActiveCall } from '../db/active-calls.repo';
import { getSettings } from '../db/settings.repo';
import { openTasksOf } from '../db/tasks.repo';
import type { IsoDate } from '../domain/dates';
import { MAX_PLAN_TERMS } from '../domain/call-outcome';
import { IsoDateTime } from '../domain/primitives';
import type { CallPreparation } from '../ipc/channels/calls';
import { debtorFile } from './debtors';

/**
 * The snapshot of a call cut off by a crash: restored only into the same machine and version. The machine
 * checks the snapshot itself before resuming (machines/call-resume.ts); here only whether the row holds a
 * snapshot at all, so a damaged row never blocks preparing the next call (issue 14 point 3).
 */
function activeCall(db: Db, debtorId: number, expected: { machineId: string; machineVersion: number }): CallPreparation['active'] {
  const row = findActiveCall(db, debtorId);
  if (!row) return null;
  const damaged = { status: 'damaged' as const, startedAt: row.startedAt, updatedAt: row.updatedAt };
  if (!IsoDateTime.safeParse(row.startedAt).success || !IsoDateTime.safeParse(row.updatedAt).success) return damaged;
  if (row.machineId !== expected.machineId || row.machineVersion !== expected.machineVersion)
    return { status: 'stale', machineVersion: row.machineVersion, startedAt: row.startedAt, updatedAt: row.updatedAt };
  let snapshot: unknown;
  try {
    snapshot = JSON.parse(row.snapshot);
  } catch {
    return damaged;
  }
  if (!snapshot || typeof snapshot !== 'object' || Array.isArray(snapshot)) return damaged;
  return { status: 'resumable', snapshot, startedAt: row.startedAt, updatedAt: row.updatedAt };
}

export function prepareCall(db: Db, input: { debtorId: number; machineId: string; machineVersion: number }, today: IsoDate): CallPreparation {
  const file = debtorFile(db, input.debtorId, today);
  const settings = getSettings(db);
  const reminders = remindersSent(db, input.debtorId);
  const d = file.debtor;
  return {
    file,
    // Invoices under an open complaint are held out of calls until it is resolved.
    callInvoices: file.openInvoices.filter((i) => !i.onHold),
    collector: settings.collectorName,
    companyName: settings.company.name,
    tone: d.tone ?? settings.defaultTone,
    mayOfferPlan: d.mayOfferPlan,
    maxPlanTerms: Math.min(MAX_PLAN_TERMS, d.maxPlanTerms),
    language: settings.language,
    complaints: complaintsOf(db, input.debtorId).map((c) => ({
      id: c.id,
      description: c.description,
      status: c.status,
      invoiceIds: c.invoices.map((i) => i.id),
      invoiceNumbers: c.invoices.map((i) => i.number),
      openedOn: c.openedOn,
      resolution: c.resolution,
    })),
    promises: promisesOf(db, input.debtorId).map(({ id, promisedDate, amountCents, status, madeOn }) => ({ id, promisedDate, amountCents, status, madeOn })),
    plans: plansOf(db, input.debtorId).map((p) => ({
      id: p.id,
      status: p.status,
      totalCents: p.totalCents,
      agreedOn: p.agreedOn,
      installments: p.installments.map(({ seq, dueDate, amountCents, status }) => ({ seq, dueDate, amountCents, status })),
    })),
    callBacks: openTasksOf(db, input.debtorId, 'call_back').map(({ id, dueDate, dueTime, title }) => ({ id, dueDate, dueTime, title })),
    reminders: reminders.map(({ id, type, letterDate, totalCents }) => ({ id, type, letterDate, totalCents })),
    ingebrekestellingSent: reminders.some((r) => r.type === 'reminder3'),
    officeDays: settings.officeDays,
    addedEquatedDays: settings.addedEquatedDays,
    today,
    active: activeCall(db, input.debtorId, input),
  };
}
