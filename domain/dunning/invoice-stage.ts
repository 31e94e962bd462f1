// Where one invoice stands in the dunning schedule on a given day: which steps are done, which is due
// today, which are overdue, which wait, and the invoice's stage. Pure: the caller gathers the facts
// (letters sent for the invoice, calls to the debtor, pauses) and the office calendar.
//
// The model, in the order the rules apply:
// 1. The clock (clock.ts) counts calendar days after the due date and stands still during a *pause*
//    (an open complaint about the invoice, an active payment plan covering it). A *hold* (a plan agreed
//    but not yet signed, a pending promise to pay) lets the clock run but asks no step while it lasts;
//    what came due meanwhile is asked the day the hold ends.
// 2. The ladder (schedule.ts LADDER) is climbed one rung at a time: a ladder step comes due on its day,
//    but never sooner after the previous rung was actually done than the schedule's gap between them
//    (an aanmaning sent late pushes the ingebrekestelling back by as much, so every letter's own term
//    is respected). A later letter that covered the invoice counts the rungs below it as done
//    ("superseded") — except the steps the law needs (REQUIRED_ACTIONS), which stay due.
// 3. Companions (calls, the delivery stop) hang on the nearest rung before them in the schedule and
//    come due the schedule's gap after it. A call counts when the debtor was reached: it completes the
//    latest call step already due, and call steps before it that were missed are superseded (one call
//    makes up for them); a call before its step's day completes that step only when the letter it
//    follows up has gone out. Attempts that reached nobody are kept as attempts.
// 4. Gates: a hand-over needs the ingebrekestelling sent and its term passed; for a consumer also the
//    14-dagenbrief sent and its term passed (art. 6:96 lid 6 BW); a consumer's ingebrekestelling waits
//    for the 14-dagenbrief's term, so that it can state the costs.
// 5. A step is asked on the office's first working day on or after the day it came due: letters and
//    calls alike, because the worklist is worked on working days (a step due on Saturday is on
//    Monday's list, not overdue). The letter itself may carry any date; its terms follow the Atw.
// 6. A plan that defaulted fast-forwards the ladder (seed 000: a plan not kept is the last chance): the
//    letters below the ingebrekestelling are superseded and the next rung is due the day it defaulted.
import type { IsoDate } from '../dates';
import type { DebtorKind } from '../primitives';
import { INGEBREKESTELLING_DAYS } from '../letters/reminders';
import { message, type Message } from '../message';
import type { Cents } from '../money';
import { ScheduleClock } from './clock';
import { dayNumber, isoDate, workingDayFrom, workingDays, type DayNumber } from './day-number';
import { isLadderAction, isRequiredAction, LADDER, ladderRank, type DunningAction, type DunningStep, type LadderAction } from './schedule';

/** The office calendar's working days (domain/calendar), passed in. */
export type IsWorkingDay = (date: IsoDate) => boolean;

/** Something done for the invoice, as the ledger recorded it. */
export interface StepRecord {
  action: DunningAction;
  on: IsoDate;
  /** Calls: false for an attempt that reached nobody who can decide (see callCountsForSchedule). */
  reached?: boolean;
  /** A letter's term: the last day to pay (ingebrekestelling: its payBy; 14-dagenbrief: termEndsOn). */
  termEndsOn?: IsoDate | null;
  /** Passed over on purpose by the collector; ignored for the steps the law needs. */
  skipped?: boolean;
}

export const INTERRUPTION_KINDS = ['complaint', 'plan', 'plan_proposed', 'promise'] as const;
export type InterruptionKind = (typeof INTERRUPTION_KINDS)[number];

/** A pause stops the schedule clock; a hold only keeps steps from being asked while it lasts. */
export const INTERRUPTION_EFFECT: Readonly<Record<InterruptionKind, 'pause' | 'hold'>> = {
  complaint: 'pause',
  plan: 'pause',
  plan_proposed: 'hold',
  promise: 'hold',
};

