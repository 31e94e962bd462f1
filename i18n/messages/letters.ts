import { defineMessages } from '../../domain/message-text';

export const lettersMessages = defineMessages({
  'letters.section': {
    nl: 'Brieven',
    en: 'Letters',
  },
  'letters.none': {
    nl: 'Nog geen brieven verstuurd.',
    en: 'No letters sent yet.',
  },
  'letters.make': {
    nl: 'Brief maken',
    en: 'Make a letter',
  },
  'letters.type.confirmation': {
    nl: 'Bevestigingsbrief',
    en: 'Confirmation letter',
  },
  'letters.type.plan_agreement': {
    nl: 'Betalingsregeling ter ondertekening',
    en: 'Payment plan for signature',
  },
  'letters.type.reminder1': {
    nl: 'Betalingsherinnering',
    en: 'Payment reminder',
  },
  'letters.type.reminder2': {
    nl: 'Aanmaning',
    en: 'Second reminder',
  },
  'letters.type.reminder3': {
    nl: 'Ingebrekestelling',
    en: 'Notice of default',
  },
  'letters.type.consumer14': {
    nl: '14-dagenbrief',
    en: '14-day letter',
  },
  'letters.type.handover_dossier': {
    nl: 'Overdrachtsdossier',
    en: 'Hand-over dossier',
  },
  'letters.type.plan_term_reminder': {
    nl: 'Termijnherinnering',
    en: 'Plan term reminder',
  },
  'letters.next': {
    nl: 'volgende stap',
    en: 'next step',
  },
  'letters.confirmCall': {
    nl: 'Bevestiging gesprek {date}',
    en: 'Confirm call of {date}',
  },
  'letters.planOn': {
    nl: 'Regeling van {date} ter ondertekening',
    en: 'Plan of {date} for signature',
  },
  'letters.col.type': {
    nl: 'Brief',
    en: 'Letter',
  },
  'letters.col.date': {
    nl: 'Datum',
    en: 'Date',
  },
  'letters.col.amount': {
    nl: 'Bedrag',
    en: 'Amount',
  },
  'letters.col.term': {
    nl: 'Betalen uiterlijk',
    en: 'Pay by',
  },
  'letters.col.letter': { nl: 'Brief', en: 'Letter' },
  'letters.termEnds': {
    nl: 'termijn t/m {date}',
    en: 'term until {date}',
  },
  'letters.open': {
    nl: 'Openen',
    en: 'Open',
  },
  'letters.preview': {
    nl: 'Voorbeeld: {type}',
    en: 'Preview: {type}',
  },
  'letters.previewNote': {
    nl: 'Nog niet vastgelegd. Controleer de brief; na vastleggen kunt u hem afdrukken of als PDF opslaan.',
    en: 'Not recorded yet. Check the letter; once recorded you can print it or save it as PDF.',
  },
  'letters.issue': {
    nl: 'Vastleggen en openen',
    en: 'Record and open',
  },
  'letters.cancel': {
    nl: 'Annuleren',
    en: 'Cancel',
  },
  'letters.warnings': {
    nl: 'Let op (wordt niet afgedrukt):',
    en: 'Note (not printed):',
  },
  'letters.back': {
    nl: 'Terug naar {name}',
    en: 'Back to {name}',
  },
  'letters.title': {
    nl: '{type} aan {name}',
    en: '{type} to {name}',
  },
  'letters.print': {
    nl: 'Afdrukken',
    en: 'Print',
  },
  'letters.pdf': {
    nl: 'Opslaan als PDF',
    en: 'Save as PDF',
  },
  'letters.savedTo': {
    nl: 'Opgeslagen als {file}',
    en: 'Saved as {file}',
  },
  'letters.batch.link': {
    nl: 'Brieven van vandaag',
    en: 'Today’s letters',
  },
  'letters.batch.title': {
    nl: 'Brieven van vandaag',
    en: 'Today’s letters',
  },
  'letters.batch.intro': {
    nl: 'Elke debiteur krijgt zijn eigen volgende brief volgens het aanmaanschema: de herinnering die aan de beurt is, of binnen een betalingsregeling een termijnherinnering. Alles wordt in één keer vastgelegd en als één document afgedrukt.',
    en: 'Each debtor gets its own next letter by the dunning schedule: the reminder that is due, or within a payment plan a plan term reminder. Everything is recorded in one go and printed as one document.',
  },
  'letters.batch.type': {
    nl: 'Brief',
    en: 'Letter',
  },
  'letters.batch.selectAll': {
    nl: 'Alle debiteuren selecteren',
    en: 'Select all debtors',
  },
  'letters.batch.col.number': {
    nl: 'Nr.',
    en: 'No.',
  },
  'letters.batch.col.name': {
    nl: 'Debiteur',
    en: 'Debtor',
  },
  'letters.batch.col.invoices': {
    nl: 'Facturen',
    en: 'Invoices',
  },
  'letters.batch.col.amount': {
    nl: 'Gevraagd bedrag',
    en: 'Amount asked',
  },
  'letters.batch.col.oldest': {
    nl: 'Oudste vervaldatum',
    en: 'Oldest due date',
  },
  'letters.batch.col.last': {
    nl: 'Laatste brief',
    en: 'Last letter',
  },
  'letters.batch.lastNone': {
    nl: 'nog geen',
    en: 'none yet',
  },
  'letters.batch.select': {
    nl: '{name} selecteren',
    en: 'Select {name}',
  },
  'letters.batch.issue': {
    nl: 'Brieven maken ({count})',
    en: 'Make letters ({count})',
  },
  'letters.batch.none': {
    nl: 'Vandaag is er voor geen enkele debiteur een brief aan de beurt.',
    en: 'No debtor has a letter due today.',
  },
  'letters.batch.issued': {
    nl: '{count} brieven gemaakt en vastgelegd; elke brief komt op een eigen pagina.',
    en: '{count} letters made and recorded; each letter gets a page of its own.',
  },
  'letters.batch.refused': {
    nl: 'Geen brief voor {name}: {message}',
    en: 'No letter for {name}: {message}',
  },
  'letters.batch.again': {
    nl: 'Nieuwe selectie',
    en: 'New selection',
  },
  'letters.batch.consumer': {
    nl: 'consument',
    en: 'consumer',
  },
});
