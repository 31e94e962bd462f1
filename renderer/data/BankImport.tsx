// A bank statement (CAMT.053 or MT940): what it paid and on which invoices, what the bank took back
// and why, and the payments no invoice was found for, to place by hand on a debtor.
import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useFormatMessage, useT } from '../i18n';
import { ErrorLine } from '../app/status';
import { useFormats } from '../format';
import { channelQuery } from '../state/channel-query';
import { useImportBankStatement, useMatchByHand, useUnmatchedPayments } from '../state/queries/imports';
import { importFileOf } from './read-file';
import type { UnmatchedEntry } from '../../ipc/channels/bank';
import { MAX_DEBTOR_PAGE_SIZE } from '../../domain/debtor-list';

export function BankImport() {
  const t = useT();
  const f = useFormats();
  const say = useFormatMessage();
  const id = useId();
  const importStatement = useImportBankStatement();
  const unmatched = useUnmatchedPayments();
  const result = importStatement.data;

  async function choose(chosen: File | undefined) {
    if (!chosen) return;
    importStatement.mutate({ file: await importFileOf(chosen) });
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('importScreen.bank.title')}</h2>
      <p className="muted">{t('importScreen.bank.help')}</p>
      <label>
        <span>{t('importScreen.file')}</span>
        <input type="file" name="bankFile" accept=".xml,.sta,.swi,.940,.txt" onChange={(e) => void choose(e.target.files?.[0])} />
      </label>
      {importStatement.isPending && (
        <p role="status" className="progress">
          <progress aria-label={t('importScreen.progress.importing')} /> {t('importScreen.progress.importing')}
        </p>
      )}
      <ErrorLine error={importStatement.error} />
      {result && (
        <div role="status" className="ok">
          <p>
            {t('importScreen.bank.done', {
              matched: result.matched.length,
              undone: result.undone.length,
              unmatched: result.unmatched.length,
              already: result.alreadyImported,
              kept: result.keptPromiseIds.length,
              terms: result.paidInstallments,
            })}
          </p>
          {result.warnings.map((w, i) => (
            <p key={i} className="muted">{say(w)}</p>
          ))}
          <ul>
            {result.matched.map((m) => (
              <li key={m.id}>
                {f.date(m.bookingDate)} · {f.money(m.amountCents)} · {m.debtor?.name} · {say(m.method)} · {m.invoiceNumbers.join(', ')}
              </li>
            ))}
            {result.undone.map((u) => (
              <li key={u.id}>
                {f.date(u.bookingDate)} · {f.money(u.amountCents)} · {u.debtor?.name} · {say(u.reason)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <h3>{t('importScreen.bank.unmatched', { count: unmatched.data?.total ?? 0 })}</h3>
      <ErrorLine error={unmatched.error} />
      {unmatched.data && unmatched.data.entries.length > 0 && (
        <ul className="unmatched">
          {unmatched.data.entries.map((entry) => (
            <UnmatchedRow key={entry.id} entry={entry} />
          ))}
        </ul>
      )}
    </section>
  );
}

function UnmatchedRow({ entry }: { entry: UnmatchedEntry }) {
  const t = useT();
  const f = useFormats();
  const say = useFormatMessage();
  const id = useId();
  const debtors = useQuery(channelQuery('debtors:list', { sort: 'name', limit: MAX_DEBTOR_PAGE_SIZE }));
  const [debtorId, setDebtorId] = useState<number | ''>(entry.debtor?.id ?? '');
  const match = useMatchByHand();
  return (
    <li>
      <span>
        {f.date(entry.bookingDate)} · {f.money(entry.amountCents)} · {entry.counterpartyName ?? ''} · ‘{entry.description}’ — {say(entry.reason)}
      </span>
      <label htmlFor={`${id}-debtor`} className="visually-hidden">{t('importScreen.bank.debtor')}</label>
      <select id={`${id}-debtor`} value={debtorId} onChange={(e) => setDebtorId(e.target.value === '' ? '' : Number(e.target.value))}>
        <option value="">{t('importScreen.bank.chooseDebtor')}</option>
        {debtors.data?.rows.map((d) => (
          <option key={d.id} value={d.id}>{d.name} ({d.number})</option>
        ))}
      </select>
      <button type="button" disabled={debtorId === '' || match.isPending} onClick={() => debtorId !== '' && match.mutate({ entryId: entry.id, debtorId })}>
        {t('importScreen.bank.place')}
      </button>
      <ErrorLine error={match.error} />
    </li>
  );
}
