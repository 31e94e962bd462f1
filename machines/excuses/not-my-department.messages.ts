// The texts of the excuse in not-my-department.ts, apart from its steps and recorders so the catalogue loads them
// without the call's machinery (xstate, zod).
import { defineMessages } from '../../domain/message-text';
import { byTone } from '../call-step';

export const notMyDepartmentMessages = defineMessages({
  'excuse.not_my_department': { nl: '„Ik ga daar niet over”', en: '“That’s not my department”' },
  'step.notMyDepartment': { nl: '„Ik ga daar niet over”', en: '“Not my department”' },
  'script.notMyDepartment': {
    nl: byTone({
      zakelijk: 'Wie gaat er wel over de betalingen? Mag ik de naam, het directe nummer en het e-mailadres?',
      vriendelijk: 'Dan had ik u even verkeerd, excuses. Wie kan ik hiervoor het beste spreken? Mag ik naam, nummer en e-mailadres?',
      streng: 'Dan wil ik degene spreken die er wel over gaat. Wie is dat, en wat zijn het directe nummer en het e-mailadres?',
    }),
    en: byTone({
      zakelijk: 'Who does handle payments? May I have their name, direct number and e-mail address?',
      vriendelijk: 'Sorry, then I have the wrong person. Who is best to speak to? May I have their name, number and e-mail?',
      streng: 'Then I want to speak to the person who does. Who is it, and what are their direct number and e-mail address?',
    }),
  },
  'step.transferToResponsible': { nl: 'Doorverbinden met de verantwoordelijke', en: 'Transfer to the responsible person' },
  'script.transferToResponsible': {
    nl: byTone({
      zakelijk: 'Kunt u mij doorverbinden met {responsibleKnown, select, yes {{responsible}} other {deze persoon}}?',
      vriendelijk: 'Zou u mij willen doorverbinden met {responsibleKnown, select, yes {{responsible}} other {deze persoon}}? Dank u wel.',
      streng: 'Verbindt u mij alstublieft nu door met {responsibleKnown, select, yes {{responsible}} other {deze persoon}}.',
    }),
    en: byTone({
      zakelijk: 'Could you transfer me to {responsibleKnown, select, yes {{responsible}} other {this person}}?',
      vriendelijk: 'Would you be so kind as to transfer me to {responsibleKnown, select, yes {{responsible}} other {this person}}? Thank you.',
      streng: 'Please transfer me to {responsibleKnown, select, yes {{responsible}} other {this person}} now.',
    }),
  },
  'step.sendInvoiceData': { nl: 'Factuurgegevens sturen', en: 'Send invoice details' },
  'script.sendInvoiceData': {
    nl: byTone({
      zakelijk: 'Ik stuur de factuurgegevens ({numbers}) naar {responsibleKnown, select, yes {{responsible}} other {de verantwoordelijke}}. Wanneer kan ik hem of haar bellen?',
      vriendelijk: 'Dan mail ik de gegevens ({numbers}) naar {responsibleKnown, select, yes {{responsible}} other {de verantwoordelijke}}. Wanneer kan ik het beste even bellen?',
      streng: '{responsibleKnown, select, yes {{responsible}} other {De verantwoordelijke}} ontvangt vandaag de factuurgegevens ({numbers}). Ik bel op een vaste dag en tijd terug: wanneer?',
    }),
    en: byTone({
      zakelijk: 'I will send the invoice details ({numbers}) to {responsibleKnown, select, yes {{responsible}} other {the responsible person}}. When can I call them?',
      vriendelijk: "Then I'll e-mail the details ({numbers}) to {responsibleKnown, select, yes {{responsible}} other {the responsible person}}. When is a good time to call?",
      streng: '{responsibleKnown, select, yes {{responsible}} other {The responsible person}} will receive the invoice details ({numbers}) today. I will call back at a fixed day and time: when?',
    }),
  },
  'task.call_back.send_data': {
    nl: 'Terugbellen{named, select, heer { de heer {who}} mevrouw { mevrouw {who}} yes { {who}} other {}} over de toegestuurde factuurgegevens',
    en: 'Call back{named, select, heer { Mr {who}} mevrouw { Ms {who}} yes { {who}} other {}} about the invoice details sent',
  },
  'task.send_invoice_data': {
    nl: 'Factuurgegevens ({numbers}) mailen naar {to, select, nameEmail {{name} ({email})} email {{email}} name {{name}} other {de verantwoordelijke}}',
    en: 'E-mail the invoice details ({numbers}) to {to, select, nameEmail {{name} ({email})} email {{email}} name {{name}} other {the person responsible}}',
  },
  'recap.send_invoice_data': {
    nl: 'Wij sturen de factuurgegevens naar {to, select, nameEmail {{name} ({email})} email {{email}} name {{name}} other {de verantwoordelijke}}.',
    en: 'We will send the invoice details to {to, select, nameEmail {{name} ({email})} email {{email}} name {{name}} other {the person responsible}}.',
  },
});
