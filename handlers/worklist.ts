// The collector's day (issue 13): the worklist for a date from the ledger's facts (db/worklist.repo.ts,
// one statement) and the rules of domain/dunning (the schedule per invoice, rolled up per debtor, the
// agreements, the priority); snoozing a line; the debtor-wide steps taken from it; the dunning settings.
import type { Db } from '../db/client';
import { keptForLedgerState, type KeptPerLedgerState } from '../db/ledger-version.repo';
import { deleteSnooze, upsertSnooze } from '../db/invoice-steps.repo';
import { getDunningSettings, saveDunningSettings } from '../db/settings.repo';
import { timeInAmsterdam, type IsoDate } from '../domain/dates';
import { buildWorklist, LINE_ACTIONS, snoozeIssue, type Worklist } from '../domain/dunning/worklist';
import { worklistInput } from './worklist-input';
import { partWindows, storedWorklistPage, type ListWindow } from './worklist-store';
import type { worklistChannels } from '../ipc/channels/worklist';
import { today, type HandlerGroup } from './context';
import { requireDebtor } from './guards';
import { invalidInput } from './refusals';
import { recordDebtorStep, skipStep } from './dunning-ledger';

/** The worklist of `date` at `now` ('HH:MM', Amsterdam): every line, snoozed line and paused debtor. */
export function worklistOn(db: Db, date: IsoDate, now: string): Worklist {
  return buildWorklist(worklistInput(db, date, now).input);
}

/** The time the list is made for: now on today's list, the end of a past day, the start of a later one. */
function listTime(date: IsoDate, todayDate: IsoDate, moment: Date): string {
  if (date === todayDate) return timeInAmsterdam(moment);
  return date < todayDate ? '23:59' : '00:00';
}

/**
 * Another day than the stored one (worklist-store.ts): the list last made per ledger connection, with the state of the ledger, the day and the time it was
 * made for. Vandaag asks for its lines a page at a time as the collector scrolls: the pages after the
 * first are cut from this list while nothing was written (any write, here or by another process on the
 * file, and the next minute make it anew). Evaluating the schedule for 10 000 debtors takes seconds.
 */
const lastList: KeptPerLedgerState<Worklist> = new WeakMap();

function worklistFor(db: Db, date: IsoDate, now: string): Worklist {
  // Only the last list: one of 10 000 debtors is large.
  return keptForLedgerState(lastList, db, `${date} ${now}`, 1, () => worklistOn(db, date, now));
}

const inWindow = <T>(list: readonly T[], window: ListWindow | null): T[] =>
  window ? list.slice(window.offset, window.limit < 0 ? undefined : window.offset + window.limit) : [];

const LINE_KEY = new RegExp(`^(${LINE_ACTIONS.join('|')}):(\\d+)$`);

export const worklistHandlers = {
  'worklist:list': (ctx, { date, offset, limit, part }) => {
    const todayDate = today(ctx);
    const day = date ?? todayDate;
    const now = listTime(day, todayDate, ctx.now());
    const stored = storedWorklistPage(ctx.db, day, now, offset, limit, part);
    if (stored) return stored;
    const list = worklistFor(ctx.db, day, now);
    const windows = partWindows(part, offset, limit);
    return {
      date: day,
      now,
      total: list.lines.length,
      offset,
      lines: inWindow(list.lines, windows.lines),
      snoozed: inWindow(list.snoozed, windows.aside).map(({ line, snooze }) => ({ line, until: snooze.until, reason: snooze.reason })),
      paused: inWindow(list.paused, windows.aside),
      snoozedTotal: list.snoozed.length,
      pausedTotal: list.paused.length,
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
