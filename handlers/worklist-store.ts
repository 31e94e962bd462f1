// Today's worklist, evaluated once and stored (db/worklist-store.repo.ts) so that Vandaag and the letter
// batch read it a page at a time instead of evaluating the schedule of every debtor per request (seconds
// on 10 000 debtors). The rules stay domain/dunning's: the stored lines are buildWorklist's own, made
// from the same facts (worklist-input.ts).
//
// - Made for every debtor when the day starts (handlers/day.ts), and again when the settings it was made
//   with (schedules, weights, preventive amount, office calendar) are no longer the ledger's.
// - A write that changes a debtor's facts marks it stale (triggers, migration worklist_store). A change
//   through dispatch evaluates the few debtors it marked again at its end, in its own transaction
//   (remakeChangedDebtors), so reading Vandaag after it only reads. Debtors still stale when the worklist
//   is read (a large import, a write past dispatch) are evaluated again first (keepWorklistCurrent).
// - At a request, the debtors still stale (another process wrote since, a ledger opened to look at) and
//   those with a call-back at a time today (whose priority moves with the clock) are evaluated live and
//   ordered with the stored lines in the same statement.
// - Another day than the stored one (the CLI's `worklist --date`, a past day) is evaluated live.
import type { Db } from '../db/client';
import { connectionOf } from '../db/prepared';
import { getDunningSettings, getSettings, isWritable, settingsTexts } from '../db/settings.repo';
import {
  liveDebtorIds,
  recordStoredEvaluation,
  replaceStoredWorklist,
  staleDebtorIds,
  storedEntries,
  storedEvaluation,
  storedEntryCount,
  storedNextLetters,
  worklistLedgerState,
  type StoredDebtor,
  type StoredEntry,
  type StoredEntryKind,
} from '../db/worklist-store.repo';
import type { IsoDate } from '../domain/dates';
import { nameSortKey } from '../domain/name-order';
import { buildWorklist, LINE_ACTIONS, type Worklist, type WorklistLine } from '../domain/dunning/worklist';
import { nextLetter, type StageLetter } from '../domain/dunning/letter-fit';
import type { Message } from '../domain/message';
import type { Cents } from '../domain/money';
import type { WorklistPage } from '../ipc/channels/worklist';
import { today, type HandlerContext } from './context';
import { inReadTransaction, inWriteTransaction } from './transaction';
import { standingsOf, worklistInput } from './worklist-input';

/** The key last made and the stored settings texts it was made from. */
let lastSettingsKey: { settings: string | null; dunning: string | null; key: string } | null = null;

/**
 * What the stored worklist depends on besides the ledger's facts and the day. Made again only when the
 * stored settings changed: reading them through their schemas (an IBAN check among them) cost more than
 * reading a page of Vandaag, and every read of the stored worklist asks for it.
 */
export function worklistSettingsKey(db: Db): string {
  const texts = settingsTexts(db);
  if (lastSettingsKey?.settings === texts.settings && lastSettingsKey.dunning === texts.dunning) return lastSettingsKey.key;
  const { officeDays, addedEquatedDays } = getSettings(db);
  const key = JSON.stringify([getDunningSettings(db), officeDays, addedEquatedDays]);
  lastSettingsKey = { ...texts, key };
  return key;
}

type PausedEntry = Worklist['paused'][number];

const lineEntry = (entry: 'line' | 'snoozed', line: WorklistLine, data: unknown): StoredEntry => ({
  debtorId: line.debtorId,
  entry,
  priority: line.priority,
  at: line.at,
  amountCents: line.amountCents,
  nameKey: nameSortKey(line.debtorName),
  actionRank: LINE_ACTIONS.indexOf(line.action),
  data: JSON.stringify(data),
});
const pausedEntry = (p: PausedEntry): StoredEntry => ({
  debtorId: p.debtorId,
  entry: 'paused',
  priority: 0,
  at: null,
  amountCents: 0,
  nameKey: nameSortKey(p.debtorName),
  actionRank: 0,
  data: JSON.stringify(p),
});

/** The next letter as stored for the batch. */
interface StoredLetter {
  type: StageLetter;
  amountCents: Cents;
}

