// Column presets for the usual Dutch accounting exports. Headers are compared case-, space-,
// punctuation- and accent-insensitively (normalizeHeader), so "Factuurnr." matches "factuurnr" and
// "factuurDatum" matches "Factuurdatum". Every preset also falls back to the generic aliases, so a
// renamed or translated column is still found; the mapping screen lets the collector fix the rest.
// How sure each preset is, is said per preset (`evidence`); the report of this change lists it too.
import { PACKAGE_NAMES, type OpenItemField, type PresetId } from '../../domain/open-items';

/** A header, or a header that only counts when it stands right after another (Twinfield's two "Naam"). */
export type HeaderAlias = string | { header: string; after: string };

export interface OpenItemsPreset {
  id: PresetId;
  /** Product name, the same in every language. */
  name: string;
  aliases: Partial<Record<OpenItemField, readonly HeaderAlias[]>>;
  /** What the header names rest on. */
  evidence: string;
}

/** Belwijzer's own export headers first (the round trip), then common Dutch and English names. */
export const GENERIC_PRESET: OpenItemsPreset = {
  id: 'generic',
  name: 'Belwijzer / algemeen',
  evidence: "Belwijzer's own open-items export (formats/export/open-items.ts) and common Dutch/English column names.",
  aliases: {
    debtorCode: ['Debiteurnummer', 'Debiteurnr', 'Debiteurcode', 'Debiteur nr', 'Klantnummer', 'Klantnr', 'Klantcode', 'Relatienummer', 'Relatiecode', 'Customer number', 'Customer code', 'Customer ID', 'Debtor number', 'Debtor code', 'Account code'],
    debtorName: ['Debiteur', 'Debiteurnaam', 'Naam debiteur', 'Klantnaam', 'Klant', 'Relatienaam', 'Bedrijfsnaam', 'Naam', 'Customer', 'Customer name', 'Debtor', 'Debtor name', 'Company', 'Company name', 'Name'],
    invoiceNumber: ['Factuurnummer', 'Factuurnr', 'Factuur nr', 'Factuur', 'Invoice number', 'Invoice no', 'Invoice', 'Document number'],
    invoiceDate: ['Factuurdatum', 'Datum factuur', 'Boekdatum', 'Datum', 'Invoice date', 'Date'],
    dueDate: ['Vervaldatum', 'Vervaldag', 'Uiterste betaaldatum', 'Betalen voor', 'Due date', 'Payment due'],
    originalAmount: ['Factuurbedrag', 'Origineel bedrag', 'Oorspronkelijk bedrag', 'Totaalbedrag', 'Bedrag incl btw', 'Totaal incl btw', 'Bedrag', 'Totaal', 'Invoice amount', 'Original amount', 'Amount', 'Total'],
    openAmount: ['Openstaand bedrag', 'Openstaand', 'Open bedrag', 'Nog te betalen', 'Openstaand saldo', 'Saldo', 'Restant', 'Open amount', 'Outstanding', 'Amount due', 'Balance'],
    currency: ['Valuta', 'Munteenheid', 'Currency'],
    paymentReference: ['Betalingskenmerk', 'Betaalkenmerk', 'Betalingsreferentie', 'Kenmerk', 'Payment reference', 'Structured reference'],
    description: ['Omschrijving', 'Beschrijving', 'Product of dienst', 'Description'],
    debtorAddress: ['Adres', 'Straat', 'Straat en huisnummer', 'Address', 'Street'],
    debtorPostcode: ['Postcode', 'Zipcode', 'Postal code', 'Zip'],
    debtorCity: ['Plaats', 'Woonplaats', 'Vestigingsplaats', 'City', 'Town'],
    debtorEmail: ['E-mail', 'Emailadres', 'E-mailadres', 'Email', 'Mail'],
    debtorPhone: ['Telefoon', 'Telefoonnummer', 'Tel', 'Phone', 'Phone number'],
  },
};

