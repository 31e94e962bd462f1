// When to call (seed 003): the golden calling hours, and a word when the time or the day is not a good
// one — outside the golden hours, a Thursday or Friday (Monday–Wednesday suggested), a day the office is
// closed (the office calendar).
import { useFormatMessage, useT } from '../i18n';
import { callDayHint, callTimeHint, isGoldenTime } from '../../domain/dunning/timing';
import { isOfficeDay } from '../../domain/calendar/office-days';
import type { IsoDate } from '../../domain/dates';

const isWorkingDay = (date: IsoDate) => isOfficeDay(date);

export function TimingHints({ date, now, today }: { date: IsoDate; now: string; today: IsoDate }) {
  const t = useT();
  const say = useFormatMessage();
  const day = callDayHint(date, { today, isWorkingDay });
  // The time matters only for today's list.
  const time = date === today && !isGoldenTime(now) ? callTimeHint(now) : null;
  return (
    <div className="timing-hints" aria-label={t('worklist.screen.timing')} role="note">
      <span className={date === today && isGoldenTime(now) ? 'golden now' : 'golden'}>{t('worklist.timing.golden_hours')}</span>
      {time && <span className="hint">{say(time)}</span>}
      {day && <span className="hint">{say(day.message)}</span>}
    </div>
  );
}
