// What is wrong with one field of the input (ipc/validation.ts maps zod's issues to these keys; a schema
// names its own key where a general one would say too little). Shown at the field, or after its path.
import { defineMessages } from '../../domain/message-text';

export const validationMessages = defineMessages({
  'validation.required': {
    nl: 'vul dit in',
    en: 'this is required',
  },
  'validation.number_required': {
    nl: 'vul een getal in',
    en: 'enter a number',
  },
  'validation.whole_number': {
    nl: 'vul een heel getal in, zonder letters of decimalen',
    en: 'enter a whole number, without letters or decimals',
  },
  'validation.invalid': {
    nl: 'ongeldige waarde',
    en: 'invalid value',
  },
  'validation.invalid_type': {
    nl: 'verwacht {expected, select, number {een getal} int {een geheel getal} string {tekst} boolean {ja of nee} array {een lijst} object {een groep velden} other {een andere waarde}}',
    en: 'expected {expected, select, number {a number} int {a whole number} string {text} boolean {yes or no} array {a list} object {a group of fields} other {another value}}',
  },
  'validation.too_small': {
    nl: '{origin, select, string {{minimum, plural, =1 {vul dit in} other {minstens # tekens}}} array {{minimum, plural, one {kies minstens # item} other {kies minstens # items}}} other {{inclusive, select, true {minstens {minimum}} other {moet groter zijn dan {minimum}}}}}',
    en: '{origin, select, string {{minimum, plural, =1 {this is required} other {at least # characters}}} array {{minimum, plural, one {choose at least # item} other {choose at least # items}}} other {{inclusive, select, true {at least {minimum}} other {must be more than {minimum}}}}}',
  },
  'validation.too_big': {
    nl: '{origin, select, string {hoogstens {maximum, plural, one {# teken} other {# tekens}}} array {hoogstens {maximum, plural, one {# item} other {# items}}} other {{inclusive, select, true {hoogstens {maximum}} other {moet kleiner zijn dan {maximum}}}}}',
    en: '{origin, select, string {at most {maximum, plural, one {# character} other {# characters}}} array {at most {maximum, plural, one {# item} other {# items}}} other {{inclusive, select, true {at most {maximum}} other {must be less than {maximum}}}}}',
  },
  'validation.invalid_value': {
    nl: 'kies uit {values}',
    en: 'choose from {values}',
  },
  'validation.invalid_format': {
    nl: '{format, select, datetime {geen geldig tijdstip} email {geen geldig e-mailadres} other {ongeldige notatie}}',
    en: '{format, select, datetime {not a valid moment} email {not a valid e-mail address} other {invalid format}}',
  },
  'validation.unrecognized_keys': {
    nl: 'onbekend veld: {keys}',
    en: 'unknown field: {keys}',
  },
  'validation.date': {
    nl: 'geen geldige datum (JJJJ-MM-DD)',
    en: 'not a valid date (YYYY-MM-DD)',
  },
  'validation.date_typed': {
    nl: '„{value}” is geen bestaande datum; typ dd-mm-jjjj, bijvoorbeeld 05-03-2026',
    en: '“{value}” is not a real date; type dd/mm/yyyy, for example 05/03/2026',
  },
  'validation.time': {
    nl: 'geen geldige tijd (UU:MM)',
    en: 'not a valid time (HH:MM)',
  },
  'validation.whole_cents': {
    nl: 'bedrag moet in hele centen',
    en: 'amount must be in whole cents',
  },
  'validation.date_range': {
    nl: 'datum moet tussen {min} en {max} liggen',
    en: 'date must be between {min} and {max}',
  },
  'validation.amount_max': {
    nl: 'bedrag mag hoogstens € 100.000.000,00 zijn',
    en: 'amount may be at most €100,000,000.00',
  },
  'validation.call.ends_before_start': {
    nl: 'het gesprek eindigt voordat het begint',
    en: 'the call ends before it starts',
  },
  'validation.amount_positive': {
    nl: 'bedrag moet groter dan € 0,00 zijn',
    en: 'amount must be more than €0.00',
  },
  'validation.choose_debtor': {
    nl: 'kies minstens één debiteur',
    en: 'choose at least one debtor',
  },
  'validation.iban': {
    nl: 'dit is geen geldig IBAN (controleer land, lengte en controlegetal)',
    en: 'this is not a valid IBAN (check the country, length and check digits)',
  },
  'validation.decree_source': {
    nl: 'noem het besluit dat deze dag gelijkstelt (titel en Staatscourant)',
    en: 'name the decree that equates this day (title and Staatscourant)',
  },
  'validation.office.weekday_min': {
    nl: 'kies minstens één werkdag',
    en: 'choose at least one working day',
  },
  'validation.office.weekday_once': {
    nl: 'elke weekdag één keer',
    en: 'each weekday once',
  },
  'validation.settings.not_added': {
    nl: 'ingevuld maar nog niet toegevoegd: voeg het toe met de knop eronder, of maak de velden leeg',
    en: 'filled in but not added yet: add it with the button below, or clear the fields',
  },
  'validation.office.closed_reason': {
    nl: 'zeg waarom het kantoor dicht is',
    en: 'say why the office is closed',
  },
  'validation.rate.percent': {
    nl: 'een rentepercentage tussen 0 en 50, met hoogstens twee decimalen (bv. 10,40)',
    en: 'an interest rate between 0 and 50, at most two decimals (e.g. 10.40)',
  },
  'validation.rate.source': {
    nl: 'noem de bron (publicatie of berekening, met datum)',
    en: 'name the source (publication or calculation, with its date)',
  },
  'validation.rate.twice': {
    nl: 'elk halfjaar één keer',
    en: 'each half-year once',
  },
  'validation.decree_day_twice': {
    nl: 'elke dag één keer',
    en: 'each day once',
  },
  'validation.rate.half_year': {
    nl: 'een nieuw halfjaar begint op 1 januari of 1 juli',
    en: 'a new half-year starts on 1 January or 1 July',
  },
  'validation.kvk': {
    nl: 'een KvK-nummer heeft 8 cijfers',
    en: 'a Chamber of Commerce (KvK) number has 8 digits',
  },
  'validation.email': {
    nl: 'een e-mailadres ziet eruit als naam@voorbeeld.nl',
    en: 'an e-mail address looks like name@example.com',
  },
  'validation.postcode': {
    nl: 'een postcode is 4 cijfers en 2 letters, bv. 4567 AB',
    en: 'a postcode is 4 digits and 2 letters, e.g. 4567 AB',
  },
  'validation.plan.min_terms': {
    nl: 'een betalingsregeling heeft minstens één termijn',
    en: 'a payment plan has at least one installment',
  },
  'validation.plan.max_terms': {
    nl: 'een betalingsregeling heeft hoogstens {maximum} termijnen',
    en: 'a payment plan has at most {maximum} installments',
  },
  'validation.plan.sum': {
    nl: 'de termijnen tellen niet op tot het afgesproken bedrag',
    en: 'the installments do not add up to the agreed amount',
  },
  'validation.plan.no_invoice': {
    nl: 'een betalingsregeling dekt minstens één openstaande factuur',
    en: 'a payment plan covers at least one open invoice',
  },
  'validation.plan.invoice_twice': {
    nl: 'een factuur staat twee keer in de betalingsregeling',
    en: 'an invoice is in the payment plan twice',
  },
  'validation.plan.dates_ascending': {
    nl: 'de termijndata moeten oplopen',
    en: 'the installment dates must be in ascending order',
  },
  'validation.complaint.description': {
    nl: 'omschrijf de klacht',
    en: 'describe the complaint',
  },
  'validation.complaint.invoices': {
    nl: 'een klacht noemt de factuur of facturen waarover hij gaat',
    en: 'a complaint names the invoice or invoices it is about',
  },
  'validation.task.complaint_index': {
    nl: 'de taak verwijst naar een klacht die niet bestaat',
    en: 'the task refers to a complaint that does not exist',
  },
  'validation.backups_to_keep': {
    nl: 'tussen 1 en 365 backups',
    en: 'between 1 and 365 backups',
  },
  'validation.plan_grace_days': {
    nl: 'coulance van 0 tot 60 dagen',
    en: 'grace of 0 to 60 days',
  },
  'validation.payment_term_days': {
    nl: 'betalingstermijn van 1 tot 120 dagen',
    en: 'payment term of 1 to 120 days',
  },
});
