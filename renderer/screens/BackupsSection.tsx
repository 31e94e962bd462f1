// Backups in Settings: the copies kept, one made now, and one put back. A restore is checked first
// (integrity, Belwijzer's, not from a newer version); the file it replaces is kept aside, and the app
// then starts afresh on the restored ledger.
import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useT } from '../i18n';
import { ErrorLine } from '../app/status';
import { channelQuery, queryKey, useChannelMutation } from '../state/channel-query';
import { startAfresh } from '../app/start-afresh';
import { useFormats } from '../format';

export function BackupsSection() {
  const t = useT();
  const f = useFormats();
  const id = useId();
  const list = useQuery(channelQuery('backups:list', {}));
  const make = useChannelMutation('backups:make', () => [queryKey('backups:list')]);
  const restore = useChannelMutation('backups:restore', () => []);
  const [confirming, setConfirming] = useState<string | null>(null);
  const when = (madeAt: string) => {
    const { date, time } = f.moment(madeAt);
    return `${date} ${time}`;
  };
  return (
    <section aria-labelledby={`${id}-title`} className="backups">
      <h2 id={`${id}-title`}>{t('backups.title')}</h2>
      {list.data && <p className="muted">{t('backups.help', { folder: list.data.folder, keep: list.data.keep })}</p>}
      <button type="button" disabled={make.isPending} onClick={() => make.mutate({})}>{t('backups.make')}</button>
      {make.data && <p role="status" className="ok">{t('backups.made', { name: make.data.name })}</p>}
      <ErrorLine error={list.error ?? make.error ?? restore.error} />
      {list.data && list.data.backups.length === 0 && <p className="muted">{t('backups.none')}</p>}
      {list.data && list.data.backups.length > 0 && (
        <ul>
          {list.data.backups.map((b) => (
            <li key={b.name}>
              {when(b.madeAt)} · {Math.ceil(b.bytes / 1024)} kB{' '}
              {confirming === b.name ? (
                <>
                  <strong>{t('backups.confirm')}</strong>{' '}
                  <button type="button" className="danger" disabled={restore.isPending} onClick={() => restore.mutate({ name: b.name }, { onSuccess: startAfresh })}>
                    {t('backups.restoreNow')}
                  </button>{' '}
                  <button type="button" onClick={() => setConfirming(null)}>{t('backups.cancel')}</button>
                </>
              ) : (
                <button type="button" onClick={() => setConfirming(b.name)}>{t('backups.restore')}</button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
