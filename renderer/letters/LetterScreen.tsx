// #/letters/<id>: one recorded letter, exactly as it was printed, ready to print again or save as PDF.
import { WhenLoaded } from '../app/status';
import { useLetter } from '../state/queries/letters';
import { useHotkeys } from '../app/hotkeys';
import { navigate } from '../app/router';
import { useT } from '../i18n';
import { useFormats } from '../format';
import { LetterView } from './LetterView';
import { letterFileName, PrintToolbar, Warnings } from './PrintToolbar';

export function LetterScreen({ id }: { id: number }) {
  const t = useT();
  const f = useFormats();
  const loaded = useLetter(id);
  const debtorId = loaded.data?.debtorId;
  useHotkeys({ escape: () => debtorId && navigate({ name: 'debtor', id: debtorId }) });
  return <WhenLoaded query={loaded}>{({ letter }) => (
    <section aria-labelledby="letter-title">
      <header className="screen-header no-print">
        <a href={`#/debtors/${letter.debtor.id}`} className="back">
          ← {t('letters.back', { name: letter.debtor.name })} <kbd>Esc</kbd>
        </a>
        <h1 id="letter-title">{t('letters.title', { type: t(`letters.type.${letter.type}`), name: letter.debtor.name })}</h1>
        <p className="muted">{f.dateLong(letter.letterDate)}</p>
        <PrintToolbar fileName={letterFileName(letter)} focused />
      </header>
      <Warnings warnings={letter.warnings} />
      <div className="letter-stack">
        <LetterView letter={letter} />
      </div>
    </section>
  )}</WhenLoaded>;
}
