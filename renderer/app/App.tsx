import { useEffect, useState } from 'react';
import { I18nProvider, useT, type Language, type MessageKey } from '../i18n';
import { navigate, routeToHash, useRoute, type Route } from './router';
import { screenFor } from './routes';
import { useHotkeys } from './hotkeys';
import { ErrorBoundary } from './ErrorBoundary';
import { ErrorLine, Loading } from './status';
import { useAppInfo, useSettings } from '../state/queries/app';
import { call } from '../api/client';
import { startAfresh } from './start-afresh';
import { screenChunk } from './screen-chunk';
import { InterruptedCallsBanner } from '../call/InterruptedCalls';
import { useInterruptedCalls } from '../state/queries/calls';

/** Only a new data file shows it: a chunk of its own (with the settings form), not part of every start. */
const FirstStart = screenChunk(() => import('./FirstStart').then((m) => m.FirstStart));

const NAV: { route: Route; label: MessageKey; hotkey: string }[] = [
  { route: { name: 'today' }, label: 'nav.today', hotkey: 'Alt+V' },
  { route: { name: 'debtors' }, label: 'nav.debtors', hotkey: 'Alt+D' },
  { route: { name: 'tasks' }, label: 'nav.tasks', hotkey: 'Alt+T' },
  { route: { name: 'complaints' }, label: 'nav.complaints', hotkey: 'Alt+K' },
  { route: { name: 'data' }, label: 'nav.data', hotkey: 'Alt+L' },
  { route: { name: 'settings' }, label: 'nav.settings', hotkey: 'Alt+I' },
];

export function App() {
  const settings = useSettings();
  const language: Language = settings.data?.language ?? 'nl';
  // Screen readers and the browser's hyphenation and spelling follow the UI language.
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <I18nProvider language={language}>
      <Shell />
    </I18nProvider>
  );
}

function isActive(nav: Route, route: Route): boolean {
  if (nav.name === 'debtors') return route.name === 'debtors' || route.name === 'debtor' || route.name === 'call' || route.name === 'preventiveCall';
  return nav.name === route.name;
}

function Shell() {
  const t = useT();
  const route = useRoute();
  const settings = useSettings();
  const info = useAppInfo();
  const [welcomeClosed, setWelcomeClosed] = useState(false);
  // Calls cut off when the app stopped, said on start (Vandaag lists them too) until closed or a call is opened.
  const interrupted = useInterruptedCalls().data ?? [];
  const [interruptedClosed, setInterruptedClosed] = useState(false);
  const [lastRoute, setLastRoute] = useState(route);
  if (route !== lastRoute) {
    setLastRoute(route);
    if (route.name === 'call' || route.name === 'preventiveCall') setInterruptedClosed(true);
  }
  useHotkeys({
    'alt+d': () => navigate({ name: 'debtors' }),
    'alt+v': () => navigate({ name: 'today' }),
    'alt+t': () => navigate({ name: 'tasks' }),
    'alt+k': () => navigate({ name: 'complaints' }),
    'alt+i': () => navigate({ name: 'settings' }),
    'alt+l': () => navigate({ name: 'data' }),
  });

  const failed = settings.error ?? info.error;
  const screen = failed ? (
    <ErrorLine error={failed} />
  ) : !settings.data || !info.data ? (
    <Loading />
  ) : info.data.ledgerKind === 'new' ? (
    <FirstStart canSwitchLedger={info.data.canSwitchLedger} settings={settings.data} />
  ) : (
    screenFor(route, { settings: settings.data, today: info.data.today })
  );

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
              <a href={routeToHash(n.route)} aria-current={isActive(n.route, route) ? 'page' : undefined} title={n.hotkey}>
                {t(n.label)} <kbd>{n.hotkey}</kbd>
              </a>
            </li>
          ))}
        </ul>
        <footer>
          {settings.data && <div>{settings.data.collectorName} · {settings.data.company.name}</div>}
          <details>
            <summary>{t('app.shortcuts')}</summary>
            <p>{t('app.shortcutsHelp')}</p>
          </details>
        </footer>
      </nav>
      <main className="content">
        {info.data?.ledgerKind === 'demo' && (
          <div className="banner demo" role="status" data-testid="demo-banner">
            <strong>{t('app.demoBanner')}</strong>
            {info.data.canSwitchLedger && (
              <button type="button" onClick={() => call('app:leaveDemo', {}).then(startAfresh)}>{t('app.leaveDemo')}</button>
            )}
          </div>
        )}
        {info.data?.demoLedgerCreated && !welcomeClosed && (
          <div className="banner" role="status">
            <span>{t('app.demoCreated')}</span>
            <span className="muted">{t('app.dataFile', { file: info.data.dataFile })}</span>
            <button type="button" onClick={() => setWelcomeClosed(true)}>{t('app.dismiss')}</button>
          </div>
        )}
        {!interruptedClosed && route.name !== 'call' && route.name !== 'preventiveCall' && route.name !== 'today' && (
          <InterruptedCallsBanner items={interrupted} onClose={() => setInterruptedClosed(true)} />
        )}
        {/* A new route is a new screen: a failed one does not follow the collector. */}
        <ErrorBoundary key={routeToHash(route)}>{screen}</ErrorBoundary>
      </main>
    </div>
  );
}
