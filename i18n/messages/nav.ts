import { defineMessages } from '../../domain/message-text';

export const navMessages = defineMessages({
  'nav.label': {
    nl: 'Hoofdmenu',
    en: 'Main menu',
  },
  'nav.debtors': {
    nl: 'Debiteuren',
    en: 'Debtors',
  },
  'nav.today': {
    nl: 'Vandaag',
    en: 'Today',
  },
  'nav.tasks': {
    nl: 'Taken',
    en: 'Tasks',
  },
  'nav.complaints': {
    nl: 'Klachten',
    en: 'Complaints',
  },
  'nav.settings': {
    nl: 'Instellingen',
    en: 'Settings',
  },
});
