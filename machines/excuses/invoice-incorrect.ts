// "De factuur is onjuist" (seed 000): look at earlier complaints (resolved or not), register the
// complaint on the invoice(s), then pass it to the complaint handler or resolve it now
// (#complaintHandling, shared with "product nooit ontvangen").
import { defineMessages, type Message } from '../../domain/message';
import type { CallContext } from '../call-types';
import { byTone, choice, step, submit } from '../call-step';
import { defineExcuse } from './excuse-module';

const messages = defineMessages({
  'excuse.invoice_incorrect': { nl: '„De factuur is onjuist”', en: '“The invoice is incorrect”' },
  'step.invoiceIncorrect': { nl: '„De factuur is onjuist”', en: '“The invoice is wrong”' },
  'script.invoiceIncorrect': {
    nl: byTone({
      zakelijk: 'Wat klopt er niet aan de factuur, en om welke factuur gaat het?',
      vriendelijk: 'Vervelend, dat zoeken we samen uit. Wat klopt er niet, en om welke factuur gaat het?',
      streng: 'Om welke factuur gaat het precies, en wat is er volgens u onjuist? Dan leg ik de klacht vast.',
    }),
    en: byTone({
      zakelijk: 'What is wrong with the invoice, and which invoice is it?',
      vriendelijk: "Sorry to hear that, let's sort it out together. What is wrong, and which invoice is it?",
      streng: 'Which invoice exactly, and what do you say is wrong? I will record the complaint.',
    }),
  },
});

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
