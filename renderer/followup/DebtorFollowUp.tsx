// The follow-up part of the debtor file: record a payment, the promises and payment plans with their
// state, this debtor's complaints, and the timeline of everything that happened.
import { useState } from 'react';
import { useT } from '../i18n';
import { ErrorLine, Loading } from '../app/status';
import { useAppInfo } from '../state/queries/app';
import { usePromises } from '../state/queries/promises';
import { usePlans } from '../state/queries/plans';
import { useComplaintPages } from '../state/queries/complaints';
import { useTimeline } from '../state/queries/timeline';
import { useFormats } from '../format';
import { PaymentForm } from './PaymentForm';
import { PlanCard } from './PlanCard';
import { ComplaintCard } from './ComplaintCard';
import { ComplaintForm } from './ComplaintForm';
import { Timeline } from './Timeline';
import { MoreButton, Tag } from './shared';
import type { OpenInvoice } from '../../ipc/channels/debtors';
import type { PromiseItem } from '../../ipc/channels/promises';

export function DebtorFollowUp(props: { debtorId: number; invoices: OpenInvoice[]; collector: string }) {
  const t = useT();
  const { debtorId } = props;
  const info = useAppInfo();
  const promises = usePromises(debtorId);
  const plans = usePlans(debtorId);
  const complaints = useComplaintPages('all', debtorId);
  const timeline = useTimeline(debtorId);
  const [registering, setRegistering] = useState(false);

  const error = [info.error, promises.error, plans.error, complaints.error, timeline.error].find(Boolean);
  if (!info.data || !promises.data || !plans.data || !complaints.isSuccess || !timeline.isSuccess) return error ? <ErrorLine error={error} /> : <Loading />;
  const today = info.data.today;
  return (
    <div className="followup debtor-followup">
      <ErrorLine error={error} />
      <div className="columns">
        <PaymentForm debtorId={debtorId} today={today} invoices={props.invoices} />
        <div>
          <section aria-labelledby="promises-title">
            <h2 id="promises-title">{t('followup.promises.title')}</h2>
            {promises.data.length === 0 ? <p className="muted">{t('followup.promises.none')}</p> : <Promises promises={promises.data} />}
          </section>
          <section aria-labelledby="plans-title">
            <h2 id="plans-title">{t('followup.plans.title')}</h2>
            {plans.data.length === 0 ? (
              <p className="muted">{t('followup.plans.none')}</p>
            ) : (
              <div className="stack">
                {plans.data.map((p) => <PlanCard key={p.id} plan={p} />)}
              </div>
            )}
          </section>
        </div>
      </div>
      <section aria-labelledby="debtor-complaints-title">
        <h2 id="debtor-complaints-title">{t('followup.complaints.ofDebtor')}</h2>
        {registering ? (
          <ComplaintForm debtorId={debtorId} invoices={props.invoices} onRegistered={() => setRegistering(false)} onCancel={() => setRegistering(false)} />
        ) : (
          <button type="button" onClick={() => setRegistering(true)}>{t('followup.complaint.register')}</button>
        )}
        {complaints.rows.length === 0 && !registering && <p className="muted">{t('followup.complaints.noneForDebtor')}</p>}
        <div className="stack">
          {complaints.rows.map((c) => (
            <ComplaintCard key={c.id} complaint={c} today={today} collector={props.collector} />
          ))}
        </div>
        <MoreButton list={complaints} />
      </section>
      <Timeline list={timeline} />
    </div>
  );
}

const PROMISE_TONE = { pending: 'info', kept: 'ok', broken: 'bad' } as const;

function Promises({ promises }: { promises: PromiseItem[] }) {
  const t = useT();
  const f = useFormats();
  return (
    <ul className="promises">
      {promises.map((p) => (
        <li key={p.id} className={`promise ${p.status}`}>
          <Tag tone={PROMISE_TONE[p.status]}>{t(`followup.promise.status.${p.status}`)}</Tag>{' '}
          {t('followup.promise.line', { amount: f.money(p.amountCents), date: f.date(p.promisedDate), madeOn: f.date(p.madeOn) })}
        </li>
      ))}
    </ul>
  );
}