export interface Interruption {
  kind: InterruptionKind;
  from: IsoDate;
  /** The first day it no longer applies (complaint resolved, plan ended, promise broken); null while it lasts. */
  until: IsoDate | null;
  /** A plan that ended because it was not kept. */
  defaulted?: boolean;
}

export interface InvoiceInput {
  id: number;
  dueDate: IsoDate;
  openCents: Cents;
  records: readonly StepRecord[];
  interruptions: readonly Interruption[];
}

export interface EvaluationContext {
  today: IsoDate;
  kind: DebtorKind;
  /** A valid, normalized schedule (DunningSchedules parses to one). */
  schedule: readonly DunningStep[];
  isWorkingDay: IsWorkingDay;
}

export type StepStatus = 'done' | 'skipped' | 'superseded' | 'due' | 'upcoming' | 'waiting' | 'blocked' | 'paused' | 'held';
export type SupersededBy = 'later_letter' | 'later_call' | 'plan_default';

/** A step of the schedule as it stands for one invoice; D is how a day is written. */
interface StepStateOf<D> {
  /** Position in the schedule. */
  index: number;
  action: DunningAction;
  day: number;
  /** 1 for the first step of its action, 2 for the second call, … */
  occurrence: number;
  status: StepStatus;
  /** The day the step comes due by the clock; null while that cannot be known (waiting, paused). */
  dueOn: D | null;
  /** The office working day it is asked on: the first on or after dueOn (and after a gate opens). */
  askOn: D | null;
  doneOn: D | null;
  /** Schedule days since askOn for a due step (0 on its day; paused days do not count). */
  overdueDays: number;
  supersededBy?: SupersededBy;
  blocked?: { until: D | null; reason: Message };
  /** Calls that reached nobody, made while this step was due. */
  attempts?: { count: number; lastOn: D };
}

export type StepState = StepStateOf<IsoDate>;

/** 'current' before the due date; 'overdue' past it with no rung done; else the highest rung done. */
export type Stage = 'settled' | 'current' | 'overdue' | LadderAction;
export const STAGES = ['settled', 'current', 'overdue', ...LADDER] as const satisfies readonly Stage[];

export interface ActiveInterruption {
  kind: InterruptionKind;
  effect: 'pause' | 'hold';
  since: IsoDate;
  until: IsoDate | null;
}

/** Where an invoice stands today: what the worklist needs of it. */
export interface InvoiceStanding {
  invoiceId: number;
  dueDate: IsoDate;
  openCents: Cents;
  /** Calendar days past the due date (0 before it). */
  daysPastDue: number;
  /** Days the schedule clock has run (days past due less paused days). */
  scheduleDay: number;
  stage: Stage;
  /** What pauses or holds the invoice today. */
  interruption: ActiveInterruption | null;
  /** The steps asked today. */
  due: StepState[];
  /** Steps whose day has come but that wait for the law (see `blocked` on each). */
  blocked: StepState[];
  /** The next step to come, when nothing more is due (or besides what is). */
  next: StepState | null;
  /** The actions done (not skipped, not superseded) for this invoice. */
  done: DunningAction[];
}

/** The whole schedule of one invoice, as the debtor file shows it. */
export interface InvoiceDunning extends InvoiceStanding {
  steps: StepState[];
}

const isOpenStatus = (s: StepStatus) => s !== 'done' && s !== 'skipped' && s !== 'superseded';

/** A record with its dates as day numbers. */
interface Fact {
  action: DunningAction;
  on: DayNumber;
  reached: boolean;
  termEndsOn: DayNumber | null;
  skipped: boolean;
}

/** A step while it is worked out, dates as day numbers. */
interface Working extends StepStateOf<DayNumber> {
  /** When the rung this step hangs on was done (null: not yet). */
  anchorOn: DayNumber | null;
}

const dateOrNull = (day: DayNumber | null) => (day === null ? null : isoDate(day));

