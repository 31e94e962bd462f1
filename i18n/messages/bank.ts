import { defineMessages } from '../../domain/message-text';

// Bank statements (CAMT.053, MT940), matching their payments to invoices, and why a bank returned a
// payment (SEPA reason codes, per the EPC's guidance on R-transactions, EPC173-14).
export const bankMessages = defineMessages({
  'bank.file.unknownFormat': {
    nl: 'Dit is geen bankafschrift dat Belwijzer kent. Download het afschrift bij de bank als CAMT.053 (XML) of als MT940.',
    en: 'This is not a bank statement Belwijzer knows. Download the statement from the bank as CAMT.053 (XML) or MT940.',
  },
  'bank.file.malformedXml': {
    nl: 'Het XML-bestand is beschadigd (regel {line, number, ::group-off}) en kan niet worden gelezen. Download het afschrift opnieuw.',
    en: 'The XML file is damaged (line {line, number, ::group-off}) and cannot be read. Download the statement again.',
  },
  'bank.file.truncated': {
    nl: 'Het afschrift houdt halverwege op (regel {line, number, ::group-off}): het bestand is niet volledig gedownload of gekopieerd. Download het opnieuw.',
    en: 'The statement stops half-way (line {line, number, ::group-off}): the file was not fully downloaded or copied. Download it again.',
  },
  'bank.file.notCamt': {
    nl: 'Dit XML-bestand is geen CAMT.053-bankafschrift (het begint met ‹{root}›).',
    en: 'This XML file is not a CAMT.053 bank statement (it starts with ‹{root}›).',
  },
  'bank.file.wrongMessage': {
    nl: 'Dit is een {found}-bestand, geen rekeningafschrift (camt.053). Download bij de bank het afschrift als CAMT.053.',
    en: 'This is a {found} file, not an account statement (camt.053). Download the statement from the bank as CAMT.053.',
  },
  'bank.file.unsupportedVersion': {
    nl: 'Belwijzer leest camt.053.001.02 tot en met .13; dit bestand is {found}.',
    en: 'Belwijzer reads camt.053.001.02 up to .13; this file is {found}.',
  },
  'bank.file.noStatement': {
    nl: 'Het bestand bevat geen rekeningafschrift.',
    en: 'The file contains no account statement.',
  },
  'bank.file.noEntries': {
    nl: 'Het afschrift bevat geen geboekte transacties: er is niets te verwerken.',
    en: 'The statement contains no booked transactions: there is nothing to process.',
  },
  'bank.file.notEuro': {
    nl: 'Rekening {account} is in {currency}; Belwijzer verwerkt alleen euro-rekeningen.',
    en: 'Account {account} is in {currency}; Belwijzer processes euro accounts only.',
  },
  'bank.file.balanceMismatch': {
    nl: 'Afschrift {statement} klopt niet: beginsaldo {opening} plus de mutaties ({movement}) is niet het eindsaldo {closing}. Er ontbreken transacties of het bestand is aangepast; er is niets verwerkt.',
    en: 'Statement {statement} does not add up: opening balance {opening} plus the entries ({movement}) is not the closing balance {closing}. Entries are missing or the file was altered; nothing was processed.',
  },
  'bank.file.pendingSkipped': {
    nl: '{count, plural, one {# transactie is nog niet geboekt door de bank en wordt overgeslagen.} other {# transacties zijn nog niet geboekt door de bank en worden overgeslagen.}}',
    en: '{count, plural, one {# entry is not yet booked by the bank and is skipped.} other {# entries are not yet booked by the bank and are skipped.}}',
  },
  'bank.entry.unreadable': {
    nl: 'Transactie {entry, number} van afschrift {statement} mist een leesbaar bedrag, bij/af of boekdatum.',
    en: 'Entry {entry, number} of statement {statement} lacks a readable amount, credit/debit or booking date.',
  },
  'bank.entry.notEuro': {
    nl: 'Een transactie van {date} in {currency} is overgeslagen: Belwijzer verwerkt alleen euro’s.',
    en: 'An entry of {date} in {currency} was skipped: Belwijzer processes euros only.',
  },
  'bank.mt940.badField': {
    nl: 'Regel {line, number, ::group-off} van het MT940-bestand (veld :{tag}:) is onleesbaar.',
    en: 'Line {line, number, ::group-off} of the MT940 file (field :{tag}:) cannot be read.',
  },
  'bank.match.method.reference': { nl: 'Op betalingskenmerk', en: 'By payment reference' },
  'bank.match.method.invoiceNumber': { nl: 'Op factuurnummer in de omschrijving', en: 'By invoice number in the description' },
  'bank.match.method.debtorNumber': { nl: 'Op debiteurnummer in de omschrijving', en: 'By debtor number in the description' },
  'bank.match.method.ibanAmount': { nl: 'Op rekeningnummer en bedrag', en: 'By account number and amount' },
  'bank.match.method.byHand': { nl: 'Met de hand toegewezen', en: 'Placed by hand' },
  'bank.undo.reversal': {
    nl: 'De bank heeft deze betaling teruggedraaid (storno).',
    en: 'The bank reversed this payment.',
  },
  'bank.unmatched.noClue': {
    nl: 'Geen betalingskenmerk, factuur- of debiteurnummer in de omschrijving, en de rekening is onbekend: koppel de betaling met de hand.',
    en: 'No payment reference, invoice or debtor number in the description, and the account is unknown: match the payment by hand.',
  },
  'bank.unmatched.accountKnownAmountDiffers': {
    nl: 'De rekening is van deze debiteur, maar het bedrag past bij geen openstaande factuur: kies de facturen met de hand.',
    en: 'The account belongs to this debtor, but the amount fits no open invoice: choose the invoices by hand.',
  },
  'bank.unmatched.severalInvoicesThisAmount': {
    nl: 'De rekening is van deze debiteur en meerdere openstaande facturen hebben precies dit bedrag: kies welke betaald is.',
    en: 'The account belongs to this debtor and several open invoices have exactly this amount: choose which one was paid.',
  },
  'bank.unmatched.accountOfSeveralDebtors': {
    nl: 'Deze rekening hoort bij meer dan één debiteur: kies de debiteur en de facturen met de hand.',
    en: 'This account belongs to more than one debtor: choose the debtor and the invoices by hand.',
  },
  'bank.unmatched.undoWithoutPayment': {
    nl: 'Dit is een storno of terugboeking van een betaling die Belwijzer niet heeft gekoppeld: controleer de debiteur met de hand.',
    en: 'This reverses or returns a payment Belwijzer did not match: check the debtor by hand.',
  },
  'bank.unmatched.badKenmerk': {
    nl: 'Het betalingskenmerk {reference} klopt niet (controlecijfer): de klant heeft het waarschijnlijk verkeerd overgetypt.',
    en: 'The payment reference {reference} fails its check digit: the customer probably mistyped it.',
  },
  'bank.ignored.outgoing': { nl: 'Uitgaande betaling: geen betaling van een debiteur.', en: 'Outgoing payment: not a payment by a debtor.' },
  'bank.ignored.reversedDebit': { nl: 'Teruggedraaide afschrijving: geen betaling van een debiteur.', en: 'Reversed debit: not a payment by a debtor.' },
  'bank.ignored.returnedTransfer': { nl: 'Een eigen overboeking die terugkwam: geen betaling van een debiteur.', en: 'An own transfer that came back: not a payment by a debtor.' },
  'bank.ignored.alreadyImported': { nl: 'Al eerder ingelezen: niets veranderd.', en: 'Imported before: nothing changed.' },
  'bank.returnReason.AC01': { nl: 'Rekeningnummer onjuist (AC01).', en: 'Incorrect account number (AC01).' },
  'bank.returnReason.AC03': { nl: 'Rekeningnummer van de ontvanger onjuist (AC03).', en: 'Incorrect creditor account number (AC03).' },
  'bank.returnReason.AC04': { nl: 'Rekening opgeheven (AC04): vraag de klant om een ander rekeningnummer.', en: 'Account closed (AC04): ask the customer for another account number.' },
  'bank.returnReason.AC06': { nl: 'Rekening geblokkeerd voor incasso (AC06): de klant heeft incasso’s van ons geblokkeerd of de bank heeft de rekening geblokkeerd.', en: 'Account blocked for direct debit (AC06): the customer blocked our collections or the bank blocked the account.' },
  'bank.returnReason.AC13': { nl: 'Particuliere rekening bij een zakelijke incasso (AC13).', en: 'Consumer account used for a business direct debit (AC13).' },
  'bank.returnReason.AG01': { nl: 'Incasso niet toegestaan op deze rekening (AG01).', en: 'Direct debit not allowed on this account (AG01).' },
  'bank.returnReason.AG02': { nl: 'Ongeldige transactiesoort (AG02).', en: 'Invalid operation code (AG02).' },
  'bank.returnReason.AM04': { nl: 'Onvoldoende saldo (AM04): bel de klant en spreek een nieuwe betaaldatum af.', en: 'Insufficient funds (AM04): call the customer and agree a new payment date.' },
  'bank.returnReason.AM05': { nl: 'Dubbele incasso (AM05).', en: 'Duplicate collection (AM05).' },
  'bank.returnReason.BE05': { nl: 'Incassant onbekend bij de bank van de klant (BE05).', en: 'Creditor unknown to the customer’s bank (BE05).' },
  'bank.returnReason.CNOR': { nl: 'Bank van de ontvanger niet bereikbaar (CNOR).', en: 'Creditor bank not reachable (CNOR).' },
  'bank.returnReason.CUST': { nl: 'Op verzoek van de klant (CUST).', en: 'Requested by the customer (CUST).' },
  'bank.returnReason.DNOR': { nl: 'Bank van de klant niet bereikbaar (DNOR).', en: 'Customer’s bank not reachable (DNOR).' },
  'bank.returnReason.DUPL': { nl: 'Dubbele betaling (DUPL).', en: 'Duplicate payment (DUPL).' },
  'bank.returnReason.FF01': { nl: 'Ongeldig bestandsformaat (FF01).', en: 'Invalid file format (FF01).' },
  'bank.returnReason.FF05': { nl: 'Verkeerd incassotype, particulier of zakelijk (FF05).', en: 'Wrong direct debit scheme, core or business (FF05).' },
  'bank.returnReason.FOCR': { nl: 'Teruggeboekt na een terugvraagverzoek (FOCR).', en: 'Returned after a recall request (FOCR).' },
  'bank.returnReason.FRAD': { nl: 'Fraude vermoed (FRAD).', en: 'Suspected fraud (FRAD).' },
  'bank.returnReason.MD01': { nl: 'Geen machtiging (MD01): de klant heeft geen (geldige) incassomachtiging afgegeven.', en: 'No mandate (MD01): the customer gave no (valid) direct debit mandate.' },
  'bank.returnReason.MD02': { nl: 'Gegevens van de machtiging ontbreken of kloppen niet (MD02).', en: 'Mandate data missing or incorrect (MD02).' },
  'bank.returnReason.MD06': { nl: 'Teruggeboekt op verzoek van de klant (MD06): vraag waarom en spreek een handmatige betaling of nieuwe incasso af.', en: 'Refund requested by the customer (MD06): ask why and agree a manual payment or a new collection.' },
  'bank.returnReason.MD07': { nl: 'Rekeninghouder overleden (MD07).', en: 'Account holder deceased (MD07).' },
  'bank.returnReason.MS02': { nl: 'Geweigerd door de klant (MS02): vraag de klant waarom.', en: 'Refused by the customer (MS02): ask the customer why.' },
  'bank.returnReason.MS03': { nl: 'Geweigerd door de bank, reden niet opgegeven (MS03).', en: 'Refused by the bank, reason not given (MS03).' },
  'bank.returnReason.RC01': { nl: 'Bankcode (BIC) onjuist (RC01).', en: 'Incorrect bank identifier (BIC) (RC01).' },
  'bank.returnReason.RR01': { nl: 'Rekening of identificatie van de klant ontbreekt (RR01).', en: 'Customer account or identification missing (RR01).' },
  'bank.returnReason.RR02': { nl: 'Naam of adres van de klant ontbreekt (RR02).', en: 'Customer name or address missing (RR02).' },
  'bank.returnReason.RR03': { nl: 'Naam of adres van de incassant ontbreekt (RR03).', en: 'Creditor name or address missing (RR03).' },
  'bank.returnReason.RR04': { nl: 'Geweigerd om wettelijke redenen (RR04).', en: 'Refused for regulatory reasons (RR04).' },
  'bank.returnReason.SL01': { nl: 'Geweigerd door een dienst van de bank van de klant, zoals een incassoblokkade (SL01).', en: 'Refused by a service of the customer’s bank, such as a direct debit block (SL01).' },
  'bank.returnReason.TECH': { nl: 'Technisch probleem bij de bank (TECH).', en: 'Technical problem at the bank (TECH).' },
  'bank.returnReason.TM01': { nl: 'Te laat aangeleverd bij de bank (TM01).', en: 'Received after the bank’s cut-off time (TM01).' },
  'bank.returnReason.UPAY': { nl: 'Onterechte betaling (UPAY).', en: 'Undue payment (UPAY).' },
  'bank.returnReason.other': { nl: 'Teruggeboekt door de bank, redencode {code}.', en: 'Returned by the bank, reason code {code}.' },
});
