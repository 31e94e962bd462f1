// On the debtor file: the letters sent (which, when, how much) and the letters that can be made now.
// A letter is first shown as a preview; only "Vastleggen" records it, then it opens for printing.
import { useEffect, useRef, useState } from 'react';
import { navigate } from '../app/router';
import { ErrorLine, Loading } from '../app/status';
import { useFormatMessage, useT } from '../i18n';
import { useFormats } from '../format';
import { LetterView } from './LetterView';
import { Warnings } from './PrintToolbar';
import { useDebtorStanding, useIssueLetter, useLetterOptions, useLetterPreview } from '../state/queries/letters';
import type { LetterRequest } from '../../ipc/channels/letters';

export function DebtorLetters({ debtorId }: { debtorId: number }) {
  const t = useT();
  const f = useFormats();
  const say = useFormatMessage();
  const options = useLetterOptions(debtorId);
  const standing = useDebtorStanding(debtorId).data;
  const [request, setRequest] = useState<LetterRequest | null>(null);

  const data = options.data;
  // The term reminder is a button of its own only while a term of the active plan is late.
  const kinds = [...(data?.types ?? []), ...(standing?.lateTerm ? ['plan_term_reminder' as const] : [])];
  // A reminder that contradicts the debtor's stage is shown, not offered, with why (issue 10, item 8).
  const refusedBy = new Map((standing?.refused ?? []).map((r) => [r.type as string, r.reason]));
  return (
    <section aria-labelledby="letters-title" className="debtor-letters">
      <h2 id="letters-title">{t('letters.section')}</h2>
      <ErrorLine error={options.error} />
      <div className="letter-actions" role="group" aria-label={t('letters.make')}>
        {kinds.map((type) => {
          const refused = refusedBy.has(type);
          const next = standing?.next === type;
          return (
            <button
              key={type}
              type="button"
              className={next ? 'primary' : undefined}
              disabled={refused}
              aria-describedby={refused ? `letter-refused-${type}` : undefined}
              onClick={() => setRequest({ debtorId, type })}
            >
              {t(`letters.type.${type}`)}
              {next && ` · ${t('letters.next')}`}
            </button>
          );
        })}
        {data?.calls
          .filter((c) => c.confirmationId === null)
          .map((c) => (
            <button key={`c${c.id}`} type="button" onClick={() => setRequest({ debtorId, type: 'confirmation', callId: c.id })}>
              {t('letters.confirmCall', { date: f.moment(c.startedAt).date })}
            </button>
          ))}
        {data?.plans
          .filter((p) => p.letterId === null)
          .map((p) => (
            <button key={`p${p.id}`} type="button" onClick={() => setRequest({ debtorId, type: 'plan_agreement', planId: p.id })}>
              {t('letters.planOn', { date: f.date(p.agreedOn) })}
            </button>
          ))}
      </div>
      {standing && standing.refused.length > 0 && (
        <ul className="muted letter-refusals">
          {standing.refused.map((r) => (
            <li key={r.type} id={`letter-refused-${r.type}`}>
              {t(`letters.type.${r.type}`)}: {say(r.reason)}
            </li>
          ))}
        </ul>
      )}
      {request && <LetterPreview key={JSON.stringify(request)} request={request} onCancel={() => setRequest(null)} />}
      {data && data.letters.length === 0 && <p className="muted">{t('letters.none')}</p>}
      {data && data.letters.length > 0 && (
        <table className="grid" aria-label={t('letters.section')}>
          <thead>
            <tr>
              <th>{t('letters.col.type')}</th>
              <th>{t('letters.col.date')}</th>
              <th className="num">{t('letters.col.amount')}</th>
              <th>{t('letters.col.term')}</th>
              <th><span className="visually-hidden">{t('letters.col.letter')}</span></th>
            </tr>
          </thead>
          <tbody>
            {data.letters.map((l) => (
              <tr key={l.id} data-testid="letter-row">
                <td>{t(`letters.type.${l.type}`)}</td>
                <td>{f.date(l.letterDate)}</td>
                <td className="num">{f.money(l.totalCents)}</td>
                <td>{l.termEndsOn ? t('letters.termEnds', { date: f.date(l.termEndsOn) }) : l.payBy ? f.date(l.payBy) : '—'}</td>
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

/** The letter as it would be issued now; "Vastleggen" records it and opens it for printing. */
function LetterPreview({ request, onCancel }: { request: LetterRequest; onCancel: () => void }) {
  const t = useT();
  const preview = useLetterPreview(request);
  const issue = useIssueLetter();
  const ref = useRef<HTMLDivElement>(null);
  const letter = preview.data;
  useEffect(() => {
    if (letter) ref.current?.scrollIntoView?.({ block: 'start' });
  }, [letter]);
  if (preview.isError) return <ErrorLine error={preview.error} />;
  if (!letter) return <Loading />;
  return (
    <div className="letter-preview" ref={ref} role="region" aria-label={t('letters.preview', { type: t(`letters.type.${letter.type}`) })}>
      <p className="muted">{t('letters.previewNote')}</p>
      <Warnings warnings={letter.warnings} />
      <div className="letter-actions">
        <button type="button" className="primary" disabled={issue.isPending} onClick={() => issue.mutate(request, { onSuccess: ({ id }) => navigate({ name: 'letter', id }) })}>
          {t('letters.issue')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('letters.cancel')}
        </button>
      </div>
      <ErrorLine error={issue.error} />
      <div className="letter-stack">
        <LetterView letter={letter} />
      </div>
    </div>
  );
}
