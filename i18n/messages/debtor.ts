import { defineMessages } from '../../domain/message-text';

export const debtorMessages = defineMessages({
  'debtor.back': {
    nl: 'Terug naar debiteuren',
    en: 'Back to debtors',
  },
  'debtor.number': {
    nl: 'Debiteurnummer {number}',
    en: 'Debtor number {number}',
  },
  'debtor.contact': {
    nl: 'Contactpersoon crediteurenafdeling',
    en: 'Contact at accounts payable',
  },
  'debtor.noContact': {
    nl: 'Nog geen contactpersoon bekend: vraag naar de crediteurenafdeling.',
    en: 'No contact known yet: ask for accounts payable.',
  },
  'debtor.dial': {
    nl: '{number} bellen',
    en: 'Call {number}',
  },
  'debtor.dialAndCall': {
    nl: '{number} bellen en het gesprek openen',
    en: 'Call {number} and open the call screen',
  },
  'debtor.contact.consumer': {
    nl: 'Particulier',
    en: 'Consumer',
  },
  'debtor.consumerSelf': {
    nl: 'U spreekt {name} zelf; vraag niet naar een crediteurenafdeling.',
    en: 'You speak to {name} in person; do not ask for accounts payable.',
  },
  /** The contact with the title on the contact: "de heer H. Koster" / "Mr H. Koster". */
  'debtor.titledName': {
    nl: '{title, select, heer {de heer {name}} mevrouw {mevrouw {name}} other {{name}}}',
    en: '{title, select, heer {Mr {name}} mevrouw {Ms {name}} other {{name}}}',
  },
  'debtor.claim.costs': {
    nl: 'Buitengerechtelijke incassokosten (in rekening gebracht, nog open)',
    en: 'Extrajudicial collection costs (charged, still open)',
  },
  'debtor.claim.interest': {
    nl: 'Wettelijke rente (geboekt tot en met {through}, nog open; loopt door)',
    en: 'Statutory interest (booked through {through}, still open; still running)',
  },
  'debtor.claim.total': {
    nl: 'Totale vordering',
    en: 'Total claim',
  },
  'debtor.phone': {
    nl: 'Telefoon',
    en: 'Phone',
  },
  'debtor.directPhone': {
    nl: 'Direct nummer',
    en: 'Direct number',
  },
  'debtor.email': {
    nl: 'E-mail',
    en: 'E-mail',
  },
  'debtor.address': {
    nl: 'Adres',
    en: 'Address',
  },
  'debtor.kind.business': {
    nl: 'Zakelijk',
    en: 'Business',
  },
  'debtor.kind.consumer': {
    nl: 'Consument',
    en: 'Consumer',
  },
  'debtor.tone': {
    nl: 'Toon',
    en: 'Tone',
  },
  'debtor.plan': {
    nl: 'Betalingsregeling',
    en: 'Payment plan',
  },
  'debtor.planAllowed': {
    nl: 'toegestaan, max. {terms} termijnen',
    en: 'allowed, max. {terms} installments',
  },
  'debtor.planNotAllowed': {
    nl: 'niet aanbieden',
    en: 'do not offer',
  },
  'debtor.openInvoices': {
    nl: 'Openstaande facturen',
    en: 'Open invoices',
  },
  'debtor.noOpenInvoices': {
    nl: 'Geen openstaande facturen.',
    en: 'No open invoices.',
  },
  'debtor.total': {
    nl: 'Totaal openstaand',
    en: 'Total outstanding',
  },
  'debtor.col.number': {
    nl: 'Factuur',
    en: 'Invoice',
  },
  'debtor.col.date': {
    nl: 'Factuurdatum',
    en: 'Invoice date',
  },
  'debtor.col.due': {
    nl: 'Vervaldatum',
    en: 'Due date',
  },
  'debtor.col.description': {
    nl: 'Product/dienst',
    en: 'Product/service',
  },
  'debtor.col.amount': {
    nl: 'Bedrag',
    en: 'Amount',
  },
  'debtor.col.open': {
    nl: 'Open',
    en: 'Open',
  },
  'debtor.col.stage': {
    nl: 'Fase',
    en: 'Stage',
  },
  'debtor.col.overdue': {
    nl: 'Dagen over',
    en: 'Days overdue',
  },
  'debtor.stagePaused': {
    nl: 'gepauzeerd',
    en: 'paused',
  },
  'debtor.onHold': {
    nl: 'in klacht — niet aanmanen',
    en: 'under complaint — no reminders',
  },
  'debtor.startCall': {
    nl: 'Gesprek starten',
    en: 'Start call',
  },
  'debtor.startPreventive': {
    nl: 'Preventief gesprek',
    en: 'Preventive call',
  },
  'debtor.escalation': {
    nl: 'Volgende stap: {step}',
    en: 'Next step: {step}',
  },
  'debtor.field.number': { nl: 'Debiteurnummer', en: 'Debtor number' },
  'debtor.field.name': { nl: 'Naam', en: 'Name' },
  'debtor.field.kind': { nl: 'Soort', en: 'Kind' },
  'debtor.field.addressLine': { nl: 'Adres', en: 'Address' },
  'debtor.field.postcode': { nl: 'Postcode', en: 'Postcode' },
  'debtor.field.city': { nl: 'Plaats', en: 'City' },
  'debtor.field.phone': { nl: 'Telefoon', en: 'Phone' },
  'debtor.field.email': { nl: 'E-mail', en: 'E-mail' },
  'debtor.field.salutation': { nl: 'Aanhef', en: 'Salutation' },
  'debtor.field.contactName': { nl: 'Contactpersoon', en: 'Contact' },
  'debtor.field.contactTitle': { nl: 'Aanspreekvorm contactpersoon', en: 'Contact’s title' },
  'debtor.field.contactRole': { nl: 'Functie contactpersoon', en: 'Contact’s role' },
  'debtor.field.contactPhone': { nl: 'Telefoon contactpersoon', en: 'Contact’s phone' },
  'debtor.field.contactEmail': { nl: 'E-mail contactpersoon', en: 'Contact’s e-mail' },
  'debtor.field.mayOfferPlan': { nl: 'Betalingsregeling toegestaan', en: 'Payment plan allowed' },
  'debtor.field.maxPlanTerms': { nl: 'Maximaal aantal termijnen', en: 'Maximum number of installments' },
  // Why a debtor moved on in the dunning schedule (stored with the debtor).
  'debtor.escalation.after_notice': {
    nl: 'Ingebrekestelling van {letterDate}: betaaltermijn tot {termEnd}; daarna uit handen geven (vanaf {handOverOn}){fourteenDayLetterMissing, select, yes {, maar eerst een 14-dagenbrief: zonder die brief geen incassokosten.} other {.}}',
    en: 'Notice of default of {letterDate}: to be paid by {termEnd}; then hand the claim over (from {handOverOn}){fourteenDayLetterMissing, select, yes {, but first a 14-day letter: without it no collection costs.} other {.}}',
  },
  'debtor.escalation.handed_over': { nl: 'Uit handen gegeven op {date}.', en: 'Handed over on {date}.' },
  'debtor.escalation.plan_defaulted': {
    nl: 'Betalingsregeling van {agreedOn} niet nagekomen: termijn {seq} ({amount}, te betalen op {dueDate}) is {graceDays} dagen na de vervaldatum nog niet volledig betaald. De hele resterende vordering van {remaining} is opeisbaar.',
    en: 'Payment plan of {agreedOn} not kept: instalment {seq} ({amount}, due on {dueDate}) has not been paid in full {graceDays} days after its due date. The whole remaining claim of {remaining} is due.',
  },
});
