// On the debtor file: the letters sent (which, when, how much) and the letters that can be made now.
// A letter is first shown as a preview; only "Vastleggen" records it, then it opens for printing.
import { useEffect, useRef, useState } from 'react';
import { call, errorText } from '../api/client';
import { useLoad } from '../app/use-load';
import { navigate } from '../app/router';
import { useLanguage, useT } from '../i18n';
import { amsterdamDateTime, formatDateShort, formatEuro } from '../format';
import { LetterView } from './LetterView';
import { Warnings } from './PrintToolbar';
import type { LetterModel } from '../../domain/letters/model';
import type { LetterRequest } from '../../ipc/channels/letters';


export function DebtorLetters({ debtorId }: { debtorId: number }) {
  const t = useT();
  const language = useLanguage();
  const options = useLoad(() => call('letters:options', { debtorId }), `letters:${debtorId}`);
  const [preview, setPreview] = useState<{ request: LetterRequest; letter: LetterModel } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const previewRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    previewRef.current?.scrollIntoView?.({ block: 'start' });
  }, [preview]);

  const show = async (request: LetterRequest) => {
    setError(null);
    setPreview(null);
    setBusy(true);
    try {
      setPreview({ request, letter: await call('letters:preview', request) });
    } catch (e) {
      setError(errorText(e, language));
    } finally {
      setBusy(false);
    }
  };
  const issue = async () => {
    if (!preview) return;
    setBusy(true);
    try {
      const { id } = await call('letters:issue', preview.request);
      navigate({ name: 'letter', id });
    } catch (e) {
      setError(errorText(e, language));
      setBusy(false);
    }
  };

  const data = options.data;
  const kinds = data?.types ?? [];
  return (
    <section aria-labelledby="letters-title" className="debtor-letters">
      <h2 id="letters-title">{t('letters.section')}</h2>
      {options.error && <p role="alert" className="error">{options.error}</p>}
      <div className="letter-actions" role="group" aria-label={t('letters.make')}>
        {kinds.map((type) => (
          <button key={type} type="button" disabled={busy} onClick={() => void show({ debtorId, type })}>
            {t(`letters.type.${type}`)}
          </button>
        ))}
        {data?.calls
          .filter((c) => c.confirmationId === null)
          .map((c) => (
            <button key={`c${c.id}`} type="button" disabled={busy} onClick={() => void show({ debtorId, type: 'confirmation', callId: c.id })}>
              {t('letters.confirmCall', { date: amsterdamDateTime(c.startedAt).date })}
            </button>
          ))}
        {data?.plans
          .filter((p) => p.letterId === null)
          .map((p) => (
            <button key={`p${p.id}`} type="button" disabled={busy} onClick={() => void show({ debtorId, type: 'plan_agreement', planId: p.id })}>
              {t('letters.planOn', { date: formatDateShort(p.agreedOn) })}
            </button>
          ))}
      </div>
      {error && <p role="alert" className="error">{error}</p>}
      {preview && (
        <div className="letter-preview" ref={previewRef} role="region" aria-label={t('letters.preview', { type: t(`letters.type.${preview.letter.type}`) })}>
          <p className="muted">{t('letters.previewNote')}</p>
          <Warnings warnings={preview.letter.warnings} />
          <div className="letter-actions">
            <button type="button" className="primary" disabled={busy} onClick={() => void issue()}>
              {t('letters.issue')}
            </button>
            <button type="button" onClick={() => setPreview(null)}>
              {t('letters.cancel')}
            </button>
          </div>
          <div className="letter-stack">
            <LetterView letter={preview.letter} />
          </div>
        </div>
      )}
      {data && data.letters.length === 0 && <p className="muted">{t('letters.none')}</p>}
      {data && data.letters.length > 0 && (
        <table className="grid" aria-label={t('letters.section')}>
          <thead>
            <tr>
              <th>{t('letters.col.type')}</th>
              <th>{t('letters.col.date')}</th>
              <th className="num">{t('letters.col.amount')}</th>
              <th>{t('letters.col.term')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {data.letters.map((l) => (
              <tr key={l.id} data-testid="letter-row">
                <td>{t(`letters.type.${l.type}`)}</td>
                <td>{formatDateShort(l.letterDate)}</td>
                <td className="num">{formatEuro(l.totalCents)}</td>
                <td>{l.termEndsOn ? t('letters.termEnds', { date: formatDateShort(l.termEndsOn) }) : l.payBy ? formatDateShort(l.payBy) : '—'}</td>
                <td>
                  <a href={`#/letters/${l.id}`}>{t('letters.open')}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
