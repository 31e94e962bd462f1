// Instellingen (and the first start's company details): every field shows what is wrong with it beside it,
// in the UI language; a save with anything wrong saves nothing, says which fields to correct and puts the
// focus on the first. The Save button stays in view at the bottom of the window, and Ctrl+S saves.
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import { errorText } from '../api/error-text';
import { DecreeDaySettings, OfficeDaySettings, RateSettings } from '../settings/LegalSettings';
import { Field, asSentence, focusFirstInvalid } from '../settings/Field';
import { placeIssues, readSettings, SETTINGS_FIELDS, toDraft, type FieldIssues, type SettingsDraft, type SettingsField } from '../settings/settings-draft';
import { useUpdateSettings } from '../state/queries/app';
import { useHotkeys } from '../app/hotkeys';
import { useFormatMessage, useLanguage, useT, type MessageKey } from '../i18n';
import type { Settings } from '../../domain/settings';
import { message } from '../../domain/message-text';
import { TONES } from '../../domain/call-outcome';
import { DunningSettingsForm } from '../worklist/DunningSettingsForm';
import { BackupsSection } from './BackupsSection';

const NONE: FieldIssues = new Map();
type AdditionSection = 'addedRates' | 'addedEquatedDays' | 'officeDays';
const LABEL = new Map<string, MessageKey>(SETTINGS_FIELDS.map((f) => [f.path, f.label]));

