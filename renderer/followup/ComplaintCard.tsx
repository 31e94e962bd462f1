// One complaint with its state and the transitions it allows next, as buttons: in behandeling nemen,
// oplossen, klant geïnformeerd. Each asks for what the step needs; a refusal shows the handler's message.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useT } from '../i18n';
import { useFormats } from '../format';
import { DateField, DebtorLink, MutationFeedback, Tag, keepEscape, readDate } from './shared';
import { useInformCustomer, useResolveComplaint, useStartHandlingComplaint } from '../state/queries/complaints';
import { complaintLifecycle, complaintStep, type ComplaintEvent, type ComplaintStatus } from '../../domain/lifecycle/complaint';
import { allowedEvents } from '../../domain/lifecycle/lifecycle';
import type { ComplaintItem } from '../../ipc/channels/complaints';

const STATUS_TONE: Record<ComplaintStatus, 'warn' | 'info' | 'ok'> = { open: 'warn', in_behandeling: 'info', opgelost: 'ok' };

export function ComplaintStatusTag({ status }: { status: ComplaintStatus }) {
  const t = useT();
  return <Tag tone={STATUS_TONE[status]}>{t(`followup.complaint.status.${status}`)}</Tag>;
}

export function ComplaintCard(props: {
  complaint: ComplaintItem;
  debtor?: { id: number; name: string };
  today: string;
  collector: string;
}) {
  const t = useT();
  const f = useFormats();
  const c = props.complaint;
  const [step, setStep] = useState<ComplaintEvent | null>(null);
  const steps = { start_handling: useStartHandlingComplaint(), resolve: useResolveComplaint(), inform_customer: useInformCustomer() };
  // The last step taken (or tried), for its confirmation or refusal.
  const [taken, setTaken] = useState<ComplaintEvent | null>(null);
  // What the table allows, and the customer is informed only once.
  const next = allowedEvents(complaintLifecycle, c.status).filter((e) => complaintStep(c, e).ok);
  // When a step's form closes (done or cancelled), focus goes to what can be done next on this complaint,
  // or to the complaint itself once nothing is left: never back to the page's start.
  const card = useRef<HTMLElement>(null);
  const [refocus, setRefocus] = useState(0);
  useEffect(() => {
    if (refocus === 0) return;
    (card.current?.querySelector<HTMLElement>('.actions button') ?? card.current)?.focus();
  }, [refocus, c.status]);
  const closeStep = () => {
    setStep(null);
    setRefocus((n) => n + 1);
  };

  return (
    <article ref={card} tabIndex={-1} className="complaint card" aria-label={t('followup.complaint.label', { id: c.id })}>
      <header>
        <ComplaintStatusTag status={c.status} />
        {props.debtor && <strong><DebtorLink debtor={props.debtor} /></strong>}
        <span>{t('followup.complaint.invoices', { numbers: c.invoices.map((i) => i.number).join(', ') })}</span>
        <span className="muted">{t('followup.complaint.openedOn', { date: f.date(c.openedOn) })}</span>
      </header>
      <p className="description">{c.description}</p>
      <dl className="facts">
        <dt>{t('followup.complaint.handler')}</dt>
        <dd>{c.handler ?? '—'}</dd>
        {c.resolution && (
          <>
            <dt>{t('followup.complaint.resolution')}</dt>
            <dd>{c.resolution}{c.resolvedOn && ` (${f.date(c.resolvedOn)})`}</dd>
          </>
        )}
        {c.status === 'opgelost' && (
          <>
            <dt>{t('followup.complaint.informedOn')}</dt>
            <dd>{c.customerInformedOn ? f.date(c.customerInformedOn) : t('followup.complaint.notInformed')}</dd>
          </>
        )}
      </dl>
      {step === null ? (
        next.length > 0 && (
          <div className="actions">
            {next.map((e) => (
              <button key={e} type="button" onClick={() => { setTaken(null); setStep(e); }}>
                {t(`followup.complaint.${e}`)}
              </button>
            ))}
          </div>
        )
      ) : (
        <StepForm
          step={step}
          complaint={c}
          today={props.today}
          collector={props.collector}
          mutations={steps}
          onTaken={() => setTaken(step)}
          onDone={closeStep}
          onCancel={closeStep}
        />
      )}
      {taken && <MutationFeedback mutation={steps[taken]} done={() => t(`followup.complaint.done.${taken}`)} />}
    </article>
  );
}

function StepForm(props: {
  step: ComplaintEvent;
  complaint: ComplaintItem;
  today: string;
  collector: string;
  mutations: {
    start_handling: ReturnType<typeof useStartHandlingComplaint>;
    resolve: ReturnType<typeof useResolveComplaint>;
    inform_customer: ReturnType<typeof useInformCustomer>;
  };
  onTaken: () => void;
  onDone: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const f = useFormats();
  const { step, complaint: c } = props;
  const [handler, setHandler] = useState(c.handler ?? props.collector);
  const [resolution, setResolution] = useState('');
  const [date, setDate] = useState(f.date(props.today));

  function submit(e: FormEvent) {
    e.preventDefault();
    props.onTaken();
    const done = { onSuccess: props.onDone };
    switch (step) {
      case 'start_handling':
        return props.mutations.start_handling.mutate({ complaintId: c.id, handler }, done);
      case 'resolve':
        return props.mutations.resolve.mutate(
          () => ({ complaintId: c.id, resolution, handler, resolvedOn: readDate(t, t('followup.complaint.resolvedOn'), date) }),
          done,
        );
      case 'inform_customer':
        return props.mutations.inform_customer.mutate(() => ({ complaintId: c.id, informedOn: readDate(t, t('followup.complaint.informedOn'), date) }), done);
    }
  }

  return (
    <form className="form inline-form" onSubmit={submit} onKeyDown={keepEscape(props.onCancel)} noValidate aria-label={t(`followup.complaint.${step}`)}>
      {step !== 'inform_customer' && (
        <label>
          <span>{t('followup.complaint.handler')}</span>
          <input name="handler" value={handler} onChange={(e) => setHandler(e.target.value)} autoFocus={step === 'start_handling'} />
        </label>
      )}
      {step === 'resolve' && (
        <>
          <label>
            <span>{t('followup.complaint.resolution')}</span>
            <textarea name="resolution" rows={2} value={resolution} onChange={(e) => setResolution(e.target.value)} autoFocus />
          </label>
          <DateField name="resolvedOn" label={t('followup.complaint.resolvedOn')} value={date} onChange={setDate} />
        </>
      )}
      {step === 'inform_customer' && (
        <DateField name="informedOn" label={t('followup.complaint.informedOn')} value={date} onChange={setDate} />
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={props.mutations[step].isPending}>
          {t(`followup.complaint.confirm.${step}`)}
        </button>
        <button type="button" onClick={props.onCancel}>{t('followup.cancel')}</button>
      </div>
    </form>
  );
}