export const PRESETS: readonly OpenItemsPreset[] = [
  {
    id: 'exact-online',
    name: PACKAGE_NAMES['exact-online'],
    evidence:
      'Verified: the property names of Exact Online\'s REST resource read/financial/ReceivablesList (AccountCode, AccountName, InvoiceNumber, InvoiceDate, DueDate, Amount = still open, CurrencyCode, Description, YourRef), which feeds the "Openstaande posten debiteuren" overview. Not verified: the Dutch column titles of that report\'s Excel/CSV export; the Dutch names here are the report\'s field names as the UI shows them, kept tolerant.',
    aliases: {
      debtorCode: ['AccountCode', 'Code', 'Relatiecode', 'Code relatie'],
      debtorName: ['AccountName', 'Naam', 'Relatie', 'Naam relatie'],
      invoiceNumber: ['InvoiceNumber', 'Factuurnummer', 'Factuur', 'Factuurnr'],
      invoiceDate: ['InvoiceDate', 'Factuurdatum', 'Datum'],
      dueDate: ['DueDate', 'Vervaldatum'],
      originalAmount: ['AmountDC', 'Factuurbedrag', 'Bedrag'],
      openAmount: ['Amount', 'Openstaand', 'Openstaand bedrag', 'Saldo'],
      currency: ['CurrencyCode', 'Valuta'],
      paymentReference: ['PaymentReference', 'Betalingskenmerk', 'Betalingsreferentie'],
      description: ['Description', 'Omschrijving', 'YourRef', 'Uw ref'],
    },
  },
  {
    id: 'twinfield',
    name: PACKAGE_NAMES['twinfield'],
    evidence:
      'Verified: the Dutch column labels of Twinfield browse code 100 "Debiteurenkaart" as a Twinfield browse definition returns them (Dagboek, Naam, Boekst.nr., Status, Boekdatum, Debiteur, Naam, Valuta, Bedrag, Euro, Openstaand bedrag, Factuurnr., Vervaldatum, Betaalstatus, Betaalnr., Betaaldatum). Not verified: that the Excel export of the browse keeps exactly these labels (it shows the browse columns, so it should). The first "Naam" is the daybook\'s, the debtor\'s name is the "Naam" after "Debiteur".',
    aliases: {
      debtorCode: ['Debiteur', 'Relatie', 'Debiteurcode'],
      debtorName: [{ header: 'Naam', after: 'Debiteur' }, 'Naam debiteur', 'Debiteurnaam'],
      invoiceNumber: ['Factuurnr', 'Factuurnummer'],
      invoiceDate: ['Boekdatum', 'Factuurdatum'],
      dueDate: ['Vervaldatum'],
      originalAmount: ['Euro', 'Bedrag'],
      openAmount: ['Openstaand bedrag'],
      currency: ['Valuta'],
      description: ['Omschrijving'],
    },
  },
  {
    id: 'moneybird',
    name: PACKAGE_NAMES['moneybird'],
    evidence:
      'From Moneybird\'s API documentation for sales invoices (invoice_id, invoice_date, due_date, total_price_incl_tax, total_unpaid, currency, payment_reference, reference, contact.company_name, contact.customer_id) — recalled, not re-checked in this change. Not verified: the Dutch headers of Moneybird\'s invoice export; the Dutch names here are the labels its invoice screens use.',
    aliases: {
      debtorCode: ['Klantnummer', 'customer_id', 'Contact klantnummer'],
      debtorName: ['Contact', 'Bedrijfsnaam', 'company_name', 'Klant'],
      invoiceNumber: ['Factuurnummer', 'invoice_id', 'Factuur ID'],
      invoiceDate: ['Factuurdatum', 'invoice_date'],
      dueDate: ['Vervaldatum', 'due_date'],
      originalAmount: ['Totaal incl btw', 'Totaalbedrag', 'total_price_incl_tax', 'Totaal'],
      openAmount: ['Nog te betalen', 'Openstaand', 'Openstaand bedrag', 'total_unpaid'],
      currency: ['Valuta', 'currency'],
      paymentReference: ['Betalingskenmerk', 'payment_reference'],
      description: ['Referentie', 'reference'],
    },
  },
  {
    id: 'e-boekhouden',
    name: PACKAGE_NAMES['e-boekhouden'],
    evidence:
      'Verified: the fields of an open item (cOpenPost) in e-Boekhouden\'s SOAP API: MutDatum, MutFactuur, RelCode, RelBedrijf, Bedrag, Voldaan, Openstaand. An open item there has no due date: give the payment term in days on the mapping screen. Not verified: the Dutch headers of the "Openstaande posten" overview exported to Excel; the plain Dutch names are kept as aliases.',
    aliases: {
      debtorCode: ['RelCode', 'Relatiecode', 'Code'],
      debtorName: ['RelBedrijf', 'Bedrijf', 'Relatie', 'Naam'],
      invoiceNumber: ['MutFactuur', 'Factuurnummer', 'Factuur'],
      invoiceDate: ['MutDatum', 'Datum', 'Factuurdatum'],
      dueDate: ['Vervaldatum'],
      originalAmount: ['Bedrag'],
      openAmount: ['Openstaand'],
    },
  },
  {
    id: 'snelstart',
    name: PACKAGE_NAMES['snelstart'],
    evidence:
      'Verified: SnelStart offers the report "Openstaande verkoopfacturen" (Rapportage → Relaties → Klanten, from package inStap). From the SnelStart B2B API\'s sales invoices (recalled, not re-checked here): factuurnummer, factuurDatum, vervalDatum, factuurBedrag, openstaandSaldo, relatie. Not verified: the report\'s exported column titles.',
    aliases: {
      debtorCode: ['Relatiecode', 'Klantcode', 'Relatienummer', 'Klantnummer'],
      debtorName: ['Naam', 'Relatie', 'Klant', 'Bedrijfsnaam'],
      invoiceNumber: ['Factuurnummer', 'Factuurnr'],
      invoiceDate: ['Factuurdatum', 'Datum'],
      dueDate: ['Vervaldatum'],
      originalAmount: ['Factuurbedrag', 'Bedrag'],
      openAmount: ['Openstaand saldo', 'OpenstaandSaldo', 'Openstaand', 'Saldo'],
      paymentReference: ['Betalingskenmerk'],
      description: ['Omschrijving'],
    },
  },
];

export const ALL_PRESETS: readonly OpenItemsPreset[] = [...PRESETS, GENERIC_PRESET];

export function presetById(id: PresetId): OpenItemsPreset {
  return ALL_PRESETS.find((p) => p.id === id)!;
}
