// Registering a complaint on the debtor file: what is wrong, which invoices (held out of reminders until
// it is resolved), and optionally who handles it or how it was resolved right away.
import { useState, type FormEvent } from 'react';
import { useT } from '../i18n';
import { InvoiceChoices, MutationFeedback, keepEscape } from './shared';
import { useRegisterComplaint } from '../state/queries/complaints';
import type { OpenInvoice } from '../../ipc/channels/debtors';

export function ComplaintForm(props: { debtorId: number; invoices: OpenInvoice[]; onRegistered: () => void; onCancel: () => void }) {
  const t = useT();
  const [description, setDescription] = useState('');
  const [invoiceIds, setInvoiceIds] = useState<number[]>([]);
  const [handler, setHandler] = useState('');
  const [resolution, setResolution] = useState('');
  const register = useRegisterComplaint();

  function submit(e: FormEvent) {
    e.preventDefault();
    register.mutate(
      {
        debtorId: props.debtorId,
        description,
        invoiceIds,
        ...(handler.trim() ? { handler } : {}),
        ...(resolution.trim() ? { resolution } : {}),
      },
      { onSuccess: props.onRegistered },
    );
  }

  return (
    <form className="form complaint-form" onSubmit={submit} onKeyDown={keepEscape(props.onCancel)} noValidate aria-labelledby="complaint-form-title">
      <fieldset>
        <legend id="complaint-form-title">{t('followup.complaint.register')}</legend>
        <label>
          <span>{t('followup.complaint.description')}</span>
          <textarea name="description" rows={2} value={description} onChange={(e) => setDescription(e.target.value)} autoFocus />
        </label>
        <InvoiceChoices label={t('followup.complaint.which')} invoices={props.invoices} selected={invoiceIds} onChange={setInvoiceIds} />
        <label>
          <span>{t('followup.complaint.handlerOptional')}</span>
          <input name="handler" value={handler} onChange={(e) => setHandler(e.target.value)} />
        </label>
        <label>
          <span>{t('followup.complaint.resolutionOptional')}</span>
          <input name="resolution" value={resolution} onChange={(e) => setResolution(e.target.value)} />
        </label>
        <div className="actions">
          <button type="submit" className="primary" disabled={register.isPending}>{t('followup.complaint.save')}</button>
          <button type="button" onClick={props.onCancel}>{t('followup.cancel')}</button>
        </div>
        <MutationFeedback mutation={register} />
      </fieldset>
    </form>
  );
}
