import { defineMessages } from '../../domain/message-text';

// Reading files to import (open items from CSV/XLSX; file-level checks shared with bank statements).
// Row numbers are spreadsheet rows (row 1 is the first line of the file), printed without grouping.
export const importMessages = defineMessages({
  'import.file.tooLarge': {
    nl: 'Dit bestand is {sizeMb, number} MB; Belwijzer leest bestanden tot {maxMb, number} MB. Exporteer een kleinere periode of alleen de openstaande posten.',
    en: 'This file is {sizeMb, number} MB; Belwijzer reads files up to {maxMb, number} MB. Export a shorter period or only the open items.',
  },
  'import.file.empty': {
    nl: '‘{name}’ is leeg.',
    en: '‘{name}’ is empty.',
  },
  'import.file.noRows': {
    nl: 'Het bestand bevat geen regels met gegevens.',
    en: 'The file contains no lines with data.',
  },
  'import.file.headerOnly': {
    nl: 'Het bestand bevat alleen kolomkoppen (rij {row, number, ::group-off}) en geen facturen.',
    en: 'The file contains only column headings (row {row, number, ::group-off}) and no invoices.',
  },
  'import.file.isPdf': {
    nl: '‘{name}’ is een PDF, geen CSV- of Excel-bestand. Exporteer de openstaande posten als CSV of Excel (.xlsx).',
    en: '‘{name}’ is a PDF, not a CSV or Excel file. Export the open items as CSV or Excel (.xlsx).',
  },
  'import.file.isZip': {
    nl: '‘{name}’ is een ZIP-archief. Pak het uit en kies het CSV- of Excel-bestand dat erin zit.',
    en: '‘{name}’ is a ZIP archive. Unpack it and choose the CSV or Excel file inside.',
  },
  'import.file.isCompressed': {
    nl: '‘{name}’ is een gecomprimeerd archief. Pak het uit en kies het bestand dat erin zit.',
    en: '‘{name}’ is a compressed archive. Unpack it and choose the file inside.',
  },
  'import.file.isOldExcel': {
    nl: '‘{name}’ is een oud Excel-bestand (.xls). Open het in Excel en sla het op als Excel-werkmap (.xlsx) of als CSV.',
    en: '‘{name}’ is an old Excel file (.xls). Open it in Excel and save it as an Excel workbook (.xlsx) or as CSV.',
  },
  'import.file.isOds': {
    nl: '‘{name}’ is een OpenDocument-rekenblad (.ods). Sla het op als Excel-werkmap (.xlsx) of als CSV.',
    en: '‘{name}’ is an OpenDocument spreadsheet (.ods). Save it as an Excel workbook (.xlsx) or as CSV.',
  },
  'import.file.isWordDocument': {
    nl: '‘{name}’ is een Word-document, geen tabel. Exporteer de openstaande posten uit het boekhoudpakket als CSV of Excel.',
    en: '‘{name}’ is a Word document, not a table. Export the open items from the accounting package as CSV or Excel.',
  },
  'import.file.isImage': {
    nl: '‘{name}’ is een afbeelding. Belwijzer leest CSV- en Excel-bestanden.',
    en: '‘{name}’ is an image. Belwijzer reads CSV and Excel files.',
  },
  'import.file.isBinary': {
    nl: '‘{name}’ is geen tekstbestand en geen Excel-werkmap: de inhoud is onleesbaar als tabel.',
    en: '‘{name}’ is neither a text file nor an Excel workbook: its content cannot be read as a table.',
  },
  'import.file.isXlsxNotStatement': {
    nl: '‘{name}’ is een Excel-werkmap, geen bankafschrift. Download het afschrift bij de bank als CAMT.053 (XML) of MT940.',
    en: '‘{name}’ is an Excel workbook, not a bank statement. Download the statement from the bank as CAMT.053 (XML) or MT940.',
  },
  'import.file.extensionMismatch.xlsx': {
    nl: '‘{name}’ heeft niet de extensie van wat erin staat: het is een Excel-werkmap en is als werkmap gelezen.',
    en: '‘{name}’ does not have the extension of its content: it is an Excel workbook and was read as one.',
  },
  'import.file.extensionMismatch.text': {
    nl: '‘{name}’ heeft niet de extensie van wat erin staat: het is een tekstbestand (CSV) en is als tekst gelezen.',
    en: '‘{name}’ does not have the extension of its content: it is a text (CSV) file and was read as text.',
  },
  'import.file.unclosedQuote': {
    nl: 'In rij {row, number, ::group-off} wordt een aanhalingsteken (") geopend maar niet gesloten; de rijen daarna zijn daardoor niet te lezen. Herstel het in de export en probeer opnieuw.',
    en: 'Row {row, number, ::group-off} opens a quotation mark (") that is never closed, so the rows after it cannot be read. Fix the export and try again.',
  },
  'import.file.badQuotes': {
    nl: 'In rij {row, number, ::group-off} staat na een afsluitend aanhalingsteken (") nog tekst in hetzelfde veld; de rijen daarna zijn daardoor niet betrouwbaar te lezen.',
    en: 'Row {row, number, ::group-off} has text after a closing quotation mark (") in the same field, so the rows after it cannot be read reliably.',
  },
  'import.file.xlsxUnreadable': {
    nl: 'De Excel-werkmap is beschadigd of onvolledig en kan niet worden geopend.',
    en: 'The Excel workbook is damaged or incomplete and cannot be opened.',
  },
  'import.file.xlsxEmpty': {
    nl: 'De Excel-werkmap heeft geen werkblad met gegevens.',
    en: 'The Excel workbook has no worksheet with data.',
  },
  'import.file.sheetMissing': {
    nl: 'De Excel-werkmap heeft geen werkblad ‘{sheet}’.',
    en: 'The Excel workbook has no worksheet ‘{sheet}’.',
  },
  'import.file.missingColumn.debtorCode': {
    nl: 'Geen kolom voor het debiteurnummer gevonden. Kies bij ‘Kolommen’ welke kolom het debiteurnummer (relatiecode) bevat.',
    en: 'No column for the debtor number found. Under ‘Columns’, choose the column that holds the debtor number (relation code).',
  },
  'import.file.missingColumn.debtorName': {
    nl: 'Geen kolom voor de naam van de debiteur gevonden. Kies bij ‘Kolommen’ welke kolom de naam bevat.',
    en: 'No column for the debtor’s name found. Under ‘Columns’, choose the column that holds the name.',
  },
  'import.file.missingColumn.invoiceNumber': {
    nl: 'Geen kolom voor het factuurnummer gevonden. Kies bij ‘Kolommen’ welke kolom het factuurnummer bevat.',
    en: 'No column for the invoice number found. Under ‘Columns’, choose the column that holds the invoice number.',
  },
  'import.file.missingColumn.invoiceDate': {
    nl: 'Geen kolom voor de factuurdatum gevonden. Kies bij ‘Kolommen’ welke kolom de factuurdatum (of boekdatum) bevat.',
    en: 'No column for the invoice date found. Under ‘Columns’, choose the column that holds the invoice date (or booking date).',
  },
  'import.file.missingColumn.dueDate': {
    nl: 'Geen kolom voor de vervaldatum gevonden. Kies de kolom met de vervaldatum, of vul de betalingstermijn in dagen in als de export geen vervaldatum heeft.',
    en: 'No column for the due date found. Choose the column with the due date, or enter the payment term in days if the export has no due date.',
  },
  'import.file.missingColumn.openAmount': {
    nl: 'Geen kolom voor het openstaande bedrag gevonden. Kies bij ‘Kolommen’ welke kolom het bedrag bevat dat nog open staat.',
    en: 'No column for the open amount found. Under ‘Columns’, choose the column that holds the amount still open.',
  },
  'import.mapping.columnNotInFile': {
    nl: 'De kolom ‘{column}’ uit de bewaarde kolomindeling staat niet in dit bestand. Kies opnieuw welke kolom bedoeld is.',
    en: 'The column ‘{column}’ from the saved column mapping is not in this file. Choose again which column is meant.',
  },
  'import.mapping.columnUsedTwice': {
    nl: 'De kolom ‘{column}’ is voor twee gegevens gekozen; elke kolom kan maar één gegeven bevatten.',
    en: 'The column ‘{column}’ was chosen for two fields; each column can hold only one.',
  },
  'import.mapping.badTermDays': {
    nl: 'Een betalingstermijn is een geheel aantal dagen van 0 tot en met 365, niet {days}.',
    en: 'A payment term is a whole number of days from 0 to 365, not {days}.',
  },
  'import.row.tooManyFields': {
    nl: 'Deze rij heeft {actual, number} velden waar de kop er {expected, number} heeft. Staat er een scheidingsteken in een naam of omschrijving zonder aanhalingstekens?',
    en: 'This row has {actual, number} fields where the heading has {expected, number}. Is there a separator inside a name or description without quotation marks?',
  },
  'import.row.tooFewFields': {
    nl: 'Deze rij heeft {actual, number} velden waar de kop er {expected, number} heeft. Is de rij afgebroken door een regeleinde in een veld?',
    en: 'This row has {actual, number} fields where the heading has {expected, number}. Was the row broken by a line break inside a field?',
  },
  'import.row.required': {
    nl: '‘{column}’ is leeg.',
    en: '‘{column}’ is empty.',
  },
  'import.row.noInvoiceNumber': {
    nl: '‘{column}’ is 0: het boekhoudpakket heeft deze post geen factuurnummer gegeven.',
    en: '‘{column}’ is 0: the accounting package gave this item no invoice number.',
  },
  'import.row.textBecameDate': {
    nl: '‘{column}’ is in Excel een datum geworden ({value}). Zet die kolom in Excel op ‘Tekst’ en exporteer opnieuw.',
    en: '‘{column}’ became a date in Excel ({value}). Format that column as ‘Text’ in Excel and export again.',
  },
  'import.row.referenceAsNumber': {
    nl: '‘{column}’ is in Excel als getal opgeslagen en heeft daardoor zijn laatste cijfers verloren. Zet die kolom op ‘Tekst’ en exporteer opnieuw.',
    en: '‘{column}’ was stored as a number in Excel and lost its last digits. Format that column as ‘Text’ and export again.',
  },
  'import.row.cellError': {
    nl: '‘{column}’ bevat de Excel-fout {value}.',
    en: '‘{column}’ contains the Excel error {value}.',
  },
  'import.row.tooLong': {
    nl: '‘{column}’ is {length, number} tekens lang; het mag er hoogstens {max, number} zijn. Is de juiste kolom gekozen?',
    en: '‘{column}’ is {length, number} characters long; at most {max, number} are allowed. Was the right column chosen?',
  },
  'import.row.badAmount': {
    nl: '‘{value}’ in ‘{column}’ is geen bedrag.',
    en: '‘{value}’ in ‘{column}’ is not an amount.',
  },
  'import.row.tooManyDecimals': {
    nl: '‘{value}’ in ‘{column}’ heeft meer dan twee cijfers achter de komma; een bedrag is in hele centen.',
    en: '‘{value}’ in ‘{column}’ has more than two decimals; an amount is in whole cents.',
  },
  'import.row.amountTooLarge': {
    nl: '‘{value}’ in ‘{column}’ is te groot voor een factuurbedrag. Is de juiste kolom gekozen?',
    en: '‘{value}’ in ‘{column}’ is too large for an invoice amount. Was the right column chosen?',
  },
  'import.row.badDate': {
    nl: '‘{value}’ in ‘{column}’ is geen datum. Belwijzer leest dag-maand-jaar (31-12-2026) en jaar-maand-dag (2026-12-31).',
    en: '‘{value}’ in ‘{column}’ is not a date. Belwijzer reads day-month-year (31-12-2026) and year-month-day (2026-12-31).',
  },
  'import.row.impossibleDate': {
    nl: '‘{value}’ in ‘{column}’ bestaat niet als datum (dag-maand-jaar).',
    en: '‘{value}’ in ‘{column}’ does not exist as a date (day-month-year).',
  },
  'import.row.dateOutOfRange': {
    nl: '‘{value}’ in ‘{column}’ ligt buiten {min, number, ::group-off}–{max, number, ::group-off}; controleer het jaartal.',
    en: '‘{value}’ in ‘{column}’ lies outside {min, number, ::group-off}–{max, number, ::group-off}; check the year.',
  },
  'import.row.unknownCurrency': {
    nl: 'Valuta ‘{value}’: Belwijzer werkt alleen met euro’s (EUR); rente, incassokosten en brieven zijn in euro’s.',
    en: 'Currency ‘{value}’: Belwijzer works in euros (EUR) only; interest, collection costs and letters are in euros.',
  },
  'import.row.dueBeforeInvoice': {
    nl: 'De vervaldatum ({dueDate}) ligt vóór de factuurdatum ({invoiceDate}).',
    en: 'The due date ({dueDate}) is before the invoice date ({invoiceDate}).',
  },
  'import.row.invoiceDateInFuture': {
    nl: 'De factuurdatum {date} ligt in de toekomst.',
    en: 'The invoice date {date} is in the future.',
  },
  'import.row.negativeOpen': {
    nl: 'Het openstaande bedrag ({open}) is negatief bij een factuur van {original}. Een creditnota heeft een negatief factuurbedrag en een eigen nummer.',
    en: 'The open amount ({open}) is negative on an invoice of {original}. A credit note has a negative invoice amount and its own number.',
  },
  'import.row.creditNotePositiveOpen': {
    nl: 'Bij deze creditnota van {original} staat een positief bedrag open ({open}); wat van een creditnota openstaat is nul of negatief.',
    en: 'This credit note of {original} shows a positive open amount ({open}); what is open of a credit note is zero or negative.',
  },
  'import.row.openExceedsOriginal': {
    nl: 'Het openstaande bedrag ({open}) is groter dan het factuurbedrag ({original}).',
    en: 'The open amount ({open}) is larger than the invoice amount ({original}).',
  },
  'import.row.badEmail': {
    nl: '‘{value}’ in ‘{column}’ is geen e-mailadres; het wordt niet overgenomen.',
    en: '‘{value}’ in ‘{column}’ is not an e-mail address; it is left out.',
  },
  'import.row.kenmerkCheckDigit': {
    nl: 'Betalingskenmerk {value} klopt niet (controlecijfer); betalingen met dit kenmerk worden daarom op factuurnummer en bedrag gezocht.',
    en: 'Payment reference {value} fails its check digit, so payments quoting it are matched on invoice number and amount instead.',
  },
  'import.row.debtorNameDiffers': {
    nl: 'Debiteur {code} heet hier ‘{name}’ maar in rij {firstRow, number, ::group-off} ‘{firstName}’; de naam uit rij {firstRow, number, ::group-off} wordt gebruikt.',
    en: 'Debtor {code} is called ‘{name}’ here but ‘{firstName}’ in row {firstRow, number, ::group-off}; the name from row {firstRow, number, ::group-off} is used.',
  },
  'import.row.invoiceOfOtherDebtor': {
    nl: 'Factuurnummer {number} hoort in Belwijzer bij een andere debiteur: {debtor} ({debtorNumber}). Een factuurnummer komt maar één keer voor; deze rij wordt niet ingelezen.',
    en: 'Invoice number {number} belongs to another debtor in Belwijzer: {debtor} ({debtorNumber}). An invoice number occurs only once; this row is not imported.',
  },
  'import.row.debtorNameInLedger': {
    nl: 'Debiteur {code} heet in Belwijzer ‘{ledgerName}’, in het bestand ‘{name}’. De naam in Belwijzer blijft staan.',
    en: 'Debtor {code} is called ‘{ledgerName}’ in Belwijzer and ‘{name}’ in the file. The name in Belwijzer is kept.',
  },
  'import.row.amountDiffersKept': {
    nl: 'Factuur {number} is in het bestand {file}, in Belwijzer {ledger} (met meer factuurregels). Het bedrag in Belwijzer blijft staan; pas het zo nodig met de hand aan.',
    en: 'Invoice {number} is {file} in the file and {ledger} in Belwijzer (with several invoice lines). The amount in Belwijzer is kept; adjust it by hand if needed.',
  },
  'import.row.ledgerHasMorePaid': {
    nl: 'Op factuur {number} is in Belwijzer {ledgerPaid} betaald, volgens het bestand {filePaid}. Belwijzer verandert daar niets aan; controleer de betalingen.',
    en: 'Belwijzer has {ledgerPaid} paid on invoice {number}, the file {filePaid}. Belwijzer changes nothing about it; check the payments.',
  },
  'import.row.duplicateInvoice': {
    nl: 'Factuurnummer {number} staat ook in rij {otherRow, number, ::group-off}, met andere gegevens. Welke klopt? Geen van beide wordt ingelezen.',
    en: 'Invoice number {number} also appears in row {otherRow, number, ::group-off}, with different data. Which is right? Neither is imported.',
  },
  'import.row.duplicateIdentical': {
    nl: 'Deze rij is gelijk aan rij {otherRow, number, ::group-off} (factuur {number}) en wordt één keer ingelezen.',
    en: 'This row is the same as row {otherRow, number, ::group-off} (invoice {number}) and is imported once.',
  },
  'import.field.debtorCode': { nl: 'Debiteurnummer', en: 'Debtor number' },
  'import.field.debtorName': { nl: 'Naam debiteur', en: 'Debtor name' },
  'import.field.invoiceNumber': { nl: 'Factuurnummer', en: 'Invoice number' },
  'import.field.invoiceDate': { nl: 'Factuurdatum', en: 'Invoice date' },
  'import.field.dueDate': { nl: 'Vervaldatum', en: 'Due date' },
  'import.field.originalAmount': { nl: 'Factuurbedrag', en: 'Invoice amount' },
  'import.field.openAmount': { nl: 'Openstaand bedrag', en: 'Open amount' },
  'import.field.currency': { nl: 'Valuta', en: 'Currency' },
  'import.field.paymentReference': { nl: 'Betalingskenmerk', en: 'Payment reference' },
  'import.field.description': { nl: 'Omschrijving', en: 'Description' },
  'import.field.debtorAddress': { nl: 'Adres', en: 'Address' },
  'import.field.debtorPostcode': { nl: 'Postcode', en: 'Postcode' },
  'import.field.debtorCity': { nl: 'Plaats', en: 'City' },
  'import.field.debtorEmail': { nl: 'E-mail', en: 'E-mail' },
  'import.field.debtorPhone': { nl: 'Telefoon', en: 'Phone' },
});
