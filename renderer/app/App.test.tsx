import { render, screen } from '@testing-library/react';
import { vi } from 'vitest';
import { App } from './App';
import { answer } from '../followup/test-helpers';
import { DEFAULT_SETTINGS } from '../../domain/settings';

vi.mock('../api/client', async (original) => ({ ...(await original<object>()), call: vi.fn() }));

const info = { version: '0.0.0', dataFile: '/tmp/x.sqlite', transport: 'preview' as const, today: '2026-03-10', demoLedgerCreated: false };

describe('the shell', () => {
  it('names its main menu in the UI language', async () => {
    answer({ 'settings:get': () => ({ ...DEFAULT_SETTINGS, language: 'en' }), 'app:info': () => info, 'debtors:list': () => [] });
    render(<App />);
    expect(await screen.findByRole('navigation', { name: 'Main menu' })).toBeInTheDocument();
  });

  it('says Hoofdmenu in Dutch', async () => {
    answer({ 'settings:get': () => ({ ...DEFAULT_SETTINGS, language: 'nl' }), 'app:info': () => info, 'debtors:list': () => [] });
    render(<App />);
    expect(await screen.findByRole('navigation', { name: 'Hoofdmenu' })).toBeInTheDocument();
  });
});
