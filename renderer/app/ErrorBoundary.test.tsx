import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { useState } from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import { I18nProvider } from '../i18n';

let broken = true;
function Screen() {
  const [n] = useState(1);
  if (broken) throw new Error('Cannot read properties of undefined (reading "call")');
  return <p>Scherm {n} werkt</p>;
}

describe('a screen that fails', () => {
  it('says so inside the app, in the UI language, and renders again on Opnieuw proberen', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <I18nProvider language="nl">
        <nav aria-label="Hoofdmenu" />
        <ErrorBoundary fallback={() => <button type="button">Opnieuw beginnen</button>}>
          <Screen />
        </ErrorBoundary>
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Dit scherm liep vast' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Er ging iets mis bij het tonen van dit scherm (Cannot read properties of undefined (reading "call")). Wat al was opgeslagen, is bewaard.');
    expect(screen.getByRole('navigation', { name: 'Hoofdmenu' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Opnieuw beginnen' })).toBeInTheDocument();
    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(screen.getByText('Scherm 1 werkt')).toBeInTheDocument();
    quiet.mockRestore();
  });
});
