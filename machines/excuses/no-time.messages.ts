// The texts of the excuse in no-time.ts, apart from its steps and recorders so the catalogue loads them
// without the call's machinery (xstate, zod).
import { defineMessages } from '../../domain/message-text';
import { byTone } from '../call-step';

export const noTimeMessages = defineMessages({
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
