// A debtor's details as the collector enters them: new, or changed (what changed is kept on the
// timeline). The contact at the crediteurenafdeling and the salutation letters use come with it.
import { useState, type FormEvent } from 'react';
import { useT, type MessageKey } from '../i18n';
import { ErrorLine } from '../app/status';
import { MAX_PLAN_TERMS } from '../../domain/call-outcome';
import { CONTACT_TITLES, type ContactTitle } from '../../domain/primitives';
import type { DebtorFields } from '../../ipc/channels/debtors';

type TextField = 'number' | 'name' | 'addressLine' | 'postcode' | 'city' | 'phone' | 'email' | 'salutation' | 'contactName' | 'contactRole' | 'contactPhone' | 'contactEmail';

const TEXT_FIELDS: TextField[] = ['number', 'name', 'addressLine', 'postcode', 'city', 'phone', 'email', 'salutation', 'contactName', 'contactRole', 'contactPhone', 'contactEmail'];

export const EMPTY_DEBTOR: DebtorFields = {
  number: '',
  name: '',
  kind: 'business',
  addressLine: '',
  postcode: '',
  city: '',
  phone: null,
  email: null,
  salutation: null,
  contactName: null,
  contactTitle: null,
  contactRole: null,
  contactPhone: null,
  contactEmail: null,
  mayOfferPlan: true,
  maxPlanTerms: MAX_PLAN_TERMS,
};

export function DebtorForm(props: { initial: DebtorFields; submitLabel: MessageKey; busy: boolean; error: unknown; onSubmit: (fields: DebtorFields) => void; onCancel?: () => void }) {
  const t = useT();
  const [draft, setDraft] = useState<DebtorFields>(props.initial);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onSubmit(draft);
  };
  return (
    <form className="form debtor-form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('debtorForm.title')}</legend>
        {TEXT_FIELDS.map((field) => (
          <label key={field}>
            <span>
              {t(`debtor.field.${field}`)}
              {(field === 'number' || field === 'name') && ' *'}
            </span>
            <input name={field} value={draft[field] ?? ''} onChange={(e) => setDraft({ ...draft, [field]: e.target.value })} />
          </label>
        ))}
        <label>
          <span>{t('debtor.field.contactTitle')}</span>
          <select name="contactTitle" value={draft.contactTitle ?? ''} onChange={(e) => setDraft({ ...draft, contactTitle: (e.target.value || null) as ContactTitle | null })}>
            <option value="">{t('call.title.unknown')}</option>
            {CONTACT_TITLES.map((title) => (
              <option key={title} value={title}>{t(`call.title.${title}`)}</option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('debtor.field.kind')}</span>
          <select name="kind" value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value as DebtorFields['kind'] })}>
            <option value="business">{t('debtor.kind.business')}</option>
            <option value="consumer">{t('debtor.kind.consumer')}</option>
          </select>
        </label>
        <label className="check">
          <input type="checkbox" name="mayOfferPlan" checked={draft.mayOfferPlan} onChange={(e) => setDraft({ ...draft, mayOfferPlan: e.target.checked })} />
          <span>{t('debtor.field.mayOfferPlan')}</span>
        </label>
        <label>
          <span>{t('debtor.field.maxPlanTerms')}</span>
          <input name="maxPlanTerms" type="number" min={1} max={MAX_PLAN_TERMS} value={draft.maxPlanTerms} onChange={(e) => setDraft({ ...draft, maxPlanTerms: Number(e.target.value) })} />
        </label>
      </fieldset>
      <ErrorLine error={props.error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={props.busy}>{t(props.submitLabel)}</button>
        {props.onCancel && (
          <button type="button" onClick={props.onCancel}>{t('debtorForm.cancel')}</button>
        )}
      </div>
    </form>
  );
}
