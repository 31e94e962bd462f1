// The texts of the excuse in never-received.ts, apart from its steps and recorders so the catalogue loads them
// without the call's machinery (xstate, zod).
import { defineMessages } from '../../domain/message-text';
import { byTone } from '../call-step';

export const neverReceivedMessages = defineMessages({
  'excuse.never_received': { nl: '„Ik heb de factuur nooit ontvangen”', en: '“I never received the invoice”' },
  'step.neverReceived': { nl: '„Factuur nooit ontvangen”', en: '“Never received the invoice”' },
  'script.neverReceived': {
    nl: byTone({
      zakelijk: 'Ik stuur u vandaag een kopie van {count, plural, one {factuur} other {de facturen}} {numbers}. Naar welk adres of e-mailadres? Klopt het adres dat wij van u hebben?',
      vriendelijk: 'Vervelend dat {count, plural, one {die} other {ze}} niet {count, plural, one {is} other {zijn}} aangekomen! Ik stuur u vandaag een kopie van {numbers}. Naar welk adres mag die? Dan controleer ik meteen of ons adres klopt.',
      streng: 'Dan ontvangt u vandaag een kopie van {numbers}. Naar welk adres? Ik controleer ook het adres dat bij ons bekend is.',
    }),
    en: byTone({
      zakelijk: 'I will send you a copy of {count, plural, one {invoice} other {invoices}} {numbers} today. To which address or e-mail? Is the address we have for you correct?',
      vriendelijk: "Sorry it didn't arrive! I'll send you a copy of {numbers} today. Where may I send it? I'll check our address at the same time.",
      streng: 'Then you will receive a copy of {numbers} today. To which address? I will also check the address we have on file.',
    }),
  },
  'step.paymentAppointment': { nl: 'Betaalafspraak', en: 'Payment appointment' },
  'script.paymentAppointment': {
    nl: byTone({
      zakelijk: 'Wanneer kan ik u bellen over de betaling, als u de kopie heeft?',
      vriendelijk: 'Zullen we een moment afspreken waarop ik even nabel over de betaling, als u de kopie heeft gezien?',
      streng: 'Ik bel u terug over de betaling zodra u de kopie heeft. Op welke dag en welk tijdstip?',
    }),
    en: byTone({
      zakelijk: 'When can I call you about the payment, once you have the copy?',
      vriendelijk: 'Shall we agree on a moment for me to call about the payment, once you have seen the copy?',
      streng: 'I will call you back about the payment as soon as you have the copy. Which day and time?',
    }),
  },
  'choice.skip_appointment': { nl: 'Geen afspraak nodig', en: 'No appointment needed' },
});
