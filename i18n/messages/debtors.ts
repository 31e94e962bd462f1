import { defineMessages } from '../../domain/message';

export const debtorsMessages = defineMessages({
  'debtors.title': {
    nl: 'Debiteuren',
    en: 'Debtors',
  },
  'debtors.search': {
    nl: 'Zoek op naam, nummer of plaats',
    en: 'Search by name, number or city',
  },
  'debtors.count': {
    nl: '{count} debiteuren · {total} openstaand',
    en: '{count} debtors · {total} outstanding',
  },
  'debtors.col.number': {
    nl: 'Nr.',
    en: 'No.',
  },
  'debtors.col.name': {
    nl: 'Debiteur',
    en: 'Debtor',
  },
  'debtors.col.city': {
    nl: 'Plaats',
    en: 'City',
  },
  'debtors.col.invoices': {
    nl: 'Facturen',
    en: 'Invoices',
  },
  'debtors.col.open': {
    nl: 'Openstaand',
    en: 'Outstanding',
  },
  'debtors.col.overdue': {
    nl: 'Dagen over',
    en: 'Days overdue',
  },
  'debtors.overdueDays': {
    nl: '{days} dagen',
    en: '{days} days',
  },
  'debtors.overdueOne': {
    nl: '1 dag',
    en: '1 day',
  },
  'debtors.dueIn': {
    nl: 'vervalt over {days} d.',
    en: 'due in {days} d.',
  },
  'debtors.dueToday': {
    nl: 'vervalt vandaag',
    en: 'due today',
  },
  'debtors.none': {
    nl: 'Geen debiteuren gevonden.',
    en: 'No debtors found.',
  },
  'debtors.consumer': {
    nl: 'consument',
    en: 'consumer',
  },
  'debtors.escalation.ingebrekestelling': {
    nl: 'ingebrekestelling',
    en: 'notice of default',
  },
  'debtors.escalation.overdracht': {
    nl: 'uit handen geven',
    en: 'hand over',
  },
});
