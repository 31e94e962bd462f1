// The dunning schedule (aanmaanschema): what happens how many days after the due date, one schedule per
// debtor kind, editable in Settings. Seed 000 gives the business default; the consumer default follows
// art. 6:96 lid 6 BW (see DEFAULT_CONSUMER_SCHEDULE). Days are calendar days after the due date, as in
// the seed ("1 dag", "4 dagen", … "na vervaldatum"); on which office day a step is asked is the
// evaluation's business (invoice-stage.ts).
import { z } from 'zod';
import { DEFAULT_DELIVERY } from '../legal';
import type { DebtorKind } from '../primitives';
import { INGEBREKESTELLING_DAYS, REMINDER1_DAYS } from '../letters/reminders';
import { message, type Message } from '../message';

export const DUNNING_ACTIONS = [
  'reminder1', // betalingsherinnering (1e aanmaning in seed 000)
  'call', // a call to the debtor; the only action that may occur more than once
  'reminder2', // aanmaning (2e aanmaning)
  'delivery_stop', // leveringsstop ("eventueel")
  'consumer14', // the 14-dagenbrief of art. 6:96 lid 6 BW, consumers only
  'reminder3', // laatste aanmaning met ingebrekestelling
  'manager', // vordering naar leidinggevende voor opvolgen
  'hand_over', // vordering uit handen aan het incassobureau
] as const;
export const DunningAction = z.enum(DUNNING_ACTIONS);
export type DunningAction = z.infer<typeof DunningAction>;

/**
 * The ladder: the steps that move a claim up, in the only order they may have. Each waits for the one
 * before it (a letter's own payment term must have had its days before the next letter follows).
 * Calls and the delivery stop go alongside the ladder ("companions") and do not hold it up.
 */
export const LADDER = ['reminder1', 'reminder2', 'consumer14', 'reminder3', 'manager', 'hand_over'] as const satisfies readonly DunningAction[];
export type LadderAction = (typeof LADDER)[number];

/** The ladder steps that are letters to the debtor (the letter types of domain/letters with these names). */
export const LETTER_ACTIONS = ['reminder1', 'reminder2', 'consumer14', 'reminder3'] as const satisfies readonly LadderAction[];
export type LetterAction = (typeof LETTER_ACTIONS)[number];

/**
 * Steps the law needs done, never skipped and never taken as done because a later letter went out: the
 * ingebrekestelling before a hand-over (default, art. 6:82 BW), the 14-dagenbrief before a consumer
 * pays collection costs (art. 6:96 lid 6 BW).
 */
export const REQUIRED_ACTIONS = ['consumer14', 'reminder3'] as const satisfies readonly LadderAction[];

const LADDER_RANK: ReadonlyMap<DunningAction, number> = new Map(LADDER.map((a, i) => [a, i]));
const LETTERS: ReadonlySet<DunningAction> = new Set(LETTER_ACTIONS);
const REQUIRED: ReadonlySet<DunningAction> = new Set(REQUIRED_ACTIONS);

export function isLadderAction(action: DunningAction): action is LadderAction {
  return LADDER_RANK.has(action);
}
export function isLetterAction(action: DunningAction): action is LetterAction {
  return LETTERS.has(action);
}
export function isRequiredAction(action: DunningAction): boolean {
  return REQUIRED.has(action);
}
export function ladderRank(action: LadderAction): number {
  return LADDER_RANK.get(action)!;
}

export const MIN_STEP_DAY = 1; // on the due date itself the invoice is not yet late
export const MAX_STEP_DAY = 365;
export const MAX_STEPS = 30;

export const DunningStep = z
  .object({
    day: z
      .number()
      .int({ message: 'validation.dunning.day_range' })
      .min(MIN_STEP_DAY, { message: 'validation.dunning.day_range' })
      .max(MAX_STEP_DAY, { message: 'validation.dunning.day_range' }),
    action: DunningAction,
  })
  .strict();
export type DunningStep = z.infer<typeof DunningStep>;

/** Seed 000, "Debiteurenproces schriftelijk en telefonisch aanmanen", for business debtors. */
export const DEFAULT_BUSINESS_SCHEDULE: readonly DunningStep[] = [
  { day: 1, action: 'reminder1' },
  { day: 4, action: 'call' },
  { day: 10, action: 'reminder2' },
  { day: 11, action: 'delivery_stop' },
  { day: 14, action: 'call' },
  { day: 21, action: 'reminder3' },
  { day: 24, action: 'call' },
  { day: 27, action: 'manager' },
  { day: 31, action: 'hand_over' },
];

