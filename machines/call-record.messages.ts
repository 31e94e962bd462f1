// What a call records in words — the titles of the tasks it creates and the lines read back in the
// recap — where several steps share them, Dutch (the source) and English. An excuse's own task titles
// and recap lines are in its module (machines/excuses/). These keys are stored with the tasks and calls in the ledger:
// rename one only together with a migration of the stored rows.
import { defineMessages, messagesOf } from '../domain/message-text';

const invoices = {
  nl: '{count, plural, one {factuur} other {facturen}} {numbers}',
  en: '{count, plural, one {invoice} other {invoices}} {numbers}',
};

export const callRecordMessages = defineMessages({
  // ------------------------------------------------------------ call-back appointments
  'task.call_back.responsible': {
    nl: 'Terugbellen{named, select, heer { de heer {who}} mevrouw { mevrouw {who}} yes { {who}} other {}}: verantwoordelijke was niet bereikbaar',
    en: 'Call back{named, select, heer { Mr {who}} mevrouw { Ms {who}} yes { {who}} other {}}: the person responsible was not available',
  },
  'task.call_back.payment': {
    nl: 'Terugbellen over de betaling',
    en: 'Call back about the payment',
  },
  'task.call_back.hung_up': {
    nl: 'Terugbellen{named, select, yes { {who}} other {}}: klant hing op tijdens het gesprek',
    en: 'Call back{named, select, yes { {who}} other {}}: the customer hung up during the call',
  },
  'recap.call_back': {
    nl: 'Terugbelafspraak op {date} om {time}{named, select, heer { met de heer {who}} mevrouw { met mevrouw {who}} yes { met {who}} other {}}.',
    en: 'Call-back appointment on {date} at {time}{named, select, heer { with Mr {who}} mevrouw { with Ms {who}} yes { with {who}} other {}}.',
  },


  // ------------------------------------------------------------ invoice details, copies, address
  'task.send_invoice_copy': {
    nl: `Kopie van ${invoices.nl} sturen naar {sendTo}`,
    en: `Send a copy of ${invoices.en} to {sendTo}`,
  },
  'recap.send_invoice_copy': {
    nl: `Wij sturen vandaag een kopie van ${invoices.nl} naar {sendTo}.`,
    en: `We will send a copy of ${invoices.en} to {sendTo} today.`,
  },
  'task.update_address': {
    nl: 'Adres van {debtor} bijwerken: {address}',
    en: 'Update the address of {debtor}: {address}',
  },

  // ------------------------------------------------------------ complaints
  'task.handle_complaint': {
    nl: `Klacht over ${invoices.nl} behandelen{handled, select, yes { ({handler})} other {}} en klant informeren`,
    en: `Handle the complaint about ${invoices.en}{handled, select, yes { ({handler})} other {}} and inform the customer`,
  },
  'recap.complaint_passed_on': {
    nl: `Uw klacht over ${invoices.nl} is doorgezet{handled, select, yes { naar {handler}} other {}}; wij laten u weten hoe het is opgelost.`,
    en: `Your complaint about ${invoices.en} has been passed on{handled, select, yes { to {handler}} other {}}; we will let you know how it was resolved.`,
  },
  'recap.complaint_resolved': {
    nl: `Uw klacht over ${invoices.nl} is opgelost: {resolution}.`,
    en: `Your complaint about ${invoices.en} has been resolved: {resolution}.`,
  },
  'task.answer_question': {
    nl: `Vraag over ${invoices.nl} beantwoorden: {question}`,
    en: `Answer the question about ${invoices.en}: {question}`,
  },
  'recap.answer_question': {
    nl: `Wij beantwoorden uw vraag over ${invoices.nl}.`,
    en: `We will answer your question about ${invoices.en}.`,
  },




  // ------------------------------------------------------------ what was agreed (every call)
  'recap.promise': {
    nl: 'U betaalt {amount} uiterlijk op {date}.',
    en: 'You will pay {amount} by {date} at the latest.',
  },
  'recap.promise_on_time': {
    nl: 'U betaalt {amount} op tijd, uiterlijk op {date}.',
    en: 'You will pay {amount} on time, by {date} at the latest.',
  },
  'recap.plan': {
    nl: 'Betalingsregeling voor {amount} in {terms, plural, one {# termijn} other {# termijnen}}: {installments}. Dit is de laatste mogelijkheid: wordt een termijn niet betaald, dan geven wij de vordering uit handen.',
    en: 'Payment plan for {amount} in {terms, plural, one {# instalment} other {# instalments}}: {installments}. This is the last option: if an instalment is not paid, we will hand the claim over.',
  },
  'recap.plan.installment': {
    nl: '{amount} op {date}',
    en: '{amount} on {date}',
  },
  'task.check_promise': {
    nl: 'Controleren of {amount} (belofte voor {date}) binnen is',
    en: 'Check whether {amount} (promised for {date}) has come in',
  },
  'task.send_plan': {
    nl: 'Betalingsregeling ({terms, plural, one {# termijn} other {# termijnen}}, {amount}) op papier zetten en ter ondertekening sturen',
    en: 'Put the payment plan ({terms, plural, one {# instalment} other {# instalments}}, {amount}) on paper and send it for signature',
  },
  'recap.send_plan': {
    nl: 'Wij sturen u de regeling op papier; u stuurt hem ondertekend terug.',
    en: 'We will send you the plan on paper; you will return it signed.',
  },
  'task.send_confirmation_letter': {
    nl: 'Bevestigingsbrief sturen met de gemaakte afspraken',
    en: 'Send a confirmation letter with what was agreed',
  },
  'recap.confirmation_letter': {
    nl: 'U ontvangt de afspraken ook per brief.',
    en: 'You will also receive what we agreed by letter.',
  },
});

export const recordText = messagesOf(callRecordMessages);
