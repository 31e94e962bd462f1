// The schedule clock of one invoice: it counts the calendar days after the due date, and stands still
// while the invoice is paused (an open complaint about it, an active payment plan covering it). So an
// invoice paused on schedule day 7 and released three weeks later resumes on day 8: the aanmaning of
// day 10 comes three running days later, not at once, and no step is skipped. Interval arithmetic on
// day numbers, no day loops: the worklist evaluates every open invoice of the ledger.
import type { DayNumber } from './day-number';

/** Days [from, until): `until` is the first day the clock runs again; null while the pause lasts. */
export interface DayInterval {
  from: DayNumber;
  until: DayNumber | null;
}

/** Sorted, disjoint, non-adjacent pauses, clipped to the days after the due date. */
function mergePauses(dueDay: DayNumber, pauses: readonly DayInterval[]): DayInterval[] {
  const clipped = pauses
    .map((p) => ({ from: Math.max(p.from, dueDay + 1), until: p.until }))
    .filter((p) => p.until === null || p.until > p.from)
    .sort((a, b) => a.from - b.from);
  const merged: DayInterval[] = [];
  for (const p of clipped) {
    const last = merged.at(-1);
    if (last && (last.until === null || p.from <= last.until)) {
      if (last.until !== null && (p.until === null || p.until > last.until)) last.until = p.until;
    } else merged.push({ ...p });
  }
  return merged;
}

export class ScheduleClock {
  private readonly pauses: readonly DayInterval[];

  constructor(
    private readonly dueDay: DayNumber,
    pauses: readonly DayInterval[],
  ) {
    this.pauses = mergePauses(dueDay, pauses);
  }

  /** Schedule days run by the end of `day` (0 up to the due date). */
  elapsedOn(day: DayNumber): number {
    if (day <= this.dueDay) return 0;
    const end = day + 1; // counted days are [dueDay + 1, end)
    let days = day - this.dueDay;
    for (const p of this.pauses) {
      if (p.from >= end) break;
      days -= (p.until === null || p.until > end ? end : p.until) - p.from;
    }
    return days;
  }

  /** The first day on which the clock reaches `target`; null when a pause without end comes first. */
  dayAt(target: number): DayNumber | null {
    if (target <= 0) return this.dueDay;
    let remaining = target;
    let cursor = this.dueDay; // the last day accounted for
    for (const p of this.pauses) {
      const running = p.from - cursor - 1; // counted days strictly between cursor and the pause
      if (remaining <= running) return cursor + remaining;
      remaining -= running;
      if (p.until === null) return null;
      cursor = p.until - 1;
    }
    return cursor + remaining;
  }

  isPaused(day: DayNumber): boolean {
    for (const p of this.pauses) if (p.from <= day && (p.until === null || day < p.until)) return true;
    return false;
  }
}