/**
 * Consumers (natural persons not acting for a business or profession). Art. 6:96 lid 6 BW: collection
 * costs are owed only when, after the default has set in, the consumer was summoned in writing to pay
 * within fourteen days "aanvangende de dag na aanmaning", naming the costs; HR 25 november 2016,
 * ECLI:NL:HR:2016:2704: the days start the day after the letter was received, so posted on day 10 it
 * is received around day 12 and the term ends around day 26, later when it ends on a weekend or holiday
 * (Algemene termijnenwet art. 1). So:
 * - day 1 a friendly betalingsherinnering without costs (the due date was fixed, so the consumer is in
 *   default from day 1, art. 6:83 sub a BW, and the 14-dagenbrief may follow);
 * - day 10 the 14-dagenbrief takes the place of the aanmaning (a consumer gets no separate aanmaning:
 *   three letters before costs is more than the law asks and slows the claim);
 * - day 31 the ingebrekestelling, after the 14-day term has ended in nearly every year's calendar, so
 *   that it can state the costs; the evaluation holds it back until the day after the term of the
 *   14-dagenbrief actually sent (invoice-stage.ts) — the schedule's day is a plan, the term is the law;
 * - calls three days after each letter, as for businesses; manager and hand-over after the
 *   ingebrekestelling's 5-day term (day 42: never before the 14-day term, which it also waits for).
 * No delivery stop by default: consumers rarely have deliveries running; it can be added.
 */
export const DEFAULT_CONSUMER_SCHEDULE: readonly DunningStep[] = [
  { day: 1, action: 'reminder1' },
  { day: 4, action: 'call' },
  { day: 10, action: 'consumer14' },
  { day: 14, action: 'call' },
  { day: 31, action: 'reminder3' },
  { day: 34, action: 'call' },
  { day: 37, action: 'manager' },
  { day: 42, action: 'hand_over' },
];

export const DEFAULT_SCHEDULES: Readonly<Record<DebtorKind, readonly DunningStep[]>> = {
  business: DEFAULT_BUSINESS_SCHEDULE,
  consumer: DEFAULT_CONSUMER_SCHEDULE,
};

/**
 * The fewest days from a 14-dagenbrief to a step that may charge costs: the postal days of the delivery
 * assumption (domain/legal/fourteen-day-letter.ts), the fourteen days, and the day after.
 */
export const FOURTEEN_DAY_MINIMUM_GAP = DEFAULT_DELIVERY.postalDays + 14 + 1;

export interface ScheduleIssue {
  /** Where in the edited list: [index, 'day' | 'action'], or [] for the schedule as a whole. */
  path: (string | number)[];
  /** An error refuses the schedule; a warning is shown and saved with it. */
  severity: 'error' | 'warning';
  message: Message;
}

const error = (path: (string | number)[], key: string, params?: Record<string, string | number>): ScheduleIssue => ({
  path,
  severity: 'error',
  message: message(`validation.dunning.${key}`, params),
});
const warning = (path: (string | number)[], key: string, params?: Record<string, string | number>): ScheduleIssue => ({
  path,
  severity: 'warning',
  message: message(`validation.dunning.${key}`, params),
});

/**
 * What is wrong with a schedule as the user edited it (in any order; paths are the user's indexes).
 * Errors: no steps; an action other than a call twice; a 14-dagenbrief for business debtors; ladder
 * steps out of their order or on the same day; a hand-over without an ingebrekestelling (and, for
 * consumers, a 14-dagenbrief) before it; any step on or after the hand-over day.
 * Warnings: a letter that follows the previous one within that letter's own payment term; a cost
 * step within the 14-dagenbrief's term (it will wait for the term).
 */
export function scheduleIssues(kind: DebtorKind, steps: readonly DunningStep[]): ScheduleIssue[] {
  const issues: ScheduleIssue[] = [];
  if (steps.length === 0) return [error([], 'empty')];
  const seen = new Map<DunningAction, number>();
  steps.forEach((s, i) => {
    if (s.action !== 'call' && seen.has(s.action)) issues.push(error([i, 'action'], 'duplicate_action', { action: s.action }));
    else seen.set(s.action, i);
    if (s.action === 'consumer14' && kind === 'business') issues.push(error([i, 'action'], 'fourteen_day_letter_for_business'));
  });
  const firstOf = (action: DunningAction) => seen.get(action);
  const dayOf = (action: DunningAction) => {
    const i = firstOf(action);
    return i === undefined ? undefined : steps[i]!.day;
  };

  // The ladder in its order, each strictly after the ones that must come before it.
  steps.forEach((s, i) => {
    if (!isLadderAction(s.action) || firstOf(s.action) !== i) return;
    const before = LADDER.slice(0, ladderRank(s.action)).find((b) => {
      const d = dayOf(b);
      return d !== undefined && d >= s.day && (b !== 'consumer14' || kind === 'consumer');
    });
    if (before) issues.push(error([i, 'day'], 'ladder_order', { action: s.action, before }));
  });

  const handOver = firstOf('hand_over');
  if (handOver !== undefined) {
    const h = steps[handOver]!;
    if (dayOf('reminder3') === undefined) issues.push(error([handOver, 'action'], 'hand_over_without_notice'));
    if (kind === 'consumer' && dayOf('consumer14') === undefined) issues.push(error([handOver, 'action'], 'hand_over_without_fourteen_day_letter'));
    steps.forEach((s, i) => {
      if (i !== handOver && s.day >= h.day && !isLadderAction(s.action)) issues.push(error([i, 'day'], 'step_after_hand_over', { action: s.action, day: h.day }));
    });
  }

  // Warnings: a term stated in a letter that the next step would not respect.
  const gap = (later: DunningAction, earlier: DunningAction) => {
    const a = dayOf(later);
    const b = dayOf(earlier);
    return a === undefined || b === undefined ? undefined : a - b;
  };
  const r2 = gap('reminder2', 'reminder1');
  if (r2 !== undefined && r2 > 0 && r2 <= REMINDER1_DAYS)
    issues.push(warning([firstOf('reminder2')!, 'day'], 'within_letter_term', { action: 'reminder2', before: 'reminder1', days: REMINDER1_DAYS }));
  for (const later of ['manager', 'hand_over'] as const) {
    const g = gap(later, 'reminder3');
    if (g !== undefined && g > 0 && g <= INGEBREKESTELLING_DAYS)
      issues.push(warning([firstOf(later)!, 'day'], 'within_letter_term', { action: later, before: 'reminder3', days: INGEBREKESTELLING_DAYS }));
  }
  if (kind === 'consumer')
    for (const later of ['reminder3', 'hand_over'] as const) {
      const g = gap(later, 'consumer14');
      if (g !== undefined && g > 0 && g < FOURTEEN_DAY_MINIMUM_GAP)
        issues.push(warning([firstOf(later)!, 'day'], 'within_fourteen_day_term', { action: later, days: FOURTEEN_DAY_MINIMUM_GAP }));
    }
  return issues;
}

