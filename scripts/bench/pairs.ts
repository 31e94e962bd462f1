// What the bench measures: every path a collector hits, the handler through `dispatch` next to the best
// hand-written SQL giving the same answer. Adding a path (a new list, a new screen) is one entry here.
import type { ChannelInput, ChannelName, ChannelOutput } from '../../ipc/contract';
import { addDays, type IsoDate } from '../../domain/dates';
import type { BatchLetterType } from '../../domain/letters/model';
import type { handQueries } from './hand-queries';
import type { LiveWorklist } from './hand-worklist';
import { WORKLIST_ASIDE_PAGE as ASIDE_PAGE } from '../../ipc/channels/worklist';

export interface BenchLedger {
  today: IsoDate;
  /** Calls a channel through dispatch, as the renderer does; throws on a refusal. */
  call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  hand: ReturnType<typeof handQueries>;
  /** What app:info answers: the context the app runs in, not read from the ledger. */
  appInfo: unknown;
  /** Vandaag's time on the bench's clock, and the debtors it evaluates live at each request (a call-back at a time today). */
  worklistNow: string;
  worklistLive: LiveWorklist;
  /** Marks a debtor's stored worklist lines stale, as a change to its facts does (the triggers), and nothing more: a write past dispatch. */
  touchWorklist(debtorId: number): void;
  /** A change to a debtor's facts as a saved call or a payment leaves it: marked, and its lines made again in the change's own transaction. */
  changeDebtor(debtorId: number): void;
  /** The debtor a per-debtor path looks at in repetition `rep`: a varied handful, present in every ledger size. */
  debtorOf(rep: number): number;
}

export interface BenchPair {
  name: string;
  /** About one debtor: measured on the small ledger too, and should take the same time on both. */
  perDebtor?: boolean;
  /** An absolute goal for the handler's median on the large ledger, in ms, besides ≤ 1.3× its hand SQL. */
  goalMs?: number;
  /** What happens before the path is asked for, untimed: a change the path then reads. */
  before?(l: BenchLedger, rep: number): void;
  handler(l: BenchLedger, rep: number): Promise<unknown>;
  /** Omitted where the answer is composed by the domain (a letter), not read: then only the handler is timed. */
  hand?(l: BenchLedger, rep: number): unknown;
}

const MACHINE = { machineId: 'call', machineVersion: 1 };

/** Per ledger and repetition: the first sample debtor from this repetition's on whom the schedule has a letter today, and that letter. */
const fitting = new WeakMap<BenchLedger, Map<number, { debtorId: number; type: BatchLetterType }>>();
async function fittingLetter(l: BenchLedger, rep: number): Promise<{ debtorId: number; type: BatchLetterType }> {
  const known = fitting.get(l) ?? new Map<number, { debtorId: number; type: BatchLetterType }>();
  fitting.set(l, known);
  if (!known.has(rep))
    for (let next = rep; next < rep + 50; next++) {
      const debtorId = l.debtorOf(next);
      const { next: type } = await l.call('letters:standing', { debtorId });
      if (type) {
        known.set(rep, { debtorId, type });
        break;
      }
    }
  const found = known.get(rep);
  if (!found) throw new Error('no sample debtor has a letter that fits today');
  return found;
}
/** How many days back the next cold worklist is made for. */
let worklistDays = 0;

