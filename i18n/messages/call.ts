import { defineMessages } from '../../domain/message-text';

export const callMessages = defineMessages({
  'call.kind.collection': {
    nl: 'Incassogesprek',
    en: 'Collection call',
  },
  'call.kind.preventive': {
    nl: 'Preventief gesprek',
    en: 'Preventive call',
  },
  'call.timer': {
    nl: 'Gespreksduur',
    en: 'Call duration',
  },
  'call.leave': {
    nl: 'Terug naar debiteur',
    en: 'Back to debtor',
  },
  'call.step': {
    nl: 'Stap {n}',
    en: 'Step {n}',
  },
  'call.recap': {
    nl: 'Afspraken om voor te lezen',
    en: 'Commitments to read back',
  },
  'call.recapEmpty': {
    nl: 'Er is niets afgesproken.',
    en: 'Nothing was agreed.',
  },
  'call.choices': {
    nl: 'Keuzes',
    en: 'Choices',
  },
  'call.notes': {
    nl: 'Notities',
    en: 'Notes',
  },
  'call.notesPlaceholder': {
    nl: 'Typ een notitie en druk op Enter',
    en: 'Type a note and press Enter',
  },
  'call.script': { nl: 'Belscript', en: 'Call script' },
  'call.panel': {
    nl: 'Debiteurendossier',
    en: 'Debtor file',
  },
  'call.heldOut': {
    nl: 'In klacht, niet besproken: {numbers}',
    en: 'Under complaint, not discussed: {numbers}',
  },
  'call.reminders': {
    nl: 'Verstuurde herinneringen',
    en: 'Reminders sent',
  },
  'call.noReminders': {
    nl: 'Nog geen herinneringen verstuurd.',
    en: 'No reminders sent yet.',
  },
  'call.promises': {
    nl: 'Eerdere afspraken',
    en: 'Earlier agreements',
  },
  'call.noPromises': {
    nl: 'Geen eerdere afspraken.',
    en: 'No earlier agreements.',
  },
  'call.promiseLine': {
    nl: 'Belofte {amount} op {date}',
    en: 'Promise {amount} on {date}',
  },
  'call.promise.pending': {
    nl: 'lopend',
    en: 'pending',
  },
  'call.promise.kept': {
    nl: 'nagekomen',
    en: 'kept',
  },
  'call.promise.broken': {
    nl: 'niet nagekomen',
    en: 'broken',
  },
  'call.callBackLine': {
    nl: 'Terugbellen {date}{time, select, none {} other { om {time}}}: {title}',
    en: 'Call back {date}{time, select, none {} other { at {time}}}: {title}',
  },
  'call.planLine': {
    nl: 'Regeling {amount} in {terms, plural, one {# termijn} other {# termijnen}} ({status})',
    en: 'Plan {amount} in {terms, plural, one {# instalment} other {# instalments}} ({status})',
  },
  'call.complaints': {
    nl: 'Eerdere klachten',
    en: 'Earlier complaints',
  },
  // Seed 000: "Probeer iets tegenover de betaling te stellen (bijvoorbeeld het uitleveren van een vastgehouden bestelling)."
  'call.deliveryStop.title': {
    nl: 'Leveringsstop',
    en: 'Delivery stop',
  },
  'call.deliveryStop.since': {
    nl: 'Er wordt niet geleverd sinds {date}.',
    en: 'No deliveries since {date}.',
  },
  'call.deliveryStop.tip': {
    nl: 'Tip: stel iets tegenover de betaling — lever de vastgehouden bestelling uit zodra er betaald is.',
    en: 'Tip: offer something in return for payment — release the withheld order once it is paid.',
  },
  'call.noComplaints': {
    nl: 'Geen eerdere klachten.',
    en: 'No earlier complaints.',
  },
  'call.complaint.open': {
    nl: 'open',
    en: 'open',
  },
  'call.complaint.in_behandeling': {
    nl: 'in behandeling',
    en: 'being handled',
  },
  'call.complaint.opgelost': {
    nl: 'opgelost',
    en: 'resolved',
  },
  'call.letter.reminder1': {
    nl: '1e herinnering',
    en: '1st reminder',
  },
  'call.letter.reminder2': {
    nl: '2e aanmaning',
    en: '2nd reminder',
  },
  'call.letter.reminder3': {
    nl: 'Ingebrekestelling',
    en: 'Notice of default',
  },
  'call.letter.consumer14': {
    nl: '14-dagenbrief',
    en: '14-day letter',
  },
  'call.invoiceOption': {
    nl: 'Factuur {number} ({amount})',
    en: 'Invoice {number} ({amount})',
  },
  'call.optional': {
    nl: '(optioneel)',
    en: '(optional)',
  },
  'call.placeholder.date': {
    nl: 'dd-mm-jjjj of "morgen"',
    en: 'dd/mm/yyyy or "tomorrow"',
  },
  'call.placeholder.time': {
    nl: 'uu:mm',
    en: 'hh:mm',
  },
  'call.submit': {
    nl: 'Vastleggen',
    en: 'Record',
  },
  'call.cancel': {
    nl: 'Annuleren',
    en: 'Cancel',
  },
  'call.error.amount': {
    nl: 'Dit bedrag kan ik niet lezen; typ bijvoorbeeld 1.234,56.',
    en: 'This amount cannot be read; type e.g. 1,234.56.',
  },
  'call.error.number': {
    nl: 'Vul een heel getal in.',
    en: 'Enter a whole number.',
  },
  'call.error.installmentAmount': {
    nl: 'Het bedrag van termijn {term} kan ik niet lezen.',
    en: 'The amount of installment {term} cannot be read.',
  },
  'call.field.tone': {
    nl: 'Toon',
    en: 'Tone',
  },
  'call.field.mayOfferPlan': {
    nl: 'Betalingsregeling mag worden aangeboden',
    en: 'A payment plan may be offered',
  },
  'call.field.maxPlanTerms': {
    nl: 'Maximaal aantal termijnen (1–4)',
    en: 'Maximum installments (1–4)',
  },
  'call.field.title': {
    nl: 'Aanspreken als',
    en: 'Address as',
  },
  'call.title.unknown': {
    nl: 'onbekend (Geachte [naam])',
    en: 'unknown (Dear [name])',
  },
  'call.title.heer': {
    nl: 'de heer',
    en: 'Mr',
  },
  'call.title.mevrouw': {
    nl: 'mevrouw',
    en: 'Ms',
  },
  'call.field.name': {
    nl: 'Naam',
    en: 'Name',
  },
  'call.field.role': {
    nl: 'Functie',
    en: 'Role',
  },
  'call.field.phone': {
    nl: 'Direct nummer',
    en: 'Direct number',
  },
  'call.field.email': {
    nl: 'E-mailadres',
    en: 'E-mail address',
  },
  'call.field.date': {
    nl: 'Datum',
    en: 'Date',
  },
  'call.field.time': {
    nl: 'Tijd',
    en: 'Time',
  },
  'call.field.withWhom': {
    nl: 'Met wie',
    en: 'With whom',
  },
  'call.field.addressCorrect': {
    nl: 'Adres klopt',
    en: 'Address is correct',
  },
  'call.field.sendTo': {
    nl: 'Kopie sturen naar',
    en: 'Send copy to',
  },
  'call.field.invoices': {
    nl: 'Over welke factuur of facturen?',
    en: 'Which invoice or invoices?',
  },
  'call.field.description': {
    nl: 'Omschrijving',
    en: 'Description',
  },
  'call.field.handler': {
    nl: 'Klachtbehandelaar',
    en: 'Complaint handler',
  },
  'call.field.resolution': {
    nl: 'Oplossing',
    en: 'Resolution',
  },
  'call.field.paidOn': {
    nl: 'Betaald op',
    en: 'Paid on',
  },
  'call.field.amount': {
    nl: 'Bedrag',
    en: 'Amount',
  },
  'call.field.paymentDescription': {
    nl: 'Omschrijving bij de betaling',
    en: 'Payment description',
  },
  'call.field.bankNote': {
    nl: 'Wat klopt er niet aan de bankgegevens?',
    en: 'What is wrong with the bank details?',
  },
  'call.field.reason': {
    nl: 'Reden',
    en: 'Reason',
  },
  'call.field.collectDate': {
    nl: 'Opnieuw incasseren op',
    en: 'Collect again on',
  },
  'call.field.promiseDate': {
    nl: 'Betaaldatum',
    en: 'Payment date',
  },
  'call.field.hasPaymentDetails': {
    nl: 'Klant heeft alle betaalgegevens (IBAN, factuurnummers)',
    en: 'Customer has all payment details (IBAN, invoice numbers)',
  },
  'call.field.colleague': {
    nl: 'Collega',
    en: 'Colleague',
  },
  'call.field.agreement': {
    nl: 'Wat is er afgesproken?',
    en: 'What was agreed?',
  },
  'call.field.question': {
    nl: 'Vraag',
    en: 'Question',
  },
  'call.field.answer': {
    nl: 'Antwoord',
    en: 'Answer',
  },
  'call.field.note': {
    nl: 'Notitie',
    en: 'Note',
  },
  'call.plan.total': {
    nl: 'Bedrag van de regeling',
    en: 'Amount of the plan',
  },
  'call.plan.invoices': {
    nl: 'Facturen in de regeling',
    en: 'Invoices in the plan',
  },
  'call.plan.held': {
    nl: '— onder klacht: pas in een regeling als de klacht is opgelost',
    en: '— under complaint: can only be in a plan once the complaint is resolved',
  },
  'call.plan.rest': {
    nl: 'niet in de regeling: {count, plural, one {factuur} other {facturen}} {numbers} ({amount}), met {count, plural, one {zijn eigen} other {hun eigen}} betalingstermijn',
    en: 'not in the plan: {count, plural, one {invoice} other {invoices}} {numbers} ({amount}), with {count, plural, one {its own} other {their own}} payment term',
  },
  'call.plan.noInvoice': {
    nl: 'Kies de factuur of facturen die de regeling dekt.',
    en: 'Choose the invoice or invoices the plan covers.',
  },
  'call.plan.term': {
    nl: 'Termijn',
    en: 'Installment',
  },
  'call.plan.dueDate': {
    nl: 'Datum',
    en: 'Date',
  },
  'call.plan.amount': {
    nl: 'Bedrag',
    en: 'Amount',
  },
  'call.plan.dueDateOf': {
    nl: 'Datum termijn {term}',
    en: 'Date of installment {term}',
  },
  'call.plan.amountOf': {
    nl: 'Bedrag termijn {term}',
    en: 'Amount of installment {term}',
  },
  'call.plan.removeColumn': { nl: 'Verwijderen', en: 'Remove' },
  'call.plan.remove': {
    nl: 'Termijn {term} verwijderen',
    en: 'Remove installment {term}',
  },
  'call.plan.sum': {
    nl: 'Som van de termijnen',
    en: 'Sum of the installments',
  },
  'call.plan.addTerm': {
    nl: 'Termijn toevoegen',
    en: 'Add installment',
  },
  'call.plan.splitEvenly': {
    nl: 'Gelijk verdelen',
    en: 'Split evenly',
  },
  'call.plan.hint': {
    nl: 'Hoogstens {max} termijnen; de termijnen moeten samen precies het bedrag van de regeling zijn: wat op de gekozen facturen openstaat.',
    en: 'At most {max} installments; together they must be exactly the amount of the plan: what is open on the chosen invoices.',
  },
  'call.saving': {
    nl: 'Gesprek wordt opgeslagen…',
    en: 'Saving the call…',
  },
  'call.saved': {
    nl: 'Gesprek opgeslagen',
    en: 'Call saved',
  },
  'call.saveFailed': {
    nl: 'Het gesprek is niet opgeslagen: {reason}. Er is niets half vastgelegd; probeer het opnieuw.',
    en: 'The call was not saved: {reason}. Nothing was half-written; try again.',
  },
  'call.retrySave': {
    nl: 'Opnieuw opslaan',
    en: 'Save again',
  },
  'call.persistFailed': {
    nl: 'Tussentijds opslaan mislukt: {reason}',
    en: 'Saving progress failed: {reason}',
  },
  'call.nothingOpen': {
    nl: 'Er staan geen facturen open om over te bellen (of ze zijn in klacht).',
    en: 'There are no open invoices to call about (or they are under complaint).',
  },
  'call.resumeOffer': {
    nl: 'Er loopt nog een gesprek van {date} om {time} dat onderbroken is. U kunt verder waar u was, met alles wat al was ingevuld.',
    en: 'A call from {date} at {time} was interrupted. You can continue where you were, with everything entered so far.',
  },
  'call.hangUp.confirm': {
    nl: 'Heeft de klant opgehangen? Dan wordt het gesprek nu afgesloten en opgeslagen. Zullen we terugbellen?',
    en: 'Did the customer hang up? Then the call is ended and saved now. Shall we call back?',
  },
  'call.hangUp.submit': {
    nl: 'Gesprek afsluiten',
    en: 'End the call',
  },
  'call.field.callBack': {
    nl: 'Terugbellen',
    en: 'Call back',
  },
  'call.leaveLive.title': {
    nl: 'Het gesprek loopt nog',
    en: 'The call is still running',
  },
  'call.leaveLive.text': {
    nl: 'Als u nu weggaat, blijft het gesprek bewaard als onderbroken gesprek, met alles wat al was ingevuld. U kunt het later hervatten.',
    en: 'If you leave now, the call is kept as an interrupted call, with everything entered so far. You can resume it later.',
  },
  'call.leaveLive.stay': {
    nl: 'Terug naar het gesprek',
    en: 'Back to the call',
  },
  'call.leaveLive.leave': {
    nl: 'Gesprek onderbreken',
    en: 'Interrupt the call',
  },
  'call.damagedSnapshot': {
    nl: 'Het onderbroken gesprek{known, select, yes { van {date} om {time}} other {}} is beschadigd opgeslagen en kan niet worden hervat. U kunt opnieuw beginnen; wat er was opgeslagen, wordt apart bewaard.',
    en: 'The interrupted call{known, select, yes { from {date} at {time}} other {}} was saved damaged and cannot be resumed. You can start over; what was saved is kept aside.',
  },
  'call.interrupted.title': {
    nl: 'Onderbroken gesprekken',
    en: 'Interrupted calls',
  },
  'call.interrupted.banner': {
    nl: '{count, plural, one {Er is een gesprek onderbroken} other {Er zijn # gesprekken onderbroken}}: u kunt verder waar u was.',
    en: '{count, plural, one {A call was interrupted} other {# calls were interrupted}}: you can continue where you were.',
  },
  'call.interrupted.line': {
    nl: '{name} — {kind}, begonnen op {date} om {time}',
    en: '{name} — {kind}, started on {date} at {time}',
  },
  'call.interrupted.resume': {
    nl: 'Gesprek met {name} hervatten',
    en: 'Resume the call with {name}',
  },
  'call.interrupted.later': {
    nl: 'Later',
    en: 'Later',
  },
  'call.resume': {
    nl: 'Gesprek hervatten',
    en: 'Resume call',
  },
  'call.restart': {
    nl: 'Opnieuw beginnen',
    en: 'Start over',
  },
  'call.staleSnapshot': {
    nl: 'Een onderbroken gesprek van {date} om {time} is door een andere versie van Belwijzer opgeslagen en kan niet veilig worden hervat.',
    en: 'An interrupted call from {date} at {time} was saved by another version of Belwijzer and cannot be resumed safely.',
  },
  'call.discardAndStart': {
    nl: 'Verwerpen en nieuw gesprek starten',
    en: 'Discard and start a new call',
  },
  'call.tasksCreated': {
    nl: '{count} vervolgtaken aangemaakt.',
    en: '{count} follow-up tasks created.',
  },
  'call.confirmationLetter': {
    nl: 'Bevestigingsbrief maken',
    en: 'Make confirmation letter',
  },
  'call.backToDebtor': {
    nl: 'Terug naar debiteur',
    en: 'Back to debtor',
  },
});
