// Prepares the call (debtor file, earlier agreements), offers to resume a call cut off by a crash,
// runs the live call and saves its outcome in one go.
import { useState } from 'react';
import { errorText } from '../api/error-text';
import { useFormatMessage, useLanguage, useT } from '../i18n';
import { ErrorLine, WhenLoaded } from '../app/status';
import { useCallPreparation, useDiscardRunningCall, useSaveCall, useSaveRunningCall } from '../state/queries/calls';
import { useIssueLetter } from '../state/queries/letters';
import { useHotkeys } from '../app/hotkeys';
import { navigate } from '../app/router';
import { useFormats } from '../format';
import { LiveCall } from './LiveCall';
import { CALL_MACHINES, type CallKind } from './call-machines';
import { ErrorBoundary } from '../app/ErrorBoundary';
import { resumableSnapshot } from '../../machines/call-resume';
import type { CallPreparation } from '../../ipc/channels/calls';
import type { CallInput } from '../../machines/call-types';
import type { CallOutcome } from '../../domain/call-outcome';
import './call.css';

export function callInputFrom(prep: CallPreparation, now: Date = new Date()): CallInput {
  const d = prep.file.debtor;
  return {
    debtor: { id: d.id, name: d.name, kind: d.kind, contact: { name: d.contactName, role: d.contactRole, phone: d.contactPhone, email: d.contactEmail, title: d.contactTitle } },
    openInvoices: prep.callInvoices.map((i) => ({ id: i.id, number: i.number, invoiceDate: i.invoiceDate, dueDate: i.dueDate, openCents: i.openCents, description: i.description })),
    collector: prep.collector,
    companyName: prep.companyName,
    tone: prep.tone,
    mayOfferPlan: prep.mayOfferPlan,
    maxPlanTerms: prep.maxPlanTerms,
    today: prep.today,
    now: now.toISOString(),
    earlierComplaints: prep.complaints.map((c) => ({ id: c.id, description: c.description, status: c.status, invoiceIds: c.invoiceIds, openedOn: c.openedOn, resolution: c.resolution })),
    ingebrekestellingSent: prep.ingebrekestellingSent,
    officeDays: prep.officeDays,
    addedEquatedDays: prep.addedEquatedDays,
  };
}

type Phase = { name: 'choose' } | { name: 'live'; snapshot?: unknown } | { name: 'saving' } | { name: 'saved'; callId: number; outcome: CallOutcome } | { name: 'failed'; outcome: CallOutcome; error: unknown };

export function CallScreen({ debtorId, kind }: { debtorId: number; kind: CallKind }) {
  const { id: machineId, version: machineVersion } = CALL_MACHINES[kind];
  const prep = useCallPreparation({ debtorId, machineId, machineVersion });
  return <WhenLoaded query={prep}>{(data) => <CallPhases debtorId={debtorId} kind={kind} data={data} />}</WhenLoaded>;
}

function CallPhases({ debtorId, kind, data }: { debtorId: number; kind: CallKind; data: CallPreparation }) {
  const t = useT();
  const language = useLanguage();
  const { id: machineId, version: machineVersion } = CALL_MACHINES[kind];
  const [phase, setPhase] = useState<Phase | null>(null);
  // The saves of this call share one queue (renderer/state/queries/calls.ts): an older snapshot never
  // overwrites a newer one, and the outcome comes after the last snapshot.
  const saveRunning = useSaveRunningCall(debtorId);
  const discard = useDiscardRunningCall(debtorId);
  const saveCall = useSaveCall(debtorId);
  const current: Phase = phase ?? (data.active ? { name: 'choose' } : { name: 'live' });

  const persist = (snapshot: Record<string, unknown>, startedAt: string) =>
    saveRunning.mutate({ debtorId, machineId, machineVersion, snapshot, startedAt });
  const save = (outcome: CallOutcome) => {
    setPhase({ name: 'saving' });
    saveCall.mutate(outcome, {
      onSuccess: ({ callId }) => setPhase({ name: 'saved', callId, outcome }),
      onError: (error) => setPhase({ name: 'failed', outcome, error }),
    });
  };

  // Leaving before the greeting leaves no call behind; leaving a live call keeps it as interrupted.
  const leave = (fromPreparation: boolean) => {
    if (fromPreparation) discard.mutate({ debtorId });
    navigate({ name: 'debtor', id: debtorId });
  };

  if (current.name === 'choose')
    return (
      <ResumeOffer
        prep={data}
        kind={kind}
        onResume={(snapshot) => setPhase({ name: 'live', snapshot })}
        onRestart={(setAside) => discard.mutate({ debtorId, setAside }, { onSuccess: () => setPhase({ name: 'live' }) })}
      />
    );
  if (current.name === 'saving') return <p className="muted" role="status">{t('call.saving')}</p>;
  if (current.name === 'saved') return <SavedView debtorId={debtorId} callId={current.callId} outcome={current.outcome} />;
  if (current.name === 'failed')
    return (
      <section>
        <p role="alert" className="error">{t('call.saveFailed', { reason: errorText(current.error, language) })}</p>
        <button type="button" className="primary" onClick={() => save(current.outcome)}>{t('call.retrySave')}</button>
      </section>
    );
  if (data.callInvoices.length === 0)
    return (
      <section>
        <p role="alert" className="error">{t('call.nothingOpen')}</p>
        <a href={`#/debtors/${debtorId}`}>{t('debtor.back')}</a>
      </section>
    );
  return (
    <>
      {saveRunning.error && <p role="alert" className="error">{t('call.persistFailed', { reason: errorText(saveRunning.error, language) })}</p>}
      {/* A call screen that fails offers to start over, the saved call put aside; the app stays. */}
      <ErrorBoundary
        fallback={(reset) => (
          <p>
            <button
              type="button"
              className="primary"
              autoFocus
              onClick={() =>
                discard.mutate(
                  { debtorId, setAside: true },
                  {
                    onSettled: () => {
                      setPhase({ name: 'live' });
                      reset();
                    },
                  },
                )
              }
            >
              {t('call.restart')}
            </button>
          </p>
        )}
      >
        <LiveCall
          kind={kind}
          prep={data}
          input={callInputFrom(data)}
          snapshot={current.snapshot}
          persist={persist}
          save={save}
          onLeave={leave}
        />
      </ErrorBoundary>
    </>
  );
}

