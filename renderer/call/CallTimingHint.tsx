// Beside a call-back's date and time (seed 003): a word when the time is outside the golden calling
// hours or the day is a Thursday, a Friday or a day the office is closed, with the better moment. The
// collector may still keep what the customer asked for; this only says it.
import { useFormatMessage } from '../i18n';
import { callDayHint, callTimeHint } from '../../domain/dunning/timing';
import { isOfficeDay } from '../../domain/calendar/office-days';
import { isTimeOfDay, parseDutchDate, type IsoDate } from '../../domain/dates';

export function CallTimingHint({ id, date, time, today }: { id: string; date: string; time: string; today: IsoDate }) {
  const say = useFormatMessage();
  const day = parseDutchDate(date);
  const hints = [
    day && day >= today ? callDayHint(day, { today, isWorkingDay: (d) => isOfficeDay(d) })?.message : null,
    isTimeOfDay(time.trim()) ? callTimeHint(time.trim()) : null,
  ].filter((m) => m != null);
  return (
    <p id={id} className="hint timing-hint" role="status">
      {hints.map((m) => say(m)).join(' ')}
    </p>
  );
}
