// A payment plan with its installments and the next step of its lifecycle as a button: verstuurd ter
// ondertekening → getekend retour → actief. Payments move it on to completed; the calendar to defaulted.
import { useT } from '../i18n';
import { useFormats } from '../format';
import { MutationFeedback, Tag } from './shared';
import { useActivatePlan, useMarkPlanSent, useMarkPlanSigned } from '../state/queries/plans';
import { allowedEvents } from '../../domain/lifecycle/lifecycle';
import { planLifecycle, type PlanEvent, type PlanStatus } from '../../domain/lifecycle/plan';
import type { InstallmentStatus } from '../../domain/lifecycle/installment';
import type { PlanCardItem } from '../../ipc/channels/plans';

const PLAN_TONE: Record<PlanStatus, 'info' | 'ok' | 'bad' | undefined> = {
  proposed: undefined,
  sent: 'info',
  signed: 'info',
  active: 'info',
  completed: 'ok',
  defaulted: 'bad',
};
const INSTALLMENT_TONE: Record<InstallmentStatus, 'ok' | 'bad' | undefined> = { due: undefined, late: 'bad', paid: 'ok' };

/** The steps the collector takes by hand; pay, complete and default follow from payments and the calendar. */
const MANUAL_STEPS = ['send', 'sign', 'activate'] as const satisfies readonly PlanEvent[];
type ManualStep = (typeof MANUAL_STEPS)[number];

export function PlanCard({ plan }: { plan: PlanCardItem }) {
  const t = useT();
  const f = useFormats();
  const mutations = { send: useMarkPlanSent(), sign: useMarkPlanSigned(), activate: useActivatePlan() };
  const last = MANUAL_STEPS.map((step) => ({ step, mutation: mutations[step] })).find(({ mutation }) => !mutation.isIdle);
  const busy = MANUAL_STEPS.some((step) => mutations[step].isPending);
  const steps = allowedEvents(planLifecycle, plan.status).filter((e): e is ManualStep => (MANUAL_STEPS as readonly string[]).includes(e));
  const dates = (
    [
      ['sentOn', plan.sentOn],
      ['signedOn', plan.signedOn],
      ['completedOn', plan.completedOn],
      ['defaultedOn', plan.defaultedOn],
    ] as const
  ).filter(([, d]) => d !== null);

  const take = (step: ManualStep) => {
    for (const other of MANUAL_STEPS) if (other !== step) mutations[other].reset();
    mutations[step].mutate({ planId: plan.id });
  };

  return (
    <article className="plan card" aria-label={t('followup.plan.label', { date: f.date(plan.agreedOn) })}>
      <header>
        <Tag tone={PLAN_TONE[plan.status]}>{t(`followup.plan.status.${plan.status}`)}</Tag>
        <strong>
          {t('followup.plan.summary', { total: f.money(plan.totalCents), terms: plan.installments.length, date: f.date(plan.agreedOn) })}
        </strong>
        {dates.map(([name, d]) => (
          <span key={name} className="muted">{t(`followup.plan.${name}`, { date: f.date(d!) })}</span>
        ))}
      </header>
      <p className="plan-invoices">{t('followup.plan.invoices', { count: plan.invoices.length, numbers: { list: plan.invoices.map((i) => i.number) } })}</p>
      <table className="grid compact" aria-label={t('followup.plan.installments')}>
        <thead>
          <tr>
            <th>{t('followup.plan.col.seq')}</th>
            <th>{t('followup.plan.col.due')}</th>
            <th className="num">{t('followup.plan.col.amount')}</th>
            <th className="num">{t('followup.plan.col.paid')}</th>
            <th>{t('followup.plan.col.status')}</th>
          </tr>
        </thead>
        <tbody>
          {plan.installments.map((i) => (
            <tr key={i.id} className={`installment ${i.status}`}>
              <td>{i.seq}</td>
              <td>{f.date(i.dueDate)}</td>
              <td className="num">{f.money(i.amountCents)}</td>
              <td className="num">{f.money(i.paidCents)}</td>
              <td>
                <Tag tone={INSTALLMENT_TONE[i.status]}>{t(`followup.installment.status.${i.status}`)}</Tag>
                {i.paidOn && <span className="muted"> {f.date(i.paidOn)}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {steps.length > 0 && (
        <div className="actions">
          {steps.map((s) => (
            <button key={s} type="button" className="primary" disabled={busy} onClick={() => take(s)}>
              {t(`followup.plan.step.${s}`)}
            </button>
          ))}
        </div>
      )}
      {/* A step's confirmation belongs to the state it led to; once payments move the plan on, it is old news. */}
      {last && (last.mutation.isError || last.mutation.data?.status === plan.status) && (
        <MutationFeedback mutation={last.mutation} done={() => t(`followup.plan.done.${last.step}`)} />
      )}
    </article>
  );
}
