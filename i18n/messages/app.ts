import { defineMessages } from '../../domain/message';

export const appMessages = defineMessages({
  'app.title': {
    nl: 'Belwijzer',
    en: 'Belwijzer',
  },
  'app.tagline': {
    nl: 'Debiteuren nabellen',
    en: 'Collection calls',
  },
  'app.loading': {
    nl: 'Laden…',
    en: 'Loading…',
  },
  'app.error': {
    nl: 'Er ging iets mis',
    en: 'Something went wrong',
  },
  'app.retry': {
    nl: 'Opnieuw proberen',
    en: 'Try again',
  },
  'app.demoCreated': {
    nl: 'Welkom! Er is een voorbeeldadministratie aangemaakt zodat u meteen kunt oefenen.',
    en: 'Welcome! A demo ledger was created so you can practise right away.',
  },
  'app.dataFile': {
    nl: 'Gegevensbestand: {file}',
    en: 'Data file: {file}',
  },
  'app.shortcuts': {
    nl: 'Sneltoetsen',
    en: 'Shortcuts',
  },
  'app.shortcutsHelp': {
    nl: 'Alt+V vandaag · Alt+D debiteuren · Alt+T taken · Alt+K klachten · Alt+I instellingen · / zoeken · ↑↓ kiezen · Enter openen · Alt+G gesprek starten · Esc terug',
    en: 'Alt+V today · Alt+D debtors · Alt+T tasks · Alt+K complaints · Alt+I settings · / search · ↑↓ select · Enter open · Alt+G start call · Esc back',
  },
  'app.amount.reads': {
    nl: '= {amount}',
    en: '= {amount}',
  },
  'app.amount.unreadable': {
    nl: 'geen bedrag: typ bijvoorbeeld 1.234,56',
    en: 'not an amount: type for example 1.234,56',
  },
  'app.amount.aboveOwed': {
    nl: 'Let op: {excess} meer dan er openstaat ({owed}).',
    en: 'Note: {excess} more than is owed ({owed}).',
  },
  'app.screenFailed.title': {
    nl: 'Dit scherm liep vast',
    en: 'This screen stopped working',
  },
  'app.screenFailed.text': {
    nl: 'Er ging iets mis bij het tonen van dit scherm ({reason}). Wat al was opgeslagen, is bewaard.',
    en: 'Something went wrong showing this screen ({reason}). What was saved is kept.',
  },
  'app.screenFailed.retry': {
    nl: 'Opnieuw proberen',
    en: 'Try again',
  },
  'app.screenFailed.today': {
    nl: 'Naar Vandaag',
    en: 'Go to Today',
  },
  'app.dismiss': {
    nl: 'Sluiten',
    en: 'Close',
  },
});
