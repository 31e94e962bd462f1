// The worklist (domain/dunning/worklist.ts): why each line is there, the timing hints of seed 003, and
// what is wrong with a snooze.
import { defineMessages } from '../../domain/message-text';

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

  'validation.worklist.snooze_reason': {
    nl: 'Geef een reden waarom deze regel wacht.',
    en: 'Give a reason why this line waits.',
  },
  'validation.worklist.snooze_until_after_today': {
    nl: 'Kies een datum na vandaag ({today}).',
    en: 'Choose a date after today ({today}).',
  },
});
