// #/letters/batch: today's letters (issue 13), each debtor's own next letter by its dunning stage (the
// reminder due, or a term reminder within a plan), recorded in one go and printed as one document with
// every letter on a page of its own. Reached from the debtor list and from Vandaag.
import { useState } from 'react';
import { ErrorLine } from '../app/status';
import { formatMessage, useLanguage, useT } from '../i18n';
import { useBatchCandidates, useIssueBatch } from '../state/queries/letters';
import { useFormats } from '../format';
import { LetterView } from './LetterView';
import { PrintToolbar } from './PrintToolbar';

export function BatchScreen({ today }: { today: string }) {
  const t = useT();
  const f = useFormats();
  const language = useLanguage();
  const candidates = useBatchCandidates();
  const batch = useIssueBatch();
  const rows = candidates.data ?? [];
  // Every letter due today is selected until the collector leaves one out.
  const [deselected, setDeselected] = useState<ReadonlySet<number>>(new Set());
  const selected = new Set(rows.filter((r) => !deselected.has(r.id)).map((r) => r.id));
  const result = batch.data;

  const toggle = (id: number) =>
    setDeselected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  // Each debtor the letter the screen shows for it; the server refuses one its stage no longer fits.
  const issue = () => batch.mutate({ letters: rows.filter((r) => selected.has(r.id)).map((r) => ({ debtorId: r.id, type: r.type })) });
  // The candidates were fetched again when the batch was issued.
  const again = () => {
    batch.reset();
    setDeselected(new Set());
  };

  return (
    <section aria-labelledby="batch-title">
      <header className="screen-header no-print">
        <a href="#/debtors" className="back">← {t('debtor.back')}</a>
        <h1 id="batch-title">{t('letters.batch.title')}</h1>
        {!result && <p className="muted">{t('letters.batch.intro')}</p>}
      </header>
      <ErrorLine error={batch.error} className="no-print" />
      {result ? (
        <>
          <div className="no-print">
            <p role="status" className="ok">{t('letters.batch.issued', { count: result.issued.length })}</p>
            {result.refused.length > 0 && (
              <ul role="alert" className="letter-warnings">
                {result.refused.map((r) => (
                  <li key={r.debtorId}>{t('letters.batch.refused', { name: r.name, message: formatMessage(r.message, language) })}</li>
                ))}
              </ul>
            )}
            <div className="letter-actions">
              <button type="button" onClick={again}>{t('letters.batch.again')}</button>
            </div>
            {result.issued.length > 0 && <PrintToolbar fileName={`brieven-${today}-${result.issued.length}.pdf`} />}
          </div>
          <div className="letter-stack">
            {result.issued.map((i) => (
              <LetterView key={i.id} letter={i.letter} />
            ))}
          </div>
        </>
      ) : (
        <>
          <ErrorLine error={candidates.error} />
          {candidates.data && rows.length === 0 && <p className="muted">{t('letters.batch.none')}</p>}
          {rows.length > 0 && (
            <table className="grid" aria-label={t('letters.batch.title')}>
              <thead>
                <tr>
                  <th>
                    <input
                      type="checkbox"
                      aria-label={t('letters.batch.selectAll')}
                      checked={selected.size === rows.length}
                      onChange={(e) => setDeselected(e.target.checked ? new Set() : new Set(rows.map((r) => r.id)))}
                    />
                  </th>
                  <th>{t('letters.batch.col.number')}</th>
                  <th>{t('letters.batch.col.name')}</th>
                  <th>{t('letters.batch.type')}</th>
                  <th className="num">{t('letters.batch.col.invoices')}</th>
                  <th className="num">{t('letters.batch.col.amount')}</th>
                  <th>{t('letters.batch.col.oldest')}</th>
                  <th>{t('letters.batch.col.last')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id} className={selected.has(r.id) ? 'selected' : undefined}>
                    <td>
                      <input type="checkbox" aria-label={t('letters.batch.select', { name: r.name })} checked={selected.has(r.id)} onChange={() => toggle(r.id)} />
                    </td>
                    <td>{r.number}</td>
                    <td>
                      {r.name}
                      {r.kind === 'consumer' && <span className="tag">{t('letters.batch.consumer')}</span>}
                    </td>
                    <td data-testid="batch-letter">{t(`letters.type.${r.type}`)}</td>
                    <td className="num">{r.invoiceCount}</td>
                    <td className="num">{f.money(r.amountCents)}</td>
                    <td>{f.date(r.oldestDueDate)}</td>
                    <td>{r.lastReminder ? `${t(`letters.type.${r.lastReminder.type}`)} ${f.date(r.lastReminder.letterDate)}` : t('letters.batch.lastNone')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className="letter-actions">
            <button type="button" className="primary" disabled={batch.isPending || selected.size === 0} onClick={issue}>
              {t('letters.batch.issue', { count: selected.size })}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
