// Why the call refused what was typed, Dutch (the source) and English. The rules (call-rules.ts) return
// these keys with their params; the call screen shows them in the UI language.
import { defineMessages } from '../domain/message-text';

export const callRuleMessages = defineMessages({
  'rule.date.missing': { nl: 'Vul een datum in.', en: 'Enter a date.' },
  'rule.date.vague': {
    nl: '"{input}" is geen concrete datum. Vraag om een dag, bijvoorbeeld {example}.',
    en: '"{input}" is not a concrete date. Ask for a day, for example {example}.',
  },
  'rule.date.invalid': { nl: '"{input}" is geen geldige datum (DD-MM-JJJJ).', en: '"{input}" is not a valid date (DD-MM-YYYY).' },
  'rule.date.past': { nl: '{date} ligt in het verleden.', en: '{date} is in the past.' },
  'rule.date.future': {
    nl: '{date} ligt in de toekomst; een betaling die al gedaan is heeft een datum tot en met vandaag.',
    en: '{date} is in the future; a payment already made is dated today or earlier.',
  },
  'rule.time.missing': { nl: 'Vul een tijd in (UU:MM).', en: 'Enter a time (HH:MM).' },
  'rule.time.vague': {
    nl: '"{input}" is geen tijdstip. Spreek een tijd af, bijvoorbeeld 10:30.',
    en: '"{input}" is not a time. Agree on a time, for example 10:30.',
  },
  'rule.time.invalid': { nl: '"{input}" is geen geldige tijd (UU:MM).', en: '"{input}" is not a valid time (HH:MM).' },
  // Why the office does not work that day: a weekday it does not work, an Atw holiday (by its key in
  // domain/calendar/legal-terms.ts), or one of its own closed days (with the label Settings gives it).
  'rule.appointment.not_working_day': {
    nl: '{date} is {why, select, monday {maandag} tuesday {dinsdag} wednesday {woensdag} thursday {donderdag} friday {vrijdag} saturday {zaterdag} sunday {zondag} holiday {{holiday, select, nieuwjaarsdag {Nieuwjaarsdag} goede_vrijdag {Goede Vrijdag} tweede_paasdag {Tweede Paasdag} koningsdag {Koningsdag} bevrijdingsdag {Bevrijdingsdag} hemelvaartsdag {Hemelvaartsdag} tweede_pinksterdag {Tweede Pinksterdag} eerste_kerstdag {Eerste Kerstdag} tweede_kerstdag {Tweede Kerstdag} other {een bij besluit met een feestdag gelijkgestelde dag}}} other {een dag waarop het kantoor dicht is ({label})}}: kies een werkdag.',
    en: '{date} is {why, select, monday {a Monday} tuesday {a Tuesday} wednesday {a Wednesday} thursday {a Thursday} friday {a Friday} saturday {a Saturday} sunday {a Sunday} holiday {{holiday, select, nieuwjaarsdag {New Year’s Day} goede_vrijdag {Good Friday} tweede_paasdag {Easter Monday} koningsdag {King’s Day} bevrijdingsdag {Liberation Day} hemelvaartsdag {Ascension Day} tweede_pinksterdag {Whit Monday} eerste_kerstdag {Christmas Day} tweede_kerstdag {Boxing Day} other {a day equated with a public holiday by decree}}} other {a day the office is closed ({label})}}: choose a working day.',
  },
  'rule.appointment.time_past': {
    nl: 'Het is nu al {now}: kies een later tijdstip of een andere dag.',
    en: 'It is already {now}: choose a later time or another day.',
  },
  'rule.amount.invalid': { nl: 'Vul een bedrag groter dan € 0,00 in.', en: 'Enter an amount greater than €0.00.' },
  'rule.amount.too_big': { nl: 'Dit bedrag is te groot: hoogstens {max}.', en: 'This amount is too large: at most {max}.' },
  'rule.date.out_of_range': { nl: '{date} kan niet kloppen: een datum ligt tussen 2000 en 2099.', en: '{date} cannot be right: a date lies between 2000 and 2099.' },
  'rule.date.too_far': {
    nl: '{date} ligt te ver weg: een afspraak gaat uiterlijk tot {latest}.',
    en: '{date} is too far ahead: an agreement runs to {latest} at the latest.',
  },
  'rule.text.too_long': {
    nl: 'Te veel tekst: hoogstens {max} tekens.',
    en: 'Too much text: at most {max} characters.',
  },
  'rule.note.too_long': {
    nl: 'De notities van dit gesprek zijn te lang: samen hoogstens {max} tekens.',
    en: 'The notes of this call are too long: at most {max} characters together.',
  },
  'rule.plan.not_allowed': {
    nl: 'Voor deze debiteur mag geen betalingsregeling worden aangeboden (debiteurinstellingen).',
    en: 'A payment plan may not be offered to this debtor (debtor settings).',
  },
  'rule.plan.terms': {
    nl: 'Een betalingsregeling heeft 1 tot {max} termijnen, niet {count}.',
    en: 'A payment plan has 1 to {max} instalments, not {count}.',
  },
  'rule.plan.policy_terms': { nl: 'Kies 1 tot {max} termijnen.', en: 'Choose 1 to {max} instalments.' },
  'rule.plan.installment': { nl: 'Termijn {term}: {reason}', en: 'Instalment {term}: {reason}' },
  'rule.plan.order': { nl: 'Termijn {term} moet na {previous} vallen.', en: 'Instalment {term} must fall after {previous}.' },
  'rule.plan.sum': {
    nl: 'De termijnen tellen op tot {sum}, het afgesproken bedrag is {total} (verschil {difference}).',
    en: 'The instalments add up to {sum}, the agreed amount is {total} (difference {difference}).',
  },
  'rule.plan.no_invoice': {
    nl: 'Kies de factuur of facturen die de betalingsregeling dekt.',
    en: 'Choose the invoice or invoices the payment plan covers.',
  },
  'rule.plan.unknown_invoice': {
    nl: 'De regeling noemt een factuur die niet bij de openstaande facturen van deze debiteur hoort.',
    en: "The plan names an invoice that is not among this debtor's open invoices.",
  },
  'rule.plan.invoice_under_complaint': {
    nl: 'Over {count, plural, one {factuur {numbers} loopt een klacht} other {de facturen {numbers} lopen klachten}}; die vallen niet onder de regeling.',
    en: '{count, plural, one {Invoice {numbers} is under a complaint} other {Invoices {numbers} are under complaints}}; they are not part of the plan.',
  },
  'rule.plan.invoice_not_open': {
    nl: 'Op {count, plural, one {factuur {numbers}} other {de facturen {numbers}}} staat niets meer open.',
    en: 'Nothing is open on {count, plural, one {invoice {numbers}} other {invoices {numbers}}} any more.',
  },
  'rule.plan.total_not_invoices': {
    nl: 'Het bedrag van de regeling ({total}) is niet wat op de gekozen facturen openstaat ({invoices}).',
    en: 'The amount of the plan ({total}) is not what is open on the chosen invoices ({invoices}).',
  },
  'rule.complaint.in_plan': {
    nl: '{count, plural, one {Factuur {numbers} valt} other {De facturen {numbers} vallen}} al onder de betalingsregeling van dit gesprek. Ga terug (Alt+←) en laat {count, plural, one {die factuur} other {die facturen}} uit de regeling, of leg de klacht vast over de andere facturen.',
    en: '{count, plural, one {Invoice {numbers} is} other {Invoices {numbers} are}} already in the payment plan of this call. Go back (Alt+←) and leave {count, plural, one {it} other {them}} out of the plan, or record the complaint about the other invoices.',
  },
  'rule.complaint.no_invoice': {
    nl: 'Kies de factuur of facturen waarover de klacht gaat.',
    en: 'Choose the invoice or invoices the complaint is about.',
  },
  'rule.complaint.unknown_invoice': {
    nl: 'De klacht noemt een factuur die niet bij de openstaande facturen van deze debiteur hoort.',
    en: "The complaint names an invoice that is not among this debtor's open invoices.",
  },
  'rule.text.missing': {
    nl: 'Vul {field, select, copyAddress {het adres of e-mailadres voor de kopie} handler {wie de klacht behandelt} resolution {hoe de klacht is opgelost} bankNote {wat er aan de bankgegevens niet klopt} reversalReason {de reden van het storneren} colleague {de naam van de collega} agreement {wat er volgens de klant is afgesproken} note {een notitie} responsibleName {de naam van de verantwoordelijke} description {een omschrijving} other {dit veld}} in.',
    en: 'Enter {field, select, copyAddress {the address or e-mail address for the copy} handler {who handles the complaint} resolution {how the complaint was resolved} bankNote {what is wrong with the bank details} reversalReason {the reason for the reversal} colleague {the name of the colleague} agreement {what the customer says was agreed} note {a note} responsibleName {the name of the person responsible} description {a description} other {this field}}.',
  },
  'rule.email.invalid': { nl: '"{input}" is geen geldig e-mailadres.', en: '"{input}" is not a valid e-mail address.' },
});
