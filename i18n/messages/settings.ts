import { defineMessages } from '../../domain/message-text';

export const settingsMessages = defineMessages({
  'settings.title': {
    nl: 'Instellingen',
    en: 'Settings',
  },
  'settings.company': {
    nl: 'Ons bedrijf',
    en: 'Our company',
  },
  'settings.companyName': {
    nl: 'Bedrijfsnaam',
    en: 'Company name',
  },
  'settings.addressLine': {
    nl: 'Adres',
    en: 'Address',
  },
  'settings.postcode': {
    nl: 'Postcode',
    en: 'Postcode',
  },
  'settings.city': {
    nl: 'Plaats',
    en: 'City',
  },
  'settings.phone': {
    nl: 'Telefoon',
    en: 'Phone',
  },
  'settings.email': {
    nl: 'E-mail',
    en: 'E-mail',
  },
  'settings.iban': {
    nl: 'IBAN',
    en: 'IBAN',
  },
  'settings.kvk': {
    nl: 'KvK-nummer',
    en: 'Chamber of Commerce no.',
  },
  'settings.paymentTerm': {
    nl: 'Betalingstermijn (dagen)',
    en: 'Payment term (days)',
  },
  'settings.collector': {
    nl: 'Beller',
    en: 'Collector',
  },
  'settings.collectorName': {
    nl: 'Naam van de beller',
    en: 'Collector’s name',
  },
  'settings.collectorRole': {
    nl: 'Functie (onder brieven)',
    en: 'Role (under letters)',
  },
  'settings.defaultTone': {
    nl: 'Standaardtoon van gesprekken',
    en: 'Default tone of calls',
  },
  'settings.language': {
    nl: 'Taal',
    en: 'Language',
  },
  'settings.language.nl': {
    nl: 'Nederlands',
    en: 'Nederlands',
  },
  'settings.language.en': {
    nl: 'English',
    en: 'English',
  },
  'settings.rules': {
    nl: 'Regels',
    en: 'Rules',
  },
  'settings.backupsToKeep': {
    nl: 'Aantal backups dat bewaard blijft',
    en: 'Number of backups to keep',
  },
  'settings.planGraceDays': {
    nl: 'Coulance bij te late termijn (dagen)',
    en: 'Grace for a late installment (days)',
  },
  'settings.vatNotReclaimable': {
    nl: 'Incassokosten met btw verhogen (wij kunnen btw van het incassobureau niet verrekenen)',
    en: 'Raise collection costs by VAT (we cannot reclaim the agency’s VAT)',
  },
  'settings.rates': {
    nl: 'Wettelijke rente',
    en: 'Statutory interest',
  },
  'settings.rates.intro': {
    nl: 'De percentages waarmee brieven de rente berekenen, per halfjaar, met hun bron. Voer een nieuw halfjaar in zodra het is gepubliceerd (Staatscourant); een afgeleid of voorlopig percentage meldt elke brief die het gebruikt vóór het afdrukken.',
    en: 'The rates letters compute interest with, per half-year, with their source. Enter a new half-year once it is published (Staatscourant); every letter using a derived or provisional rate says so before printing.',
  },
  'settings.rates.from': {
    nl: 'Vanaf',
    en: 'From',
  },
  'settings.rates.commercial': {
    nl: 'Handelsrente (%)',
    en: 'Commercial rate (%)',
  },
  'settings.rates.consumer': {
    nl: 'Wettelijke rente (%)',
    en: 'Non-commercial rate (%)',
  },
  'settings.rates.status': {
    nl: 'Zekerheid',
    en: 'Certainty',
  },
  'settings.rates.status.published': {
    nl: 'gepubliceerd',
    en: 'published',
  },
  'settings.rates.status.derived': {
    nl: 'afgeleid',
    en: 'derived',
  },
  'settings.rates.status.provisional': {
    nl: 'voorlopig',
    en: 'provisional',
  },
  'settings.rates.source': {
    nl: 'Bron',
    en: 'Source',
  },
  'settings.rates.sourceExample': {
    nl: 'bv. Stcrt. 2026, 12345 van 30-06-2026',
    en: 'e.g. Stcrt. 2026, 12345 of 30-06-2026',
  },
  'settings.rates.carried': {
    nl: 'Vanaf {date} is geen percentage ingevoerd: brieven gebruiken dan het laatste, als voorlopig.',
    en: 'No rate has been entered from {date}: letters then use the last one, as provisional.',
  },
  'settings.rates.add': {
    nl: 'Halfjaar toevoegen',
    en: 'Add half-year',
  },
  'settings.remove': {
    nl: 'Verwijderen',
    en: 'Remove',
  },
  'settings.notAdded': {
    nl: 'Niet toegevoegd: {reason}',
    en: 'Not added: {reason}',
  },
  'settings.decreeDays': {
    nl: 'Bij besluit gelijkgestelde dagen',
    en: 'Days equated by decree',
  },
  'settings.decreeDays.intro': {
    nl: 'Op deze dagen eindigt geen termijn in een brief (Algemene termijnenwet art. 3 lid 3), net als op feestdagen en Goede Vrijdag. Voeg de dagen van een nieuw besluit toe met de titel en het Staatscourant-nummer.',
    en: 'No term in a letter ends on these days (General Time Limits Act, art. 3(3)), as on holidays and Good Friday. Add the days of a new decree with its title and Staatscourant number.',
  },
  'settings.decreeDays.date': {
    nl: 'Datum',
    en: 'Date',
  },
  'settings.decreeDays.source': {
    nl: 'Besluit',
    en: 'Decree',
  },
  'settings.decreeDays.sourceExample': {
    nl: 'bv. Besluit gelijkstelling … (Stcrt. 2028, 12345)',
    en: 'e.g. Besluit gelijkstelling … (Stcrt. 2028, 12345)',
  },
  'settings.decreeDays.add': {
    nl: 'Dag toevoegen',
    en: 'Add day',
  },
  'settings.officeDays': {
    nl: 'Werkdagen van het kantoor',
    en: 'Office working days',
  },
  'settings.officeDays.intro': {
    nl: 'Op deze dagen plant Belwijzer terugbelafspraken, controles van betaalbeloftes ("de volgende werkdag") en termijnen van regelingen. Feestdagen en gelijkgestelde dagen zijn altijd vrij. De termijnen in brieven volgen de wet, niet deze instelling.',
    en: 'Belwijzer plans call-backs, promise checks ("the next working day") and plan installments on these days. Holidays and equated days are always off. Terms in letters follow the law, not this setting.',
  },
  'settings.officeDays.weekdays': {
    nl: 'Werkdagen',
    en: 'Working days',
  },
  'settings.weekday': {
    nl: '{day, select, 0 {zondag} 1 {maandag} 2 {dinsdag} 3 {woensdag} 4 {donderdag} 5 {vrijdag} other {zaterdag}}',
    en: '{day, select, 0 {Sunday} 1 {Monday} 2 {Tuesday} 3 {Wednesday} 4 {Thursday} 5 {Friday} other {Saturday}}',
  },
  'settings.officeDays.closed': {
    nl: 'Sluitingsdagen',
    en: 'Closing days',
  },
  'settings.officeDays.closedDate': {
    nl: 'Kantoor dicht op',
    en: 'Office closed on',
  },
  'settings.officeDays.closedLabel': {
    nl: 'Reden',
    en: 'Reason',
  },
  'settings.officeDays.addClosed': {
    nl: 'Sluitingsdag toevoegen',
    en: 'Add closing day',
  },
  'settings.save': {
    nl: 'Opslaan',
    en: 'Save',
  },
  'settings.saved': {
    nl: 'Instellingen opgeslagen.',
    en: 'Settings saved.',
  },
  'settings.notSaved': {
    nl: '{count, plural, one {Niet opgeslagen: één veld klopt nog niet} other {Niet opgeslagen: # velden kloppen nog niet}} — {fields}',
    en: '{count, plural, one {Not saved: one field needs correcting} other {Not saved: # fields need correcting}} — {fields}',
  },
  'settings.invalid': {
    nl: 'Niet opgeslagen: {reason}',
    en: 'Not saved: {reason}',
  },
});
