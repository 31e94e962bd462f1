import { defineMessages } from '../../domain/message-text';

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
    nl: '{count, plural, one {# debiteur} other {# debiteuren}} · {total} openstaand',
    en: '{count, plural, one {# debtor} other {# debtors}} · {total} outstanding',
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
  'debtors.col.agreements': {
    nl: 'Afspraken',
    en: 'Agreements',
  },
  'debtors.col.lastContact': {
    nl: 'Laatste contact',
    en: 'Last contact',
  },
  'debtors.col.nextAction': {
    nl: 'Volgende actie',
    en: 'Next action',
  },
  // The latest promise to pay, on the debtor list: when it is due while it runs, else how it ended.
  'debtors.promise': {
    nl: '{status, select, pending {belofte {date}} kept {belofte nagekomen} other {belofte niet nagekomen}}',
    en: '{status, select, pending {promise {date}} kept {promise kept} other {promise broken}}',
  },
  'debtors.plan': {
    nl: '{status, select, active {regeling loopt} proposed {regeling voorgesteld} sent {regeling ter ondertekening} signed {regeling getekend} completed {regeling voltooid} other {regeling niet nagekomen}}',
    en: '{status, select, active {plan running} proposed {plan proposed} sent {plan sent for signature} signed {plan signed} completed {plan completed} other {plan defaulted}}',
  },
  'debtors.plan.nextTerm': {
    nl: 'termijn {date}',
    en: 'term {date}',
  },
  'debtors.complaints': {
    nl: '{count, plural, one {# open klacht} other {# open klachten}}',
    en: '{count, plural, one {# open complaint} other {# open complaints}}',
  },
  'debtors.more': {
    nl: 'Meer debiteuren tonen',
    en: 'Show more debtors',
  },
  'debtors.loading': {
    nl: 'Debiteuren laden…',
    en: 'Loading debtors…',
  },
});
