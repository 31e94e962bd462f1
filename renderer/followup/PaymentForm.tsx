// Recording a payment the customer says they made or that came in: date, amount typed the Dutch way
// ("1.234,56"), description, and optionally the invoices it pays. The handler applies it in one
// transaction (invoices, plan installments, promises); the message says what it did.
import { useState, type FormEvent } from 'react';
import { useT, type Translate } from '../i18n';
import { useFormats, type Formats } from '../format';
import { DateField, InputError, InvoiceChoices, MutationFeedback, keepEscape, readDate } from './shared';
import { useRecordPayment } from '../state/queries/payments';
import { ParsedAmount } from '../app/ParsedAmount';
import type { OpenInvoice } from '../../ipc/channels/debtors';
import type { RecordedPayment } from '../../ipc/channels/payments';

export function PaymentForm(props: { debtorId: number; today: string; invoices: OpenInvoice[] }) {
  const t = useT();
  const f = useFormats();
  const [date, setDate] = useState(f.date(props.today));
  const [amount, setAmount] = useState('');
  const [description, setDescription] = useState('');
  const [invoiceIds, setInvoiceIds] = useState<number[]>([]);
  const record = useRecordPayment();

  function submit(e: FormEvent) {
    e.preventDefault();
    const read = () => ({
      debtorId: props.debtorId,
      receivedOn: readDate(t, t('followup.payment.date'), date),
      amountCents: readAmount(t, f, amount),
      description,
      invoiceIds,
    });
    record.mutate(read, {
      onSuccess: () => {
        setAmount('');
        setDescription('');
        setInvoiceIds([]);
      },
    });
  }

  return (
    <form className="form payment-form" onSubmit={submit} onKeyDown={keepEscape()} noValidate aria-labelledby="payment-title">
      <fieldset>
        <legend id="payment-title">{t('followup.payment.title')}</legend>
        <DateField name="receivedOn" label={t('followup.payment.date')} value={date} onChange={setDate} />
        <label>
          <span>{t('followup.payment.amount')}</span>
          <input name="amount" inputMode="decimal" placeholder="1.234,56" value={amount} onChange={(e) => setAmount(e.target.value)} aria-describedby="payment-amount-parsed" />
        </label>
        <ParsedAmount id="payment-amount-parsed" typed={amount} owedCents={props.invoices.reduce((s, i) => s + i.openCents, 0)} />
        <label>
          <span>{t('followup.payment.description')}</span>
          <input name="description" value={description} onChange={(e) => setDescription(e.target.value)} />
        </label>
        <InvoiceChoices label={t('followup.payment.invoices')} invoices={props.invoices} selected={invoiceIds} onChange={setInvoiceIds} />
        <button type="submit" className="primary" disabled={record.isPending}>
          {t('followup.payment.submit')}
        </button>
        <MutationFeedback mutation={record} done={(result) => paymentMessage(t, f, result)} />
      </fieldset>
    </form>
  );
}

/** Cents from what was typed; a message naming the amount when it is none, or not above € 0,00. */
function readAmount(t: Translate, f: Formats, typed: string): number {
  const cents = f.readAmount(typed);
  if (cents === null) throw new InputError(t('followup.payment.badAmount', { value: typed.trim() }));
  if (cents <= 0) throw new InputError(t('followup.payment.notPositive', { amount: f.money(cents) }));
  return cents;
}

function paymentMessage(t: Translate, f: Formats, r: RecordedPayment): string {
  const total = r.allocations.reduce((s, a) => s + a.amountCents, 0);
  const parts = [t('followup.payment.recorded', { amount: f.money(total) })];
  for (const i of r.installments)
    if (i.status === 'paid') parts.push(t('followup.payment.installmentPaid', { seq: i.seq }));
    else parts.push(t('followup.payment.installmentPart', { seq: i.seq, amount: f.money(i.addCents) }));
  if (r.completedPlanId !== null) parts.push(t('followup.payment.planCompleted'));
  if (r.keptPromiseIds.length > 0) parts.push(t('followup.payment.promiseKept'));
  if (r.unallocatedCents > 0) parts.push(t('followup.payment.unallocated', { amount: f.money(r.unallocatedCents) }));
  return parts.join(' ');
}