function toStepState(w: Working): StepState {
  const s: StepState = {
    index: w.index,
    action: w.action,
    day: w.day,
    occurrence: w.occurrence,
    status: w.status,
    dueOn: dateOrNull(w.dueOn),
    askOn: dateOrNull(w.askOn),
    doneOn: dateOrNull(w.doneOn),
    overdueDays: w.overdueDays,
  };
  if (w.supersededBy) s.supersededBy = w.supersededBy;
  if (w.blocked) s.blocked = { until: dateOrNull(w.blocked.until), reason: w.blocked.reason };
  if (w.attempts) s.attempts = { count: w.attempts.count, lastOn: isoDate(w.attempts.lastOn) };
  return s;
}

interface DayInterruption {
  kind: InterruptionKind;
  from: DayNumber;
  until: DayNumber | null;
  defaulted: boolean;
}
const activeOn = (i: DayInterruption, day: DayNumber) => i.from <= day && (i.until === null || day < i.until);

interface Evaluation {
  invoice: InvoiceInput;
  steps: Working[];
  today: DayNumber;
  dueDay: DayNumber;
  scheduleDay: number;
  active: DayInterruption | undefined;
  next: Working | undefined;
}

/** The schedule of one invoice on `ctx.today`, every step with its state. */
export function evaluateInvoice(invoice: InvoiceInput, ctx: EvaluationContext): InvoiceDunning {
  const e = evaluate(invoice, ctx);
  const steps = e.steps.map(toStepState);
  return { ...standingOf(e, (w) => steps[w.index]!), steps };
}

/** Where one invoice stands on `ctx.today`, without the full list of steps (the worklist's view). */
export function invoiceStanding(invoice: InvoiceInput, ctx: EvaluationContext): InvoiceStanding {
  return standingOf(evaluate(invoice, ctx), toStepState);
}

function standingOf(e: Evaluation, view: (w: Working) => StepState): InvoiceStanding {
  const { invoice, steps, today, dueDay, active } = e;
  const due: StepState[] = [];
  const blocked: StepState[] = [];
  const done: DunningAction[] = [];
  for (const w of steps)
    if (w.status === 'due') due.push(view(w));
    else if (w.status === 'blocked') blocked.push(view(w));
    else if (w.status === 'done') done.push(w.action);
  return {
    invoiceId: invoice.id,
    dueDate: invoice.dueDate,
    openCents: invoice.openCents,
    daysPastDue: Math.max(0, today - dueDay),
    scheduleDay: e.scheduleDay,
    stage: stageOf(invoice.openCents, steps, today > dueDay),
    interruption: active ? { kind: active.kind, effect: INTERRUPTION_EFFECT[active.kind], since: isoDate(active.from), until: dateOrNull(active.until) } : null,
    due,
    blocked,
    next: e.next ? view(e.next) : null,
    done,
  };
}

