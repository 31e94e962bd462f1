import { useState } from 'react';
import { useFormatMessage, useT } from '../i18n';
import { ErrorLine } from '../app/status';
import { useClaimExport, useUpdateDebtor } from '../state/queries/ledger-entries';
import { download } from '../data/read-file';
import { DebtorForm } from './DebtorForm';
import { InvoiceForm } from './InvoiceForm';
import { WhenLoaded } from '../app/status';
import { useDebtorFile } from '../state/queries/debtors';
import { useHotkeys } from '../app/hotkeys';
import { navigate } from '../app/router';
import { useFormats } from '../format';
import { overdueLabel } from './DebtorsScreen';
import { DebtorFollowUp } from '../followup/DebtorFollowUp';
import { DebtorLetters } from '../letters/DebtorLetters';
import { useDebtorStanding } from '../state/queries/letters';
import { PhoneLink } from '../app/PhoneLink';
import type { Settings } from '../../domain/settings';
import type { DebtorFile } from '../../ipc/channels/debtors';

export function DebtorScreen({ id, settings }: { id: number; settings: Settings }) {
  const file = useDebtorFile(id);
  useHotkeys({
    'alt+g': () => navigate({ name: 'call', id }),
    'alt+p': () => navigate({ name: 'preventiveCall', id }),
    escape: () => navigate({ name: 'debtors' }),
  });
  return <WhenLoaded query={file}>{(data) => <DebtorFileView id={id} file={data} settings={settings} />}</WhenLoaded>;
}

