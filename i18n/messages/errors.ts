// Every refusal and error the application gives, by key with parameters: AppError carries one
// (ipc/errors.ts), the renderer shows it in the UI language. Dutch is the source.
import { defineMessages } from '../../domain/message-text';

// The fields a date or text refusal names, as a select both languages share.
const DATE_FIELD_NL =
  '{field, select, receivedOn {De ontvangstdatum} resolvedOn {De datum van de oplossing} informedOn {De datum waarop de klant is geïnformeerd} sentOn {De verzenddatum} signedOn {De datum van ondertekening} agreedOn {De datum van de afspraak} madeOn {De datum van de belofte} promisedDate {De beloofde betaaldatum} dueDate {De datum van de taak} other {De datum}}';
const DATE_FIELD_EN =
  '{field, select, receivedOn {The date received} resolvedOn {The date of the solution} informedOn {The date the customer was informed} sentOn {The date sent} signedOn {The date of signing} agreedOn {The date of the agreement} madeOn {The date of the promise} promisedDate {The promised payment date} dueDate {The due date of the task} other {The date}}';

export const errorMessages = defineMessages({
  // ------------------------------------------------------------ general and transport
  'errors.internal': {
    nl: 'Er ging iets mis bij het opslaan of ophalen; er is niets gewijzigd.',
    en: 'Something went wrong while saving or loading; nothing was changed.',
  },
  'errors.contract_output': {
    nl: 'Interne fout: het antwoord klopt niet met het contract.',
    en: 'Internal error: the answer does not match the contract.',
  },
  'errors.unknown_channel': {
    nl: 'Onbekend kanaal: {channel}',
    en: 'Unknown channel: {channel}',
  },
  'errors.invalid_input': {
    nl: 'De invoer klopt niet',
    en: 'The input is not valid',
  },
  'errors.connection': {
    nl: 'Geen verbinding met Belwijzer. Is het browservoorbeeld nog actief?',
    en: 'No connection with Belwijzer. Is the browser preview still running?',
  },
  'errors.forbidden_sender': {
    nl: 'Dit verzoek komt niet uit Belwijzer zelf en is geweigerd.',
    en: 'This request does not come from Belwijzer itself and was refused.',
  },
  'errors.request_refused': {
    nl: 'Verzoek geweigerd: {reason, select, host {onbekende host} origin {andere herkomst} method {alleen POST} token {ongeldig of ontbrekend toegangstoken} content_type {verwacht JSON} too_large {de aanvraag is te groot} body {geen geldige JSON} channel {ongeldig kanaal in het adres} internal {interne fout} other {ongeldig verzoek}}.',
    en: 'Request refused: {reason, select, host {unknown host} origin {another origin} method {POST only} token {invalid or missing access token} content_type {JSON expected} too_large {the request is too large} body {not valid JSON} channel {invalid channel in the address} internal {internal error} other {invalid request}}.',
  },
  'errors.print_failed': {
    nl: 'Afdrukken is geannuleerd of mislukt.',
    en: 'Printing was cancelled or failed.',
  },
  'errors.print_request': {
    nl: 'Ongeldig afdrukverzoek.',
    en: 'Invalid print request.',
  },
  'errors.not_found': {
    nl: '{thing, select, debtor {Debiteur} letter {Brief} call {Gesprek} task {Taak} complaint {Klacht} plan {Betalingsregeling} invoice {Factuur} other {Onderdeel}} {id} bestaat niet.',
    en: '{thing, select, debtor {Debtor} letter {Letter} call {Call} task {Task} complaint {Complaint} plan {Payment plan} invoice {Invoice} other {Item}} {id} does not exist.',
  },

  // ------------------------------------------------------------ dates, times and texts
  'errors.date.invalid': {
    nl: `${DATE_FIELD_NL} is geen geldige datum (JJJJ-MM-DD): {value}.`,
    en: `${DATE_FIELD_EN} is not a valid date (YYYY-MM-DD): {value}.`,
  },
  'errors.date.future': {
    nl: `${DATE_FIELD_NL} ({date}) ligt in de toekomst.`,
    en: `${DATE_FIELD_EN} ({date}) is in the future.`,
  },
  'errors.date.before': {
    nl: `${DATE_FIELD_NL} ({date}) ligt vóór {notBefore}.`,
    en: `${DATE_FIELD_EN} ({date}) is before {notBefore}.`,
  },
  'errors.time.invalid': {
    nl: 'Geen geldige tijd (UU:MM): {value}.',
    en: 'Not a valid time (HH:MM): {value}.',
  },
  'errors.text.required': {
    nl: '{field, select, description {Vul een omschrijving van de klacht in.} handler {Vul in wie de klacht behandelt.} resolution {Vul in hoe de klacht is opgelost.} resolvedBy {Vul in wie de klacht heeft opgelost.} title {Vul in wat er moet gebeuren.} other {Vul dit veld in.}}',
    en: 'Fill in {field, select, description {a description of the complaint} handler {who handles the complaint} resolution {how the complaint was resolved} resolvedBy {who resolved the complaint} title {what needs to be done} other {this field}}.',
  },
  'errors.invoice.not_own': {
    nl: 'Factuur {number} is niet van deze debiteur.',
    en: 'Invoice {number} does not belong to this debtor.',
  },
  'errors.invoice.not_open': {
    nl: 'Factuur {number} staat niet meer open: er valt niets op te betalen. Kies een openstaande factuur.',
    en: 'Invoice {number} is no longer open: there is nothing to pay on it. Choose an open invoice.',
  },

  // ------------------------------------------------------------ tasks
  'errors.task.already_done': {
    nl: 'Deze taak is al afgerond.',
    en: 'This task has already been completed.',
  },

  // ------------------------------------------------------------ complaints
  'errors.complaint.no_invoices': {
    nl: 'Een klacht noemt de factuur of facturen waarover hij gaat.',
    en: 'A complaint names the invoice or invoices it is about.',
  },
  'errors.complaint.resolved_before_opened': {
    nl: 'Een klacht kan niet zijn opgelost voordat hij werd ingediend.',
    en: 'A complaint cannot have been resolved before it was made.',
  },
  'errors.complaint.informed_before_resolved': {
    nl: 'De klant kan niet over de oplossing zijn geïnformeerd voordat de klacht was opgelost.',
    en: 'The customer cannot have been told about the solution before the complaint was resolved.',
  },
  'errors.complaint.inform_unresolved': {
    nl: 'De klant kan pas over de oplossing worden geïnformeerd als de klacht is opgelost.',
    en: 'The customer can only be told about the solution once the complaint is resolved.',
  },
  'errors.complaint.already_resolved': {
    nl: 'Deze klacht is al opgelost.',
    en: 'This complaint has already been resolved.',
  },
  'errors.complaint.already_handled': {
    nl: 'Deze klacht is al in behandeling.',
    en: 'This complaint is already being handled.',
  },
  'errors.complaint.already_informed': {
    nl: 'De klant is al over de oplossing geïnformeerd (op {date}).',
    en: 'The customer has already been told about the solution (on {date}).',
  },

  // ------------------------------------------------------------ payments and promises
  'errors.payment.whole_cents': {
    nl: 'Een bedrag is een geheel aantal centen (ingevoerd: {value}).',
    en: 'An amount is a whole number of cents (entered: {value}).',
  },
  'errors.payment.not_positive': {
    nl: 'Een betaling moet groter zijn dan € 0,00 (ingevoerd: {amount}).',
    en: 'A payment must be more than €0.00 (entered: {amount}).',
  },
  'errors.payment.before_plan': {
    nl: 'Deze betaling is ontvangen vóór de betalingsregeling werd afgesproken.',
    en: 'This payment was received before the payment plan was agreed.',
  },
  'errors.promise.not_positive': {
    nl: 'Het beloofde bedrag moet groter zijn dan € 0,00.',
    en: 'The promised amount must be more than €0.00.',
  },
  'errors.promise.date_before_made': {
    nl: 'De beloofde betaaldatum ligt vóór de dag van de belofte.',
    en: 'The promised payment date is before the day of the promise.',
  },
  'errors.promise.not_kept': {
    nl: 'Alleen een nagekomen betaalbelofte kan weer open gaan als de bank de betaling terugboekt.',
    en: 'Only a kept promise to pay can reopen when the bank takes the payment back.',
  },
  'errors.installment.not_paid': {
    nl: 'Alleen een betaalde termijn kan weer open gaan als de bank de betaling terugboekt.',
    en: 'Only a paid installment can reopen when the bank takes the payment back.',
  },
  'errors.plan.not_completed': {
    nl: 'Alleen een voltooide betalingsregeling kan weer actief worden als de bank een betaling terugboekt.',
    en: 'Only a completed payment plan can become active again when the bank takes a payment back.',
  },
  'errors.backup.not_found': {
    nl: 'Backup {name} bestaat niet (meer).',
    en: 'Backup {name} does not exist (any more).',
  },
  'errors.backup.not_a_database': {
    nl: 'Backup {name} is geen databasebestand en wordt niet teruggezet; uw administratie is ongewijzigd.',
    en: 'Backup {name} is not a database file and is not restored; your administration is unchanged.',
  },
  'errors.backup.damaged': {
    nl: 'Backup {name} is beschadigd ({detail}) en wordt niet teruggezet; uw administratie is ongewijzigd.',
    en: 'Backup {name} is damaged ({detail}) and is not restored; your administration is unchanged.',
  },
  'errors.backup.not_belwijzer': {
    nl: 'Backup {name} is geen Belwijzer-administratie en wordt niet teruggezet.',
    en: 'Backup {name} is not a Belwijzer administration and is not restored.',
  },
  'errors.backup.newer_version': {
    nl: 'Backup {name} is gemaakt door een nieuwere versie van Belwijzer; werk Belwijzer eerst bij.',
    en: 'Backup {name} was made by a newer version of Belwijzer; update Belwijzer first.',
  },
  'errors.backup.failed': {
    nl: 'De backup kon niet worden gemaakt ({reason}); er is niets veranderd.',
    en: 'The backup could not be made ({reason}); nothing was changed.',
  },
  'errors.ledger.not_new': {
    nl: 'Deze administratie ({file}) is al in gebruik; de eerste start is voorbij.',
    en: 'This administration ({file}) is already in use; the first start is over.',
  },
  'errors.ledger.cannot_switch': {
    nl: 'Hier kan niet naar de voorbeeldadministratie worden gewisseld.',
    en: 'Switching to the demo administration is not possible here.',
  },
  'errors.debtor.number_taken': {
    nl: 'Debiteurnummer {number} is al in gebruik voor {name}.',
    en: 'Debtor number {number} is already used for {name}.',
  },
  'errors.invoice.number_taken': {
    nl: 'Factuurnummer {number} bestaat al; een factuurnummer komt maar één keer voor.',
    en: 'Invoice number {number} already exists; an invoice number occurs only once.',
  },
  'errors.invoice.due_before_date': {
    nl: 'De vervaldatum ({dueDate}) ligt vóór de factuurdatum ({invoiceDate}).',
    en: 'The due date ({dueDate}) is before the invoice date ({invoiceDate}).',
  },
  'errors.import.rows_have_errors': {
    nl: '{count, plural, one {Eén rij heeft een fout} other {# rijen hebben een fout}}: er is niets ingelezen. Verbeter het bestand, of kies uitdrukkelijk om alleen de goede rijen in te lezen.',
    en: '{count, plural, one {One row has an error} other {# rows have errors}}: nothing was imported. Correct the file, or choose explicitly to import only the valid rows.',
  },
  'errors.import.not_missing': {
    nl: 'Factuur {id} staat niet bij de ontbrekende facturen van deze bron en kan hier niet als betaald worden gemarkeerd.',
    en: 'Invoice {id} is not among the missing invoices of this source and cannot be marked as paid here.',
  },
  'errors.import.nothing_to_import': {
    nl: 'Het bestand bevat geen rij die kan worden ingelezen: er is niets veranderd.',
    en: 'The file contains no row that can be imported: nothing was changed.',
  },
  'errors.bank.not_unmatched': {
    nl: 'Deze bankboeking is niet (meer) een onbekende betaling: hij is al verwerkt.',
    en: 'This bank entry is not (or no longer) an unmatched payment: it has been processed already.',
  },
  'errors.bank.not_a_payment': {
    nl: 'Dit is een afschrijving, geen ontvangen betaling: die kan niet aan een debiteur worden toegewezen.',
    en: 'This is money going out, not a payment received: it cannot be placed on a debtor.',
  },
  'errors.promise.already_kept': {
    nl: 'Deze betaalbelofte is al nagekomen.',
    en: 'This promise to pay has already been kept.',
  },
  'errors.promise.already_broken': {
    nl: 'Deze betaalbelofte staat al als niet nagekomen.',
    en: 'This promise to pay is already marked as broken.',
  },
  'errors.installment.already_paid': {
    nl: 'Deze termijn is al betaald.',
    en: 'This installment has already been paid.',
  },
  'errors.installment.already_late': {
    nl: 'Deze termijn staat al als te laat.',
    en: 'This installment is already marked as late.',
  },

  // ------------------------------------------------------------ payment plans
  'errors.plan.invalid': {
    nl: 'De betalingsregeling klopt niet.',
    en: 'The payment plan does not add up.',
  },
  'errors.plan.no_invoice': {
    nl: 'Kies de openstaande factuur of facturen die de betalingsregeling dekt.',
    en: 'Choose the open invoice or invoices the payment plan covers.',
  },
  'errors.plan.invoice_not_open': {
    nl: '{count, plural, one {Factuur {numbers} staat niet meer open} other {De facturen {numbers} staan niet meer open}}; een betalingsregeling dekt alleen openstaande facturen.',
    en: '{count, plural, one {Invoice {numbers} is no longer open} other {Invoices {numbers} are no longer open}}; a payment plan only covers open invoices.',
  },
  'errors.plan.invoice_under_complaint': {
    nl: 'Over {count, plural, one {factuur {numbers} loopt een klacht} other {de facturen {numbers} lopen klachten}}; die vallen pas onder een betalingsregeling als de klacht is opgelost.',
    en: '{count, plural, one {Invoice {numbers} is under a complaint} other {Invoices {numbers} are under complaints}}; it can only be part of a payment plan once the complaint is resolved.',
  },
  'errors.plan.total_not_invoices': {
    nl: 'De betalingsregeling is {total}, maar op de gekozen facturen staat {invoices} open. Het bedrag van de regeling is wat op de facturen openstaat.',
    en: 'The payment plan is {total}, but {invoices} is open on the chosen invoices. The amount of a plan is what is open on its invoices.',
  },
  'errors.plan.not_offered': {
    nl: 'Aan {name} mag geen betalingsregeling worden aangeboden.',
    en: '{name} may not be offered a payment plan.',
  },
  'errors.plan.too_many_terms': {
    nl: 'Voor {name} {max, plural, one {is hoogstens # termijn} other {zijn hoogstens # termijnen}} toegestaan.',
    en: 'For {name} at most {max, plural, one {# installment is} other {# installments are}} allowed.',
  },
  'errors.plan.first_term_before_agreed': {
    nl: 'De eerste termijn valt vóór de dag waarop de regeling is afgesproken.',
    en: 'The first installment falls before the day the plan was agreed.',
  },
  'errors.plan.not_own': {
    nl: 'Deze betalingsregeling is niet van deze debiteur.',
    en: 'This payment plan does not belong to this debtor.',
  },
  'errors.plan.one_active': {
    nl: 'Er loopt al een actieve betalingsregeling voor deze debiteur.',
    en: 'This debtor already has an active payment plan.',
  },
  'errors.plan.closed.completed': {
    nl: 'Deze betalingsregeling is al volledig betaald; er kan niets meer aan veranderen.',
    en: 'This payment plan has been paid in full; nothing about it can change any more.',
  },
  'errors.plan.closed.defaulted': {
    nl: 'Deze betalingsregeling is niet nagekomen en vervallen; er kan niets meer aan veranderen.',
    en: 'This payment plan was not kept and has lapsed; nothing about it can change any more.',
  },
  'errors.plan.already_sent': {
    nl: 'Deze betalingsregeling is al verstuurd.',
    en: 'This payment plan has already been sent.',
  },
  'errors.plan.send_first': {
    nl: 'Verstuur de betalingsregeling eerst ter ondertekening.',
    en: 'Send the payment plan for signature first.',
  },
  'errors.plan.already_signed': {
    nl: 'Deze betalingsregeling is al ondertekend.',
    en: 'This payment plan has already been signed.',
  },
  'errors.plan.already_active': {
    nl: 'Deze betalingsregeling is al actief.',
    en: 'This payment plan is already active.',
  },
  'errors.plan.not_signed': {
    nl: 'Een betalingsregeling wordt pas actief als de klant hem ondertekend heeft teruggestuurd.',
    en: 'A payment plan only becomes active once the customer has returned it signed.',
  },
  'errors.plan.not_active': {
    nl: '{event, select, pay {Op deze betalingsregeling kan pas worden betaald als hij actief is.} complete {Alleen een actieve betalingsregeling kan voltooid worden.} other {Alleen een actieve betalingsregeling kan vervallen.}}',
    en: '{event, select, pay {Payments can only be made on this payment plan once it is active.} complete {Only an active payment plan can be completed.} other {Only an active payment plan can lapse.}}',
  },
  'errors.plan.none_to_sign': {
    nl: 'Er is geen betalingsregeling die nog ondertekend moet worden.',
    en: 'There is no payment plan waiting to be signed.',
  },

  // ------------------------------------------------------------ letters
  'errors.letter.not_printed': {
    nl: 'Brief {id} is vastgelegd zonder de afgedrukte inhoud en kan niet opnieuw worden getoond.',
    en: 'Letter {id} was recorded without its printed content and cannot be shown again.',
  },
  'errors.letter.needs_call': {
    nl: 'Een bevestigingsbrief hoort bij een gesprek: kies het gesprek.',
    en: 'A confirmation letter belongs to a call: choose the call.',
  },
  'errors.letter.call_not_own': {
    nl: 'Dit gesprek is niet met deze debiteur gevoerd.',
    en: 'This call was not with this debtor.',
  },
  'errors.letter.nothing_agreed': {
    nl: 'In dit gesprek is niets afgesproken dat bevestigd kan worden (geen betaling, regeling, terugbelafspraak of klacht). Er is geen brief gemaakt.',
    en: 'Nothing was agreed in this call that could be confirmed (no payment, plan, call-back or complaint). No letter was made.',
  },
  'errors.letter.plan_without_terms': {
    nl: 'Deze betalingsregeling heeft geen termijnen. Er is geen brief gemaakt.',
    en: 'This payment plan has no installments. No letter was made.',
  },
  'errors.letter.consumer14_for_business': {
    nl: 'Een 14-dagenbrief is alleen voor consumenten; {name} is een zakelijke debiteur. Er is geen brief gemaakt.',
    en: 'A 14-day letter is for consumers only; {name} is a business debtor. No letter was made.',
  },
  'errors.letter.nothing_open': {
    nl: 'Voor {name} staat niets open dat aangemaand kan worden: er staan geen facturen open. Er is geen brief gemaakt.',
    en: 'Nothing is open for {name} that a reminder could ask for: there are no open invoices. No letter was made.',
  },
  'errors.letter.nothing_remindable': {
    nl: 'Voor {name} staat niets open dat aangemaand kan worden: {heldCount, plural, =0 {} one {factuur {held} valt onder een klacht die nog niet is opgelost} other {facturen {held} vallen onder een klacht die nog niet is opgelost}}{heldCount, plural, =0 {} other {{notDueCount, plural, =0 {} other { en }}}}{notDueCount, plural, =0 {} one {factuur {notDue} vervalt pas op {firstDue}} other {facturen {notDue} vervallen pas vanaf {firstDue}}}. Er is geen brief gemaakt.',
    en: 'Nothing is open for {name} that a reminder could ask for: {heldCount, plural, =0 {} one {invoice {held} is under a complaint not yet resolved} other {invoices {held} are under a complaint not yet resolved}}{heldCount, plural, =0 {} other {{notDueCount, plural, =0 {} other { and }}}}{notDueCount, plural, =0 {} one {invoice {notDue} is not due until {firstDue}} other {invoices {notDue} are not due until {firstDue} or later}}. No letter was made.',
  },
  'errors.letter.handover_needs_14day': {
    nl: 'De vordering op {name} mag nog niet uit handen worden gegeven: {name} is een consument en heeft nog geen 14-dagenbrief gekregen (art. 6:96 lid 6 BW). Stuur eerst de 14-dagenbrief.',
    en: 'The claim on {name} may not be handed over yet: {name} is a consumer and has not had a 14-day letter (art. 6:96(6) Dutch Civil Code). Send the 14-day letter first.',
  },
  'errors.letter.handover_too_early': {
    nl: 'De vordering op {name} mag nog niet uit handen worden gegeven: de termijn van de 14-dagenbrief van {letterDate} loopt tot en met {termEndsOn}. Uit handen geven kan vanaf {earliest}.',
    en: 'The claim on {name} may not be handed over yet: the term of the 14-day letter of {letterDate} runs up to and including {termEndsOn}. It can be handed over from {earliest}.',
  },
  'errors.dunning.required_step': {
    nl: '{action, select, consumer14 {De 14-dagenbrief} reminder3 {De ingebrekestelling} other {Deze stap}} kan niet worden overgeslagen: de wet vraagt erom voordat de vordering uit handen gaat.',
    en: '{action, select, consumer14 {The 14-day letter} reminder3 {The notice of default} other {This step}} cannot be skipped: the law requires it before the claim is handed over.',
  },
  'errors.worklist.snooze_not_after_today': {
    nl: 'Kies een datum na vandaag ({today}) om deze regel tot dan weg te zetten.',
    en: 'Choose a date after today ({today}) to put this line aside until then.',
  },
});
