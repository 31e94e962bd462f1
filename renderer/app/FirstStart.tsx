// The first start of a new data file: the collector's own administration (company settings first) or
// the demo, which the app opens in a file of its own so it never lands in the real ledger. The language
// is chosen here first, so an English-speaking collector reads the first start in English too.
import { useState } from 'react';
import { call } from '../api/client';
import { errorText } from '../api/error-text';
import { useStartOwnLedger, useUpdateSettings } from '../state/queries/app';
import { useLanguage, useT } from '../i18n';
import { SettingsScreen } from '../screens/SettingsScreen';
import { startAfresh } from './start-afresh';
import { DEFAULT_SETTINGS, type Settings } from '../../domain/settings';

/** An own administration starts without the demo company's details. */
const BLANK: Settings = {
  ...DEFAULT_SETTINGS,
  company: { name: '', addressLine: '', postcode: '', city: '', phone: '', email: '', iban: '', kvk: '', paymentTermDays: 14 },
  collectorName: '',
};


export function FirstStart({ canSwitchLedger, settings }: { canSwitchLedger: boolean; settings: Settings }) {
  const t = useT();
  const startOwn = useStartOwnLedger();
  const language = useLanguage();
  const chooseLanguage = useUpdateSettings();
  const [own, setOwn] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (own)
    return (
      <>
        <button type="button" className="link" onClick={() => setOwn(false)}>{t('app.firstStart.back')}</button>
        <SettingsScreen
          settings={{ ...BLANK, language }}
          title="app.firstStart.ownTitle"
          submitLabel="app.firstStart.start"
          save={async (settings) => {
            await startOwn.mutateAsync(settings);
            return settings;
          }}
        />
      </>
    );

  async function openDemo() {
    try {
      await call('app:openDemo', {});
      startAfresh();
    } catch (e) {
      setError(errorText(e, language));
    }
  }

  return (
    <section aria-labelledby="first-start-title" className="first-start">
      <h1 id="first-start-title">{t('app.firstStart.title')}</h1>
      <label className="language-choice">
        <span>{t('settings.language')}</span>
        <select
          name="language"
          value={language}
          disabled={chooseLanguage.isPending}
          onChange={(e) => chooseLanguage.mutate({ ...settings, language: e.target.value as Settings['language'] })}
        >
          <option value="nl">{t('settings.language.nl')}</option>
          <option value="en">{t('settings.language.en')}</option>
        </select>
      </label>
      <p>{t('app.firstStart.intro')}</p>
      <div className="choices">
        <button type="button" className="primary" autoFocus onClick={() => setOwn(true)} aria-describedby="first-start-own">
          {t('app.firstStart.own')}
        </button>
        <p id="first-start-own" className="muted">{t('app.firstStart.ownHelp')}</p>
        {canSwitchLedger && (
          <>
            <button type="button" onClick={openDemo} aria-describedby="first-start-demo">{t('app.firstStart.demo')}</button>
            <p id="first-start-demo" className="muted">{t('app.firstStart.demoHelp')}</p>
          </>
        )}
      </div>
      {error && <p role="alert" className="error">{error}</p>}
      {chooseLanguage.error ? <p role="alert" className="error">{errorText(chooseLanguage.error, language)}</p> : null}
    </section>
  );
}
