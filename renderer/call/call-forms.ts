// The fields each kind of choice asks for, and how typed-in text becomes the event the machine checks.
// The machine's guards hold the rules (concrete dates, plan sums…); this only turns text into values.
import type { FormKind } from '../../machines/call-script.choices';
import type { Cents } from '../../domain/money';
import type { MessageKey } from '../i18n';

export type FieldKind = 'text' | 'textarea' | 'date' | 'time' | 'amount' | 'checkbox' | 'number' | 'invoices' | 'tone' | 'title';

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  label: MessageKey;
  optional?: boolean;
}

const f = (name: string, kind: FieldKind, label: MessageKey, optional = false): FieldSpec => ({ name, kind, label, optional });

export const FORM_FIELDS: Record<Exclude<FormKind, 'plan'>, FieldSpec[]> = {
  tone: [f('tone', 'tone', 'call.field.tone')],
  planPolicy: [f('mayOfferPlan', 'checkbox', 'call.field.mayOfferPlan'), f('maxPlanTerms', 'number', 'call.field.maxPlanTerms')],
  contact: [f('title', 'title', 'call.field.title', true), f('name', 'text', 'call.field.name'), f('role', 'text', 'call.field.role', true), f('phone', 'text', 'call.field.phone', true), f('email', 'text', 'call.field.email', true)],
  appointment: [f('date', 'date', 'call.field.date'), f('time', 'time', 'call.field.time'), f('withWhom', 'text', 'call.field.withWhom', true)],
  email: [f('email', 'text', 'call.field.email')],
  copy: [f('addressCorrect', 'checkbox', 'call.field.addressCorrect'), f('sendTo', 'text', 'call.field.sendTo')],
  complaint: [f('invoiceIds', 'invoices', 'call.field.invoices'), f('description', 'textarea', 'call.field.description')],
  complaintWithHandler: [f('invoiceIds', 'invoices', 'call.field.invoices'), f('description', 'textarea', 'call.field.description'), f('handler', 'text', 'call.field.handler', true)],
  handler: [f('handler', 'text', 'call.field.handler')],
  resolution: [f('resolution', 'textarea', 'call.field.resolution')],
  payment: [f('date', 'date', 'call.field.paidOn'), f('amountCents', 'amount', 'call.field.amount'), f('description', 'text', 'call.field.paymentDescription')],
  bankNote: [f('note', 'textarea', 'call.field.bankNote')],
  reason: [f('reason', 'textarea', 'call.field.reason')],
  collectDate: [f('date', 'date', 'call.field.collectDate')],
  promise: [f('date', 'date', 'call.field.promiseDate'), f('amountCents', 'amount', 'call.field.amount')],
  willPayPromise: [f('date', 'date', 'call.field.promiseDate'), f('amountCents', 'amount', 'call.field.amount'), f('hasPaymentDetails', 'checkbox', 'call.field.hasPaymentDetails')],
  otherAgreement: [f('colleague', 'text', 'call.field.colleague'), f('description', 'textarea', 'call.field.agreement')],
  question: [f('invoiceIds', 'invoices', 'call.field.invoices'), f('question', 'textarea', 'call.field.question'), f('answer', 'textarea', 'call.field.answer', true)],
  note: [f('text', 'textarea', 'call.field.note')],
  hangUp: [f('callBack', 'checkbox', 'call.field.callBack'), f('date', 'date', 'call.field.date'), f('time', 'time', 'call.field.time')],
};

/** What a form says above its fields, and its submit button, where the general ones say too little. */
export const FORM_TEXTS: Partial<Record<FormKind, { intro: MessageKey; submit: MessageKey }>> = {
  hangUp: { intro: 'call.hangUp.confirm', submit: 'call.hangUp.submit' },
};

export type FormValues = Record<string, string | boolean | number[]>;

export type Built = { ok: true; fields: Record<string, unknown> } | { ok: false; field: string; message: MessageKey };

/** Text fields → event fields. Amounts are read into cents in the UI language's notation (`readAmount`); empty optional fields are left out. */
export function buildFields(specs: FieldSpec[], values: FormValues, readAmount: (typed: string) => Cents | null): Built {
  const fields: Record<string, unknown> = {};
  for (const spec of specs) {
    const raw = values[spec.name];
    switch (spec.kind) {
      case 'checkbox':
        fields[spec.name] = raw === true;
        break;
      case 'invoices':
        fields[spec.name] = Array.isArray(raw) ? raw : [];
        break;
      case 'number': {
        const n = Number(raw);
        if (!Number.isInteger(n)) return { ok: false, field: spec.name, message: 'call.error.number' };
        fields[spec.name] = n;
        break;
      }
      case 'amount': {
        const cents = readAmount(String(raw ?? ''));
        if (cents === null) return { ok: false, field: spec.name, message: 'call.error.amount' };
        fields[spec.name] = cents;
        break;
      }
      default: {
        const text = String(raw ?? '').trim();
        if (text === '' && spec.optional) break;
        fields[spec.name] = text;
      }
    }
  }
  return { ok: true, fields };
}
