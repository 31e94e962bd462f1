// Lists out of Belwijzer: the debtor list, tasks, the call log, promises and the open items, as CSV for
// Dutch Excel or as an Excel workbook, with column titles in the UI language.
import { useId } from 'react';
import { useMutation } from '@tanstack/react-query';
import { call } from '../api/client';
import { useLanguage, useT } from '../i18n';
import { ErrorLine } from '../app/status';
import { download } from './read-file';
import { EXPORT_LISTS } from '../../ipc/channels/exports';
import type { ChannelInput } from '../../ipc/contract';

export function Exports() {
  const t = useT();
  const language = useLanguage();
  const id = useId();
  // A file to save, not data to keep on screen: asked once per click, never cached.
  const exportList = useMutation({ mutationFn: (input: ChannelInput<'exports:list'>) => call('exports:list', input), onSuccess: download });
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('importScreen.exports.title')}</h2>
      <p className="muted">{t('importScreen.exports.help')}</p>
      <table className="exports">
        <tbody>
          {EXPORT_LISTS.map((list) => (
            <tr key={list}>
              <th scope="row">{t(`export.list.${list}`)}</th>
              {(['csv', 'xlsx'] as const).map((format) => (
                <td key={format}>
                  <button type="button" disabled={exportList.isPending} onClick={() => exportList.mutate({ list, format, language })}>
                    {format === 'csv' ? 'CSV' : 'Excel'}
                  </button>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <ErrorLine error={exportList.error} />
    </section>
  );
}