function DebtorFileView({ id, file, settings }: { id: number; file: DebtorFile; settings: Settings }) {
  const t = useT();
  const say = useFormatMessage();
  // Each invoice's stage in the dunning schedule (the worklist's), and what pauses it.
  const stages = new Map((useDebtorStanding(id).data?.invoices ?? []).map((i) => [i.invoiceId, i]));
  const f = useFormats();
  const { debtor, openInvoices, totalOpenCents, claimParts } = file;
  const [editing, setEditing] = useState<'details' | 'invoice' | null>(null);
  const update = useUpdateDebtor();
  const claim = useClaimExport();
  const tone = debtor.tone ?? settings.defaultTone;
  const pauseReasons = [...new Set(openInvoices.flatMap((i) => { const pausedBy = stages.get(i.id)?.pausedBy; return pausedBy ? [say(pausedBy)] : []; }))];
  return (
    <section aria-labelledby="debtor-title" className="debtor-file">
      <header className="screen-header">
        <a href="#/debtors" className="back">← {t('debtor.back')} <kbd>Esc</kbd></a>
        <h1 id="debtor-title">{debtor.name}</h1>
        <p className="muted">
          {t('debtor.number', { number: debtor.number })} · {t(`debtor.kind.${debtor.kind}`)} · {debtor.addressLine}, {debtor.postcode} {debtor.city}
        </p>
        <div className="actions">
          {/* Opening a debtor file is to call them: the focus is there (issue 11 point 5). */}
          <button type="button" className="primary" autoFocus onClick={() => navigate({ name: 'call', id })}>
            {t('debtor.startCall')} <kbd>Alt+G</kbd>
          </button>
          <button type="button" onClick={() => navigate({ name: 'preventiveCall', id })}>
            {t('debtor.startPreventive')} <kbd>Alt+P</kbd>
          </button>
          <button type="button" onClick={() => setEditing('details')}>{t('debtorForm.edit')}</button>
          <button type="button" onClick={() => setEditing('invoice')}>{t('invoiceForm.add')}</button>
          <button type="button" disabled={claim.isPending} onClick={() => claim.mutate(id, { onSuccess: download })}>{t('claim.export')}</button>
        </div>
        <ErrorLine error={claim.error} />
      </header>
      {editing === 'details' && (
        <DebtorForm
          initial={{
            number: debtor.number,
            name: debtor.name,
            kind: debtor.kind,
            addressLine: debtor.addressLine,
            postcode: debtor.postcode,
            city: debtor.city,
            phone: debtor.phone,
            email: debtor.email,
            salutation: debtor.salutation,
            contactName: debtor.contactName,
            contactTitle: debtor.contactTitle,
            contactRole: debtor.contactRole,
            contactPhone: debtor.contactPhone,
            contactEmail: debtor.contactEmail,
            mayOfferPlan: debtor.mayOfferPlan,
            maxPlanTerms: debtor.maxPlanTerms,
          }}
          submitLabel="debtorForm.save"
          busy={update.isPending}
          error={update.error}
          onSubmit={(fields) => update.mutate({ ...fields, id }, { onSuccess: () => setEditing(null) })}
          onCancel={() => setEditing(null)}
        />
      )}
      {editing === 'invoice' && <InvoiceForm debtorId={id} onDone={() => setEditing(null)} />}
      {debtor.escalation && (
        <p className="banner warn" role="status">
          {t('debtor.escalation', { step: t(`debtors.escalation.${debtor.escalation}`) })}
          {debtor.escalationReason ? ` — ${say(debtor.escalationReason)}` : ''}
        </p>
      )}
      <div className="cards">
        <ContactCard debtor={debtor} />
        <div className="card">
          <h2>{t('debtor.tone')}</h2>
          <p>{t(`tone.${tone}`)}</p>
          <h2>{t('debtor.plan')}</h2>
          <p>{debtor.mayOfferPlan ? t('debtor.planAllowed', { terms: debtor.maxPlanTerms }) : t('debtor.planNotAllowed')}</p>
        </div>
      </div>
      <h2>{t('debtor.openInvoices')}</h2>
      {openInvoices.length === 0 ? (
        <p className="muted">{t('debtor.noOpenInvoices')}</p>
      ) : (
        <table className="grid" aria-label={t('debtor.openInvoices')}>
          <thead>
            <tr>
              <th>{t('debtor.col.number')}</th>
              <th>{t('debtor.col.date')}</th>
              <th>{t('debtor.col.due')}</th>
              <th>{t('debtor.col.description')}</th>
              <th className="num">{t('debtor.col.amount')}</th>
              <th className="num">{t('debtor.col.open')}</th>
              <th className="num">{t('debtor.col.overdue')}</th>
              <th>{t('debtor.col.stage')}</th>
            </tr>
          </thead>
          <tbody>
            {openInvoices.map((i) => (
              <tr key={i.id} className={i.onHold ? 'on-hold' : i.daysOverdue > 0 ? 'overdue' : ''}>
                <td>{i.number}</td>
                <td>{f.date(i.invoiceDate)}</td>
                <td>{f.date(i.dueDate)}</td>
                <td>
                  {i.description}
                  {i.onHold && <span className="tag warn">{t('debtor.onHold')}</span>}
                </td>
                <td className="num">{f.money(i.amountCents)}</td>
                <td className="num">{f.money(i.openCents)}</td>
                <td className="num wraps">{overdueLabel(t, i.daysOverdue)}</td>
                <td data-testid="invoice-stage">
                  {say({ key: 'dunning.stage', params: { stage: stages.get(i.id)?.stage ?? (i.daysOverdue > 0 ? 'overdue' : 'current') } })}
                  {stages.get(i.id)?.pausedBy && <span className="tag">{t('debtor.stagePaused')}</span>}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th colSpan={5}>{t('debtor.total')}</th>
              <th className="num" data-testid="total-open">{f.money(totalOpenCents)}</th>
              <td colSpan={2} />
            </tr>
            {claimParts && (
              <>
                <tr data-testid="claim-costs">
                  <td colSpan={5}>{t('debtor.claim.costs')}</td>
                  <td className="num">{f.money(claimParts.costsCents)}</td>
                  <td colSpan={2} />
                </tr>
                <tr data-testid="claim-interest">
                  <td colSpan={5}>{t('debtor.claim.interest', { through: claimParts.interestThrough ? { date: claimParts.interestThrough } : '' })}</td>
                  <td className="num">{f.money(claimParts.interestCents)}</td>
                  <td colSpan={2} />
                </tr>
                <tr>
                  <th colSpan={5}>{t('debtor.claim.total')}</th>
                  <th className="num" data-testid="claim-total">{f.money(totalOpenCents + claimParts.costsCents + claimParts.interestCents)}</th>
                  <td colSpan={2} />
                </tr>
              </>
            )}
          </tfoot>
        </table>
      )}
      {/* What pauses the schedule is said once below the table, not in every row (it is one plan or complaint). */}
      {pauseReasons.length > 0 && (
        <ul className="muted pause-reasons" data-testid="pause-reasons">
          {pauseReasons.map((reason) => <li key={reason}>{reason}</li>)}
        </ul>
      )}
      <DebtorLetters debtorId={id} />
      <DebtorFollowUp debtorId={id} invoices={openInvoices} collector={settings.collectorName} />
    </section>
  );
}

function ContactCard({ debtor }: { debtor: DebtorFile['debtor'] }) {
  const t = useT();
  return (
    <div className="card">
      <h2>{t(debtor.kind === 'consumer' ? 'debtor.contact.consumer' : 'debtor.contact')}</h2>
      {debtor.kind === 'consumer' ? (
        <p>{t('debtor.consumerSelf', { name: t('debtor.titledName', { title: debtor.contactTitle ?? 'none', name: debtor.contactName ?? debtor.name }) })}</p>
      ) : debtor.contactName ? (
        <dl>
          <dt>{t('debtor.titledName', { title: debtor.contactTitle ?? 'none', name: debtor.contactName })}</dt>
          <dd>{debtor.contactRole}</dd>
          {debtor.contactPhone && (<><dt>{t('debtor.directPhone')}</dt><dd><PhoneLink number={debtor.contactPhone} startsCallWith={debtor.id} /></dd></>)}
          {debtor.contactEmail && (<><dt>{t('debtor.email')}</dt><dd>{debtor.contactEmail}</dd></>)}
        </dl>
      ) : (
        <p className="muted">{t('debtor.noContact')}</p>
      )}
      {debtor.phone && (<p>{t('debtor.phone')}: <PhoneLink number={debtor.phone} startsCallWith={debtor.id} /></p>)}
    </div>
  );
}
