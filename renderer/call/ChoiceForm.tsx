import { Fragment, useEffect, useRef, useState, type FormEvent } from 'react';
import { useT } from '../i18n';
import { FormActions } from './FormActions';
import { buildFields, FORM_FIELDS, FORM_TEXTS, type FieldSpec, type FormValues } from './call-forms';
import { PlanForm, type PlanChoices } from './PlanForm';
import { ParsedAmount } from '../app/ParsedAmount';
import { CallTimingHint } from './CallTimingHint';
import type { Choice } from '../../machines/call-script.choices';
import type { CallInvoice } from '../../machines/call-types';
import { TONES } from '../../domain/call-outcome';
import { CONTACT_TITLES } from '../../domain/primitives';
import type { OfficeCalendar } from '../../domain/calendar/office-days';
import { useFormats } from '../format';

interface Props {
  choice: Choice;
  label: string;
  /** The call's day. */
  today: string;
  invoices: CallInvoice[];
  totalCents: number;
  /** What a plan may cover (the plan form only). */
  planChoices?: PlanChoices;
  maxPlanTerms: number;
  /** The office's working days: proposed plan dates fall on them. */
  office?: OfficeCalendar;
  /** What was submitted at this step before (after BACK), to fill the form again. */
  previous?: Record<string, unknown>;
  /** What was typed in this form and not submitted (cancelled, or cut off by a crash): shown exactly as typed. */
  draft?: Record<string, unknown>;
  /** Every change of what is typed, to keep it with the running call. */
  onDraft: (values: Record<string, unknown>) => void;
  defaults: FormValues;
  onSubmit: (fields: Record<string, unknown>) => void;
  onCancel: () => void;
}

function initialValues(specs: FieldSpec[], previous: Record<string, unknown> | undefined, defaults: FormValues, amount: (cents: number) => string): FormValues {
  const values: FormValues = {};
  for (const s of specs) {
    const prev = previous?.[s.name];
    if (prev !== undefined) values[s.name] = s.kind === 'amount' && typeof prev === 'number' ? amount(prev) : (prev as string | boolean | number[]);
    else if (defaults[s.name] !== undefined) values[s.name] = defaults[s.name]!;
  }
  return values;
}

export function ChoiceForm(props: Props) {
  if (props.choice.form === 'plan') return <PlanForm {...props} planChoices={props.planChoices ?? { open: props.invoices.filter((i) => i.openCents > 0), held: [] }} />;
  return <FieldsForm {...props} />;
}