/** The worklist of these debtors (every debtor: undefined) on `date` at `now`, as entries and per-debtor rows. */
function evaluate(db: Db, date: IsoDate, now: string, debtorIds?: readonly number[]): { entries: StoredEntry[]; debtors: StoredDebtor[] } {
  const made = worklistInput(db, date, now, debtorIds);
  const list = buildWorklist(made.input);
  const entries = [
    ...list.lines.map((line) => lineEntry('line', line, line)),
    ...list.snoozed.map(({ line, snooze }) => lineEntry('snoozed', line, { line, until: snooze.until, reason: snooze.reason })),
    ...list.paused.map(pausedEntry),
  ];
  // A call-back at a time today: its line's priority and wording move with the clock.
  const timed = new Set(made.input.callBacks.filter((c) => c.dueDate === date && c.dueTime !== null).map((c) => c.debtorId));
  const debtors: StoredDebtor[] = [];
  for (const [debtorId, standing] of standingsOf(made)) {
    const next = nextLetter(standing);
    const letter: StoredLetter | null = next && { type: next.type, amountCents: next.amountCents };
    if (letter || timed.has(debtorId)) debtors.push({ debtorId, timed: timed.delete(debtorId), nextLetter: letter && JSON.stringify(letter) });
  }
  for (const debtorId of timed) debtors.push({ debtorId, timed: true, nextLetter: null });
  return { entries, debtors };
}

/**
 * Evaluates and stores the worklist of `date` for every debtor ('all'), recording the day and the
 * settings it was made for; or for the ones named, in the stored worklist of `date` (storedFor).
 */
export function refreshStoredWorklist(db: Db, date: IsoDate, debtorIds: readonly number[] | 'all'): void {
  const scope = debtorIds === 'all' ? undefined : debtorIds;
  const { entries, debtors } = evaluate(db, date, '00:00', scope);
  replaceStoredWorklist(db, debtorIds, entries, debtors);
  if (debtorIds === 'all') recordStoredEvaluation(db, { date, settingsKey: worklistSettingsKey(db) });
  forgetLiveEntries(db, debtorIds, debtors.filter((d) => d.timed).map((d) => d.debtorId));
}

/** Whether the stored worklist is the one of `date` under the ledger's settings. */
function storedFor(db: Db, date: IsoDate): boolean {
  const evaluation = storedEvaluation(db);
  return evaluation !== null && evaluation.date === date && evaluation.settingsKey === worklistSettingsKey(db);
}

/**
 * Before the worklist is read: today's stored worklist made anew when it is not today's (or the settings
 * changed), else its stale debtors evaluated again. Its own write transaction, like settling the day; a
 * ledger opened to look at is read live.
 */
export function keepWorklistCurrent(ctx: HandlerContext): void {
  const date = today(ctx);
  // The checks in one read transaction: a statement outside one takes and releases the file's read lock on its own.
  const current = inReadTransaction(ctx.db, (tx) => (storedFor(tx, date) && !worklistLedgerState(tx).anyStale) || !isWritable(tx));
  if (current) return;
  inWriteTransaction(ctx.db, (tx) => {
    if (!storedFor(tx, date)) refreshStoredWorklist(tx, date, 'all');
    else {
      const stale = staleDebtorIds(tx);
      if (stale.length > 0) refreshStoredWorklist(tx, date, stale);
    }
  });
}

/**
 * A change made this many debtors' lines stale at most, or they are left for the next read of the stored
 * worklist (keepWorklistCurrent): a call, a payment or a snooze changes one debtor, a bank statement or an
 * import thousands, which are evaluated once when Vandaag is read rather than inside the import.
 */
const MADE_AGAIN_AT_A_CHANGE = 16;

/**
 * At the end of a change, in its own transaction (dispatch): the debtors it made stale are evaluated
 * again in today's stored worklist, so that the next read of Vandaag only reads. Done in a savepoint: a
 * failure here keeps the change and leaves the debtors stale, for the read to make again.
 */
export function remakeChangedDebtors(db: Db, date: IsoDate): void {
  const stale = staleDebtorIds(db, MADE_AGAIN_AT_A_CHANGE + 1);
  if (stale.length === 0 || stale.length > MADE_AGAIN_AT_A_CHANGE || !storedFor(db, date)) return;
  try {
    inWriteTransaction(db, (tx) => refreshStoredWorklist(tx, date, stale));
  } catch (error) {
    console.error('[belwijzer] de werklijst van gewijzigde debiteuren is niet opnieuw gemaakt', error);
  }
}

interface LiveEntries {
  liveIds: number[];
  live: StoredEntry[];
  debtors: StoredDebtor[];
}

/**
 * Per connection, the live entries last evaluated, by the day and the minute: Vandaag's pages, the aside
 * beside them and a return to Vandaag within the minute need not evaluate the same debtors again.
 * `liveIds`: the debtors they were evaluated for (the same for every key).
 */
interface LiveMemory {
  state: string;
  liveIds: ReadonlySet<number>;
  byKey: Map<string, LiveEntries>;
}
const liveMemory = new WeakMap<object, LiveMemory>();