const ACTION_ORDER = new Map(DUNNING_ACTIONS.map((a, i) => [a, i]));

/** The schedule as the evaluation reads it: by day, and on one day in the order of DUNNING_ACTIONS. */
export function normalizeSchedule(steps: readonly DunningStep[]): DunningStep[] {
  return [...steps].sort((a, b) => a.day - b.day || ACTION_ORDER.get(a.action)! - ACTION_ORDER.get(b.action)!);
}

/**
 * The zod schema of one kind's schedule: the errors of scheduleIssues become issues whose message is
 * their `validation.dunning.*` key (params kept), so ipc/validation maps them like any other; a valid
 * schedule comes out normalized (sorted by day).
 */
export function dunningScheduleSchema(kind: DebtorKind) {
  return z
    .array(DunningStep)
    .max(MAX_STEPS, { message: 'validation.dunning.too_many_steps' })
    .superRefine((steps, ctx) => {
      for (const issue of scheduleIssues(kind, steps))
        if (issue.severity === 'error') ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message.key, params: issue.message.params ?? {} });
    })
    .transform(normalizeSchedule);
}

export const DunningSchedules = z.object({
  business: dunningScheduleSchema('business'),
  consumer: dunningScheduleSchema('consumer'),
});
export type DunningSchedules = z.infer<typeof DunningSchedules>;

export type ScheduleEdit =
  { op: 'add'; step: DunningStep } | { op: 'remove'; index: number } | { op: 'move'; index: number; day: number } | { op: 'change'; index: number; action: DunningAction };

export type ScheduleEditResult = { ok: true; steps: DunningStep[]; warnings: ScheduleIssue[] } | { ok: false; issues: ScheduleIssue[] };

/**
 * One edit of the Settings screen (add, remove, move a step to another day, change its action). A
 * refused edit changes nothing and says why; an accepted one gives the schedule sorted by day, with
 * its warnings. Paths in the result refer to the edited list before sorting.
 */
export function editSchedule(kind: DebtorKind, steps: readonly DunningStep[], edit: ScheduleEdit): ScheduleEditResult {
  const next = [...steps];
  const at = (index: number) => {
    if (!Number.isInteger(index) || index < 0 || index >= next.length) return undefined;
    return next[index];
  };
  switch (edit.op) {
    case 'add':
      next.push(edit.step);
      break;
    case 'remove':
      if (!at(edit.index)) return { ok: false, issues: [error([edit.index], 'no_such_step')] };
      next.splice(edit.index, 1);
      break;
    case 'move':
      if (!at(edit.index)) return { ok: false, issues: [error([edit.index], 'no_such_step')] };
      next[edit.index] = { ...next[edit.index]!, day: edit.day };
      break;
    case 'change':
      if (!at(edit.index)) return { ok: false, issues: [error([edit.index], 'no_such_step')] };
      next[edit.index] = { ...next[edit.index]!, action: edit.action };
      break;
  }
  const shape = z.array(DunningStep).max(MAX_STEPS, { message: 'validation.dunning.too_many_steps' }).safeParse(next);
  if (!shape.success)
    return {
      ok: false,
      issues: shape.error.issues.map((i) => ({
        path: i.path as (string | number)[],
        severity: 'error' as const,
        // Our own keys need no parameters (their texts name 1–365 and 30).
        message: message(i.message.startsWith('validation.dunning.') ? i.message : i.path.at(-1) === 'day' ? 'validation.dunning.day_range' : 'validation.dunning.invalid_action'),
      })),
    };
  const issues = scheduleIssues(kind, next);
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length) return { ok: false, issues: errors };
  return { ok: true, steps: normalizeSchedule(next), warnings: issues };
}
