import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { App } from './App';
import { answer, renderApp } from '../followup/test-helpers';
import { DEFAULT_SETTINGS } from '../../domain/settings';

vi.mock('../api/client', async (original) => ({ ...(await original<object>()), call: vi.fn() }));

const info = { version: '0.0.0', dataFile: '/tmp/x.sqlite', transport: 'preview' as const, today: '2026-03-10', demoLedgerCreated: false };

describe('the shell', () => {
  it('names its main menu in the UI language', async () => {
    answer({ 'settings:get': () => ({ ...DEFAULT_SETTINGS, language: 'en' }), 'app:info': () => info, 'debtors:list': () => [], 'calls:interrupted': () => [] });
    renderApp(<App />);
    expect(await screen.findByRole('navigation', { name: 'Main menu' })).toBeInTheDocument();
  });

  it('says Hoofdmenu in Dutch', async () => {
    answer({ 'settings:get': () => ({ ...DEFAULT_SETTINGS, language: 'nl' }), 'app:info': () => info, 'debtors:list': () => [], 'calls:interrupted': () => [] });
    renderApp(<App />);
    expect(await screen.findByRole('navigation', { name: 'Hoofdmenu' })).toBeInTheDocument();
  });

  it('says on start which calls were interrupted, until closed', async () => {
    window.location.hash = '#/debtors';
    answer({
      'settings:get': () => DEFAULT_SETTINGS,
      'app:info': () => info,
      'debtors:list': () => [],
      'calls:interrupted': () => [{ debtor: { id: 7, name: 'Leeflang & Zn' }, machineId: 'preventiveCall', startedAt: '2026-03-10T09:12:00.000Z', updatedAt: '2026-03-10T09:14:00.000Z' }],
    });
    renderApp(<App />);
    const banner = await screen.findByRole('status', { name: 'Er is een gesprek onderbroken: u kunt verder waar u was.' });
    expect(banner).toHaveTextContent('Leeflang & Zn — Preventief gesprek, begonnen op 10-03-2026 om 10:12');
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByRole('status', { name: /onderbroken/ })).not.toBeInTheDocument();
  });
});
