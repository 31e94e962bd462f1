// What a call records in words: the titles of the tasks it creates and the lines read back in the
// recap, Dutch (the source) and English. These keys are stored with the tasks and calls in the ledger:
// rename one only together with a migration of the stored rows.
import { defineMessages, messagesOf } from '../domain/message';

const invoices = {
  nl: '{count, plural, one {factuur} other {facturen}} {numbers}',
  en: '{count, plural, one {invoice} other {invoices}} {numbers}',
};

export const callRecordMessages = defineMessages({
  // ------------------------------------------------------------ call-back appointments
  'task.call_back.responsible': {
    nl: 'Terugbellen{named, select, yes { {who}} other {}}: verantwoordelijke was niet bereikbaar',
    en: 'Call back{named, select, yes { {who}} other {}}: the person responsible was not available',
  },
  'task.call_back.send_data': {
    nl: 'Terugbellen{named, select, yes { {who}} other {}} over de toegestuurde factuurgegevens',
    en: 'Call back{named, select, yes { {who}} other {}} about the invoice details sent',
  },
  'task.call_back.no_time': {
    nl: 'Terugbellen: klant had geen tijd',
    en: 'Call back: the customer had no time',
  },
  'task.call_back.payment': {
    nl: 'Terugbellen over de betaling',
    en: 'Call back about the payment',
  },
  'task.call_back.director': {
    nl: 'Terugbellen {named, select, yes {{who}} other {directie}}: verantwoordelijke op vakantie',
    en: 'Call back {named, select, yes {{who}} other {the management}}: the person responsible is on holiday',
  },
  'task.call_back.system_down': {
    nl: 'Terugbellen: het systeem van de klant werkte niet',
    en: "Call back: the customer's system was down",
  },
  'recap.call_back': {
    nl: 'Terugbelafspraak op {date} om {time}{named, select, yes { met {who}} other {}}.',
    en: 'Call-back appointment on {date} at {time}{named, select, yes { with {who}} other {}}.',
  },

  // ------------------------------------------------------------ a last chance not taken
  'task.hand_over.last_chance': {
    nl: '{after, select, unpaid {Niet betaald op {date}} other {Geen regeling en geen laatste betaaldatum}}: vordering uit handen geven aan het incassobureau',
    en: '{after, select, unpaid {Not paid on {date}} other {No plan and no last payment date}}: hand the claim over to the collection agency',
  },
  'recap.hand_over.last_chance': {
    nl: '{after, select, unpaid {Niet betaald op {date}} other {Geen regeling en geen laatste betaaldatum}}, dan geven wij de vordering uit handen; alle kosten zijn dan voor uw rekening.',
    en: '{after, select, unpaid {Not paid on {date}} other {No plan and no last payment date}}: then we hand the claim over; all costs are then at your expense.',
  },
  'task.ingebrekestelling.last_chance': {
    nl: '{after, select, unpaid {Niet betaald op {date}} other {Geen regeling en geen laatste betaaldatum}}: ingebrekestelling versturen',
    en: '{after, select, unpaid {Not paid on {date}} other {No plan and no last payment date}}: send the notice of default',
  },
  'recap.ingebrekestelling.last_chance': {
    nl: '{after, select, unpaid {Niet betaald op {date}} other {Geen regeling en geen laatste betaaldatum}}, dan ontvangt u een ingebrekestelling.',
    en: '{after, select, unpaid {Not paid on {date}} other {No plan and no last payment date}}: then you will receive a notice of default.',
  },

  // ------------------------------------------------------------ invoice details, copies, address
  'task.send_invoice_data': {
    nl: 'Factuurgegevens ({numbers}) mailen naar {to, select, nameEmail {{name} ({email})} email {{email}} name {{name}} other {de verantwoordelijke}}',
    en: 'E-mail the invoice details ({numbers}) to {to, select, nameEmail {{name} ({email})} email {{email}} name {{name}} other {the person responsible}}',
  },
  'recap.send_invoice_data': {
    nl: 'Wij sturen de factuurgegevens naar {to, select, nameEmail {{name} ({email})} email {{email}} name {{name}} other {de verantwoordelijke}}.',
    en: 'We will send the invoice details to {to, select, nameEmail {{name} ({email})} email {{email}} name {{name}} other {the person responsible}}.',
  },
  'task.send_invoice_data.email': {
    nl: 'Factuurgegevens ({numbers}) mailen naar {email}',
    en: 'E-mail the invoice details ({numbers}) to {email}',
  },
  'recap.send_invoice_data.email': {
    nl: 'Wij mailen de factuurgegevens naar {email}.',
    en: 'We will e-mail the invoice details to {email}.',
  },
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
  'task.send_payment_details': {
    nl: 'Betaalgegevens (rekeningnummer, factuurnummers {numbers}) sturen',
    en: 'Send the payment details (account number, invoice numbers {numbers})',
  },
  'recap.send_payment_details': {
    nl: 'Wij sturen u vandaag de betaalgegevens.',
    en: 'We will send you the payment details today.',
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

  // ------------------------------------------------------------ payments reported
  'task.request_statement': {
    nl: 'Afschrift van de betaalopdracht van {date} ({amount}) opvragen',
    en: 'Ask for a statement of the payment order of {date} ({amount})',
  },
  'recap.request_statement': {
    nl: 'U stuurt ons een afschrift van de betaalopdracht van {date} ({amount}).',
    en: 'You will send us a statement of the payment order of {date} ({amount}).',
  },
  'task.book_found_payment': {
    nl: `Gevonden betaling {reported, select, yes {van {amount} op {date}{described, select, yes { ("{description}")} other {}}} other {(zoals gemeld)}} boeken op ${invoices.nl}`,
    en: `Book the payment found {reported, select, yes {of {amount} on {date}{described, select, yes { ("{description}")} other {}}} other {(as reported)}} against ${invoices.en}`,
  },
  'recap.payment_found': {
    nl: 'Wij hebben uw betaling {reported, select, yes {van {amount} op {date}{described, select, yes { ("{description}")} other {}}} other {(zoals gemeld)}} gevonden en verwerken die.',
    en: 'We have found your payment {reported, select, yes {of {amount} on {date}{described, select, yes { ("{description}")} other {}}} other {(as reported)}} and will process it.',
  },
  'task.look_up_payment': {
    nl: 'Betaling {reported, select, yes {van {amount} op {date}{described, select, yes { ("{description}")} other {}}} other {(zoals gemeld)}} opzoeken',
    en: 'Look up the payment {reported, select, yes {of {amount} on {date}{described, select, yes { ("{description}")} other {}}} other {(as reported)}}',
  },
  'recap.look_up_payment': {
    nl: 'Wij zoeken uw betaling {reported, select, yes {van {amount} op {date}{described, select, yes { ("{description}")} other {}}} other {(zoals gemeld)}} op en laten het weten als wij hem niet vinden.',
    en: "We will look up your payment {reported, select, yes {of {amount} on {date}{described, select, yes { (\"{description}\")} other {}}} other {(as reported)}} and let you know if we can't find it.",
  },
  'task.request_proof': {
    nl: 'Betaalbewijs opvragen voor de betaling {reported, select, yes {van {amount} op {date}{described, select, yes { ("{description}")} other {}}} other {(zoals gemeld)}}',
    en: 'Ask for proof of the payment {reported, select, yes {of {amount} on {date}{described, select, yes { ("{description}")} other {}}} other {(as reported)}}',
  },
  'recap.request_proof': {
    nl: 'U stuurt ons een bewijs van de betaling {reported, select, yes {van {amount} op {date}{described, select, yes { ("{description}")} other {}}} other {(zoals gemeld)}}.',
    en: 'You will send us proof of the payment {reported, select, yes {of {amount} on {date}{described, select, yes { ("{description}")} other {}}} other {(as reported)}}.',
  },

  // ------------------------------------------------------------ direct debit
  'task.check_bank_details': {
    nl: 'Bankgegevens voor de incasso controleren: {note}',
    en: 'Check the bank details for the direct debit: {note}',
  },
  'recap.check_bank_details': {
    nl: 'Wij passen de bankgegevens voor de incasso aan.',
    en: 'We will correct the bank details for the direct debit.',
  },
  'task.collect_again': {
    nl: 'Openstaande {count, plural, one {factuur} other {facturen}} {numbers} opnieuw incasseren',
    en: 'Collect open {count, plural, one {invoice} other {invoices}} {numbers} again by direct debit',
  },
  'recap.collect_again': {
    nl: 'Wij incasseren {amount} opnieuw op {date}; zorgt u voor voldoende saldo?',
    en: 'We will collect {amount} again on {date}; will you make sure there are sufficient funds?',
  },

  // ------------------------------------------------------------ agreed elsewhere
  'task.check_other_agreement': {
    nl: 'Navragen bij {colleague}: klant zegt afgesproken te hebben "{description}"',
    en: 'Check with {colleague}: the customer says they agreed "{description}"',
  },
  'recap.check_other_agreement': {
    nl: 'Wij controleren bij {colleague} wat er is afgesproken.',
    en: 'We will check with {colleague} what was agreed.',
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
