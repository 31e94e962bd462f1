// The texts of the excuse in will-pay.ts, apart from its steps and recorders so the catalogue loads them
// without the call's machinery (xstate, zod).
import { defineMessages } from '../../domain/message-text';
import { byTone } from '../call-step';

export const willPayMessages = defineMessages({
  'excuse.will_pay': { nl: '„Oh ja, die factuur ga ik betalen”', en: '“Oh yes, I’ll pay that invoice”' },
  'step.willPay': { nl: '„Ik ga betalen”', en: '“I will pay”' },
  'script.willPay': {
    nl: byTone({
      zakelijk: 'Op welke datum maakt u het bedrag over, en welk bedrag? Heeft u alle betaalgegevens (rekeningnummer, factuurnummers {numbers})?',
      vriendelijk: 'Fijn om te horen! Op welke dag kan ik de betaling verwachten, en heeft u alle gegevens die u daarvoor nodig heeft?',
      streng: 'Noem mij de exacte datum waarop {total} op onze rekening staat. Heeft u het rekeningnummer en de factuurnummers?',
    }),
    en: byTone({
      zakelijk: 'On what date will you transfer the amount, and how much? Do you have all payment details (account number, invoice numbers {numbers})?',
      vriendelijk: 'Good to hear! On which day can I expect the payment, and do you have all the details you need?',
      streng: 'Tell me the exact date on which {total} will be in our account. Do you have the account number and invoice numbers?',
    }),
  },
  'task.send_payment_details': {
    nl: 'Betaalgegevens (rekeningnummer, factuurnummers {numbers}) sturen',
    en: 'Send the payment details (account number, invoice numbers {numbers})',
  },
  'recap.send_payment_details': { nl: 'Wij sturen u vandaag de betaalgegevens.', en: 'We will send you the payment details today.' },
});
