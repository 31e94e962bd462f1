// "De factuur is onjuist" (seed 000): look at earlier complaints (resolved or not), register the
// complaint on the invoice(s), then pass it to the complaint handler or resolve it now
// (#complaintHandling, shared with "product nooit ontvangen").
import { type Message } from '../../domain/message-text';
import type { CallContext } from '../call-types';
import { choice, step, submit } from '../call-step';
import { defineExcuse } from './excuse-module';
import { invoiceIncorrectMessages as messages } from './invoice-incorrect.messages';

/** Seed 000: "bekijken of er eerder een klacht is geweest, of deze reeds opgelost is". */
function earlierComplaints(context: CallContext): Message[] {
  const complaints = context.input.earlierComplaints;
  if (complaints.length === 0) return [{ key: 'script.noEarlierComplaints' }];
  const number = new Map(context.input.openInvoices.map((i) => [i.id, i.number]));
  return [
    { key: 'script.earlierComplaints' },
    ...complaints.map((c) => ({
      key: 'script.earlierComplaint',
      params: {
        date: { date: c.openedOn },
        numbers: { list: c.invoiceIds.map((id) => number.get(id) ?? `#${id}`) },
        description: c.description,
        status: c.status,
        resolved: c.resolution ? 'yes' : 'no',
        resolution: c.resolution ?? '',
      },
    })),
  ];
}

export const invoiceIncorrect = defineExcuse({
  excuse: 'invoice_incorrect',
  hotkey: '4',
  messages,
  steps: [
    step('invoiceIncorrect', [choice('SUBMIT_COMPLAINT', 'choice.register_complaint', '1', submit('#complaintHandling', { what: 'complaint' }), 'complaint')], {
      aside: earlierComplaints,
    }),
  ],
});