function evaluate(invoice: InvoiceInput, ctx: EvaluationContext): Evaluation {
  const { schedule, kind } = ctx;
  const today = dayNumber(ctx.today);
  const dueDay = dayNumber(invoice.dueDate);
  const isWorking = workingDays(ctx.isWorkingDay);
  const facts: Fact[] = invoice.records
    .map((r) => ({
      action: r.action,
      on: dayNumber(r.on),
      reached: r.reached !== false,
      termEndsOn: r.termEndsOn ? dayNumber(r.termEndsOn) : null,
      skipped: r.skipped === true,
    }))
    .filter((r) => r.on <= today)
    .sort((a, b) => a.on - b.on);
  const interruptions: DayInterruption[] = invoice.interruptions.map((i) => ({
    kind: i.kind,
    from: dayNumber(i.from),
    until: i.until === null ? null : dayNumber(i.until),
    defaulted: i.defaulted === true,
  }));
  const clock = new ScheduleClock(
    dueDay,
    interruptions.filter((i) => INTERRUPTION_EFFECT[i.kind] === 'pause'),
  );

  const compiled = compile(schedule);
  const steps = climb(compiled, facts, interruptions, dueDay, today, clock);
  matchCalls(steps, facts, dueDay);

  // Today's status of every step still open.
  const heldToday = interruptions.some((i) => INTERRUPTION_EFFECT[i.kind] === 'hold' && activeOn(i, today));
  const pausedToday = clock.isPaused(today);
  const nowElapsed = clock.elapsedOn(today);
  for (const s of steps) {
    if (!isOpenStatus(s.status)) continue;
    if (s.dueOn === null) {
      s.status = s.anchorOn === null ? 'waiting' : 'paused';
      continue;
    }
    const gate = gateFor(s.action, facts, kind, compiled.hasFourteenDayLetter);
    // Kept while the gate is shut, so the file can say why and until when.
    if (gate && (gate.opensOn === null || gate.opensOn > today)) s.blocked = { until: gate.opensOn, reason: gate.reason };
    s.askOn = gate && gate.opensOn === null ? null : workingDayFrom(Math.max(s.dueOn, gate?.opensOn ?? s.dueOn), isWorking);
    if (s.dueOn > today) s.status = 'upcoming';
    else if (pausedToday) s.status = 'paused';
    else if (heldToday) s.status = 'held';
    else if (s.blocked) s.status = 'blocked';
    else if (s.askOn! > today) s.status = 'upcoming';
    else {
      s.status = 'due';
      s.overdueDays = Math.max(0, nowElapsed - clock.elapsedOn(s.askOn!));
    }
  }
  // One call makes up for the call steps missed before it: only the latest due call is asked.
  const dueCalls = steps.filter((s) => s.action === 'call' && s.status === 'due');
  for (const s of dueCalls.slice(0, -1)) Object.assign(s, { status: 'superseded', supersededBy: 'later_call', overdueDays: 0 });

  let next: Working | undefined;
  for (const s of steps) if (s.status === 'upcoming' && s.askOn !== null && (!next || s.askOn < next.askOn!)) next = s;
  next ??= steps.find((s) => s.status === 'blocked' || s.status === 'waiting' || s.status === 'held' || s.status === 'paused');
  const active = interruptions.filter((i) => activeOn(i, today)).sort((a, b) => INTERRUPTION_KINDS.indexOf(a.kind) - INTERRUPTION_KINDS.indexOf(b.kind) || a.from - b.from)[0];
  return { invoice, steps, today, dueDay, scheduleDay: nowElapsed, active, next };
}

/** A schedule step with what the evaluation asks of it every time, worked out once per schedule. */
interface CompiledStep {
  action: DunningAction;
  day: number;
  occurrence: number;
  ladder: boolean;
  required: boolean;
  /** Whether a call follows later in the schedule. */
  laterCall: boolean;
}
interface CompiledSchedule {
  steps: CompiledStep[];
  hasFourteenDayLetter: boolean;
}
const compiledSchedules = new WeakMap<readonly DunningStep[], CompiledSchedule>();

function compile(schedule: readonly DunningStep[]): CompiledSchedule {
  let compiled = compiledSchedules.get(schedule);
  if (compiled) return compiled;
  const occurrences = new Map<DunningAction, number>();
  const steps = schedule.map((s): CompiledStep => {
    const occurrence = (occurrences.get(s.action) ?? 0) + 1;
    occurrences.set(s.action, occurrence);
    return { action: s.action, day: s.day, occurrence, ladder: isLadderAction(s.action), required: isRequiredAction(s.action), laterCall: false };
  });
  for (let j = steps.length - 2, call = steps.at(-1)?.action === 'call'; j >= 0; j--) {
    steps[j]!.laterCall = call;
    if (steps[j]!.action === 'call') call = true;
  }
  compiled = { steps, hasFourteenDayLetter: schedule.some((s) => s.action === 'consumer14') };
  compiledSchedules.set(schedule, compiled);
  return compiled;
}

/** The latest record of each action that was done, and of each that was skipped. */
function latestByAction(facts: readonly Fact[]) {
  const done = new Map<DunningAction, Fact>();
  const skipped = new Map<DunningAction, Fact>();
  for (const f of facts) (f.skipped ? skipped : done).set(f.action, f); // facts are in date order
  return { done, skipped };
}

