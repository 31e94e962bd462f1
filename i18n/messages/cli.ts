import { defineMessages } from '../../domain/message-text';

// The command line (npx belwijzer …): what it prints for a scheduler's log, in Dutch like the rest of
// the command line; English for completeness of the catalogue.
export const cliMessages = defineMessages({
  'cli.usage': {
    nl: 'Gebruik: belwijzer import-invoices BESTAND [--preset exact|twinfield|moneybird|e-boekhouden|snelstart] [--source NAAM] [--full] [--only-valid-rows] | import-bank BESTAND | worklist [--date JJJJ-MM-DD] | backup [--to MAP] [--keep N]; overal [--db BESTAND]',
    en: 'Usage: belwijzer import-invoices FILE [--preset exact|twinfield|moneybird|e-boekhouden|snelstart] [--source NAME] [--full] [--only-valid-rows] | import-bank FILE | worklist [--date YYYY-MM-DD] | backup [--to FOLDER] [--keep N]; always [--db FILE]',
  },
  'cli.usage.unknownCommand': { nl: 'Onbekende opdracht ‘{command}’.', en: 'Unknown command ‘{command}’.' },
  'cli.usage.fileMissing': { nl: 'Noem het bestand dat moet worden ingelezen.', en: 'Name the file to import.' },
  'cli.usage.unknownPreset': { nl: 'Onbekende voorinstelling ‘{preset}’; kies uit {presets}.', en: 'Unknown preset ‘{preset}’; choose from {presets}.' },
  'cli.usage.badDate': { nl: '‘{date}’ is geen datum; schrijf JJJJ-MM-DD, bv. 2026-12-02.', en: '‘{date}’ is not a date; write YYYY-MM-DD, e.g. 2026-12-02.' },
  'cli.usage.badKeep': { nl: '--keep moet een geheel aantal van ten minste 1 zijn (gegeven: {keep}).', en: '--keep must be a whole number of at least 1 (given: {keep}).' },
  'cli.file.unreadable': { nl: 'Het bestand {file} kan niet worden gelezen ({reason}).', en: 'The file {file} cannot be read ({reason}).' },
  'cli.import.columnsMissing': {
    nl: 'Kies de kolommen één keer op het importscherm (of met --preset); daarna onthoudt Belwijzer ze voor deze bron.',
    en: 'Choose the columns once on the import screen (or with --preset); Belwijzer remembers them for this source after that.',
  },
  'cli.import.issue.error': { nl: 'Rij {row, number, ::group-off}{hasColumn, select, yes { ({column})} other {}}: fout: {text}', en: 'Row {row, number, ::group-off}{hasColumn, select, yes { ({column})} other {}}: error: {text}' },
  'cli.import.issue.warning': { nl: 'Rij {row, number, ::group-off}{hasColumn, select, yes { ({column})} other {}}: let op: {text}', en: 'Row {row, number, ::group-off}{hasColumn, select, yes { ({column})} other {}}: note: {text}' },
  'cli.import.rowsHaveErrors': {
    nl: '{count, plural, one {Eén rij heeft een fout} other {# rijen hebben een fout}}: er is niets ingelezen. Verbeter het bestand, of lees met --only-valid-rows alleen de goede rijen in.',
    en: '{count, plural, one {One row has an error} other {# rows have errors}}: nothing was imported. Correct the file, or import only the valid rows with --only-valid-rows.',
  },
  'cli.import.done': {
    nl: 'Ingelezen uit {source}: {newInvoices, plural, one {# nieuwe factuur} other {# nieuwe facturen}}, {updatedInvoices} bijgewerkt, {unchangedInvoices} ongewijzigd, {newDebtors, plural, one {# nieuwe debiteur} other {# nieuwe debiteuren}}, {paidPerBookkeeping, plural, one {# betaling} other {# betalingen}} volgens de boekhouding ({paidPerBookkeepingCents}).',
    en: 'Imported from {source}: {newInvoices, plural, one {# new invoice} other {# new invoices}}, {updatedInvoices} updated, {unchangedInvoices} unchanged, {newDebtors, plural, one {# new debtor} other {# new debtors}}, {paidPerBookkeeping, plural, one {# payment} other {# payments}} per the bookkeeping ({paidPerBookkeepingCents}).',
  },
  'cli.import.missing': {
    nl: '{count, plural, one {Eén openstaande factuur staat} other {# openstaande facturen staan}} niet meer in de export; Belwijzer laat ze open tot u ze op het importscherm als betaald bevestigt:',
    en: '{count, plural, one {One open invoice is} other {# open invoices are}} no longer in the export; Belwijzer keeps them open until you confirm them as paid on the import screen:',
  },
  'cli.import.missingLine': { nl: '  {number}  {debtor}  {open}', en: '  {number}  {debtor}  {open}' },
  'cli.bank.done': {
    nl: 'Afschrift verwerkt: {matched} betalingen toegewezen, {undone} teruggeboekt, {unmatched} niet herkend, {ignored} overgeslagen, {alreadyImported} al eerder ingelezen; {kept, plural, one {# betaalbelofte} other {# betaalbeloftes}} nagekomen.',
    en: 'Statement processed: {matched} payments matched, {undone} taken back, {unmatched} not recognised, {ignored} skipped, {alreadyImported} imported before; {kept, plural, one {# promise} other {# promises}} kept.',
  },
  'cli.bank.undoneLine': { nl: '  Teruggeboekt: {debtor} {amount}: {reason}', en: '  Taken back: {debtor} {amount}: {reason}' },
  'cli.bank.unmatchedLine': { nl: '  Niet herkend: {date} {amount} {name} ‘{description}’: {reason}', en: '  Not recognised: {date} {amount} {name} ‘{description}’: {reason}' },
  'cli.worklist.title': {
    nl: 'Werklijst voor {date}: {count, plural, =0 {niets te doen} one {# punt} other {# punten}}',
    en: 'Worklist for {date}: {count, plural, =0 {nothing to do} one {# item} other {# items}}',
  },
  'cli.worklist.snoozed': { nl: 'Uitgesteld tot {until} ({reason}):', en: 'Snoozed until {until} ({reason}):' },
  'cli.worklist.paused': { nl: 'Gepauzeerd: {debtor}, {amount} vervallen: {reasons}', en: 'Paused: {debtor}, {amount} overdue: {reasons}' },
  'cli.backup.done': {
    nl: 'Backup gemaakt en gecontroleerd: {file} ({sizeKb, number} kB){removed, plural, =0 {} one {; # oude backup verwijderd} other {; # oude backups verwijderd}}.',
    en: 'Backup made and checked: {file} ({sizeKb, number} kB){removed, plural, =0 {} one {; # old backup removed} other {; # old backups removed}}.',
  },
  'cli.failed': { nl: 'Onverwachte fout: {reason}', en: 'Unexpected failure: {reason}' },
});
