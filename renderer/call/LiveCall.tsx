// The live call: script text large, choices on hotkeys, the debtor file beside it, a timer and notes.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useMachine } from '@xstate/react';
import type { Snapshot } from 'xstate';
import { useFormatMessage, useT } from '../i18n';
import { useHotkeys, type HotkeyMap } from '../app/hotkeys';
import { formatDuration, useFormats } from '../format';
import { ChoiceForm } from './ChoiceForm';
import { DebtorPanel } from './DebtorPanel';
import { CALL_MACHINES, type CallKind } from './call-machines';
import { currentStep, persistOnChange } from '../../machines/call-setup';
import { asideFor, choicesFor, type Choice } from '../../machines/call-script.choices';
import { choiceKey } from '../../machines/call-step';
import { isOfficeDay, nextOfficeDay } from '../../domain/calendar/office-days';
import { proposeCallBackTime } from '../../domain/dunning/timing';
import type { IsoDate } from '../../domain/dates';
import { scriptMessage } from '../../machines/call-script.texts';
import { recapLines } from '../../machines/call-record';
import { officeOf } from '../../machines/call-data';
import type { CallInput } from '../../machines/call-types';
import type { CallOutcome } from '../../domain/call-outcome';
import type { CallPreparation } from '../../ipc/channels/calls';
import { planChoices } from './plan-choices';

export interface LiveCallProps {
  kind: CallKind;
  prep: CallPreparation;
  input: CallInput;
  /** A persisted snapshot to continue from (resume after a crash). */
  snapshot?: unknown;
  persist: (snapshot: Record<string, unknown>, startedAt: string) => void;
  save: (outcome: CallOutcome) => void;
  /** Leave the call screen; `fromPreparation`: before the greeting, so nothing is kept. */
  onLeave: (fromPreparation: boolean) => void;
}

/** 'Alt+ArrowLeft' → 'alt+arrowleft', 'Enter' → 'enter', '1' → '1' (the names useHotkeys uses). */
export function hotkeyName(hotkey: string): string {
  return hotkey.toLowerCase();
}

/** How a key is written on screen, the same everywhere: 'Alt+H', 'Alt+←', 'T', 'Enter', '1'. */
export function keyLabel(hotkey: string): string {
  return hotkey
    .split('+')
    .map((part) => (part === 'ArrowLeft' ? '←' : part.length === 1 ? part.toUpperCase() : part))
    .join('+');
}

