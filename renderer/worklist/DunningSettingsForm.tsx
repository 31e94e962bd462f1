// Settings for the collector's day: the dunning schedule per kind of debtor (add, remove and move steps:
// each step's action and day), the weights of the worklist's priority, and the amount from which an
// invoice gets a preventive call. Each rule of domain/dunning/schedule.ts is checked while typing and
// shown at its step (an error refuses saving; a warning is said and saved); the handler checks again.
import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import { errorText } from '../api/error-text';
import { useDunningSettings, useSaveDunningSettings } from '../state/queries/worklist';
import { useFormatMessage, useLanguage, useT, type MessageKey } from '../i18n';
import { useFormats, type Formats } from '../format';
import { DUNNING_ACTIONS, scheduleIssues, MAX_STEP_DAY, type DunningAction, type DunningStep, type ScheduleIssue } from '../../domain/dunning/schedule';
import { PriorityWeights } from '../../domain/dunning/priority';
import type { DunningSettings } from '../../domain/dunning/settings';
import type { DebtorKind } from '../../domain/primitives';
import type { Message } from '../../domain/message';
import './worklist.css';

type WeightKey = keyof PriorityWeights;
const WEIGHTS = Object.keys(PriorityWeights.shape) as WeightKey[];
const KINDS: readonly DebtorKind[] = ['business', 'consumer'];

interface Draft {
  schedules: Record<DebtorKind, { day: string; action: DunningAction }[]>;
  weights: Record<WeightKey, string>;
  preventive: string;
}

const toDraft = (s: DunningSettings, f: Formats): Draft => ({
  schedules: { business: s.schedules.business.map((x) => ({ day: String(x.day), action: x.action })), consumer: s.schedules.consumer.map((x) => ({ day: String(x.day), action: x.action })) },
  weights: Object.fromEntries(WEIGHTS.map((k) => [k, String(s.weights[k])])) as Record<WeightKey, string>,
  preventive: f.amount(s.preventiveMinimumCents),
});

/** A whole number typed in a field, or NaN (a cleared field is not 0). */
const wholeNumber = (typed: string) => (/^\s*\d+\s*$/.test(typed) ? Number(typed) : Number.NaN);

export function DunningSettingsForm() {
  const settings = useDunningSettings().data;
  return settings ? <DunningSettingsEditor saved={settings} /> : null;
}

