// The collector's day (issue 13): the worklist for a date from the ledger's facts (db/worklist.repo.ts,
// one statement) and the rules of domain/dunning (the schedule per invoice, rolled up per debtor, the
// agreements, the priority); snoozing a line; the debtor-wide steps taken from it; the dunning settings.
import type { Db } from '../db/client';
import { worklistFacts, type FactDebtor, type FactInvoice, type WorklistFact } from '../db/worklist.repo';
import { ledgerVersion } from '../db/ledger-version.repo';
import { connectionOf } from '../db/prepared';
import { deleteSnooze, upsertSnooze } from '../db/invoice-steps.repo';
import { getDunningSettings, getSettings, saveDunningSettings } from '../db/settings.repo';
import { calendarsOf } from '../domain/settings';
import { timeInAmsterdam, type IsoDate } from '../domain/dates';
import { isOfficeDay } from '../domain/calendar/office-days';
import { rollUpDebtor } from '../domain/dunning/debtor-rollup';
import type { LateTerm, LetterStanding } from '../domain/dunning/letter-fit';
import type { DebtorKind } from '../domain/primitives';
import { buildWorklist, LINE_ACTIONS, snoozeIssue, type Worklist, type WorklistDebtor, type WorklistInput } from '../domain/dunning/worklist';
import type { worklistChannels } from '../ipc/channels/worklist';
import { today, type HandlerGroup } from './context';
import { requireDebtor } from './guards';
import { invalidInput } from './refusals';
import { recordDebtorStep, skipStep } from './dunning-ledger';

const workingDayFunctions = new Map<string, (date: IsoDate) => boolean>();

/** The office calendar of Settings (domain/calendar): one function per calendar, so the schedule's memory of days is kept. */
function isWorkingDayOf(db: Db): (date: IsoDate) => boolean {
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

/** The worklist's input for `date` at `now`: the facts of the ledger (of one debtor, if named), rolled up. */
function worklistInput(db: Db, date: IsoDate, now: string, only?: { debtorId: number }): { input: WorklistInput; kinds: Map<number, DebtorKind> } {
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
  for (const fact of worklistFacts(db, date, only) as WorklistFact[]) {
    const { debtorId } = fact;
    if (only && debtorId !== only.debtorId) continue;
    switch (fact.source) {
      case 'debtor':
        debtors.set(debtorId, fact.data);
        break;
      case 'invoice':
        invoices.set(debtorId, [...(invoices.get(debtorId) ?? []), fact.data]);
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

/** The worklist of `date` at `now` ('HH:MM', Amsterdam): every line, snoozed line and paused debtor. */
export function worklistOn(db: Db, date: IsoDate, now: string): Worklist {
  return buildWorklist(worklistInput(db, date, now).input);
}

/**
 * Where debtors stand for their letters on `date` (domain/dunning/letter-fit.ts): the same facts and
 * schedule as the worklist, so a letter offered, refused or batched agrees with the worklist's stage.
 */
export function letterStandings(db: Db, date: IsoDate, only?: { debtorId: number }): Map<number, LetterStanding> {
  const { input, kinds } = worklistInput(db, date, '00:00', only);
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
  return letterStandings(db, date, { debtorId: debtor.id }).get(debtor.id) ?? { kind: debtor.kind, dunning: null, lateTerms: [] };
}

/** The time the list is made for: now on today's list, the end of a past day, the start of a later one. */
function listTime(date: IsoDate, todayDate: IsoDate, moment: Date): string {
  if (date === todayDate) return timeInAmsterdam(moment);
  return date < todayDate ? '23:59' : '00:00';
}

/**
 * The list last made per ledger connection, with the state of the ledger, the day and the time it was
 * made for. Vandaag asks for its lines a page at a time as the collector scrolls: the pages after the
 * first are cut from this list while nothing was written (any write, here or by another process on the
 * file, and the next minute make it anew). Evaluating the schedule for 10 000 debtors takes seconds.
 */
const lastList = new WeakMap<object, { key: string; list: Worklist }>();

function worklistFor(db: Db, date: IsoDate, now: string): Worklist {
  const key = `${ledgerVersion(db)} ${date} ${now}`;
  const kept = lastList.get(connectionOf(db));
  if (kept?.key === key) return kept.list;
  const list = worklistOn(db, date, now);
  lastList.set(connectionOf(db), { key, list });
  return list;
}

const LINE_KEY = new RegExp(`^(${LINE_ACTIONS.join('|')}):(\\d+)$`);

export const worklistHandlers = {
  'worklist:list': (ctx, { date, offset, limit }) => {
    const todayDate = today(ctx);
    const day = date ?? todayDate;
    const now = listTime(day, todayDate, ctx.now());
    const list = worklistFor(ctx.db, day, now);
    return {
      date: day,
      now,
      total: list.lines.length,
      offset,
      lines: list.lines.slice(offset, offset + limit),
      snoozed: list.snoozed.map(({ line, snooze }) => ({ line, until: snooze.until, reason: snooze.reason })),
      paused: list.paused,
    };
  },
  'worklist:snooze': (ctx, { debtorId, key, until, reason }) => {
    const todayDate = today(ctx);
    const match = LINE_KEY.exec(key);
    if (!match || Number(match[2]) !== debtorId) throw invalidInput('errors.invalid_input', undefined, [{ path: 'key', message: { key: 'validation.invalid' } }]);
    requireDebtor(ctx.db, debtorId);
    const issue = snoozeIssue({ key, until, reason }, todayDate);
    if (issue) throw invalidInput('errors.worklist.snooze_not_after_today', { today: { date: todayDate } }, [{ path: issue.path.join('.'), message: issue.message }]);
    upsertSnooze(ctx.db, { debtorId, lineKey: key, until, reason, snoozedOn: todayDate });
    return { key, until };
  },
  'worklist:unsnooze': (ctx, { key }) => {
    deleteSnooze(ctx.db, key);
    return { key };
  },
  'worklist:recordStep': (ctx, input) => ({ recorded: recordDebtorStep(ctx.db, input, today(ctx)) }),
  'worklist:skipStep': (ctx, input) => ({ recorded: skipStep(ctx.db, input, today(ctx)) }),
  'dunning:settings': (ctx) => getDunningSettings(ctx.db),
  'dunning:saveSettings': (ctx, input) => saveDunningSettings(ctx.db, input),
} satisfies HandlerGroup<keyof typeof worklistChannels>;
