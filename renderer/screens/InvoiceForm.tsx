// An invoice or credit note entered by hand on the debtor file; a credit note reduces what is open.
import { useState, type FormEvent } from 'react';
import { useT } from '../i18n';
import { ErrorLine } from '../app/status';
import { DateField, InputError, readDate } from '../followup/shared';
import { useCreateInvoice } from '../state/queries/ledger-entries';
import { useFormats } from '../format';

export function InvoiceForm({ debtorId, onDone }: { debtorId: number; onDone: () => void }) {
  const t = useT();
  const f = useFormats();
  const create = useCreateInvoice();
  const [kind, setKind] = useState<'invoice' | 'credit_note'>('invoice');
  const [number, setNumber] = useState('');
  const [invoiceDate, setInvoiceDate] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [amount, setAmount] = useState('');
  const [description, setDescription] = useState('');
  const [paymentReference, setPaymentReference] = useState('');
  const [inputError, setInputError] = useState<string | null>(null);

  function submit(e: FormEvent) {
    e.preventDefault();
    try {
      const cents = f.readAmount(amount);
      if (cents === null || cents <= 0) throw new InputError(t('followup.payment.badAmount', { value: amount.trim() }));
      setInputError(null);
      create.mutate(
        {
          debtorId,
          kind,
          number,
          invoiceDate: readDate(t, t('debtor.col.date'), invoiceDate),
          dueDate: readDate(t, t('debtor.col.due'), kind === 'credit_note' && dueDate.trim() === '' ? invoiceDate : dueDate),
          amountCents: cents,
          description,
          paymentReference: paymentReference.trim() === '' ? null : paymentReference,
        },
        { onSuccess: onDone },
      );
    } catch (error) {
      if (error instanceof InputError) setInputError(error.message);
      else throw error;
    }
  }

  return (
    <form className="form invoice-form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('invoiceForm.title')}</legend>
        <label>
          <span>{t('invoiceForm.kind')}</span>
          <select name="kind" value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
            <option value="invoice">{t('invoiceForm.kind.invoice')}</option>
            <option value="credit_note">{t('invoiceForm.kind.credit_note')}</option>
          </select>
        </label>
        <label>
          <span>{t('debtor.col.number')}</span>
          <input name="number" value={number} onChange={(e) => setNumber(e.target.value)} />
        </label>
        <DateField name="invoiceDate" label={t('debtor.col.date')} value={invoiceDate} onChange={setInvoiceDate} />
        <DateField name="dueDate" label={t('debtor.col.due')} value={dueDate} onChange={setDueDate} />
        <label>
          <span>{t('debtor.col.amount')}</span>
          <input name="amount" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
        </label>
        <label>
          <span>{t('debtor.col.description')}</span>
          <input name="description" value={description} onChange={(e) => setDescription(e.target.value)} />
        </label>
        <label>
          <span>{t('import.field.paymentReference')}</span>
          <input name="paymentReference" value={paymentReference} onChange={(e) => setPaymentReference(e.target.value)} />
        </label>
      </fieldset>
      {inputError && <p role="alert" className="error">{inputError}</p>}
      <ErrorLine error={create.error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={create.isPending}>{t('invoiceForm.save')}</button>
        <button type="button" onClick={onDone}>{t('debtorForm.cancel')}</button>
      </div>
    </form>
  );
}
