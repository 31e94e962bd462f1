// When to call (seed 003, credit-care.com): the "gouden beluren" 09:30–11:30 and 13:30–15:30, when the
// customer has started the day and is neither at lunch nor winding down; and early in the week, since
// a payment promised on Thursday or Friday slips over the weekend and is forgotten. Working days are
// the office calendar's, passed in.
import { isTimeOfDay, type IsoDate } from '../dates';
import { message, type Message } from '../message';
import { dayNumber, isoDate, weekdayOf, workingDays, type DayNumber } from './day-number';
import type { IsWorkingDay } from './invoice-stage';

export const GOLDEN_HOURS = [
  { from: '09:30', to: '11:30' },
  { from: '13:30', to: '15:30' },
] as const;

/** Calls are planned on a quarter-hour grid. */
export const CALL_SLOT_MINUTES = 15;

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const WINDOWS = GOLDEN_HOURS.map((w) => ({ from: minutes(w.from), to: minutes(w.to) }));

/** Inside a golden hour: from its start up to (not including) its end. */
export function isGoldenTime(time: string): boolean {
  if (!isTimeOfDay(time)) throw new RangeError(`Geen tijd (UU:MM): ${time}`);
  const m = minutes(time);
  return WINDOWS.some((w) => m >= w.from && m < w.to);
}

export interface Moment {
  date: IsoDate;
  time: string;
}

/**
 * The first free quarter-hour inside the golden hours, on an office working day, at or after
 * `earliest` (now, or what the customer asked for). `taken` are call-backs already planned: a slot
 * within a quarter of an hour of one is not free.
 */
export function proposeCallBackTime(options: { earliest: Moment; isWorkingDay: IsWorkingDay; taken?: readonly Moment[] }): Moment {
  const { earliest } = options;
  if (!isTimeOfDay(earliest.time)) throw new RangeError(`Geen tijd (UU:MM): ${earliest.time}`);
  const isWorking = workingDays(options.isWorkingDay);
  const takenOn = new Map<DayNumber, number[]>();
  for (const t of options.taken ?? []) {
    const d = dayNumber(t.date);
    takenOn.set(d, [...(takenOn.get(d) ?? []), minutes(t.time)]);
  }
  const first = dayNumber(earliest.date);
  const from = Math.ceil(minutes(earliest.time) / CALL_SLOT_MINUTES) * CALL_SLOT_MINUTES;
  for (let day = first; day < first + 366; day++) {
    if (!isWorking(day)) continue;
    const busy = takenOn.get(day) ?? [];
    for (const w of WINDOWS)
      for (let m = day === first ? Math.max(w.from, from) : w.from; m + CALL_SLOT_MINUTES <= w.to; m += CALL_SLOT_MINUTES)
        if (!busy.some((b) => Math.abs(b - m) < CALL_SLOT_MINUTES)) return { date: isoDate(day), time: clock(m) };
  }
  throw new RangeError('Geen werkdag in het komende jaar: controleer de kantoorkalender');
}

export type DayHint = { kind: 'not_working_day'; suggestion: IsoDate; message: Message } | { kind: 'late_week'; earlier: IsoDate | null; later: IsoDate; message: Message };

const earlyInWeek = (day: DayNumber) => weekdayOf(day) >= 1 && weekdayOf(day) <= 3;

/**
 * A hint for the day a call is planned on: not a working day (the next one instead), or a Thursday or
 * Friday (the Monday–Wednesday before it, when that is still to come, or after it). Null when the day
 * is good.
 */
export function callDayHint(date: IsoDate, options: { today: IsoDate; isWorkingDay: IsWorkingDay }): DayHint | null {
  const isWorking = workingDays(options.isWorkingDay);
  const day = dayNumber(date);
  const today = dayNumber(options.today);
  const nextEarly = (after: DayNumber) => {
    let d = after + 1;
    while (!(isWorking(d) && earlyInWeek(d)) && d < after + 366) d++;
    return d;
  };
  if (!isWorking(day)) {
    let next = day + 1;
    while (!isWorking(next) && next < day + 366) next++;
    return { kind: 'not_working_day', suggestion: isoDate(next), message: message('worklist.timing.not_working_day', { date: { date }, suggestion: { date: isoDate(next) } }) };
  }
  const weekday = weekdayOf(day);
  if (weekday !== 4 && weekday !== 5) return null;
  let earlier: DayNumber | null = null;
  for (let d = day - 1; d >= today && weekdayOf(d) !== 0 && weekdayOf(d) !== 6; d--)
    if (earlyInWeek(d) && isWorking(d)) {
      earlier = d;
      break;
    }
  const later = nextEarly(day);
  return {
    kind: 'late_week',
    earlier: earlier === null ? null : isoDate(earlier),
    later: isoDate(later),
    message:
      earlier === null
        ? message('worklist.timing.late_week', { later: { date: isoDate(later) } })
        : message('worklist.timing.late_week_or_earlier', { earlier: { date: isoDate(earlier) }, later: { date: isoDate(later) } }),
  };
}

/** A hint for a call time outside the golden hours, with the first golden slot on or after it that day (or null). */
export function callTimeHint(time: string): Message | null {
  if (isGoldenTime(time)) return null;
  const m = minutes(time);
  const next = WINDOWS.find((w) => m < w.from);
  return next
    ? message('worklist.timing.outside_golden_hours', { time: { time }, suggestion: { time: clock(next.from) } })
    : message('worklist.timing.after_golden_hours', { time: { time } });
}
