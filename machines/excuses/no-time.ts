// "Ik heb hier geen tijd voor" (seed 000): a call-back appointment, or an e-mail address to send the
// invoice details to.
import { defineMessages, messagesOf } from '../../domain/message';
import { addTask, invoiceParams, valueOf } from '../call-data';
import { byTone, choice, step, submit } from '../call-step';
import { defineExcuse } from './excuse-module';

const messages = defineMessages({
  'excuse.no_time': { nl: '„Ik heb hier geen tijd voor”', en: '“I have no time for this”' },
  'step.noTime': { nl: '„Ik heb hier geen tijd voor”', en: '“I have no time for this”' },
  'script.noTime': {
    nl: byTone({
      zakelijk: 'Ik begrijp het. Wanneer kan ik u terugbellen? Of geef mij uw e-mailadres, dan stuur ik de gegevens.',
      vriendelijk: 'Geen probleem, ik houd het kort. Wanneer schikt het beter? Of zal ik de gegevens even mailen?',
      streng: 'Het gaat om {total} dat al betaald had moeten zijn. Noem een moment waarop ik u terugbel, of een e-mailadres voor de gegevens.',
    }),
    en: byTone({
      zakelijk: 'I understand. When can I call you back? Or give me your e-mail address and I will send the details.',
      vriendelijk: "No problem, I'll keep it short. When would suit you better? Or shall I e-mail the details?",
      streng: 'This is about {total} that should already have been paid. Name a time for me to call back, or an e-mail address for the details.',
    }),
  },
  'choice.email': { nl: 'E-mailadres noteren en gegevens mailen', en: 'Note e-mail and send details' },
  'task.call_back.no_time': { nl: 'Terugbellen: klant had geen tijd', en: 'Call back: the customer had no time' },
  'task.send_invoice_data.email': { nl: 'Factuurgegevens ({numbers}) mailen naar {email}', en: 'E-mail the invoice details ({numbers}) to {email}' },
  'recap.send_invoice_data.email': { nl: 'Wij mailen de factuurgegevens naar {email}.', en: 'We will e-mail the invoice details to {email}.' },
});
const text = messagesOf(messages);

export const noTime = defineExcuse({
  excuse: 'no_time',
  hotkey: '2',
  messages,
  steps: [
    step('noTime', [
      choice('SUBMIT_APPOINTMENT', 'choice.appointment', '1', submit('#commitment', { what: 'appointment', title: 'task.call_back.no_time' }), 'appointment'),
      choice('SUBMIT_EMAIL', 'choice.email', '2', submit('#commitment', { what: 'no_time/email' }), 'email'),
    ]),
  ],
  recorders: {
    /** The e-mail address is kept as the contact's, and the invoice details go there today. */
    email: (context, event) => {
      const email = valueOf<string>(context, event);
      const data = { ...context.data, contactUpdate: { ...(context.data.contactUpdate ?? {}), email } };
      return addTask(data, {
        type: 'send_invoice_data',
        title: text('task.send_invoice_data.email', { ...invoiceParams(context), email }),
        dueDate: context.input.today,
        recap: text('recap.send_invoice_data.email', { email }),
      });
    },
  },
});