export function LiveCall({ kind, prep, input, snapshot, persist, save, onLeave }: LiveCallProps) {
  const t = useT();
  const f = useFormats();
  const say = useFormatMessage();
  const label = (c: Choice) => say({ key: c.labelKey });
  const { machine } = CALL_MACHINES[kind];
  const provided = useMemo(
    () => machine.provide({ actions: { saveOutcome: (_args, params) => save(params.outcome) } }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [machine],
  );
  const [state, send, actor] = useMachine(provided, snapshot ? { input, snapshot: snapshot as Snapshot<unknown> } : { input });
  // The running call is saved whenever it moves on (a step, a note), from the actor's snapshots.
  const persistRef = useRef(persist);
  useLayoutEffect(() => {
    persistRef.current = persist;
  });
  useEffect(() => {
    const subscription = persistOnChange(actor, (s) => persistRef.current(s, (s as { context: { startedAt: string } }).context.startedAt));
    return () => subscription.unsubscribe();
  }, [actor]);
  const ctx = state.context;
  const step = currentStep(state);
  // What is typed lives in the machine (ctx.drafts), so the running call saved for a crash holds it too.
  const choices = choicesFor(kind, step).filter((c) => c.event !== 'NOTE');
  const open = ctx.drafts.open ? (choices.find((c) => choiceKey(c) === ctx.drafts.open) ?? null) : null;
  const [confirmLeave, setConfirmLeave] = useState(false);
  const notesRef = useRef<HTMLTextAreaElement>(null);
  // The buttons by choice key, and the one that opened the last form: focus returns there when it closes.
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const returnTo = useRef<string | null>(null);
  const buttonRef = (key: string) => (el: HTMLButtonElement | null) => void (el ? buttons.current.set(key, el) : buttons.current.delete(key));
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);

  const aside = asideFor(kind, step)?.(ctx) ?? [];
  const stepChoices = choices.filter((c) => !c.hotkey.startsWith('Alt+'));
  const globalChoices = choices.filter((c) => c.hotkey.startsWith('Alt+'));

  // Focus is always on the next thing to do: with no form open, the button that opened the form just
  // closed, else the first choice of the step (a new step, a resumed call).
  const pathLength = ctx.path.length;
  const openKey = ctx.drafts.open;
  useEffect(() => {
    if (openKey || confirmLeave) return;
    const back = returnTo.current ? buttons.current.get(returnTo.current) : undefined;
    returnTo.current = null;
    (back ?? buttons.current.get(stepChoices[0] ? choiceKey(stepChoices[0]) : ''))?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [openKey, pathLength, step, confirmLeave]);

  function choose(choice: Choice) {
    if (choice.form) {
      returnTo.current = choiceKey(choice);
      send({ type: 'DRAFT', open: choiceKey(choice) });
    } else send({ type: choice.event, ...(choice.excuse ? { excuse: choice.excuse } : {}) } as never);
  }
  function addNote() {
    const text = ctx.drafts.note.trim();
    if (!text) return;
    send({ type: 'NOTE', text });
  }

  const hotkeys: HotkeyMap = {};
  if (!confirmLeave) {
    for (const c of globalChoices) hotkeys[hotkeyName(c.hotkey)] = () => choose(c);
    hotkeys['alt+n'] = () => notesRef.current?.focus();
    if (!open) for (const c of stepChoices) hotkeys[hotkeyName(c.hotkey)] = () => choose(c);
    // Esc never leaves a live call unasked; before the greeting there is no call yet to keep.
    hotkeys.escape = () => (step === 'preparation' ? onLeave(true) : setConfirmLeave(true));
  }
  useHotkeys(hotkeys, step !== 'done');

  const started = step !== 'preparation';
  const elapsed = started ? Math.max(0, Math.floor((now - Date.parse(ctx.startedAt)) / 1000)) : 0;
  const invoices = ctx.input.openInvoices;
  const totalCents = invoices.reduce((s, i) => s + i.openCents, 0);
  const defaults = {
    amountCents: f.amount(totalCents),
    tone: ctx.tone,
    mayOfferPlan: ctx.mayOfferPlan,
    maxPlanTerms: String(ctx.maxPlanTerms),
    addressCorrect: true,
    sendTo: [prep.file.debtor.addressLine, `${prep.file.debtor.postcode} ${prep.file.debtor.city}`].filter(Boolean).join(', '),
    hasPaymentDetails: true,
    // Alt+H proposes calling back; a call-back (hung up, or an appointment) is proposed at the first free
    // golden-hour slot of the next office day (seed 003), beside the debtor's call-backs already booked.
    callBack: true,
    ...(open?.form === 'hangUp' || open?.form === 'appointment' ? proposedCallBack(ctx.input.today, prep.callBacks, f.date) : {}),
  };

  return (
    <div className="call-layout">
      <header className="call-header">
        <div>
          <h1>{prep.file.debtor.name}</h1>
          <span className="muted">
            {kind === 'preventive' ? t('call.kind.preventive') : t('call.kind.collection')} · {t(`tone.${ctx.tone}`)}
          </span>
        </div>
        <div className="timer" aria-label={t('call.timer')} role="timer">{formatDuration(elapsed)}</div>
        <div className="header-actions">
          {globalChoices.map((c) => (
            <button key={c.event} ref={buttonRef(choiceKey(c))} type="button" onClick={() => choose(c)}>
              {label(c)} <kbd>{keyLabel(c.hotkey)}</kbd>
            </button>
          ))}
          {step === 'preparation' && (
            <button type="button" onClick={() => onLeave(true)}>{t('call.leave')} <kbd>Esc</kbd></button>
          )}
        </div>
      </header>
      <div className="call-body">
        <section className="script" aria-label={t('call.script')} aria-live="polite">
          <p className="step-count muted">{t('call.step', { n: Math.max(1, ctx.stack.length) })}</p>
          <p className="script-text" data-testid="script-text">{say(scriptMessage(step, ctx))}</p>
          {aside.length > 0 && (
            <ul className="script-aside" data-testid="script-aside">
              {aside.map((line, i) => (
                <li key={i}>{say(line)}</li>
              ))}
            </ul>
          )}
          {step === 'recap' && (
            <ol className="recap" aria-label={t('call.recap')}>
              {recapLines(ctx).map((line, i) => (
                <li key={i}>{say(line)}</li>
              ))}
              {recapLines(ctx).length === 0 && <li className="muted">{t('call.recapEmpty')}</li>}
            </ol>
          )}
          {ctx.error && !open && <p role="alert" className="error">{say(ctx.error)}</p>}
          {open ? (
            <ChoiceForm
              key={`${choiceKey(open)}-${pathLength}`}
              choice={open}
              label={label(open)}
              today={ctx.input.today}
              invoices={invoices}
              totalCents={totalCents}
              planChoices={open.form === 'plan' ? planChoices(ctx, prep) : undefined}
              maxPlanTerms={ctx.maxPlanTerms}
              office={officeOf(ctx)}
              previous={ctx.lastInput[step] as Record<string, unknown> | undefined}
              draft={ctx.drafts.forms[choiceKey(open)]}
              onDraft={(values) => send({ type: 'DRAFT', form: choiceKey(open), values })}
              defaults={defaults}
              onSubmit={(fields) => send({ type: open.event, ...fields } as never)}
              onCancel={() => send({ type: 'DRAFT', open: null })}
            />
          ) : (
            <div className="choices" role="group" aria-label={t('call.choices')}>
              {stepChoices.map((c, i) => (
                <button
                  key={choiceKey(c)}
                  ref={buttonRef(choiceKey(c))}
                  type="button"
                  className={i === 0 && stepChoices.length === 1 ? 'primary' : ''}
                  onClick={() => choose(c)}
                >
                  <kbd>{keyLabel(c.hotkey)}</kbd> {label(c)}
                </button>
              ))}
            </div>
          )}
          {open && ctx.error && <p role="alert" className="error">{say(ctx.error)}</p>}
          <section className="notes" aria-label={t('call.notes')}>
            <label htmlFor="call-notes">{t('call.notes')} <kbd>Alt+N</kbd></label>
            {ctx.notes && <p className="notes-so-far">{ctx.notes}</p>}
            <textarea
              id="call-notes"
              ref={notesRef}
              rows={2}
              value={ctx.drafts.note}
              placeholder={t('call.notesPlaceholder')}
              onChange={(e) => send({ type: 'DRAFT', note: e.target.value })}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !e.shiftKey) {
                  e.preventDefault();
                  addNote();
                }
              }}
            />
          </section>
        </section>
        <DebtorPanel prep={prep} />
      </div>
      {confirmLeave && <ConfirmLeave onStay={() => setConfirmLeave(false)} onLeave={() => onLeave(false)} />}
    </div>
  );
}