function DunningSettingsEditor({ saved: initial }: { saved: DunningSettings }) {
  const t = useT();
  const f = useFormats();
  const say = useFormatMessage();
  const language = useLanguage();
  const id = useId();
  const save = useSaveDunningSettings();
  const [draft, setDraft] = useState<Draft>(() => toDraft(initial, f));
  const [serverIssues, setServerIssues] = useState<{ path: string; message: Message }[]>([]);
  const [feedback, setFeedback] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const steps = (kind: DebtorKind): DunningStep[] => draft.schedules[kind].map((s) => ({ day: wholeNumber(s.day), action: s.action }));
  const localIssues = (kind: DebtorKind): ScheduleIssue[] => {
    const list = steps(kind);
    const dayIssues: ScheduleIssue[] = list.flatMap((s, i) =>
      Number.isInteger(s.day) && s.day >= 1 && s.day <= MAX_STEP_DAY ? [] : [{ path: [i, 'day'], severity: 'error' as const, message: { key: 'validation.dunning.day_range' } }],
    );
    return dayIssues.length ? dayIssues : scheduleIssues(kind, list);
  };
  const issuesAt = (kind: DebtorKind, index: number, field: 'day' | 'action') => [
    ...localIssues(kind).filter((i) => i.path[0] === index && i.path[1] === field),
    ...serverIssues.filter((i) => i.path === `schedules.${kind}.${index}.${field}`).map((i) => ({ path: [], severity: 'error' as const, message: i.message })),
  ];
  const wholeIssues = (kind: DebtorKind) => localIssues(kind).filter((i) => i.path.length === 0);

  const setStep = (kind: DebtorKind, index: number, change: Partial<{ day: string; action: DunningAction }>) =>
    setDraft({ ...draft, schedules: { ...draft.schedules, [kind]: draft.schedules[kind].map((s, i) => (i === index ? { ...s, ...change } : s)) } });
  const removeStep = (kind: DebtorKind, index: number) => setDraft({ ...draft, schedules: { ...draft.schedules, [kind]: draft.schedules[kind].filter((_, i) => i !== index) } });
  const addStep = (kind: DebtorKind) => {
    const last = Math.max(0, ...steps(kind).map((s) => (Number.isFinite(s.day) ? s.day : 0)));
    setDraft({ ...draft, schedules: { ...draft.schedules, [kind]: [...draft.schedules[kind], { day: String(Math.min(last + 1, MAX_STEP_DAY)), action: 'call' }] } });
  };

  const weightIssue = (k: WeightKey) => {
    const value = wholeNumber(draft.weights[k]);
    const field = PriorityWeights.shape[k];
    return Number.isNaN(value) || !field.safeParse(value).success ? t('worklist.settings.weightRange', { min: field.minValue ?? 0, max: field.maxValue ?? 0 }) : null;
  };
  const preventiveCents = f.readAmount(draft.preventive);
  const preventiveIssue = preventiveCents === null || preventiveCents < 0 ? t('worklist.settings.amountInvalid', { value: draft.preventive.trim() }) : null;
  const hasErrors =
    KINDS.some((k) => localIssues(k).some((i) => i.severity === 'error')) || WEIGHTS.some((k) => weightIssue(k) !== null) || preventiveIssue !== null;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setServerIssues([]);
    if (hasErrors) {
      setFeedback({ kind: 'error', text: t('worklist.settings.fixFirst') });
      return;
    }
    try {
      const saved = await save.mutateAsync({
        schedules: { business: steps('business'), consumer: steps('consumer') },
        weights: Object.fromEntries(WEIGHTS.map((k) => [k, wholeNumber(draft.weights[k])])) as PriorityWeights,
        preventiveMinimumCents: preventiveCents!,
      });
      setDraft(toDraft(saved, f));
      setFeedback({ kind: 'ok', text: t('worklist.settings.saved') });
    } catch (error) {
      if (error instanceof ApiError) setServerIssues(error.shape.issues ?? []);
      setFeedback({ kind: 'error', text: t('settings.invalid', { reason: errorText(error, language) }) });
    }
  }

  const errorId = (...parts: (string | number)[]) => `${id}-${parts.join('-')}-error`;
  return (
    <form className="form dunning-settings" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('worklist.settings.title')}</h2>
      {KINDS.map((kind) => (
        <fieldset key={kind}>
          <legend>{t(`worklist.settings.schedule.${kind}` as MessageKey)}</legend>
          <table className="grid compact schedule">
            <thead>
              <tr>
                <th scope="col">{t('worklist.settings.day')}</th>
                <th scope="col">{t('worklist.settings.action')}</th>
                <th scope="col"><span className="visually-hidden">{t('worklist.settings.remove')}</span></th>
              </tr>
            </thead>
            <tbody>
              {draft.schedules[kind].map((s, index) => {
                const dayIssues = issuesAt(kind, index, 'day');
                const actionIssues = issuesAt(kind, index, 'action');
                const dayError = dayIssues.some((i) => i.severity === 'error');
                const actionError = actionIssues.some((i) => i.severity === 'error');
                return (
                  <tr key={index} data-testid={`schedule-${kind}-step`}>
                    <td>
                      <input
                        aria-label={t('worklist.settings.dayOf', { n: index + 1 })}
                        name={`${kind}-${index}-day`}
                        inputMode="numeric"
                        value={s.day}
                        onChange={(e) => setStep(kind, index, { day: e.target.value })}
                        aria-invalid={dayError || undefined}
                        aria-describedby={dayIssues.length ? errorId(kind, index, 'day') : undefined}
                      />
                      <Problems list={dayIssues} at={errorId(kind, index, 'day')} />
                    </td>
                    <td>
                      <select
                        aria-label={t('worklist.settings.actionOf', { n: index + 1 })}
                        name={`${kind}-${index}-action`}
                        value={s.action}
                        onChange={(e) => setStep(kind, index, { action: e.target.value as DunningAction })}
                        aria-invalid={actionError || undefined}
                        aria-describedby={actionIssues.length ? errorId(kind, index, 'action') : undefined}
                      >
                        {DUNNING_ACTIONS.filter((a) => a !== 'consumer14' || kind === 'consumer').map((a) => (
                          <option key={a} value={a}>{say({ key: 'dunning.action', params: { action: a } })}</option>
                        ))}
                      </select>
                      <Problems list={actionIssues} at={errorId(kind, index, 'action')} />
                    </td>
                    <td>
                      <button type="button" onClick={() => removeStep(kind, index)} aria-label={t('worklist.settings.removeStep', { n: index + 1 })}>
                        {t('worklist.settings.remove')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <Problems list={wholeIssues(kind)} at={errorId(kind)} />
          <button type="button" onClick={() => addStep(kind)}>{t('worklist.settings.add')}</button>
        </fieldset>
      ))}
      <fieldset>
        <legend>{t('worklist.settings.priority')}</legend>
        {WEIGHTS.map((k) => {
          const issue = weightIssue(k);
          return (
            <label key={k}>
              <span>{t(`worklist.settings.weight.${k}` as MessageKey)}</span>
              <input
                name={k}
                inputMode="numeric"
                value={draft.weights[k]}
                onChange={(e) => setDraft({ ...draft, weights: { ...draft.weights, [k]: e.target.value } })}
                aria-invalid={issue ? true : undefined}
                aria-describedby={issue ? errorId('weight', k) : undefined}
              />
              {issue && <span id={errorId('weight', k)} className="field-error">{issue}</span>}
            </label>
          );
        })}
      </fieldset>
      <fieldset>
        <legend>{t('worklist.settings.preventive')}</legend>
        <label>
          <span>{t('worklist.settings.preventiveAmount')}</span>
          <input
            name="preventiveMinimum"
            inputMode="decimal"
            value={draft.preventive}
            onChange={(e) => setDraft({ ...draft, preventive: e.target.value })}
            aria-invalid={preventiveIssue ? true : undefined}
            aria-describedby={preventiveIssue ? errorId('preventive') : undefined}
          />
          {preventiveIssue && <span id={errorId('preventive')} className="field-error">{preventiveIssue}</span>}
        </label>
      </fieldset>
      {feedback && (
        <p role={feedback.kind === 'error' ? 'alert' : 'status'} className={feedback.kind === 'error' ? 'error' : 'ok'}>
          {feedback.text}
        </p>
      )}
      <button type="submit" className="primary">{t('worklist.settings.save')}</button>
    </form>
  );
}

/** What is wrong (or worth a warning) at one field, read by the field through aria-describedby. */
function Problems({ list, at }: { list: { severity: 'error' | 'warning'; message: Message }[]; at: string }) {
  const say = useFormatMessage();
  if (list.length === 0) return null;
  return (
    <span id={at} className={list.some((i) => i.severity === 'error') ? 'field-error' : 'field-warning'}>
      {list.map((i) => say(i.message)).join(' ')}
    </span>
  );
}