export function SettingsScreen({
  settings,
  title = 'settings.title',
  submitLabel = 'settings.save',
  save,
}: {
  settings: Settings;
  /** The first start uses this form for the company details of a new administration. */
  title?: MessageKey;
  submitLabel?: MessageKey;
  save?: (settings: Settings) => Promise<Settings>;
}) {
  const t = useT();
  const say = useFormatMessage();
  const language = useLanguage();
  const [draft, setDraftAs] = useState<SettingsDraft>(() => toDraft(settings));
  const update = useUpdateSettings();
  // After a refused save the fields are checked as they are typed, until a save succeeds.
  const [tried, setTried] = useState(false);
  const [refusedBySave, setRefusedBySave] = useState<FieldIssues>(NONE);
  const [notice, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  const summary = useRef<HTMLParagraphElement>(null);

  // The sections whose addition is typed but not added: Save refuses until it is added or cleared.
  const [pending, setPending] = useState<ReadonlySet<AdditionSection>>(new Set());
  const pendingFor = useMemo(() => {
    const report = (section: AdditionSection) => (typed: boolean) =>
      setPending((now) => (typed === now.has(section) ? now : new Set(typed ? [...now, section] : [...now].filter((s) => s !== section))));
    return { addedRates: report('addedRates'), addedEquatedDays: report('addedEquatedDays'), officeDays: report('officeDays') };
  }, []);
  const notAdded = tried ? new Map([...pending].map((section) => [section, message('validation.settings.not_added')] as const)) : NONE;
  const checked = tried ? (readSettings(draft).issues ?? NONE) : NONE;
  const issues: FieldIssues = new Map([...refusedBySave, ...checked, ...notAdded]);
  const issueAt = (path: SettingsField) => issues.get(path) ?? null;

  useEffect(() => {
    if (focusRequest === 0) return;
    if (!focusFirstInvalid(form.current)) summary.current?.focus();
  }, [focusRequest]);

  useHotkeys({
    // The form the focus is in (the dunning schedule has its own), or this one.
    'ctrl+s': () => ((document.activeElement?.closest('form') as HTMLFormElement | null) ?? form.current)?.requestSubmit(),
  });

  const setDraft = (change: (d: SettingsDraft) => SettingsDraft) => {
    setDraftAs(change);
    setRefusedBySave(NONE);
    setMessage(null);
  };
  const setCompany = (field: keyof SettingsDraft['company'], value: string) => setDraft((d) => ({ ...d, company: { ...d.company, [field]: value } }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    setMessage(null);
    const read = readSettings(draft);
    if (read.issues || pending.size > 0) {
      setFocusRequest((n) => n + 1);
      return;
    }
    try {
      const saved = await (save ?? update.mutateAsync)(read.settings);
      setDraftAs(toDraft(saved));
      setTried(false);
      setMessage({ kind: 'ok', text: t('settings.saved') });
    } catch (error) {
      // The handler checks again: what it refuses at a field is shown there too.
      const atFields = error instanceof ApiError && error.shape.issues?.length ? placeIssues(error.shape.issues) : NONE;
      setRefusedBySave(atFields);
      if (atFields.size) setFocusRequest((n) => n + 1);
      else setMessage({ kind: 'error', text: t('settings.invalid', { reason: errorText(error, language) }) });
    }
  }

  const companyField = (field: keyof SettingsDraft['company'], label: MessageKey, numeric = false) => (
    <Field label={t(label)} issue={issueAt(`company.${field}`)}>
      {(control) => (
        <input {...control} name={field} inputMode={numeric ? 'numeric' : undefined} value={draft.company[field]} onChange={(e) => setCompany(field, e.target.value)} />
      )}
    </Field>
  );
  const wrong = [...issues].map(([path, issue]) => (path ? t(LABEL.get(path)!) : asSentence(say(issue))));

  return (
    <section aria-labelledby="settings-title">
      <header className="screen-header">
        <h1 id="settings-title">{t(title)}</h1>
      </header>
      <form ref={form} className="form settings-form" onSubmit={submit} noValidate>
        <fieldset>
          <legend>{t('settings.company')}</legend>
          {companyField('name', 'settings.companyName')}
          {companyField('addressLine', 'settings.addressLine')}
          {companyField('postcode', 'settings.postcode')}
          {companyField('city', 'settings.city')}
          {companyField('phone', 'settings.phone')}
          {companyField('email', 'settings.email')}
          {companyField('iban', 'settings.iban')}
          {companyField('kvk', 'settings.kvk')}
          {companyField('paymentTermDays', 'settings.paymentTerm', true)}
        </fieldset>
        <fieldset>
          <legend>{t('settings.collector')}</legend>
          <Field label={t('settings.collectorName')} issue={issueAt('collectorName')}>
            {(control) => <input {...control} name="collectorName" value={draft.collectorName} onChange={(e) => setDraft((d) => ({ ...d, collectorName: e.target.value }))} />}
          </Field>
          <Field label={t('settings.collectorRole')} issue={issueAt('collectorRole')}>
            {(control) => <input {...control} name="collectorRole" value={draft.collectorRole} onChange={(e) => setDraft((d) => ({ ...d, collectorRole: e.target.value }))} />}
          </Field>
          <Field label={t('settings.defaultTone')} issue={issueAt('defaultTone')}>
            {(control) => (
              <select {...control} name="defaultTone" value={draft.defaultTone} onChange={(e) => setDraft((d) => ({ ...d, defaultTone: e.target.value as Settings['defaultTone'] }))}>
                {TONES.map((tone) => (
                  <option key={tone} value={tone}>{t(`tone.${tone}`)}</option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('settings.language')} issue={issueAt('language')}>
            {(control) => (
              <select {...control} name="language" value={draft.language} onChange={(e) => setDraft((d) => ({ ...d, language: e.target.value as Settings['language'] }))}>
                <option value="nl">{t('settings.language.nl')}</option>
                <option value="en">{t('settings.language.en')}</option>
              </select>
            )}
          </Field>
        </fieldset>
        <fieldset>
          <legend>{t('settings.rules')}</legend>
          <Field label={t('settings.planGraceDays')} issue={issueAt('planGraceDays')}>
            {(control) => <input {...control} name="planGraceDays" inputMode="numeric" value={draft.planGraceDays} onChange={(e) => setDraft((d) => ({ ...d, planGraceDays: e.target.value }))} />}
          </Field>
          <Field label={t('settings.backupsToKeep')} issue={issueAt('backupsToKeep')}>
            {(control) => <input {...control} name="backupsToKeep" inputMode="numeric" value={draft.backupsToKeep} onChange={(e) => setDraft((d) => ({ ...d, backupsToKeep: e.target.value }))} />}
          </Field>
          <label className="check">
            <input
              name="collectionVatNotReclaimable"
              type="checkbox"
              checked={draft.collectionVatNotReclaimable}
              onChange={(e) => setDraft((d) => ({ ...d, collectionVatNotReclaimable: e.target.checked }))}
            />
            <span>{t('settings.vatNotReclaimable')}</span>
          </label>
        </fieldset>
        <RateSettings draft={draft} issue={issueAt('addedRates')} onPending={pendingFor.addedRates} onChange={(next) => setDraft((d) => ({ ...d, ...next }))} />
        <DecreeDaySettings draft={draft} issue={issueAt('addedEquatedDays')} onPending={pendingFor.addedEquatedDays} onChange={(next) => setDraft((d) => ({ ...d, ...next }))} />
        <OfficeDaySettings
          draft={draft}
          issue={issueAt('officeDays')}
          onPending={pendingFor.officeDays}
          weekdaysIssue={issueAt('officeDays.workingWeekdays')}
          onChange={(next) => setDraft((d) => ({ ...d, ...next }))}
        />
        <div className="save-bar">
          {issues.size > 0 && (
            <p role="alert" className="error" tabIndex={-1} ref={summary}>
              {t('settings.notSaved', { count: issues.size, fields: { list: wrong } })}
            </p>
          )}
          {notice && (
            <p role={notice.kind === 'error' ? 'alert' : 'status'} className={notice.kind === 'error' ? 'error' : 'ok'}>
              {notice.text}
            </p>
          )}
          <button type="submit" className="primary" disabled={update.isPending}>
            {t(submitLabel)} <kbd>Ctrl+S</kbd>
          </button>
        </div>
      </form>
      {/* Not on the first start: a new administration has no schedule to tune and nothing to back up yet. */}
      {!save && <DunningSettingsForm />}
      {!save && <BackupsSection />}
    </section>
  );
}