/** A rung's record: done, or skipped where the law allows skipping it. */
function rungRecord(action: LadderAction, latest: ReturnType<typeof latestByAction>): { on: DayNumber; skipped: boolean } | undefined {
  const done = latest.done.get(action);
  if (done) return { on: done.on, skipped: false };
  const skip = isRequiredAction(action) ? undefined : latest.skipped.get(action);
  return skip && { on: skip.on, skipped: true };
}

/**
 * Rules 2, 3 and 6 of the header: each step's state from the ladder records, and the day it comes due
 * by the clock (calls are matched afterwards).
 */
function climb(
  schedule: CompiledSchedule,
  facts: readonly Fact[],
  interruptions: readonly DayInterruption[],
  dueDay: DayNumber,
  today: DayNumber,
  clock: ScheduleClock,
): Working[] {
  const latest = latestByAction(facts);
  const plan = schedule.steps;
  // coveredOn[i]: the day of the nearest later rung that was done — the letter that covered step i.
  const coveredOn: (DayNumber | undefined)[] = new Array(plan.length);
  for (let j = plan.length - 1, covered: DayNumber | undefined; j >= 0; j--) {
    coveredOn[j] = covered;
    if (plan[j]!.ladder) covered = rungRecord(plan[j]!.action as LadderAction, latest)?.on ?? covered;
  }
  let defaultedOn: DayNumber | undefined;
  for (const i of interruptions) if (i.kind === 'plan' && i.defaulted && i.until !== null && i.until <= today) defaultedOn = Math.max(defaultedOn ?? i.until, i.until);

  const steps: Working[] = [];
  let anchor: { day: number; on: DayNumber | null; covered: boolean } = { day: 0, on: dueDay, covered: false };
  let fastForwardUsed = false;

  for (let index = 0; index < plan.length; index++) {
    const step = plan[index]!;
    const w: Working = {
      index,
      action: step.action,
      day: step.day,
      occurrence: step.occurrence,
      status: 'waiting',
      dueOn: null,
      askOn: null,
      doneOn: null,
      overdueDays: 0,
      anchorOn: anchor.on,
    };
    steps.push(w);
    // The clock day the step reaches: its own day, but no sooner after its rung than the schedule's gap.
    const target = anchor.on === null ? null : Math.max(step.day, clock.elapsedOn(anchor.on) + step.day - anchor.day);
    if (step.ladder) {
      const rec = rungRecord(step.action as LadderAction, latest);
      const covered = coveredOn[index];
      const required = step.required;
      if (rec) {
        w.status = rec.skipped ? 'skipped' : 'done';
        w.doneOn = rec.on;
        anchor = { day: step.day, on: rec.on, covered: false };
      } else if (covered !== undefined && !required) {
        w.status = 'superseded';
        w.supersededBy = 'later_letter';
        anchor = { day: step.day, on: covered, covered: true };
      } else if (covered !== undefined) {
        // A required rung that a later step passed: due at once, while the climb goes on from that step.
        if (target !== null) w.dueOn = clock.dayAt(Math.min(target, clock.elapsedOn(covered)));
      } else if (defaultedOn !== undefined && !required && ladderRank(step.action as LadderAction) < ladderRank('reminder3')) {
        w.status = 'superseded';
        w.supersededBy = 'plan_default';
      } else {
        if (target !== null) {
          let t = target;
          if (defaultedOn !== undefined && !fastForwardUsed && anchor.on! <= defaultedOn) {
            t = Math.min(t, clock.elapsedOn(defaultedOn));
            fastForwardUsed = true;
          }
          w.dueOn = clock.dayAt(t);
        }
        anchor = { day: step.day, on: null, covered: false };
      }
      continue;
    }
    // Companions. A call hanging on a rung that a later letter covered is made up for by the next call.
    if (anchor.covered && step.action === 'call' && step.laterCall) {
      w.status = 'superseded';
      w.supersededBy = 'later_letter';
      continue;
    }
    const stop = step.action === 'delivery_stop' ? latest.done.get('delivery_stop') : undefined;
    if (stop) {
      w.status = 'done';
      w.doneOn = stop.on;
    } else if (target !== null) w.dueOn = clock.dayAt(target);
  }
  return steps;
}