/**
 * A call to this debtor was running when the app stopped. Resumable when the machine recognises the saved
 * call as its own (resumableSnapshot); saved by another version: discarded; damaged: started over with
 * what was saved put aside (set_aside_calls), so a damaged row never blocks calling the debtor.
 */
function ResumeOffer(props: { prep: CallPreparation; kind: CallKind; onResume: (snapshot: unknown) => void; onRestart: (setAside: boolean) => void }) {
  const t = useT();
  const f = useFormats();
  const active = props.prep.active!;
  const { machine, version } = CALL_MACHINES[props.kind];
  const snapshot = active.status === 'resumable' ? resumableSnapshot(machine, { kind: props.kind, version }, active.snapshot) : null;
  const state = snapshot ? 'resumable' : active.status === 'stale' ? 'stale' : 'damaged';
  const known = !Number.isNaN(Date.parse(active.startedAt));
  const { date, time } = known ? f.moment(active.startedAt) : { date: '', time: '' };
  const restart = () => props.onRestart(state === 'damaged');
  useHotkeys({
    enter: () => (snapshot ? props.onResume(snapshot) : restart()),
    'alt+x': restart,
  });
  return (
    <section className="resume" aria-labelledby="resume-title">
      <h1 id="resume-title">{props.prep.file.debtor.name}</h1>
      {snapshot ? (
        <>
          <p className="banner" role="status">{t('call.resumeOffer', { date, time })}</p>
          <div className="actions">
            <button type="button" className="primary" autoFocus onClick={() => props.onResume(snapshot)}>{t('call.resume')} <kbd>Enter</kbd></button>
            <button type="button" onClick={restart}>{t('call.restart')} <kbd>Alt+X</kbd></button>
          </div>
        </>
      ) : (
        <>
          <p className="banner warn" role="alert">
            {state === 'stale' ? t('call.staleSnapshot', { date, time }) : t('call.damagedSnapshot', { known: known ? 'yes' : 'no', date, time })}
          </p>
          <button type="button" className="primary" autoFocus onClick={restart}>
            {t(state === 'stale' ? 'call.discardAndStart' : 'call.restart')} <kbd>Enter</kbd>
          </button>
        </>
      )}
    </section>
  );
}

function SavedView({ debtorId, callId, outcome }: { debtorId: number; callId: number; outcome: CallOutcome }) {
  const t = useT();
  const say = useFormatMessage();
  const issue = useIssueLetter();
  const agreed = outcome.summary.length > 0;
  const confirmationLetter = () => issue.mutate({ debtorId, type: 'confirmation', callId }, { onSuccess: ({ id }) => navigate({ name: 'letter', id }) });
  useHotkeys({
    'alt+b': () => agreed && confirmationLetter(),
    escape: () => navigate({ name: 'debtor', id: debtorId }),
    enter: () => navigate({ name: 'debtor', id: debtorId }),
  });
  return (
    <section className="saved" aria-labelledby="saved-title">
      <h1 id="saved-title">{t('call.saved')}</h1>
      <p role="status">{t(`result.${outcome.result}`)}</p>
      {agreed && (
        <ol className="recap">
          {outcome.summary.map((line, i) => (
            <li key={i}>{say(line)}</li>
          ))}
        </ol>
      )}
      {outcome.tasks.length > 0 && <p className="muted">{t('call.tasksCreated', { count: outcome.tasks.length })}</p>}
      <ErrorLine error={issue.error} />
      <div className="actions">
        {agreed && (
          <button type="button" className="primary" disabled={issue.isPending} onClick={confirmationLetter}>{t('call.confirmationLetter')} <kbd>Alt+B</kbd></button>
        )}
        <button type="button" autoFocus onClick={() => navigate({ name: 'debtor', id: debtorId })}>{t('call.backToDebtor')} <kbd>Enter</kbd></button>
      </div>
    </section>
  );
}
