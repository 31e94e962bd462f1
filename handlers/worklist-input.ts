// The worklist's input for a day, made from the ledger's facts (db/worklist.repo.ts, one statement) and the
// rules of domain/dunning: each debtor's invoices rolled up through the schedule, its agreements, the
// settings. The live worklist, the stored one (worklist-store.ts) and the letters' standings share it.
import type { Db } from '../db/client';
import { worklistFacts, type FactDebtor, type FactInvoice, type WorklistFact } from '../db/worklist.repo';
import { getDunningSettings, getSettings } from '../db/settings.repo';
import { calendarsOf } from '../domain/settings';
import type { IsoDate } from '../domain/dates';
import { isOfficeDay } from '../domain/calendar/office-days';
import { rollUpDebtor } from '../domain/dunning/debtor-rollup';
import type { DebtorKind } from '../domain/primitives';
import type { LateTerm, LetterStanding } from '../domain/dunning/letter-fit';
import type { WorklistDebtor, WorklistInput } from '../domain/dunning/worklist';

const workingDayFunctions = new Map<string, (date: IsoDate) => boolean>();

/** The office calendar of Settings (domain/calendar): one function per calendar, so the schedule's memory of days is kept. */
export function isWorkingDayOf(db: Db): (date: IsoDate) => boolean {
  const settings = getSettings(db);
  const key = JSON.stringify([settings.officeDays, settings.addedEquatedDays]);
  let isWorkingDay = workingDayFunctions.get(key);
  if (!isWorkingDay) {
    const office = calendarsOf(settings).office;
    isWorkingDay = (date: IsoDate) => isOfficeDay(date, office);
    workingDayFunctions.set(key, isWorkingDay);
  }
  return isWorkingDay;
}

/** The worklist's input for `date` at `now`: the facts of the ledger (of these debtors, if named), rolled up. */
export function worklistInput(db: Db, date: IsoDate, now: string, debtorIds?: readonly number[]): { input: WorklistInput; kinds: Map<number, DebtorKind> } {
  const settings = getDunningSettings(db);
  const isWorkingDay = isWorkingDayOf(db);
  const debtors = new Map<number, FactDebtor>();
  const invoices = new Map<number, FactInvoice[]>();
  const input: WorklistInput = {
    today: date,
    now,
    isWorkingDay,
    settings: { weights: settings.weights, preventiveMinimumCents: settings.preventiveMinimumCents },
    debtors: [],
    callBacks: [],
    promises: [],
    lateInstallments: [],
    preventive: [],
    snoozes: [],
  };
  const brokenPromises = new Map<number, number>();
  const add = <T>(list: readonly T[], item: T) => (list as T[]).push(item);
  for (const fact of worklistFacts(db, date, debtorIds) as WorklistFact[]) {
    const { debtorId } = fact;
    switch (fact.source) {
      case 'debtor':
        debtors.set(debtorId, fact.data);
        break;
      case 'invoice':
        {
          const own = invoices.get(debtorId);
          if (own) own.push(fact.data);
          else invoices.set(debtorId, [fact.data]);
        }
        break;
      case 'call_back':
        add(input.callBacks, { ...fact.data, debtorId });
        break;
      case 'promise':
        add(input.promises, { ...fact.data, debtorId });
        if (fact.data.status === 'broken') brokenPromises.set(debtorId, (brokenPromises.get(debtorId) ?? 0) + 1);
        break;
      case 'installment':
        add(input.lateInstallments, { ...fact.data, debtorId });
        break;
      case 'preventive':
        add(input.preventive, { ...fact.data, debtorId });
        break;
      case 'snooze':
        add(input.snoozes, fact.data);
        break;
    }
  }
  const ctx = { today: date, schedules: settings.schedules, isWorkingDay };
  input.debtors = [...debtors].map(([id, d]): WorklistDebtor => {
    const own = invoices.get(id);
    let dunning = own ? rollUpDebtor({ debtorId: id, kind: d.kind, invoices: own }, ctx) : null;
    // A delivery stop already in force is not asked again for an invoice that fell due since.
    if (dunning && d.deliveryStop) dunning = { ...dunning, actions: dunning.actions.filter((a) => a.action !== 'delivery_stop') };
    return { id, name: d.name, brokenPromises: brokenPromises.get(id) ?? 0, dunning };
  });
  return { input, kinds: new Map([...debtors].map(([id, d]) => [id, d.kind])) };
}

/**
 * Where debtors stand for their letters on `date` (domain/dunning/letter-fit.ts): the same facts and
 * schedule as the worklist, so a letter offered, refused or batched agrees with the worklist's stage.
 */
export function letterStandings(db: Db, date: IsoDate, debtorIds?: readonly number[]): Map<number, LetterStanding> {
  return standingsOf(worklistInput(db, date, '00:00', debtorIds));
}

/** The letters' standings of the debtors of a worklist input. */
export function standingsOf({ input, kinds }: { input: WorklistInput; kinds: Map<number, DebtorKind> }): Map<number, LetterStanding> {
  const out = new Map<number, LetterStanding>();
  for (const d of input.debtors) out.set(d.id, { kind: kinds.get(d.id)!, dunning: d.dunning, lateTerms: [] });
  for (const t of input.lateInstallments) {
    const standing = out.get(t.debtorId);
    if (standing) (standing.lateTerms as LateTerm[]).push({ planId: t.planId, seq: t.seq, dueDate: t.dueDate, amountCents: t.amountCents, paidCents: t.paidCents });
  }
  return out;
}

/** One debtor's standing for its letters on `date`; a debtor with nothing open stands nowhere. */
export function letterStandingOf(db: Db, date: IsoDate, debtor: { id: number; kind: DebtorKind }): LetterStanding {
  return letterStandings(db, date, [debtor.id]).get(debtor.id) ?? { kind: debtor.kind, dunning: null, lateTerms: [] };
}