function stageOf(openCents: Cents, steps: readonly Working[], pastDue: boolean): Stage {
  if (openCents <= 0) return 'settled';
  let stage: LadderAction | undefined;
  for (const s of steps) if (isLadderAction(s.action) && (s.status === 'done' || s.status === 'skipped') && (!stage || ladderRank(s.action) > ladderRank(stage))) stage = s.action;
  return stage ?? (pastDue ? 'overdue' : 'current');
}

/** Calls to the debtor after the due date, matched to the call steps (see the header, rule 3). */
function matchCalls(steps: Working[], facts: readonly Fact[], dueDay: DayNumber) {
  const callSteps = steps.filter((s) => s.action === 'call' && isOpenStatus(s.status));
  for (const call of facts) {
    if (call.action !== 'call' || call.on <= dueDay) continue;
    const open = callSteps.filter((s) => s.doneOn === null && s.status !== 'superseded');
    const dueBy = open.filter((s) => s.dueOn !== null && s.dueOn <= call.on);
    if (!call.reached) {
      const step = dueBy.at(-1);
      if (step) step.attempts = { count: (step.attempts?.count ?? 0) + 1, lastOn: call.on };
      continue;
    }
    if (dueBy.length) {
      Object.assign(dueBy.at(-1)!, { status: 'done', doneOn: call.on });
      for (const s of dueBy.slice(0, -1)) Object.assign(s, { status: 'superseded', supersededBy: 'later_call' });
      continue;
    }
    const first = open[0];
    if (first && first.anchorOn !== null && first.anchorOn <= call.on) Object.assign(first, { status: 'done', doneOn: call.on });
  }
}

interface Gate {
  /** The first day the step may be taken; null when that depends on a letter not yet sent. */
  opensOn: DayNumber | null;
  reason: Message;
}

/** What the law makes a step wait for (see the header, rule 4); undefined when nothing. */
function gateFor(action: DunningAction, facts: readonly Fact[], kind: DebtorKind, hasFourteenDayLetter: boolean): Gate | undefined {
  if (action !== 'hand_over' && action !== 'reminder3') return undefined;
  const sent = (a: DunningAction) => {
    for (let i = facts.length - 1; i >= 0; i--) if (facts[i]!.action === a && !facts[i]!.skipped) return facts[i]!;
    return undefined;
  };
  const fourteenDay = (): Gate => {
    const letter = sent('consumer14');
    if (!letter) return { opensOn: null, reason: message('dunning.blocked.fourteen_day_letter_missing') };
    if (letter.termEndsOn === null) return { opensOn: null, reason: message('dunning.blocked.fourteen_day_term_unknown', { sent: { date: isoDate(letter.on) } }) };
    return { opensOn: letter.termEndsOn + 1, reason: message('dunning.blocked.fourteen_day_term', { until: { date: isoDate(letter.termEndsOn) } }) };
  };
  if (action === 'reminder3' && kind === 'consumer' && hasFourteenDayLetter) return fourteenDay();
  if (action !== 'hand_over') return undefined;
  const notice = sent('reminder3');
  if (!notice) return { opensOn: null, reason: message('dunning.blocked.notice_missing') };
  const noticeEnds = notice.termEndsOn ?? notice.on + INGEBREKESTELLING_DAYS;
  let gate: Gate = { opensOn: noticeEnds + 1, reason: message('dunning.blocked.notice_term', { until: { date: isoDate(noticeEnds) } }) };
  if (kind === 'consumer') {
    const letter = fourteenDay();
    if (letter.opensOn === null || letter.opensOn > gate.opensOn!) gate = letter;
  }
  return gate;
}
