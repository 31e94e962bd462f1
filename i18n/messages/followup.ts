import { defineMessages } from '../../domain/message-text';

export const followupMessages = defineMessages({
  'followup.cancel': {
    nl: 'Annuleren',
    en: 'Cancel',
  },
  'followup.date.placeholder': {
    nl: 'dd-mm-jjjj',
    en: 'dd/mm/yyyy',
  },
  'followup.date.invalid': {
    nl: '{what}: „{value}” is geen bestaande datum. Typ dd-mm-jjjj, bijvoorbeeld 05-03-2026.',
    en: '{what}: “{value}” is not a real date. Type dd/mm/yyyy, for example 05/03/2026.',
  },
  'followup.invoiceChoice': {
    nl: 'Factuur {number} ({open} open)',
    en: 'Invoice {number} ({open} open)',
  },
  'followup.today.title': {
    nl: 'Vandaag',
    en: 'Today',
  },
  'followup.today.subtitle': {
    nl: '{date} · {count} te doen',
    en: '{date} · {count} to do',
  },
  'followup.today.keys': {
    nl: '↑↓ kiezen · Enter dossier openen',
    en: '↑↓ select · Enter open file',
  },
  'followup.today.empty': {
    nl: 'Niets meer te doen vandaag.',
    en: 'Nothing left to do today.',
  },
  'followup.today.section.call_back': {
    nl: 'Terugbelafspraken',
    en: 'Call-backs',
  },
  'followup.today.section.overdue_task': {
    nl: 'Achterstallige taken',
    en: 'Overdue tasks',
  },
  'followup.today.section.broken_promise': {
    nl: 'Niet nagekomen betaalbeloftes',
    en: 'Broken promises to pay',
  },
  'followup.today.section.promise_due': {
    nl: 'Betaalbeloftes die nu vervallen',
    en: 'Promises to pay falling due',
  },
  'followup.today.section.late_installment': {
    nl: 'Te late termijnen',
    en: 'Late installments',
  },
  'followup.today.section.task': {
    nl: 'Overige taken voor vandaag',
    en: 'Other tasks for today',
  },
  'followup.today.open': {
    nl: 'Dossier openen',
    en: 'Open file',
  },
  'followup.today.today': {
    nl: 'vandaag',
    en: 'today',
  },
  'followup.today.overdue': {
    nl: '{days} dagen over tijd',
    en: '{days} days overdue',
  },
  'followup.today.overdueOne': {
    nl: '1 dag over tijd',
    en: '1 day overdue',
  },
  'followup.today.promiseDue': {
    nl: 'Belooft {amount} te betalen op {date}; ontvangen: {received}',
    en: 'Promised {amount} on {date}; received: {received}',
  },
  'followup.today.lateInstallment': {
    nl: 'Termijn {seq} van {amount} niet (volledig) betaald; betaald: {paid}',
    en: 'Installment {seq} of {amount} not (fully) paid; paid: {paid}',
  },
  'followup.today.late': {
    nl: '{days} dagen te laat',
    en: '{days} days late',
  },
  'followup.today.lateOne': {
    nl: '1 dag te laat',
    en: '1 day late',
  },
  'followup.more': {
    nl: 'Meer tonen ({shown, number} van {total, number})',
    en: 'Show more ({shown, number} of {total, number})',
  },
  'followup.moreEarlier': {
    nl: 'Eerdere tonen',
    en: 'Show earlier',
  },
  'followup.loadingMore': {
    nl: 'Meer laden…',
    en: 'Loading more…',
  },
  'followup.tasks.title': {
    nl: 'Taken',
    en: 'Tasks',
  },
  'followup.tasks.keys': {
    nl: '↑↓ kiezen · Enter dossier openen · Alt+A afronden',
    en: '↑↓ select · Enter open file · Alt+A mark done',
  },
  'followup.tasks.type': {
    nl: 'Soort taak',
    en: 'Kind of task',
  },
  'followup.tasks.allTypes': {
    nl: 'Alle soorten',
    en: 'All kinds',
  },
  'followup.tasks.overdue': {
    nl: 'Achterstallig',
    en: 'Overdue',
  },
  'followup.tasks.today': {
    nl: 'Vandaag',
    en: 'Today',
  },
  'followup.tasks.upcoming': {
    nl: 'Binnenkort',
    en: 'Upcoming',
  },
  'followup.tasks.none': {
    nl: 'Geen taken.',
    en: 'No tasks.',
  },
  'followup.tasks.complete': {
    nl: 'Afronden',
    en: 'Mark done',
  },
  'followup.tasks.note': {
    nl: 'Notitie: wat is er gedaan?',
    en: 'Note: what was done?',
  },
  'followup.tasks.save': {
    nl: 'Afgerond',
    en: 'Done',
  },
  'followup.tasks.done': {
    nl: 'Taak afgerond: {title} ({debtor}).',
    en: 'Task done: {title} ({debtor}).',
  },
  'followup.taskType.call_back': {
    nl: 'Terugbellen',
    en: 'Call back',
  },
  'followup.taskType.send_invoice_copy': {
    nl: 'Kopie factuur sturen',
    en: 'Send invoice copy',
  },
  'followup.taskType.send_invoice_data': {
    nl: 'Factuurgegevens sturen',
    en: 'Send invoice details',
  },
  'followup.taskType.verify_payment': {
    nl: 'Betaling controleren',
    en: 'Check payment',
  },
  'followup.taskType.request_proof_of_payment': {
    nl: 'Betaalbewijs opvragen',
    en: 'Ask for proof of payment',
  },
  'followup.taskType.check_bank_details': {
    nl: 'Bankgegevens controleren',
    en: 'Check bank details',
  },
  'followup.taskType.collect_again': {
    nl: 'Opnieuw incasseren',
    en: 'Collect again',
  },
  'followup.taskType.send_plan_for_signature': {
    nl: 'Regeling ter ondertekening sturen',
    en: 'Send plan for signature',
  },
  'followup.taskType.send_confirmation_letter': {
    nl: 'Bevestigingsbrief sturen',
    en: 'Send confirmation letter',
  },
  'followup.taskType.handle_complaint': {
    nl: 'Klacht behandelen',
    en: 'Handle complaint',
  },
  'followup.taskType.inform_customer': {
    nl: 'Klant informeren',
    en: 'Inform customer',
  },
  'followup.taskType.send_ingebrekestelling': {
    nl: 'Ingebrekestelling sturen',
    en: 'Send notice of default',
  },
  'followup.taskType.hand_over': {
    nl: 'Uit handen geven',
    en: 'Hand over to agency',
  },
  'followup.taskType.other': {
    nl: 'Overig',
    en: 'Other',
  },
  'followup.complaints.title': {
    nl: 'Klachten',
    en: 'Complaints',
  },
  'followup.complaints.subtitle': {
    nl: 'Facturen onder een klacht die nog niet is opgelost, worden niet aangemaand.',
    en: 'Invoices under a complaint that is not resolved yet get no reminders.',
  },
  'followup.complaints.filter': {
    nl: 'Toon',
    en: 'Show',
  },
  'followup.complaints.filter.all': {
    nl: 'Alle klachten',
    en: 'All complaints',
  },
  'followup.complaints.filter.unresolved': {
    nl: 'Nog niet opgelost',
    en: 'Not resolved yet',
  },
  'followup.complaints.filter.open': {
    nl: 'Open',
    en: 'Open',
  },
  'followup.complaints.filter.in_behandeling': {
    nl: 'In behandeling',
    en: 'Being handled',
  },
  'followup.complaints.filter.opgelost': {
    nl: 'Opgelost',
    en: 'Resolved',
  },
  'followup.complaints.none': {
    nl: 'Geen klachten.',
    en: 'No complaints.',
  },
  'followup.complaints.ofDebtor': {
    nl: 'Klachten',
    en: 'Complaints',
  },
  'followup.complaints.noneForDebtor': {
    nl: 'Geen klachten van deze debiteur.',
    en: 'No complaints from this debtor.',
  },
  'followup.complaint.label': {
    nl: 'Klacht {id}',
    en: 'Complaint {id}',
  },
  'followup.complaint.status.open': {
    nl: 'open',
    en: 'open',
  },
  'followup.complaint.status.in_behandeling': {
    nl: 'in behandeling',
    en: 'being handled',
  },
  'followup.complaint.status.opgelost': {
    nl: 'opgelost',
    en: 'resolved',
  },
  'followup.complaint.invoices': {
    nl: 'Factuur {numbers}',
    en: 'Invoice {numbers}',
  },
  'followup.complaint.openedOn': {
    nl: 'ingediend {date}',
    en: 'filed {date}',
  },
  'followup.complaint.handler': {
    nl: 'Behandelaar',
    en: 'Handler',
  },
  'followup.complaint.resolution': {
    nl: 'Oplossing',
    en: 'Resolution',
  },
  'followup.complaint.resolvedOn': {
    nl: 'Datum oplossing',
    en: 'Date resolved',
  },
  'followup.complaint.informedOn': {
    nl: 'Klant geïnformeerd op',
    en: 'Customer informed on',
  },
  'followup.complaint.notInformed': {
    nl: 'nog niet',
    en: 'not yet',
  },
  'followup.complaint.start_handling': {
    nl: 'In behandeling nemen',
    en: 'Take up',
  },
  'followup.complaint.resolve': {
    nl: 'Oplossen',
    en: 'Resolve',
  },
  'followup.complaint.inform_customer': {
    nl: 'Klant geïnformeerd',
    en: 'Customer informed',
  },
  'followup.complaint.confirm.start_handling': {
    nl: 'In behandeling',
    en: 'Take up',
  },
  'followup.complaint.confirm.resolve': {
    nl: 'Opgelost',
    en: 'Resolved',
  },
  'followup.complaint.confirm.inform_customer': {
    nl: 'Vastleggen',
    en: 'Record',
  },
  'followup.complaint.done.start_handling': {
    nl: 'Klacht in behandeling genomen.',
    en: 'Complaint taken up.',
  },
  'followup.complaint.done.resolve': {
    nl: 'Klacht opgelost: de facturen worden weer aangemaand.',
    en: 'Complaint resolved: the invoices are chased again.',
  },
  'followup.complaint.done.inform_customer': {
    nl: 'Vastgelegd dat de klant is geïnformeerd.',
    en: 'Recorded that the customer was informed.',
  },
  'followup.complaint.register': {
    nl: 'Klacht registreren',
    en: 'Register complaint',
  },
  'followup.complaint.description': {
    nl: 'Wat is er mis?',
    en: 'What is wrong?',
  },
  'followup.complaint.which': {
    nl: 'Over factuur',
    en: 'About invoice',
  },
  'followup.complaint.handlerOptional': {
    nl: 'Behandelaar (optioneel)',
    en: 'Handler (optional)',
  },
  'followup.complaint.resolutionOptional': {
    nl: 'Direct opgelost met (optioneel)',
    en: 'Resolved right away with (optional)',
  },
  'followup.complaint.save': {
    nl: 'Klacht vastleggen',
    en: 'Save complaint',
  },
  'followup.payment.title': {
    nl: 'Betaling boeken',
    en: 'Record a payment',
  },
  'followup.payment.date': {
    nl: 'Ontvangen op',
    en: 'Received on',
  },
  'followup.payment.amount': {
    nl: 'Bedrag (€)',
    en: 'Amount (€)',
  },
  'followup.payment.description': {
    nl: 'Omschrijving',
    en: 'Description',
  },
  'followup.payment.invoices': {
    nl: 'Betaalt factuur (optioneel)',
    en: 'Pays invoice (optional)',
  },
  'followup.payment.submit': {
    nl: 'Betaling boeken',
    en: 'Record payment',
  },
  'followup.payment.badAmount': {
    nl: 'Bedrag: „{value}” is geen bedrag. Typ bijvoorbeeld 1.234,56.',
    en: 'Amount: “{value}” is not an amount. Type for example 1,234.56.',
  },
  'followup.payment.notPositive': {
    nl: 'Een betaling moet groter zijn dan € 0,00 (ingevoerd: {amount}).',
    en: 'A payment must be more than €0.00 (entered: {amount}).',
  },
  'followup.payment.recorded': {
    nl: 'Betaling van {amount} geboekt.',
    en: 'Payment of {amount} recorded.',
  },
  'followup.payment.installmentPaid': {
    nl: 'Termijn {seq} betaald.',
    en: 'Installment {seq} paid.',
  },
  'followup.payment.installmentPart': {
    nl: 'Termijn {seq}: {amount} betaald.',
    en: 'Installment {seq}: {amount} paid.',
  },
  'followup.payment.planCompleted': {
    nl: 'De betalingsregeling is volledig betaald.',
    en: 'The payment plan is paid in full.',
  },
  'followup.payment.promiseKept': {
    nl: 'De betaalbelofte is nagekomen.',
    en: 'The promise to pay was kept.',
  },
  'followup.payment.unallocated': {
    nl: '{amount} niet aan een factuur toegewezen (tegoed).',
    en: '{amount} not applied to an invoice (credit).',
  },
  'followup.promises.title': {
    nl: 'Betaalbeloftes',
    en: 'Promises to pay',
  },
  'followup.promises.none': {
    nl: 'Geen betaalbeloftes.',
    en: 'No promises to pay.',
  },
  'followup.promise.line': {
    nl: '{amount} op {date} (toegezegd {madeOn})',
    en: '{amount} on {date} (promised {madeOn})',
  },
  'followup.promise.status.pending': {
    nl: 'loopt',
    en: 'pending',
  },
  'followup.promise.status.kept': {
    nl: 'nagekomen',
    en: 'kept',
  },
  'followup.promise.status.broken': {
    nl: 'niet nagekomen',
    en: 'broken',
  },
  'followup.plans.title': {
    nl: 'Betalingsregelingen',
    en: 'Payment plans',
  },
  'followup.plans.none': {
    nl: 'Geen betalingsregelingen.',
    en: 'No payment plans.',
  },
  'followup.plan.label': {
    nl: 'Betalingsregeling van {date}',
    en: 'Payment plan of {date}',
  },
  'followup.plan.invoices': {
    nl: '{count, plural, one {Voor factuur} other {Voor de facturen}} {numbers}',
    en: '{count, plural, one {For invoice} other {For invoices}} {numbers}',
  },
  'followup.plan.summary': {
    nl: '{total} in {terms} termijnen, afgesproken {date}',
    en: '{total} in {terms} installments, agreed {date}',
  },
  'followup.plan.status.proposed': {
    nl: 'voorgesteld',
    en: 'proposed',
  },
  'followup.plan.status.sent': {
    nl: 'verstuurd ter ondertekening',
    en: 'sent for signature',
  },
  'followup.plan.status.signed': {
    nl: 'getekend retour',
    en: 'signed and returned',
  },
  'followup.plan.status.active': {
    nl: 'actief',
    en: 'active',
  },
  'followup.plan.status.completed': {
    nl: 'voltooid',
    en: 'completed',
  },
  'followup.plan.status.defaulted': {
    nl: 'niet nagekomen',
    en: 'defaulted',
  },
  'followup.plan.sentOn': {
    nl: 'verstuurd {date}',
    en: 'sent {date}',
  },
  'followup.plan.signedOn': {
    nl: 'getekend {date}',
    en: 'signed {date}',
  },
  'followup.plan.completedOn': {
    nl: 'voltooid {date}',
    en: 'completed {date}',
  },
  'followup.plan.defaultedOn': {
    nl: 'vervallen {date}',
    en: 'defaulted {date}',
  },
  'followup.plan.step.send': {
    nl: 'Verstuurd ter ondertekening',
    en: 'Sent for signature',
  },
  'followup.plan.step.sign': {
    nl: 'Getekend retour',
    en: 'Signed and returned',
  },
  'followup.plan.step.activate': {
    nl: 'Actief maken',
    en: 'Make active',
  },
  'followup.plan.done.send': {
    nl: 'Vastgelegd: verstuurd ter ondertekening.',
    en: 'Recorded: sent for signature.',
  },
  'followup.plan.done.sign': {
    nl: 'Vastgelegd: getekend retour.',
    en: 'Recorded: signed and returned.',
  },
  'followup.plan.done.activate': {
    nl: 'De betalingsregeling is actief: betalingen gaan nu naar de termijnen.',
    en: 'The plan is active: payments now go to its installments.',
  },
  'followup.plan.installments': {
    nl: 'Termijnen',
    en: 'Installments',
  },
  'followup.plan.col.seq': {
    nl: 'Termijn',
    en: 'Term',
  },
  'followup.plan.col.due': {
    nl: 'Te betalen op',
    en: 'Due on',
  },
  'followup.plan.col.amount': {
    nl: 'Bedrag',
    en: 'Amount',
  },
  'followup.plan.col.paid': {
    nl: 'Betaald',
    en: 'Paid',
  },
  'followup.plan.col.status': {
    nl: 'Status',
    en: 'Status',
  },
  'followup.installment.status.due': {
    nl: 'te betalen',
    en: 'due',
  },
  'followup.installment.status.late': {
    nl: 'te laat',
    en: 'late',
  },
  'followup.installment.status.paid': {
    nl: 'betaald',
    en: 'paid',
  },
  'followup.timeline.title': {
    nl: 'Tijdlijn',
    en: 'Timeline',
  },
  'followup.timeline.none': {
    nl: 'Nog geen gesprekken of acties.',
    en: 'No calls or actions yet.',
  },
  'followup.timeline.notes': {
    nl: 'Notities',
    en: 'Notes',
  },
  'followup.timeline.path': {
    nl: 'Verloop van het gesprek',
    en: 'Path through the call',
  },
  'followup.timeline.paidInvoices': {
    nl: 'factuur {invoices}',
    en: 'invoice {invoices}',
  },
  'followup.timeline.by': {
    nl: 'gebeld door {collector}',
    en: 'called by {collector}',
  },
  'followup.timeline.informed': {
    nl: 'klant geïnformeerd op {date}',
    en: 'customer informed on {date}',
  },
  'followup.timeline.kind.call': {
    nl: 'Gesprek',
    en: 'Call',
  },
  'followup.timeline.kind.letter': {
    nl: 'Brief',
    en: 'Letter',
  },
  'followup.timeline.kind.task': {
    nl: 'Taak',
    en: 'Task',
  },
  'followup.timeline.kind.complaint': {
    nl: 'Klacht',
    en: 'Complaint',
  },
  'followup.timeline.kind.promise': {
    nl: 'Betaalbelofte',
    en: 'Promise',
  },
  'followup.timeline.kind.plan': {
    nl: 'Betalingsregeling',
    en: 'Payment plan',
  },
  'followup.timeline.kind.payment': {
    nl: 'Betaling',
    en: 'Payment',
  },
  'followup.timeline.kind.step': {
    nl: 'Aanmaanschema',
    en: 'Dunning schedule',
  },
  'followup.timeline.kind.change': {
    nl: 'Gegevens',
    en: 'Details',
  },
  'followup.timeline.emptyValue': {
    nl: '(leeg)',
    en: '(empty)',
  },
});