export const PAIRS: BenchPair[] = [
  {
    name: 'debtors:list (first page)',
    handler: (l) => l.call('debtors:list', {}),
    hand: (l) => l.hand.debtorListFirstPage(l.today, '', 100),
  },
  {
    name: 'debtors:list (search "bakker")',
    handler: (l) => l.call('debtors:list', { search: 'bakker' }),
    hand: (l) => l.hand.debtorListFirstPage(l.today, 'bakker', 100),
  },
  {
    name: 'debtors:get (debtor file)',
    perDebtor: true,
    handler: (l, rep) => l.call('debtors:get', { id: l.debtorOf(rep) }),
    hand: (l, rep) => l.hand.debtorFile(l.debtorOf(rep), l.today),
  },
  {
    name: 'debtor screen (its 7 requests)',
    perDebtor: true,
    handler: async (l, rep) => {
      const debtorId = l.debtorOf(rep);
      const [file, promises, plans, info, complaints, timeline, letters] = await Promise.all([
        l.call('debtors:get', { id: debtorId }),
        l.call('promises:list', { debtorId }),
        l.call('plans:list', { debtorId }),
        l.call('app:info', {}),
        l.call('complaints:list', { debtorId, status: 'all' }),
        l.call('timeline:get', { debtorId }),
        l.call('letters:options', { debtorId }),
      ]);
      return { file, promises, plans, info, complaints, timeline, letters };
    },
    hand: (l, rep) => l.hand.debtorScreen(l.debtorOf(rep), l.today, l.appInfo),
  },
  {
    name: 'calls:prepare',
    perDebtor: true,
    handler: (l, rep) => l.call('calls:prepare', { debtorId: l.debtorOf(rep), ...MACHINE }),
    hand: (l, rep) => l.hand.prepareCall(l.debtorOf(rep), l.today),
  },
  {
    name: 'timeline:get (first page)',
    perDebtor: true,
    handler: (l, rep) => l.call('timeline:get', { debtorId: l.debtorOf(rep) }),
    hand: (l, rep) => l.hand.timelinePage(l.debtorOf(rep)),
  },
  {
    // Each debtor's letter that fits its stage (a reminder outside the schedule is refused), found once, untimed.
    name: 'letters:preview (the letter that fits)',
    perDebtor: true,
    handler: async (l, rep) => {
      const { debtorId, type } = await fittingLetter(l, rep);
      return l.call('letters:preview', { debtorId, type });
    },
  },
  {
    // Today's list, stored when the day started (handlers/worklist-store.ts): one page in SQL, as Vandaag
    // asks for its lines (the lines put aside and the debtors paused come beside them, in their own request).
    name: 'worklist:list (Vandaag, first page)',
    goalMs: 300,
    handler: (l) => l.call('worklist:list', { part: 'lines' }),
    hand: (l) => l.hand.worklistFirstPage(l.today, l.worklistNow, l.worklistLive, 200, 'lines'),
  },
  {
    name: 'worklist:list (Vandaag, put aside and paused)',
    goalMs: 300,
    handler: (l) => l.call('worklist:list', { part: 'aside', limit: ASIDE_PAGE }),
    hand: (l) => l.hand.worklistFirstPage(l.today, l.worklistNow, l.worklistLive, ASIDE_PAGE, 'aside'),
  },
  {
    // After a change to one debtor (a call saved, a payment): the change made that debtor's lines again in
    // its own transaction (what that costs is in calls:save's figures), so the list only reads.
    name: 'worklist:list (Vandaag, first page, one debtor changed)',
    goalMs: 300,
    before: (l, rep) => l.changeDebtor(l.debtorOf(rep)),
    handler: (l) => l.call('worklist:list', { part: 'lines' }),
    hand: (l) => l.hand.worklistFirstPage(l.today, l.worklistNow, l.worklistLive, 200, 'lines'),
  },
  {
    // A debtor changed where nothing made its lines again (a write past dispatch, an import too large to make
    // again at once): the list makes them first, in a write transaction of its own.
    name: 'worklist:list (Vandaag, first page, one debtor changed outside dispatch)',
    goalMs: 300,
    handler: (l, rep) => {
      l.touchWorklist(l.debtorOf(rep));
      return l.call('worklist:list', { part: 'lines' });
    },
  },
  {
    // Another day than the stored one (the CLI's --date): the whole schedule evaluated, each repetition a day not made yet.
    name: 'worklist:list (another day, evaluated live)',
    handler: (l) => l.call('worklist:list', { date: addDays(l.today, -(++worklistDays % 365)) }),
  },
  {
    name: 'worklist:list (Vandaag, next page, nothing changed)',
    handler: (l) => l.call('worklist:list', { offset: 200, limit: 200, part: 'lines' }),
  },
  {
    name: 'tasks:list (Taken, overdue, first page)',
    handler: (l) => l.call('tasks:list', { due: 'overdue' }),
    hand: (l) => l.hand.taskPage('overdue', l.today, 50),
  },
  {
    name: "tasks:list (Vandaag's other tasks, first page)",
    handler: (l) => l.call('tasks:list', { due: 'by_today', exceptTypes: ['call_back', 'verify_payment'] }),
    hand: (l) => l.hand.taskPage('other', l.today, 50),
  },
  {
    // A page deep in the list: every open task from today on (the cursor of a task before today's first).
    name: 'tasks:list (all open, a page from today)',
    handler: (l) => l.call('tasks:list', { after: [addDays(l.today, -1), 1, '', Number.MAX_SAFE_INTEGER] }),
    hand: (l) => l.hand.taskPage('from', l.today, 50),
  },
  {
    name: 'complaints:list (unresolved, first page)',
    handler: (l) => l.call('complaints:list', { status: 'unresolved' }),
    hand: (l) => l.hand.unresolvedComplaints(25),
  },
  {
    name: 'letters:batchCandidates',
    goalMs: 300,
    // Each debtor's next letter is composed by the dunning schedule's rules (domain/dunning), not read:
    // like a letter, only the handler is timed, against its absolute goal.
    handler: (l) => l.call('letters:batchCandidates', {}),
  },
];
