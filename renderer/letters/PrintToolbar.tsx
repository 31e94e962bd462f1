// "Afdrukken" and "Opslaan als PDF" for what is on screen: in Electron the system dialog or a PDF file,
// in the browser preview Chromium's own print dialog (which also saves PDF).
import { useState } from 'react';
import { printLetter } from '../api/client';
import { errorText } from '../api/error-text';
import { useHotkeys } from '../app/hotkeys';
import { useLanguage, useT } from '../i18n';

/** `focused`: the screen's next thing to do is printing (the letter screen), so the print button takes the focus. */
export function PrintToolbar({ fileName, focused = false }: { fileName: string; focused?: boolean }) {
  const t = useT();
  const language = useLanguage();
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (mode: 'print' | 'pdf') => {
    setStatus(null);
    setError(null);
    try {
      const savedTo = await printLetter({ mode, suggestedFileName: fileName });
      if (savedTo) setStatus(t('letters.savedTo', { file: savedTo }));
    } catch (e) {
      setError(errorText(e, language));
    }
  };
  // Ctrl+P and Ctrl+S: what every program uses for print and save; no Alt key of the app is taken.
  useHotkeys({ 'ctrl+p': () => void run('print'), 'ctrl+s': () => void run('pdf') });
  return (
    <div className="letter-toolbar no-print">
      <button type="button" className="primary" autoFocus={focused} onClick={() => void run('print')}>
        {t('letters.print')} <kbd>Ctrl+P</kbd>
      </button>
      <button type="button" onClick={() => void run('pdf')}>
        {t('letters.pdf')} <kbd>Ctrl+S</kbd>
      </button>
      {status && <span role="status" className="ok">{status}</span>}
      {error && <span role="alert" className="error">{error}</span>}
    </div>
  );
}

export function Warnings({ warnings }: { warnings: readonly string[] }) {
  const t = useT();
  if (warnings.length === 0) return null;
  return (
    <div className="letter-warnings no-print" role="note">
      {t('letters.warnings')}
      <ul>
        {warnings.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
    </div>
  );
}

/** "10023-reminder1-2026-06-12.pdf": sorts by debtor, then kind, then date in a folder. */
export function letterFileName(letter: { debtor: { number: string }; type: string; letterDate: string }): string {
  return `${letter.debtor.number}-${letter.type}-${letter.letterDate}.pdf`;
}
