// The texts of the excuse in already-paid.ts, apart from its steps and recorders so the catalogue loads them
// without the call's machinery (xstate, zod).
import { defineMessages } from '../../domain/message-text';
import { byTone } from '../call-step';

// The payment as the customer reported it: "van € 178,49 op 1 maart 2030 ("factuur 123")".
const payment = {
  nl: '{reported, select, yes {van {amount} op {date}{described, select, yes { ("{description}")} other {}}} other {(zoals gemeld)}}',
  en: '{reported, select, yes {of {amount} on {date}{described, select, yes { ("{description}")} other {}}} other {(as reported)}}',
};

export const alreadyPaidMessages = defineMessages({
  'excuse.already_paid': { nl: '„De factuur heb ik reeds betaald”', en: '“I already paid the invoice”' },
  'step.alreadyPaid': { nl: '„Reeds betaald”', en: '“Already paid”' },
  'script.alreadyPaid': {
    nl: byTone({
      zakelijk: 'Wanneer heeft u betaald, welk bedrag, en met welke omschrijving?',
      vriendelijk: 'Dank u, dan zoek ik het even na. Weet u wanneer u heeft betaald, welk bedrag en met welke omschrijving?',
      streng: 'Wij hebben geen betaling ontvangen. Op welke datum heeft u betaald, welk bedrag, en met welke omschrijving?',
    }),
    en: byTone({
      zakelijk: 'When did you pay, what amount, and with which payment description?',
      vriendelijk: "Thank you, I'll look it up. Do you know when you paid, what amount and with which description?",
      streng: 'We have not received a payment. On what date did you pay, what amount, and with which description?',
    }),
  },
  'step.paymentCheck': { nl: 'Betaling nagaan', en: 'Checking the payment' },
  'script.paymentCheck': {
    nl: byTone({
      zakelijk: 'Zoek de betaling op. Niet te vinden? Dan zoeken wij hem na, of vraagt u om een bewijs van betaling.',
      vriendelijk: 'Ik kijk even met u mee. Als ik hem niet kan vinden, wilt u mij dan een betalingsbewijs sturen?',
      streng: 'Ik kan deze betaling niet vinden. Stuurt u mij vandaag een bewijs van betaling?',
    }),
    en: byTone({
      zakelijk: 'Look up the payment. Not found? Then we look into it later, or you ask for proof of payment.',
      vriendelijk: "Let me check with you. If I can't find it, would you send me proof of payment?",
      streng: 'I cannot find this payment. Will you send me proof of payment today?',
    }),
  },
  'choice.payment_details': { nl: 'Betaling noteren (datum, bedrag, omschrijving)', en: 'Record payment (date, amount, description)' },
  'choice.payment_found': { nl: 'Betaling gevonden', en: 'Payment found' },
  'choice.verify_later': { nl: 'Later nazoeken', en: 'Look it up later' },
  'choice.payment_not_found': { nl: 'Niet gevonden: bewijs vragen', en: 'Not found: ask for proof' },
  'task.book_found_payment': {
    nl: `Gevonden betaling ${payment.nl} boeken op {count, plural, one {factuur} other {facturen}} {numbers}`,
    en: `Book the payment found ${payment.en} against {count, plural, one {invoice} other {invoices}} {numbers}`,
  },
  'recap.payment_found': {
    nl: `Wij hebben uw betaling ${payment.nl} gevonden en verwerken die.`,
    en: `We have found your payment ${payment.en} and will process it.`,
  },
  'task.look_up_payment': { nl: `Betaling ${payment.nl} opzoeken`, en: `Look up the payment ${payment.en}` },
  'recap.look_up_payment': {
    nl: `Wij zoeken uw betaling ${payment.nl} op en laten het weten als wij hem niet vinden.`,
    en: `We will look up your payment ${payment.en} and let you know if we cannot find it.`,
  },
  'task.request_proof': { nl: `Betaalbewijs opvragen voor de betaling ${payment.nl}`, en: `Ask for proof of the payment ${payment.en}` },
  'recap.request_proof': { nl: `U stuurt ons een bewijs van de betaling ${payment.nl}.`, en: `You will send us proof of the payment ${payment.en}.` },
});
