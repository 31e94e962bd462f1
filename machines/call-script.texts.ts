// What the collector says in each step, as a message: key 'script.<step>' (the texts are in
// call-script.messages.ts, preventive-call.messages.ts and the excuse modules) with the params every
// script text may use. Money, dates and lists travel as values, so each language formats its own.
import { addDays, timeInAmsterdam } from '../domain/dates';
import type { Message, MessageParams } from '../domain/message';
import { spokenAddressee } from '../domain/addressee';
import { cents, date, openTotalCents } from './call-data';
import type { CallContext, StepId } from './call-types';

/** The part of the day the call started in Amsterdam, for the greeting (ICU select: morning, afternoon, evening). */
function daypart(iso: string): 'morning' | 'afternoon' | 'evening' {
  const hour = Number(timeInAmsterdam(new Date(iso)).slice(0, 2));
  return hour < 12 ? 'morning' : hour < 18 ? 'afternoon' : 'evening';
}

/**
 * The params of every script text:
 * tone (zakelijk | vriendelijk | streng), daypart, collector, company, debtor; consumer (yes|no): a consumer
 * is the person we call, greeted by name, never asked for the crediteurenafdeling; contactKnown (yes|no) and
 * contact: the known contact at the crediteurenafdeling; addresseeKnown (yes|no), addresseeTitle (heer |
 * mevrouw | none), addresseeSurname and addressee: whom the greeting asks for (the contact, or the consumer); responsibleKnown and responsible: the person
 * named during this call; invoices: "123 van 1 januari 2030 (€ 178,49), …"; numbers: the invoice
 * numbers; count; total; tomorrow; dueDate: the last due date; maxTerms; handOverNext (yes|no): an
 * ingebrekestelling was already sent, so a refused last chance means hand-over.
 */
export function scriptParams(context: CallContext): MessageParams {
  const { input } = context;
  const dueDates = input.openInvoices.map((i) => i.dueDate).sort();
  const contact = input.debtor.contact.name ?? '';
  const responsible = context.data.contactUpdate?.name ?? '';
  const addressee = spokenAddressee({ kind: input.debtor.kind, name: input.debtor.name, contactName: contact || null, contactTitle: input.debtor.contact.title ?? null });
  return {
    tone: context.tone,
    daypart: daypart(context.startedAt),
    collector: input.collector,
    company: input.companyName,
    debtor: input.debtor.name,
    contactKnown: contact ? 'yes' : 'no',
    contact,
    consumer: input.debtor.kind === 'consumer' ? 'yes' : 'no',
    addresseeKnown: addressee ? 'yes' : 'no',
    addresseeTitle: addressee?.title ?? 'none',
    addresseeSurname: addressee?.surname ?? '',
    addressee: addressee?.name ?? '',
    responsibleKnown: responsible ? 'yes' : 'no',
    responsible,
    invoices: {
      messages: input.openInvoices.map((i) => ({
        key: 'script.invoice',
        params: { number: i.number, date: date(i.invoiceDate), amount: cents(i.openCents) },
      })),
    },
    numbers: { list: input.openInvoices.map((i) => i.number) },
    count: input.openInvoices.length,
    total: cents(openTotalCents(context)),
    tomorrow: date(addDays(input.today, 1)),
    dueDate: date(dueDates[dueDates.length - 1]!),
    maxTerms: context.maxPlanTerms,
    handOverNext: input.ingebrekestellingSent ? 'yes' : 'no',
  };
}

/** The text of a step for this call, in its current tone: a message the UI formats in its language. */
export function scriptMessage(step: StepId, context: CallContext): Message {
  return { key: `script.${step}`, params: scriptParams(context) };
}
