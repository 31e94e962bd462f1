import { useState, type ReactNode } from 'react';
import { call } from '../api/client';
import { I18nProvider, useT, type MessageKey } from '../i18n';
import { navigate, useRoute, type Route } from './router';
import { useHotkeys } from './hotkeys';
import { useLoad } from './use-load';
import { DebtorsScreen } from '../screens/DebtorsScreen';
import { DebtorScreen } from '../screens/DebtorScreen';
import { SettingsScreen } from '../screens/SettingsScreen';
import { screenRegistry } from './screen-registry';
import { InterruptedCallsBanner, useInterruptedCalls } from '../call/InterruptedCalls';
import type { Settings } from '../../domain/settings';

const NAV: { route: Route; label: MessageKey; hotkey: string }[] = [
  { route: { name: 'today' }, label: 'nav.today', hotkey: 'Alt+V' },
  { route: { name: 'debtors' }, label: 'nav.debtors', hotkey: 'Alt+D' },
  { route: { name: 'tasks' }, label: 'nav.tasks', hotkey: 'Alt+T' },
  { route: { name: 'complaints' }, label: 'nav.complaints', hotkey: 'Alt+K' },
  { route: { name: 'settings' }, label: 'nav.settings', hotkey: 'Alt+I' },
];

export function App() {
  const settings = useLoad(() => call('settings:get', {}), 'settings');
  const info = useLoad(() => call('app:info', {}), 'info');
  const language = settings.data?.language ?? 'nl';
  return (
    <I18nProvider language={language}>
      <Shell settings={settings.data} onSettingsSaved={settings.reload} info={info.data} loadError={settings.error ?? info.error} />
    </I18nProvider>
  );
}

function isActive(nav: Route, route: Route): boolean {
  if (nav.name === 'debtors') return route.name === 'debtors' || route.name === 'debtor' || route.name === 'call';
  return nav.name === route.name;
}

function Shell(props: {
  settings: Settings | undefined;
  onSettingsSaved: () => void;
  info: { demoLedgerCreated: boolean; dataFile: string; today: string } | undefined;
  loadError: string | null;
}) {
  const t = useT();
  const route = useRoute();
  const [welcomeClosed, setWelcomeClosed] = useState(false);
  // Calls cut off when the app stopped, said on start (Vandaag lists them too) until closed or a call is opened.
  const interrupted = useInterruptedCalls();
  const [interruptedClosed, setInterruptedClosed] = useState(false);
  const [lastRoute, setLastRoute] = useState(route);
  if (route !== lastRoute) {
    setLastRoute(route);
    if (route.name === 'call') setInterruptedClosed(true);
  }
  useHotkeys({
    'alt+d': () => navigate({ name: 'debtors' }),
    'alt+v': () => navigate({ name: 'today' }),
    'alt+t': () => navigate({ name: 'tasks' }),
    'alt+k': () => navigate({ name: 'complaints' }),
    'alt+i': () => navigate({ name: 'settings' }),
  });

  let screen: ReactNode;
  if (props.loadError) screen = <p role="alert" className="error">{props.loadError}</p>;
  else if (!props.settings || !props.info) screen = <p className="muted">{t('app.loading')}</p>;
  else {
    const extra = screenRegistry(route, props.settings, props.info.today);
    if (extra) screen = extra;
    else if (route.name === 'debtor') screen = <DebtorScreen id={route.id} settings={props.settings} />;
    else if (route.name === 'settings') screen = <SettingsScreen settings={props.settings} onSaved={props.onSettingsSaved} />;
    else screen = <DebtorsScreen />;
  }

  return (
    <div className="shell">
      <nav className="sidebar" aria-label={t('nav.label')}>
        <div className="brand">
          <strong>{t('app.title')}</strong>
          <span>{t('app.tagline')}</span>
        </div>
        <ul>
          {NAV.map((n) => (
            <li key={n.route.name}>
              <a href={`#/${n.route.name}`} aria-current={isActive(n.route, route) ? 'page' : undefined} title={n.hotkey}>
                {t(n.label)} <kbd>{n.hotkey}</kbd>
              </a>
            </li>
          ))}
        </ul>
        <footer>
          {props.settings && <div>{props.settings.collectorName} · {props.settings.company.name}</div>}
          <details>
            <summary>{t('app.shortcuts')}</summary>
            <p>{t('app.shortcutsHelp')}</p>
          </details>
        </footer>
      </nav>
      <main className="content">
        {props.info?.demoLedgerCreated && !welcomeClosed && (
          <div className="banner" role="status">
            <span>{t('app.demoCreated')}</span>
            <span className="muted">{t('app.dataFile', { file: props.info.dataFile })}</span>
            <button type="button" onClick={() => setWelcomeClosed(true)}>{t('app.dismiss')}</button>
          </div>
        )}
        {!interruptedClosed && route.name !== 'call' && route.name !== 'today' && (
          <InterruptedCallsBanner items={interrupted} onClose={() => setInterruptedClosed(true)} />
        )}
        {screen}
      </main>
    </div>
  );
}
