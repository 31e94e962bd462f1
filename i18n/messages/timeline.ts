import { defineMessages } from '../../domain/message';

export const timelineMessages = defineMessages({
  'timeline.call.agreement': {
    nl: 'Afspraak gemaakt ({durationSeconds})',
    en: 'Agreement made ({durationSeconds})',
  },
  'timeline.call.complaint': {
    nl: 'Klacht geregistreerd ({durationSeconds})',
    en: 'Complaint registered ({durationSeconds})',
  },
  'timeline.call.no_agreement': {
    nl: 'Geen afspraak ({durationSeconds})',
    en: 'No agreement ({durationSeconds})',
  },
  'timeline.call.call_back': {
    nl: 'Terugbelafspraak ({durationSeconds})',
    en: 'Call-back appointment ({durationSeconds})',
  },
  'timeline.call.not_reached': {
    nl: 'Niet bereikt ({durationSeconds})',
    en: 'Not reached ({durationSeconds})',
  },
  'timeline.call.no_answer': {
    nl: 'Geen gehoor ({durationSeconds})',
    en: 'No answer ({durationSeconds})',
  },
  'timeline.call.voicemail': {
    nl: 'Voicemail ({durationSeconds})',
    en: 'Voicemail ({durationSeconds})',
  },
  'timeline.call.wrong_number': {
    nl: 'Verkeerd nummer ({durationSeconds})',
    en: 'Wrong number ({durationSeconds})',
  },
  'timeline.call.preventive_confirmed': {
    nl: 'Preventief: betaling op tijd toegezegd ({durationSeconds})',
    en: 'Preventive: payment on time confirmed ({durationSeconds})',
  },
  'timeline.call.preventive_issue': {
    nl: 'Preventief: vraag of probleem vóór de vervaldatum ({durationSeconds})',
    en: 'Preventive: question or problem before the due date ({durationSeconds})',
  },
  'timeline.letter.confirmation': {
    nl: 'Bevestiging van de afspraken verstuurd',
    en: 'Confirmation of the agreements sent',
  },
  'timeline.letter.plan_agreement': {
    nl: 'Betalingsregeling ter ondertekening verstuurd ({totalCents})',
    en: 'Payment plan sent for signature ({totalCents})',
  },
  'timeline.letter.reminder1': {
    nl: 'Betalingsherinnering verstuurd ({totalCents})',
    en: 'Payment reminder sent ({totalCents})',
  },
  'timeline.letter.reminder2': {
    nl: 'Aanmaning verstuurd ({totalCents})',
    en: 'Dunning letter sent ({totalCents})',
  },
  'timeline.letter.reminder3': {
    nl: 'Laatste aanmaning en ingebrekestelling verstuurd ({totalCents})',
    en: 'Last reminder and notice of default sent ({totalCents})',
  },
  'timeline.letter.consumer14': {
    nl: '14-dagenbrief verstuurd ({totalCents}), termijn tot {termEndsOn}',
    en: '14-day letter sent ({totalCents}), term until {termEndsOn}',
  },
  'timeline.letter.handover_dossier': {
    nl: 'Dossier voor het incassobureau opgesteld ({totalCents})',
    en: 'File for the collection agency drawn up ({totalCents})',
  },
  'timeline.task.open': {
    nl: '{title} — uiterlijk {dueDate}',
    en: '{title} — due {dueDate}',
  },
  'timeline.task.done': {
    nl: '{title} — afgerond {doneOn}',
    en: '{title} — done {doneOn}',
  },
  'timeline.complaint.open': {
    nl: 'Factuur {invoices}: {description} — open',
    en: 'Invoice {invoices}: {description} — open',
  },
  'timeline.complaint.in_behandeling': {
    nl: 'Factuur {invoices}: {description} — in behandeling bij {handler}',
    en: 'Invoice {invoices}: {description} — being handled by {handler}',
  },
  'timeline.complaint.opgelost': {
    nl: 'Factuur {invoices}: {description} — opgelost {resolvedOn}: {resolution}',
    en: 'Invoice {invoices}: {description} — resolved {resolvedOn}: {resolution}',
  },
  'timeline.promise.pending': {
    nl: '{amountCents} op {promisedDate} — loopt',
    en: '{amountCents} on {promisedDate} — pending',
  },
  'timeline.promise.kept': {
    nl: '{amountCents} op {promisedDate} — nagekomen',
    en: '{amountCents} on {promisedDate} — kept',
  },
  'timeline.promise.broken': {
    nl: '{amountCents} op {promisedDate} — niet nagekomen',
    en: '{amountCents} on {promisedDate} — broken',
  },
  'timeline.plan.proposed': {
    nl: '{totalCents} in {terms} termijnen — voorgesteld',
    en: '{totalCents} in {terms} installments — proposed',
  },
  'timeline.plan.sent': {
    nl: '{totalCents} in {terms} termijnen — verstuurd ter ondertekening',
    en: '{totalCents} in {terms} installments — sent for signature',
  },
  'timeline.plan.signed': {
    nl: '{totalCents} in {terms} termijnen — getekend retour',
    en: '{totalCents} in {terms} installments — signed and returned',
  },
  'timeline.plan.active': {
    nl: '{totalCents} in {terms} termijnen — actief, {paidTerms} betaald, {lateTerms} te laat',
    en: '{totalCents} in {terms} installments — active, {paidTerms} paid, {lateTerms} late',
  },
  'timeline.plan.completed': {
    nl: '{totalCents} in {terms} termijnen — volledig betaald',
    en: '{totalCents} in {terms} installments — paid in full',
  },
  'timeline.plan.defaulted': {
    nl: '{totalCents} in {terms} termijnen — niet nagekomen, vervallen',
    en: '{totalCents} in {terms} installments — defaulted',
  },
  'timeline.payment': {
    nl: '{amountCents} ontvangen',
    en: '{amountCents} received',
  },
});
