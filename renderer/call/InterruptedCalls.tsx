// Calls that were running when the app stopped (issue 11 point 3): listed on start and on Vandaag, each
// with the way back into it. The call screen itself decides whether the saved call can be resumed.
import { useT } from '../i18n';
import { navigate } from '../app/router';
import { useFormats } from '../format';
import { callKindOf } from '../../machines/call-machine-ids';
import type { InterruptedCall } from '../../ipc/channels/calls';

function InterruptedLine({ item }: { item: InterruptedCall }) {
  const t = useT();
  const kind = callKindOf(item.machineId);
  const { date, time } = useFormats().moment(item.startedAt);
  return (
    <li>
      <span>{t('call.interrupted.line', { name: item.debtor.name, kind: t(`call.kind.${kind}`), date, time })}</span>{' '}
      <button type="button" onClick={() => navigate({ name: kind === 'preventive' ? 'preventiveCall' : 'call', id: item.debtor.id })}>
        {t('call.interrupted.resume', { name: item.debtor.name })}
      </button>
    </li>
  );
}

/** A section listing the interrupted calls (Vandaag); nothing when there are none. */
export function InterruptedCalls({ items }: { items: InterruptedCall[] }) {
  const t = useT();
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="interrupted-title" className="interrupted-calls">
      <h2 id="interrupted-title">
        {t('call.interrupted.title')} <span className="count">{items.length}</span>
      </h2>
      <ul>
        {items.map((item) => (
          <InterruptedLine key={item.debtor.id} item={item} />
        ))}
      </ul>
    </section>
  );
}

/** The notice on start: shown above the first screens until it is closed. */
export function InterruptedCallsBanner({ items, onClose }: { items: InterruptedCall[]; onClose: () => void }) {
  const t = useT();
  if (items.length === 0) return null;
  return (
    <div className="banner warn interrupted-banner" role="status" aria-labelledby="interrupted-banner-title">
      <div>
        <strong id="interrupted-banner-title">{t('call.interrupted.banner', { count: items.length })}</strong>
        <ul>
          {items.map((item) => (
            <InterruptedLine key={item.debtor.id} item={item} />
          ))}
        </ul>
      </div>
      <button type="button" onClick={onClose}>{t('call.interrupted.later')}</button>
    </div>
  );
}
