import { defineMessages } from '../../domain/message-text';

export const timelineMessages = defineMessages({
  'timeline.call.agreement': {
    nl: 'Afspraak gemaakt ({duration})',
    en: 'Agreement made ({duration})',
  },
  'timeline.call.complaint': {
    nl: 'Klacht geregistreerd ({duration})',
    en: 'Complaint registered ({duration})',
  },
  'timeline.call.no_agreement': {
    nl: 'Geen afspraak ({duration})',
    en: 'No agreement ({duration})',
  },
  'timeline.call.call_back': {
    nl: 'Terugbelafspraak ({duration})',
    en: 'Call-back appointment ({duration})',
  },
  'timeline.call.not_reached': {
    nl: 'Niet bereikt ({duration})',
    en: 'Not reached ({duration})',
  },
  'timeline.call.no_answer': {
    nl: 'Geen gehoor ({duration})',
    en: 'No answer ({duration})',
  },
  'timeline.call.voicemail': {
    nl: 'Voicemail ({duration})',
    en: 'Voicemail ({duration})',
  },
  'timeline.call.wrong_number': {
    nl: 'Verkeerd nummer ({duration})',
    en: 'Wrong number ({duration})',
  },
  'timeline.call.preventive_confirmed': {
    nl: 'Preventief: betaling op tijd toegezegd ({duration})',
    en: 'Preventive: payment on time confirmed ({duration})',
  },
  'timeline.call.preventive_issue': {
    nl: 'Preventief: vraag of probleem vóór de vervaldatum ({duration})',
    en: 'Preventive: question or problem before the due date ({duration})',
  },
  'timeline.call.other': {
    nl: 'Gesprek ({duration})',
    en: 'Call ({duration})',
  },
  'timeline.letter.confirmation': {
    nl: 'Bevestigingsbrief verstuurd',
    en: 'Confirmation letter sent',
  },
  'timeline.letter.plan_agreement': {
    nl: 'Betalingsregeling ter ondertekening verstuurd ({total})',
    en: 'Payment plan for signature sent ({total})',
  },
  'timeline.letter.reminder1': {
    nl: 'Betalingsherinnering verstuurd ({total})',
    en: 'Payment reminder sent ({total})',
  },
  'timeline.letter.reminder2': {
    nl: 'Aanmaning verstuurd ({total})',
    en: 'Second reminder sent ({total})',
  },
  'timeline.letter.reminder3': {
    nl: 'Ingebrekestelling verstuurd ({total})',
    en: 'Notice of default sent ({total})',
  },
  'timeline.letter.consumer14': {
    nl: '14-dagenbrief verstuurd ({total}), termijn tot en met {termEndsOn}',
    en: '14-day letter sent ({total}), term up to and including {termEndsOn}',
  },
  'timeline.letter.handover_dossier': {
    nl: 'Overdrachtsdossier opgesteld ({total})',
    en: 'Hand-over dossier drawn up ({total})',
  },
  'timeline.letter.plan_term_reminder': {
    nl: 'Termijnherinnering verstuurd ({total})',
    en: 'Plan term reminder sent ({total})',
  },
  'timeline.task.open': {
    nl: '{title} — uiterlijk {dueDate}',
    en: '{title} — due {dueDate}',
  },
  'timeline.task.done': {
    nl: '{title} — afgerond {doneOn}',
    en: '{title} — done {doneOn}',
  },
  'timeline.task.closed_by': {
    nl: '{title} — afgerond {doneOn}: {closedBy}',
    en: '{title} — done {doneOn}: {closedBy}',
  },
  'timeline.step': {
    nl: '{skipped, select, true {Overgeslagen: } other {}}{action, select, call {{reached, select, true {Gebeld} other {Gebeld, niemand bereikt}}} delivery_stop {Leveringsstop ingesteld} manager {Vordering naar de leidinggevende} hand_over {Vordering uit handen gegeven} reminder1 {Betalingsherinnering} reminder2 {Aanmaning} consumer14 {14-dagenbrief} reminder3 {Ingebrekestelling} other {Stap}} — {count, plural, one {factuur {invoices}} other {facturen {invoices}}}',
    en: '{skipped, select, true {Skipped: } other {}}{action, select, call {{reached, select, true {Called} other {Called, nobody reached}}} delivery_stop {Delivery stop set} manager {Claim passed to the manager} hand_over {Claim handed over} reminder1 {Payment reminder} reminder2 {Second reminder} consumer14 {14-day letter} reminder3 {Notice of default} other {Step}} — {count, plural, one {invoice {invoices}} other {invoices {invoices}}}',
  },
  'timeline.delivery_stop_lifted': {
    nl: 'Leveringsstop ingesteld — {count, plural, one {factuur {invoices}} other {facturen {invoices}}}; opgeheven op {lifted}: alles betaald',
    en: 'Delivery stop set — {count, plural, one {invoice {invoices}} other {invoices {invoices}}}; lifted on {lifted}: paid in full',
  },
  'timeline.complaint.open': {
    nl: '{invoiceCount, plural, one {Factuur} other {Facturen}} {invoices}: {description} — open',
    en: '{invoiceCount, plural, one {Invoice} other {Invoices}} {invoices}: {description} — open',
  },
  'timeline.complaint.in_behandeling': {
    nl: '{invoiceCount, plural, one {Factuur} other {Facturen}} {invoices}: {description} — in behandeling bij {handler}',
    en: '{invoiceCount, plural, one {Invoice} other {Invoices}} {invoices}: {description} — being handled by {handler}',
  },
  'timeline.complaint.opgelost': {
    nl: '{invoiceCount, plural, one {Factuur} other {Facturen}} {invoices}: {description} — opgelost {resolvedOn}: {resolution}',
    en: '{invoiceCount, plural, one {Invoice} other {Invoices}} {invoices}: {description} — resolved {resolvedOn}: {resolution}',
  },
  'timeline.promise.pending': {
    nl: '{amount} op {promisedDate} — loopt',
    en: '{amount} on {promisedDate} — pending',
  },
  'timeline.promise.kept': {
    nl: '{amount} op {promisedDate} — nagekomen',
    en: '{amount} on {promisedDate} — kept',
  },
  'timeline.promise.broken': {
    nl: '{amount} op {promisedDate} — niet nagekomen',
    en: '{amount} on {promisedDate} — broken',
  },
  'timeline.plan.proposed': {
    nl: '{total} in {terms, plural, one {# termijn} other {# termijnen}} — voorgesteld',
    en: '{total} in {terms, plural, one {# installment} other {# installments}} — proposed',
  },
  'timeline.plan.sent': {
    nl: '{total} in {terms, plural, one {# termijn} other {# termijnen}} — verstuurd ter ondertekening',
    en: '{total} in {terms, plural, one {# installment} other {# installments}} — sent for signature',
  },
  'timeline.plan.signed': {
    nl: '{total} in {terms, plural, one {# termijn} other {# termijnen}} — getekend retour',
    en: '{total} in {terms, plural, one {# installment} other {# installments}} — signed and returned',
  },
  'timeline.plan.active': {
    nl: '{total} in {terms, plural, one {# termijn} other {# termijnen}} — actief, {paidTerms} betaald, {lateTerms} te laat',
    en: '{total} in {terms, plural, one {# installment} other {# installments}} — active, {paidTerms} paid, {lateTerms} late',
  },
  'timeline.plan.completed': {
    nl: '{total} in {terms, plural, one {# termijn} other {# termijnen}} — volledig betaald',
    en: '{total} in {terms, plural, one {# installment} other {# installments}} — paid in full',
  },
  'timeline.plan.defaulted': {
    nl: '{total} in {terms, plural, one {# termijn} other {# termijnen}} — niet nagekomen, vervallen',
    en: '{total} in {terms, plural, one {# installment} other {# installments}} — defaulted',
  },
  'timeline.debtor.changed': {
    nl: 'Gegevens gewijzigd: {fields}',
    en: 'Details changed: {fields}',
  },
  'timeline.payment': {
    nl: '{amount} ontvangen',
    en: '{amount} received',
  },
});
