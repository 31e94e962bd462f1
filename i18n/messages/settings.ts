import { defineMessages } from '../../domain/message';

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
  'settings.save': {
    nl: 'Opslaan',
    en: 'Save',
  },
  'settings.saved': {
    nl: 'Instellingen opgeslagen.',
    en: 'Settings saved.',
  },
  'settings.invalid': {
    nl: 'Niet opgeslagen: {reason}',
    en: 'Not saved: {reason}',
  },
});
