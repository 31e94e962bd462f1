// The complaint register (Klachten): every debtor's complaints in one list, newest first, optionally
// narrowed to a status. Built on complaintsOf so a complaint reads the same here as on the debtor file.
import { asc, eq } from 'drizzle-orm';
import type { Db } from './client';
import { complaints, debtors } from './schema';
import { complaintsOf, type ComplaintItem } from './complaints.repo';
import { OPEN_COMPLAINT_STATUSES, type ComplaintStatus } from '../domain/lifecycle/complaint';

export type ComplaintFilter = 'all' | 'unresolved' | ComplaintStatus;
export type ComplaintRegisterRow = ComplaintItem & { debtor: { id: number; name: string } };

function statusesFor(filter: ComplaintFilter): readonly ComplaintStatus[] | null {
  if (filter === 'all') return null;
  return filter === 'unresolved' ? OPEN_COMPLAINT_STATUSES : [filter];
}

export function complaintRegister(db: Db, filter: ComplaintFilter = 'all', debtorId?: number): ComplaintRegisterRow[] {
  const statuses = statusesFor(filter);
  const withComplaints = db
    .selectDistinct({ id: debtors.id, name: debtors.name })
    .from(complaints)
    .innerJoin(debtors, eq(debtors.id, complaints.debtorId))
    .where(debtorId === undefined ? undefined : eq(debtors.id, debtorId))
    .orderBy(asc(debtors.name))
    .all();
  return withComplaints
    .flatMap((debtor) => complaintsOf(db, debtor.id).map((c) => ({ ...c, debtor })))
    .filter((c) => statuses === null || statuses.includes(c.status))
    .sort((a, b) => (a.openedOn < b.openedOn ? 1 : a.openedOn > b.openedOn ? -1 : b.id - a.id));
}