/** Esc during a live call: leaving keeps the call as an interrupted call, to resume later; staying is the default. */
/** The first free golden-hour slot from the next office day on, as the form's date and time. */
function proposedCallBack(today: IsoDate, booked: readonly { dueDate: IsoDate; dueTime: string | null }[], dateForField: (date: IsoDate) => string) {
  const slot = proposeCallBackTime({
    earliest: { date: nextOfficeDay(today), time: '00:00' },
    isWorkingDay: (d) => isOfficeDay(d),
    taken: booked.flatMap((c) => (c.dueTime ? [{ date: c.dueDate, time: c.dueTime }] : [])),
  });
  return { date: dateForField(slot.date), time: slot.time };
}

function ConfirmLeave({ onStay, onLeave }: { onStay: () => void; onLeave: () => void }) {
  const t = useT();
  return (
    <div className="modal-backdrop">
      <div
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="confirm-leave-title"
        aria-describedby="confirm-leave-text"
        className="modal"
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          e.stopPropagation();
          onStay();
        }}
      >
        <h2 id="confirm-leave-title">{t('call.leaveLive.title')}</h2>
        <p id="confirm-leave-text">{t('call.leaveLive.text')}</p>
        <div className="actions">
          <button type="button" className="primary" autoFocus onClick={onStay}>{t('call.leaveLive.stay')} <kbd>Esc</kbd></button>
          <button type="button" onClick={onLeave}>{t('call.leaveLive.leave')}</button>
        </div>
      </div>
    </div>
  );
}