function FieldsForm({ choice, label, today, invoices, totalCents, previous, draft, onDraft, defaults, onSubmit, onCancel }: Props) {
  const t = useT();
  const f = useFormats();
  const specs = FORM_FIELDS[choice.form as Exclude<typeof choice.form, 'plan' | undefined>];
  const texts = FORM_TEXTS[choice.form!];
  // A call-back's moment gets the golden hours' hint.
  const timed = choice.form === 'appointment' || choice.form === 'hangUp';
  const [values, setValues] = useState<FormValues>(() => ({ ...initialValues(specs, previous, defaults, f.amount), ...(draft as FormValues | undefined) }));
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLElement | null>(null);
  // A proposed value (a call-back's date) is selected, so what the customer says is typed over it; what was
  // typed before (a draft, or the step's earlier answer) is kept to go on with.
  const [proposed] = useState(draft === undefined && previous === undefined);
  useEffect(() => {
    const el = first.current;
    el?.focus();
    if (proposed && el instanceof HTMLInputElement && el.type === 'text') el.select();
  }, [proposed]); // once: `proposed` never changes

  const set = (name: string, value: string | boolean | number[]) => {
    const next = { ...values, [name]: value };
    setValues(next);
    onDraft(next);
  };
  function submit(e: FormEvent) {
    e.preventDefault();
    const built = buildFields(specs, values, f.readAmount);
    if (!built.ok) {
      setError(t(built.message));
      return;
    }
    onSubmit(built.fields);
  }

  return (
    <form className="choice-form" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), onCancel())} aria-label={label}>
      <h2>{label}</h2>
      {texts && <p>{t(texts.intro)}</p>}
      {specs.map((s, i) => {
        const ref = i === 0 ? (el: HTMLElement | null) => void (first.current = el) : undefined;
        const id = `f-${choice.event}-${s.name}`;
        const value = values[s.name];
        if (s.kind === 'checkbox')
          return (
            <label key={s.name} className="check" htmlFor={id}>
              <input id={id} ref={ref} type="checkbox" checked={value === true} onChange={(e) => set(s.name, e.target.checked)} />
              <span>{t(s.label)}</span>
            </label>
          );
        if (s.kind === 'invoices') {
          const chosen = Array.isArray(value) ? value : [];
          return (
            <fieldset key={s.name} className="invoice-picks">
              <legend>{t(s.label)}</legend>
              {invoices.map((inv, j) => (
                <label key={inv.id} className="check">
                  <input
                    ref={j === 0 ? ref : undefined}
                    type="checkbox"
                    checked={chosen.includes(inv.id)}
                    onChange={(e) => set(s.name, e.target.checked ? [...chosen, inv.id] : chosen.filter((x) => x !== inv.id))}
                  />
                  <span>
                    {t('call.invoiceOption', { number: inv.number, amount: { cents: inv.openCents } })}
                  </span>
                </label>
              ))}
            </fieldset>
          );
        }
        if (s.kind === 'title')
          return (
            <label key={s.name} htmlFor={id}>
              <span>{t(s.label)}</span>
              <select id={id} ref={ref} value={String(value ?? '')} onChange={(e) => set(s.name, e.target.value)}>
                <option value="">{t('call.title.unknown')}</option>
                {CONTACT_TITLES.map((title) => (
                  <option key={title} value={title}>{t(`call.title.${title}`)}</option>
                ))}
              </select>
            </label>
          );
        if (s.kind === 'tone')
          return (
            <label key={s.name} htmlFor={id}>
              <span>{t(s.label)}</span>
              <select id={id} ref={ref} value={String(value ?? '')} onChange={(e) => set(s.name, e.target.value)}>
                {TONES.map((tone) => (
                  <option key={tone} value={tone}>{t(`tone.${tone}`)}</option>
                ))}
              </select>
            </label>
          );
        const placeholder =
          s.kind === 'date' ? t('call.placeholder.date') : s.kind === 'time' ? t('call.placeholder.time') : s.kind === 'amount' ? '0,00' : undefined;
        return (
          <Fragment key={s.name}>
          <label htmlFor={id}>
            <span>{t(s.label)}{s.optional ? ` ${t('call.optional')}` : ''}</span>
            {s.kind === 'textarea' ? (
              <textarea id={id} ref={ref} rows={2} value={String(value ?? '')} onChange={(e) => set(s.name, e.target.value)}
                onKeyDown={(e) => e.key === 'Enter' && !e.shiftKey && (e.preventDefault(), e.currentTarget.form?.requestSubmit())} />
            ) : (
              <input id={id} ref={ref} type="text" inputMode={s.kind === 'number' || s.kind === 'amount' ? 'decimal' : undefined}
                placeholder={placeholder} value={String(value ?? '')} onChange={(e) => set(s.name, e.target.value)}
                aria-describedby={s.kind === 'amount' ? `${id}-parsed` : timed && s.kind === 'time' ? `${id}-timing` : undefined} />
            )}
          </label>
          {s.kind === 'amount' && <ParsedAmount id={`${id}-parsed`} typed={String(value ?? '')} owedCents={totalCents} />}
          {timed && s.kind === 'time' && <CallTimingHint id={`${id}-timing`} date={String(values.date ?? '')} time={String(value ?? '')} today={today} />}
          </Fragment>
        );
      })}
      <FormActions error={error} onCancel={onCancel} submitLabel={texts && t(texts.submit)} />
    </form>
  );
}
