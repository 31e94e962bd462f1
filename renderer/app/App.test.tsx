import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { App } from './App';
import { answer, callsTo, renderApp } from '../followup/test-helpers';
import { askAhead } from '../api/client';
import { DEFAULT_SETTINGS } from '../../domain/settings';

vi.mock('../api/client', async (original) => ({ ...(await original<object>()), call: vi.fn(), askAhead: vi.fn() }));
// The code of the tasks screen and of Vandaag (chunks of their own, routes.tsx) arrives when the test lets it.
const { tasksCode, vandaagCode } = vi.hoisted(() => {
  const gate = () => {
    let resolve = () => {};
    const arrived = new Promise<void>((r) => (resolve = r));
    return { arrived, resolve: () => resolve() };
  };
  return { tasksCode: gate(), vandaagCode: gate() };
});
vi.mock('../followup/TasksScreen', async (original) => {
  await tasksCode.arrived;
  return original();
});
vi.mock('../worklist/WorklistScreen', async (original) => {
  await vandaagCode.arrived;
  return original();
});

const info = { version: '0.0.0', dataFile: '/tmp/x.sqlite', transport: 'preview' as const, today: '2026-03-10', demoLedgerCreated: false, ledgerKind: 'own' as const, canSwitchLedger: true };

describe('the shell', () => {
  it('names its main menu in the UI language', async () => {
    answer({ 'settings:get': () => ({ ...DEFAULT_SETTINGS, language: 'en' }), 'app:info': () => info, 'debtors:list': () => ({ rows: [], nextCursor: null, totals: { count: 0, openCents: 0 } }), 'calls:interrupted': () => [] });
    renderApp(<App />);
    expect(await screen.findByRole('navigation', { name: 'Main menu' })).toBeInTheDocument();
  });

  it('says Hoofdmenu in Dutch', async () => {
    answer({ 'settings:get': () => ({ ...DEFAULT_SETTINGS, language: 'nl' }), 'app:info': () => info, 'debtors:list': () => ({ rows: [], nextCursor: null, totals: { count: 0, openCents: 0 } }), 'calls:interrupted': () => [] });
    renderApp(<App />);
    expect(await screen.findByRole('navigation', { name: 'Hoofdmenu' })).toBeInTheDocument();
  });

  it('says on start which calls were interrupted, until closed', async () => {
    window.location.hash = '#/debtors';
    answer({
      'settings:get': () => DEFAULT_SETTINGS,
      'app:info': () => info,
      'debtors:list': () => ({ rows: [], nextCursor: null, totals: { count: 0, openCents: 0 } }),
      'calls:interrupted': () => [{ debtor: { id: 7, name: 'Leeflang & Zn' }, machineId: 'preventiveCall', startedAt: '2026-03-10T09:12:00.000Z', updatedAt: '2026-03-10T09:14:00.000Z' }],
    });
    renderApp(<App />);
    const banner = await screen.findByRole('status', { name: 'Er is een gesprek onderbroken: u kunt verder waar u was.' });
    expect(banner).toHaveTextContent('Leeflang & Zn — Preventief gesprek, begonnen op 10-03-2026 om 10:12');
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByRole('status', { name: /onderbroken/ })).not.toBeInTheDocument();
  });
});

describe('a screen whose code is loaded when it is first shown', () => {
  it('says it is loading, in the UI language, until its code is there; then it is shown', async () => {
    window.location.hash = '#/tasks';
    answer({
      'settings:get': () => ({ ...DEFAULT_SETTINGS, language: 'en' }),
      'app:info': () => info,
      'calls:interrupted': () => [],
      'tasks:list': () => ({ tasks: [], total: 0, nextCursor: null }),
    });
    renderApp(<App />);
    expect(await screen.findByRole('navigation', { name: 'Main menu' })).toBeInTheDocument();
    expect(screen.getByText('Loading…')).toBeVisible();
    tasksCode.resolve();
    expect(await screen.findByRole('heading', { name: 'Tasks' })).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
  });

  it('going to Vandaag before its code is there asks for its first lines at once, not after the code', async () => {
    window.location.hash = '#/debtors';
    const empty = { date: '2026-03-10', now: '09:00', total: 0, offset: 0, lines: [], snoozed: [], paused: [], snoozedTotal: 0, pausedTotal: 0 };
    const mocked = answer({
      'settings:get': () => DEFAULT_SETTINGS,
      'app:info': () => info,
      'calls:interrupted': () => [],
      'debtors:list': () => ({ rows: [], nextCursor: null, totals: { count: 0, openCents: 0 } }),
      'worklist:list': () => empty,
      'tasks:list': () => ({ tasks: [], total: 0, nextCursor: null }),
    });
    renderApp(<App />);
    expect(await screen.findByRole('heading', { name: 'Debiteuren', level: 1 })).toBeInTheDocument();
    act(() => void (window.location.hash = '#/today'));
    expect(await screen.findByText('Laden…')).toBeVisible();
    expect(askAhead).toHaveBeenCalledExactlyOnceWith('worklist:list', { limit: 200, offset: 0, part: 'lines' });
    vandaagCode.resolve();
    expect(await screen.findByRole('heading', { name: 'Vandaag', level: 1 })).toBeInTheDocument();
    // The screen's own request is the one asked ahead: its call takes that answer (api/client.ts).
    expect(callsTo(mocked, 'worklist:list')).toContainEqual({ limit: 200, offset: 0, part: 'lines' });
  });
});

describe('first start and the demo', () => {
  it('a new data file asks for the own administration or the demo; the own one starts with the company details', async () => {
    const user = userEvent.setup();
    answer({ 'settings:get': () => DEFAULT_SETTINGS, 'app:info': () => ({ ...info, ledgerKind: 'new' }) });
    renderApp(<App />);
    expect(await screen.findByRole('heading', { name: 'Welkom bij Belwijzer' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Voorbeeldadministratie' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Eigen administratie' }));
    expect(await screen.findByRole('heading', { name: 'Uw bedrijfsgegevens' })).toBeInTheDocument();
    // Not the demo company: the fields start empty.
    expect(screen.getByRole('textbox', { name: 'Bedrijfsnaam' })).toHaveValue('');
    await user.click(screen.getByRole('button', { name: /^Administratie beginnen/ }));
    // Nothing filled in: each required field says so, and the focus is on the first.
    expect(await screen.findByRole('alert')).toHaveTextContent(/^Niet opgeslagen: \d+ velden kloppen nog niet — Bedrijfsnaam, Adres, /);
    expect(screen.getByRole('textbox', { name: 'Bedrijfsnaam' })).toHaveAccessibleDescription('Vul dit in');
    expect(screen.getByRole('textbox', { name: 'Bedrijfsnaam' })).toHaveFocus();
  });

  it('a demo administration says so on every screen', async () => {
    answer({ 'settings:get': () => DEFAULT_SETTINGS, 'app:info': () => ({ ...info, ledgerKind: 'demo' }), 'debtors:list': () => ({ rows: [], nextCursor: null, totals: { count: 0, openCents: 0 } }) });
    renderApp(<App />);
    expect(await screen.findByTestId('demo-banner')).toHaveTextContent('U werkt in de voorbeeldadministratie: oefenen met verzonnen debiteuren');
    expect(screen.getByRole('button', { name: 'Naar eigen administratie' })).toBeInTheDocument();
  });
});
