// "Ik heb de factuur nooit ontvangen" (seed 000): send a copy of the invoices (checking the address),
// then a call-back appointment about the payment.
import { defineMessages } from '../../domain/message';
import { byTone, choice, go, step, submit } from '../call-step';
import { defineExcuse } from './excuse-module';

const messages = defineMessages({
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

export const neverReceived = defineExcuse({
  excuse: 'never_received',
  hotkey: '3',
  messages,
  steps: [
    step('neverReceived', [choice('SUBMIT_COPY_DETAILS', 'choice.send_copy', '1', submit('#paymentAppointment', { what: 'copy' }), 'copy')]),
    step('paymentAppointment', [
      choice('SUBMIT_APPOINTMENT', 'choice.appointment', '1', submit('#commitment', { what: 'appointment', title: 'task.call_back.payment' }), 'appointment'),
      choice('SKIP', 'choice.skip_appointment', '2', go('#commitment')),
    ]),
  ],
});
