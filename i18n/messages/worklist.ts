// The worklist (domain/dunning/worklist.ts): why each line is there, the timing hints of seed 003, and
// what is wrong with a snooze.
import { defineMessages } from '../../domain/message';

const invoicesNl = '{count, plural, one {# factuur} other {# facturen}}';
const invoicesEn = '{count, plural, one {# invoice} other {# invoices}}';
const lateNl = '{late, plural, =0 {} one {, # dag te laat} other {, # dagen te laat}}';
const lateEn = '{late, plural, =0 {} one {, # day late} other {, # days late}}';
const daysNl = '{days, plural, one {# dag} other {# dagen}}';
const daysEn = '{days, plural, one {# day} other {# days}}';

export const worklistMessages = defineMessages({
  'worklist.action': {
    nl: '{action, select, call {Bellen} check_payment {Betaling controleren} letter {Brief} delivery_stop {Leveringsstop} manager {Naar leidinggevende} hand_over {Uit handen geven} other {Actie}}',
    en: '{action, select, call {Call} check_payment {Check payment} letter {Letter} delivery_stop {Delivery stop} manager {To the manager} hand_over {Hand over} other {Action}}',
  },

  'worklist.reason.call_back': {
    nl: 'Terugbelafspraak vandaag',
    en: 'Call-back today',
  },
  'worklist.reason.call_back_at': {
    nl: 'Terugbelafspraak om {time}',
    en: 'Call-back at {time}',
  },
  'worklist.reason.call_back_late': {
    nl: 'Terugbelafspraak om {time}: de tijd is voorbij',
    en: 'Call-back at {time}: the time has passed',
  },
  'worklist.reason.call_back_missed': {
    nl: 'Terugbelafspraak van {date} is niet gedaan',
    en: 'Call-back of {date} was not made',
  },
  'worklist.reason.broken_promise': {
    nl: 'Betaalbelofte van {amount} voor {date} niet nagekomen (ontvangen: {received})',
    en: 'Promise to pay {amount} by {date} broken (received: {received})',
  },
  'worklist.reason.promise_due': {
    nl: 'Betaalbelofte van {amount} voor {date}: controleer de betaling (ontvangen: {received})',
    en: 'Promise to pay {amount} by {date}: check the payment (received: {received})',
  },
  'worklist.reason.late_installment': {
    nl: `Termijn {seq} van de betalingsregeling ({amount}, vervallen op {date}) is ${daysNl} te laat`,
    en: `Instalment {seq} of the payment plan ({amount}, due {date}) is ${daysEn} late`,
  },
  'worklist.reason.dunning_call': {
    nl: `{occurrence}e belronde van het aanmaanschema: {amount} vervallen, tot ${daysNl} over de vervaldatum${lateNl}`,
    en: `{occurrence, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} call of the dunning schedule: {amount} overdue, up to ${daysEn} past the due date${lateEn}`,
  },
  'worklist.reason.letter': {
    nl: `{letter, select, reminder1 {Betalingsherinnering} reminder2 {Aanmaning} consumer14 {14-dagenbrief} reminder3 {Ingebrekestelling} other {Brief}} versturen: ${invoicesNl}, {amount}${lateNl}`,
    en: `Send {letter, select, reminder1 {the payment reminder} reminder2 {the second reminder} consumer14 {the 14-day letter} reminder3 {the notice of default} other {the letter}}: ${invoicesEn}, {amount}${lateEn}`,
  },
  'worklist.reason.delivery_stop': {
    nl: `Leveringsstop instellen: {amount} vervallen, ${daysNl} over de vervaldatum${lateNl}. Tip: lever een vastgehouden bestelling uit tegen betaling.`,
    en: `Set a delivery stop: {amount} overdue, ${daysEn} past the due date${lateEn}. Tip: release a withheld order against payment.`,
  },
  'worklist.reason.manager': {
    nl: `Vordering naar de leidinggevende voor opvolging: ${invoicesNl}, {amount}, ${daysNl} over de vervaldatum${lateNl}`,
    en: `Pass the claim to the manager for follow-up: ${invoicesEn}, {amount}, ${daysEn} past the due date${lateEn}`,
  },
  'worklist.reason.hand_over': {
    nl: `Vordering uit handen geven aan het incassobureau: ${invoicesNl}, {amount}${lateNl}`,
    en: `Hand the claim over to the collection agency: ${invoicesEn}, {amount}${lateEn}`,
  },
  'worklist.reason.preventive_call': {
    nl: `Preventief bellen: ${invoicesNl} van samen {amount}, te betalen op {date}. Is de factuur ontvangen, zijn er vragen, is alles geleverd?`,
    en: `Preventive call: ${invoicesEn} totalling {amount}, due on {date}. Was the invoice received, are there questions, was everything delivered?`,
  },

  'worklist.timing.golden_hours': {
    nl: 'Gouden beluren: 09:30–11:30 en 13:30–15:30',
    en: 'Golden calling hours: 09:30–11:30 and 13:30–15:30',
  },
  'worklist.timing.outside_golden_hours': {
    nl: '{time} valt buiten de gouden beluren; de eerstvolgende is {suggestion}.',
    en: '{time} is outside the golden calling hours; the next one starts at {suggestion}.',
  },
  'worklist.timing.after_golden_hours': {
    nl: '{time} valt na de gouden beluren; morgen tussen 09:30 en 11:30 is de kans groter.',
    en: '{time} is after the golden calling hours; tomorrow between 09:30 and 11:30 you are more likely to reach someone.',
  },
  'worklist.timing.not_working_day': {
    nl: '{date} is geen werkdag; bel op {suggestion}.',
    en: '{date} is not a working day; call on {suggestion}.',
  },
  'worklist.timing.late_week': {
    nl: 'Op donderdag of vrijdag schuift een betaling snel over het weekend; liever maandag tot woensdag, bijvoorbeeld {later}.',
    en: 'On a Thursday or Friday a payment easily slips over the weekend; prefer Monday to Wednesday, for example {later}.',
  },
  'worklist.timing.late_week_or_earlier': {
    nl: 'Op donderdag of vrijdag schuift een betaling snel over het weekend; liever maandag tot woensdag: {earlier} of {later}.',
    en: 'On a Thursday or Friday a payment easily slips over the weekend; prefer Monday to Wednesday: {earlier} or {later}.',
  },

  'worklist.screen.subtitle': {
    nl: '{date} · {count, plural, =0 {niets te doen} one {# regel} other {# regels}}',
    en: '{date} · {count, plural, =0 {nothing to do} one {# line} other {# lines}}',
  },
  'worklist.screen.keys': {
    nl: '↑/↓ kiezen · Enter bellen of uitvoeren · O dossier openen · U wegzetten tot later',
    en: '↑/↓ choose · Enter call or do it · O open the file · U put aside until later',
  },
  'worklist.screen.timing': { nl: 'Wanneer bellen', en: 'When to call' },
  'worklist.screen.listLabel': { nl: 'Werklijst van vandaag', en: 'Today’s worklist' },
  'worklist.screen.overdue': { nl: 'te laat', en: 'overdue' },
  'worklist.screen.startCall': { nl: 'Bellen', en: 'Call' },
  'worklist.screen.doIt': { nl: 'Uitvoeren', en: 'Do it' },
  'worklist.screen.openFile': { nl: 'Dossier', en: 'File' },
  'worklist.screen.recorded': { nl: '{action} vastgelegd voor {debtor}.', en: '{action} recorded for {debtor}.' },
  'worklist.screen.loadFailed': { nl: 'De werklijst kon niet worden geladen.', en: 'The worklist could not be loaded.' },
  'worklist.screen.snoozeTitle': { nl: 'Regel van {debtor} wegzetten', en: 'Put aside the line of {debtor}' },
  'worklist.screen.snoozeReason': { nl: 'Reden', en: 'Reason' },
  'worklist.screen.snoozeUntil': { nl: 'Terug op', en: 'Back on' },
  'worklist.screen.snoozeSave': { nl: 'Wegzetten', en: 'Put aside' },
  'worklist.screen.cancel': { nl: 'Annuleren', en: 'Cancel' },
  'worklist.screen.snoozed': { nl: 'Weggezet', en: 'Put aside' },
  'worklist.screen.snoozedUntil': { nl: 'terug op {date} — {reason}', en: 'back on {date} — {reason}' },
  'worklist.screen.unsnooze': { nl: 'Terugzetten', en: 'Bring back' },
  'worklist.screen.paused': { nl: 'Gepauzeerd', en: 'Paused' },
  'worklist.screen.otherTasks': { nl: 'Andere taken', en: 'Other tasks' },
  'worklist.screen.dueSince': { nl: 'sinds {date}', en: 'since {date}' },

  'worklist.settings.title': { nl: 'Aanmaanschema en werklijst', en: 'Dunning schedule and worklist' },
  'worklist.settings.schedule.business': { nl: 'Aanmaanschema zakelijke debiteuren', en: 'Dunning schedule for business debtors' },
  'worklist.settings.schedule.consumer': { nl: 'Aanmaanschema particulieren (14-dagenbrief vóór kosten)', en: 'Dunning schedule for consumers (14-day letter before costs)' },
  'worklist.settings.day': { nl: 'Dagen na vervaldatum', en: 'Days after the due date' },
  'worklist.settings.action': { nl: 'Stap', en: 'Step' },
  'worklist.settings.dayOf': { nl: 'Dag van stap {n}', en: 'Day of step {n}' },
  'worklist.settings.actionOf': { nl: 'Stap {n}', en: 'Step {n}' },
  'worklist.settings.remove': { nl: 'Verwijderen', en: 'Remove' },
  'worklist.settings.removeStep': { nl: 'Stap {n} verwijderen', en: 'Remove step {n}' },
  'worklist.settings.add': { nl: 'Stap toevoegen', en: 'Add a step' },
  'worklist.settings.priority': { nl: 'Voorrang op de werklijst', en: 'Priority on the worklist' },
  'worklist.settings.weight.perThousandEuro': { nl: 'Punten per € 1.000', en: 'Points per € 1,000' },
  'worklist.settings.weight.amountCapCents': { nl: 'Bedrag telt tot (in centen)', en: 'Amount counts up to (in cents)' },
  'worklist.settings.weight.perDayOverdue': { nl: 'Punten per dag over de vervaldatum', en: 'Points per day past the due date' },
  'worklist.settings.weight.daysOverdueCap': { nl: 'Dagen tellen tot', en: 'Days count up to' },
  'worklist.settings.weight.perBrokenPromise': { nl: 'Punten per gebroken belofte', en: 'Points per broken promise' },
  'worklist.settings.weight.appointment': { nl: 'Punten voor een afspraak op tijd', en: 'Points for an appointment due' },
  'worklist.settings.weight.appointmentLeadMinutes': { nl: 'Volle punten vanaf minuten vóór de afspraak', en: 'Full points from minutes before the appointment' },
  'worklist.settings.weight.appointmentRampMinutes': { nl: 'Aanloop in minuten', en: 'Ramp-up in minutes' },
  'worklist.settings.weightRange': { nl: 'Vul een heel getal van {min} tot en met {max} in.', en: 'Enter a whole number from {min} to {max}.' },
  'worklist.settings.preventive': { nl: 'Preventief bellen (5–15 dagen vóór de vervaldatum)', en: 'Preventive calls (5–15 days before the due date)' },
  'worklist.settings.preventiveAmount': { nl: 'Vanaf factuurbedrag (€)', en: 'From invoice amount (€)' },
  'worklist.settings.amountInvalid': { nl: '„{value}” is geen bedrag; schrijf bijvoorbeeld 1.000,00.', en: '“{value}” is not an amount; write for example 1.000,00.' },
  'worklist.settings.fixFirst': { nl: 'Niet opgeslagen: verbeter eerst wat bij de velden staat.', en: 'Not saved: first correct what is shown at the fields.' },
  'worklist.settings.save': { nl: 'Aanmaanschema opslaan', en: 'Save the schedule' },
  'worklist.settings.saved': { nl: 'Aanmaanschema en werklijst opgeslagen.', en: 'Dunning schedule and worklist saved.' },

  'validation.worklist.snooze_reason': {
    nl: 'Geef een reden waarom deze regel wacht.',
    en: 'Give a reason why this line waits.',
  },
  'validation.worklist.snooze_until_after_today': {
    nl: 'Kies een datum na vandaag ({today}).',
    en: 'Choose a date after today ({today}).',
  },
});
