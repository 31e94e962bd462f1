import { useState, type FormEvent } from 'react';
import { errorText } from '../api/client';
import { DecreeDaySettings, OfficeDaySettings, RateSettings } from '../settings/LegalSettings';
import { useUpdateSettings } from '../state/queries/app';
import { useLanguage, useT, type MessageKey } from '../i18n';
import { validationIssues } from '../../ipc/validation';
import { describeProblem } from '../../i18n/describe-error';
import { Settings } from '../../domain/settings';
import { TONES } from '../../domain/call-outcome';
import { DunningSettingsForm } from '../worklist/DunningSettingsForm';
import { BackupsSection } from './BackupsSection';

type Draft = Settings;

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
  const language = useLanguage();
  const [draft, setDraft] = useState<Draft>(settings);
  const update = useUpdateSettings();
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const describe = (error: Parameters<typeof validationIssues>[0]) =>
    describeProblem({ message: { key: 'errors.invalid_input' }, issues: validationIssues(error) }, language);

  const setCompany = (field: keyof Settings['company'], value: string | number) =>
    setDraft((d) => ({ ...d, company: { ...d.company, [field]: value } }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    // Check here first for a message naming the field; the handler checks again (it trusts no one).
    const parsed = Settings.safeParse(draft, { reportInput: true });
    if (!parsed.success) {
      const reason = describeProblem({ message: { key: 'errors.invalid_input' }, issues: validationIssues(parsed.error) }, language);
      setMessage({ kind: 'error', text: t('settings.invalid', { reason }) });
      return;
    }
    try {
      const saved = await (save ?? update.mutateAsync)(parsed.data);
      setDraft(saved);
      setMessage({ kind: 'ok', text: t('settings.saved') });
    } catch (error) {
      setMessage({ kind: 'error', text: t('settings.invalid', { reason: errorText(error, language) }) });
    }
  }

  const companyField = (field: keyof Settings['company'], label: MessageKey, type: 'text' | 'number' = 'text') => (
    <label>
      <span>{t(label)}</span>
      <input
        name={field}
        type={type}
        value={draft.company[field]}
        onChange={(e) => setCompany(field, type === 'number' ? Number(e.target.value) : e.target.value)}
      />
    </label>
  );

  return (
    <section aria-labelledby="settings-title">
      <header className="screen-header">
        <h1 id="settings-title">{t(title)}</h1>
      </header>
      <form className="form" onSubmit={submit} noValidate>
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
          {companyField('paymentTermDays', 'settings.paymentTerm', 'number')}
        </fieldset>
        <fieldset>
          <legend>{t('settings.collector')}</legend>
          <label>
            <span>{t('settings.collectorName')}</span>
            <input name="collectorName" value={draft.collectorName} onChange={(e) => setDraft({ ...draft, collectorName: e.target.value })} />
          </label>
          <label>
            <span>{t('settings.collectorRole')}</span>
            <input name="collectorRole" value={draft.collectorRole} onChange={(e) => setDraft({ ...draft, collectorRole: e.target.value })} />
          </label>
          <label>
            <span>{t('settings.defaultTone')}</span>
            <select name="defaultTone" value={draft.defaultTone} onChange={(e) => setDraft({ ...draft, defaultTone: e.target.value as Settings['defaultTone'] })}>
              {TONES.map((tone) => (
                <option key={tone} value={tone}>{t(`tone.${tone}`)}</option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('settings.language')}</span>
            <select name="language" value={draft.language} onChange={(e) => setDraft({ ...draft, language: e.target.value as Settings['language'] })}>
              <option value="nl">{t('settings.language.nl')}</option>
              <option value="en">{t('settings.language.en')}</option>
            </select>
          </label>
        </fieldset>
        <fieldset>
          <legend>{t('settings.rules')}</legend>
          <label>
            <span>{t('settings.planGraceDays')}</span>
            <input name="planGraceDays" type="number" value={draft.planGraceDays} onChange={(e) => setDraft({ ...draft, planGraceDays: Number(e.target.value) })} />
          </label>
          <label>
            <span>{t('settings.backupsToKeep')}</span>
            <input name="backupsToKeep" type="number" min={1} max={365} value={draft.backupsToKeep} onChange={(e) => setDraft({ ...draft, backupsToKeep: Number(e.target.value) })} />
          </label>
          <label className="check">
            <input
              name="collectionVatNotReclaimable"
              type="checkbox"
              checked={draft.collectionVatNotReclaimable}
              onChange={(e) => setDraft({ ...draft, collectionVatNotReclaimable: e.target.checked })}
            />
            <span>{t('settings.vatNotReclaimable')}</span>
          </label>
        </fieldset>
        <RateSettings draft={draft} onChange={(next) => setDraft((d) => ({ ...d, ...next }))} describe={describe} />
        <DecreeDaySettings draft={draft} onChange={(next) => setDraft((d) => ({ ...d, ...next }))} describe={describe} />
        <OfficeDaySettings draft={draft} onChange={(next) => setDraft((d) => ({ ...d, ...next }))} />
        {message && (
          <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'error' : 'ok'}>
            {message.text}
          </p>
        )}
        <button type="submit" className="primary" disabled={update.isPending}>{t(submitLabel)}</button>
      </form>
      {/* Not on the first start: a new administration has no schedule to tune and nothing to back up yet. */}
      {!save && <DunningSettingsForm />}
      {!save && <BackupsSection />}
    </section>
  );
}
