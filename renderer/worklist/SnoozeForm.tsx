// Putting a worklist line aside until a day, with the reason (seed 000: work from a plan — a line that
// waits says why). The date is typed as the collector writes it (5-3-2026); errors are shown at the field.
import { useId, useState, type FormEvent } from 'react';
import { useFormatMessage, useLanguage, useT } from '../i18n';
import { ApiError } from '../api/client';
import { errorText } from '../api/error-text';
import { parseDutchDate, addDays, type IsoDate } from '../../domain/dates';
import { useFormats } from '../format';
import type { WorklistLine } from '../../ipc/channels/worklist';

export function SnoozeForm(props: { line: WorklistLine; today: IsoDate; onSnooze: (until: IsoDate, reason: string) => Promise<void>; onCancel: () => void }) {
  const t = useT();
  const f = useFormats();
  const language = useLanguage();
  const say = useFormatMessage();
  const id = useId();
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState(f.date(addDays(props.today, 1)));
  const [errors, setErrors] = useState<{ reason?: string; until?: string; form?: string }>({});

  async function submit(e: FormEvent) {
    e.preventDefault();
    const date = parseDutchDate(until);
    const found: typeof errors = {};
    if (!reason.trim()) found.reason = t('validation.worklist.snooze_reason');
    if (!date) found.until = t('followup.date.invalid', { what: t('worklist.screen.snoozeUntil'), value: until.trim() });
    else if (date <= props.today) found.until = t('validation.worklist.snooze_until_after_today', { today: f.date(props.today) });
    setErrors(found);
    if (found.reason || found.until) return;
    try {
      await props.onSnooze(date!, reason.trim());
    } catch (error) {
      // The handler checks again (the day may have turned): its refusal goes to the field it names.
      const issues = error instanceof ApiError ? (error.shape.issues ?? []) : [];
      const at = (path: string) => issues.find((i) => i.path === path)?.message;
      const reasonIssue = at('reason');
      const untilIssue = at('until');
      setErrors({
        reason: reasonIssue && say(reasonIssue),
        until: untilIssue && say(untilIssue),
        form: reasonIssue || untilIssue ? undefined : errorText(error, language),
      });
    }
  }

  const field = (name: 'reason' | 'until') => ({
    id: `${id}-${name}`,
    name,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name] ? `${id}-${name}-error` : undefined,
  });
  return (
    <form className="snooze-form" onSubmit={submit} noValidate aria-label={t('worklist.screen.snoozeTitle', { debtor: props.line.debtorName })}>
      <label htmlFor={`${id}-reason`}>{t('worklist.screen.snoozeReason')}</label>
      <input {...field('reason')} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus onKeyDown={(e) => e.key === 'Escape' && props.onCancel()} />
      {errors.reason && <span id={`${id}-reason-error`} className="field-error">{errors.reason}</span>}
      <label htmlFor={`${id}-until`}>{t('worklist.screen.snoozeUntil')}</label>
      <input {...field('until')} value={until} inputMode="numeric" onChange={(e) => setUntil(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && props.onCancel()} />
      {errors.until && <span id={`${id}-until-error`} className="field-error">{errors.until}</span>}
      <button type="submit" className="primary">{t('worklist.screen.snoozeSave')}</button>
      <button type="button" onClick={props.onCancel}>{t('worklist.screen.cancel')}</button>
      {errors.form && <p role="alert" className="error">{errors.form}</p>}
    </form>
  );
}
