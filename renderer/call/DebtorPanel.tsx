// The prepared debtor file beside the script: what is open, what was sent, promised and complained.
import { useFormatMessage, useT, type MessageKey } from '../i18n';
import { useFormats } from '../format';
import type { CallPreparation } from '../../ipc/channels/calls';
import { PhoneLink } from '../app/PhoneLink';

export function DebtorPanel({ prep }: { prep: CallPreparation }) {
  const t = useT();
  const say = useFormatMessage();
  const f = useFormats();
  const d = prep.file.debtor;
  const held = prep.file.openInvoices.filter((i) => i.onHold);
  const total = prep.callInvoices.reduce((s, i) => s + i.openCents, 0);
  return (
    <aside className="debtor-panel" aria-label={t('call.panel')}>
      {d.deliveryStop && (
        <section className="delivery-stop" aria-labelledby="delivery-stop-title" data-testid="delivery-stop">
          <h2 id="delivery-stop-title">{t('call.deliveryStop.title')}</h2>
          <p>
            {d.deliveryStopOn && <>{t('call.deliveryStop.since', { date: f.date(d.deliveryStopOn) })} </>}
            {t('call.deliveryStop.tip')}
          </p>
        </section>
      )}
      <section>
        <h2>{t(d.kind === 'consumer' ? 'debtor.contact.consumer' : 'debtor.contact')}</h2>
        {d.kind === 'consumer' ? (
          <p>{t('debtor.consumerSelf', { name: t('debtor.titledName', { title: d.contactTitle ?? 'none', name: d.contactName ?? d.name }) })}</p>
        ) : d.contactName ? (
          <p>
            <strong>{t('debtor.titledName', { title: d.contactTitle ?? 'none', name: d.contactName })}</strong>{d.contactRole ? `, ${d.contactRole}` : ''}
            {d.contactPhone && <><br />{t('debtor.directPhone')}: <PhoneLink number={d.contactPhone} /></>}
            {d.contactEmail && <><br />{d.contactEmail}</>}
          </p>
        ) : (
          <p className="muted">{t('debtor.noContact')}</p>
        )}
        {d.phone && <p>{t('debtor.phone')}: <PhoneLink number={d.phone} /></p>}
      </section>
      <section>
        <h2>{t('debtor.openInvoices')}</h2>
        <table className="mini">
          <tbody>
            {prep.callInvoices.map((i) => (
              <tr key={i.id}>
                <td>{i.number}</td>
                <td>{f.date(i.dueDate)}</td>
                <td className="num">{f.money(i.openCents)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th colSpan={2}>{t('debtor.total')}</th>
              <th className="num" data-testid="call-total">{f.money(total)}</th>
            </tr>
          </tfoot>
        </table>
        {held.length > 0 && <p className="muted">{t('call.heldOut', { numbers: held.map((i) => i.number).join(', ') })}</p>}
      </section>
      <section>
        <h2>{t('call.reminders')}</h2>
        {prep.reminders.length === 0 ? (
          <p className="muted">{t('call.noReminders')}</p>
        ) : (
          <ul>
            {prep.reminders.map((r) => (
              <li key={r.id}>{t(`call.letter.${r.type}` as Parameters<typeof t>[0])} — {f.date(r.letterDate)}</li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h2>{t('call.promises')}</h2>
        {prep.promises.length === 0 && prep.plans.length === 0 && prep.callBacks.length === 0 ? (
          <p className="muted">{t('call.noPromises')}</p>
        ) : (
          <ul>
            {prep.promises.map((p) => (
              <li key={`p${p.id}`} className={p.status === 'broken' ? 'error' : ''}>
                {t('call.promiseLine', { amount: { cents: p.amountCents }, date: f.date(p.promisedDate) })} — {t(`call.promise.${p.status}`)}
              </li>
            ))}
            {prep.plans.map((p) => (
              <li key={`r${p.id}`}>{t('call.planLine', { amount: { cents: p.totalCents }, terms: p.installments.length, status: t(`followup.plan.status.${p.status}` as MessageKey) })}</li>
            ))}
            {prep.callBacks.map((c) => (
              <li key={`c${c.id}`}>{t('call.callBackLine', { date: f.date(c.dueDate), time: c.dueTime ?? 'none', title: say(c.title) })}</li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h2>{t('call.complaints')}</h2>
        {prep.complaints.length === 0 ? (
          <p className="muted">{t('call.noComplaints')}</p>
        ) : (
          <ul>
            {prep.complaints.map((c) => (
              <li key={c.id}>
                {f.date(c.openedOn)} · {c.invoiceNumbers.join(', ')}: {c.description} — <strong>{t(`call.complaint.${c.status}`)}</strong>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h2>{t('debtor.plan')}</h2>
        <p>{prep.mayOfferPlan ? t('debtor.planAllowed', { terms: prep.maxPlanTerms }) : t('debtor.planNotAllowed')}</p>
      </section>
    </aside>
  );
}