/**
 * The state of the ledger the live entries hold for. Another process's commit always changes it. This
 * connection's own writes only while a debtor is marked stale: with none marked, a write to a live
 * debtor's facts marks it (the triggers), which changes the state, and making a debtor's lines again
 * (which changes who is timed) forgets what was kept (forgetLiveEntries). So a change to one debtor that
 * is made again before the read, as after every saved call, keeps the other live debtors' entries.
 */
function liveState(db: Db): string {
  const { dataVersion, changes, anyStale } = worklistLedgerState(db);
  return anyStale ? `${dataVersion}:${changes}` : `${dataVersion}`;
}

/** Forgets the live entries kept on this connection when these debtors' lines (or everyone's) were made again. */
function forgetLiveEntries(db: Db, debtorIds: readonly number[] | 'all', nowTimed: readonly number[]): void {
  const connection = connectionOf(db);
  const memory = liveMemory.get(connection);
  if (memory && (debtorIds === 'all' || nowTimed.length > 0 || debtorIds.some((id) => memory.liveIds.has(id)))) liveMemory.delete(connection);
}

/** The debtors evaluated at a request (stale, or with a call-back at a time today) and their entries. */
export function liveWorklistEntries(db: Db, date: IsoDate, now: string): LiveEntries {
  const connection = connectionOf(db);
  const state = liveState(db);
  let memory = liveMemory.get(connection);
  if (memory?.state !== state) liveMemory.set(connection, (memory = { state, liveIds: new Set(liveDebtorIds(db)), byKey: new Map() }));
  const key = `${date} ${now}`;
  let kept = memory.byKey.get(key);
  if (kept === undefined) {
    // A few moments per state: the list's minute, the letters' midnight; a long quiet day starts afresh.
    if (memory.byKey.size >= 8) memory.byKey.clear();
    const liveIds = [...memory.liveIds];
    const { entries, debtors } = liveIds.length === 0 ? { entries: [], debtors: [] } : evaluate(db, date, now, liveIds);
    memory.byKey.set(key, (kept = { liveIds, live: entries, debtors }));
  }
  return kept;
}

export type WorklistPart = 'all' | 'lines' | 'aside';
/** A window of a list: from `offset`, at most `limit` entries (-1: all). */
export interface ListWindow {
  offset: number;
  limit: number;
}

/**
 * What a part of worklist:list holds: the lines from `offset`, at most `limit`, unless it is 'aside'; what is
 * put aside and paused (each) in that window for 'aside', all of it for 'all', none for 'lines'.
 */
export function partWindows(part: WorklistPart, offset: number, limit: number): { lines: ListWindow | null; aside: ListWindow | null } {
  return {
    lines: part === 'aside' ? null : { offset, limit },
    aside: part === 'lines' ? null : part === 'aside' ? { offset, limit } : { offset: 0, limit: -1 },
  };
}

/** A page of today's worklist from the stored one; null when none is stored for `date` (then it is evaluated live). */
export function storedWorklistPage(db: Db, date: IsoDate, now: string, offset: number, limit: number, part: WorklistPart = 'all'): WorklistPage | null {
  if (!storedFor(db, date)) return null;
  const { liveIds, live } = liveWorklistEntries(db, date, now);
  const windows = partWindows(part, offset, limit);
  const read = <T>(entry: StoredEntryKind, window: ListWindow | null): T[] =>
    window ? storedEntries(db, { entry, live, liveIds, ...window }).map((data) => JSON.parse(data) as T) : [];
  const count = (entry: StoredEntryKind) => storedEntryCount(db, entry, liveIds) + live.filter((e) => e.entry === entry).length;
  return {
    date,
    now,
    total: count('line'),
    offset,
    lines: read<WorklistLine>('line', windows.lines),
    snoozed: read<{ line: WorklistLine; until: IsoDate; reason: string }>('snoozed', windows.aside),
    paused: read<{ debtorId: number; debtorName: string; overdueCents: Cents; reasons: Message[] }>('paused', windows.aside),
    snoozedTotal: count('snoozed'),
    pausedTotal: count('paused'),
  };
}

/** Each debtor's next letter on `date` from the stored worklist; null when none is stored for `date`. */
export function storedNextLetterOf(db: Db, date: IsoDate): Map<number, StoredLetter> | null {
  if (!storedFor(db, date)) return null;
  const { liveIds, debtors } = liveWorklistEntries(db, date, '00:00');
  const out = new Map<number, StoredLetter>();
  for (const [debtorId, text] of storedNextLetters(db, liveIds)) out.set(debtorId, JSON.parse(text) as StoredLetter);
  for (const d of debtors) if (d.nextLetter) out.set(d.debtorId, JSON.parse(d.nextLetter) as StoredLetter);
  return out;
}
