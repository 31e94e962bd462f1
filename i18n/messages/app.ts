import { defineMessages } from '../../domain/message-text';

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
    nl: 'Alt+V vandaag · Alt+D debiteuren · Alt+T taken · Alt+K klachten · Alt+L gegevens · Alt+I instellingen · / zoeken · ↑↓ kiezen · Enter openen · Alt+G gesprek starten · Esc terug',
    en: 'Alt+V today · Alt+D debtors · Alt+T tasks · Alt+K complaints · Alt+L data · Alt+I settings · / search · ↑↓ select · Enter open · Alt+G start call · Esc back',
  },
  'app.amount.reads': {
    nl: '= {amount}',
    en: '= {amount}',
  },
  'app.amount.unreadable': {
    nl: 'geen bedrag: typ bijvoorbeeld 1.234,56',
    en: 'not an amount: type for example 1,234.56',
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
  'app.firstStart.title': { nl: 'Welkom bij Belwijzer', en: 'Welcome to Belwijzer' },
  'app.firstStart.intro': {
    nl: 'Waarmee wilt u beginnen? U kunt later altijd nog oefenen in de voorbeeldadministratie.',
    en: 'What would you like to start with? You can always practise in the demo administration later.',
  },
  'app.firstStart.own': { nl: 'Eigen administratie', en: 'Own administration' },
  'app.firstStart.ownHelp': {
    nl: 'Leeg; eerst uw bedrijfsgegevens, daarna leest u de openstaande posten uit uw boekhouding in.',
    en: 'Empty; first your company details, then you import the open items from your bookkeeping.',
  },
  'app.firstStart.demo': { nl: 'Voorbeeldadministratie', en: 'Demo administration' },
  'app.firstStart.demoHelp': {
    nl: 'Shoepro BV en haar debiteuren, om te oefenen. Staat in een eigen bestand: uw administratie blijft leeg.',
    en: 'Shoepro BV and its debtors, to practise with. Kept in a file of its own: your administration stays empty.',
  },
  'app.firstStart.ownTitle': { nl: 'Uw bedrijfsgegevens', en: 'Your company details' },
  'app.firstStart.start': { nl: 'Administratie beginnen', en: 'Start the administration' },
  'app.firstStart.back': { nl: 'Terug', en: 'Back' },
  'app.demoBanner': {
    nl: 'U werkt in de voorbeeldadministratie: oefenen met verzonnen debiteuren. Uw eigen administratie staat in een ander bestand.',
    en: 'You are working in the demo administration: practise with made-up debtors. Your own administration is kept in another file.',
  },
  'app.leaveDemo': { nl: 'Naar eigen administratie', en: 'To own administration' },
  'app.dismiss': {
    nl: 'Sluiten',
    en: 'Close',
  },
});
