// The follow-up part of the debtor file: record a payment, the promises and payment plans with their
// state, this debtor's complaints, and the timeline of everything that happened.
import { useState } from 'react';
import { call } from '../api/client';
import { useT } from '../i18n';
import { useLoad } from '../app/use-load';
import { formatDateShort, formatEuro } from '../format';
import { PaymentForm } from './PaymentForm';
import { PlanCard } from './PlanCard';
import { ComplaintCard } from './ComplaintCard';
import { ComplaintForm } from './ComplaintForm';
import { Timeline } from './Timeline';
import { Tag } from './shared';
import type { OpenInvoice } from '../../ipc/channels/debtors';
import type { PromiseItem } from '../../ipc/channels/promises';

async function loadFollowUp(debtorId: number) {
  // Promises and plans first: their handlers settle what the calendar has decided since the last look.
  const [promises, plans] = await Promise.all([call('promises:list', { debtorId }), call('plans:list', { debtorId })]);
  const [info, complaints, timeline] = await Promise.all([
    call('app:info', {}),
    call('complaints:list', { debtorId, status: 'all' }),
    call('timeline:get', { debtorId }),
  ]);
  return { today: info.today, promises, plans, complaints, timeline };
}

export function DebtorFollowUp(props: { debtorId: number; invoices: OpenInvoice[]; collector: string; onChanged: () => void }) {
  const t = useT();
  const data = useLoad(() => loadFollowUp(props.debtorId), `followup:${props.debtorId}`);
  const [registering, setRegistering] = useState(false);
  const changed = () => {
    data.reload();
    props.onChanged();
  };

  if (data.error && !data.data) return <p role="alert" className="error">{data.error}</p>;
  if (!data.data) return <p className="muted">{t('app.loading')}</p>;
  const { today, promises, plans, complaints, timeline } = data.data;
  return (
    <div className="followup debtor-followup">
      {data.error && <p role="alert" className="error">{data.error}</p>}
      <div className="columns">
        <PaymentForm debtorId={props.debtorId} today={today} invoices={props.invoices} onRecorded={changed} />
        <div>
          <section aria-labelledby="promises-title">
            <h2 id="promises-title">{t('followup.promises.title')}</h2>
            {promises.length === 0 ? <p className="muted">{t('followup.promises.none')}</p> : <Promises promises={promises} />}
          </section>
          <section aria-labelledby="plans-title">
            <h2 id="plans-title">{t('followup.plans.title')}</h2>
            {plans.length === 0 ? (
              <p className="muted">{t('followup.plans.none')}</p>
            ) : (
              <div className="stack">
                {plans.map((p) => <PlanCard key={p.id} plan={p} onChanged={changed} />)}
              </div>
            )}
          </section>
        </div>
      </div>
      <section aria-labelledby="debtor-complaints-title">
        <h2 id="debtor-complaints-title">{t('followup.complaints.ofDebtor')}</h2>
        {registering ? (
          <ComplaintForm
            debtorId={props.debtorId}
            invoices={props.invoices}
            onRegistered={() => {
              setRegistering(false);
              changed();
            }}
            onCancel={() => setRegistering(false)}
          />
        ) : (
          <button type="button" onClick={() => setRegistering(true)}>{t('followup.complaint.register')}</button>
        )}
        {complaints.length === 0 && !registering && <p className="muted">{t('followup.complaints.noneForDebtor')}</p>}
        <div className="stack">
          {complaints.map((c) => (
            <ComplaintCard key={c.id} complaint={c} today={today} collector={props.collector} onChanged={changed} />
          ))}
        </div>
      </section>
      <Timeline items={timeline} />
    </div>
  );
}

const PROMISE_TONE = { pending: 'info', kept: 'ok', broken: 'bad' } as const;

function Promises({ promises }: { promises: PromiseItem[] }) {
  const t = useT();
  return (
    <ul className="promises">
      {promises.map((p) => (
        <li key={p.id} className={`promise ${p.status}`}>
          <Tag tone={PROMISE_TONE[p.status]}>{t(`followup.promise.status.${p.status}`)}</Tag>{' '}
          {t('followup.promise.line', { amount: formatEuro(p.amountCents), date: formatDateShort(p.promisedDate), madeOn: formatDateShort(p.madeOn) })}
        </li>
      ))}
    </ul>
  );
}
