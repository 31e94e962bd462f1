// "Oh ja, die factuur ga ik betalen" (seed 000): when exactly, and does the customer have all the
// payment details? The date is then watched (the promise's check task).
import { assertEvent } from 'xstate';
import { defineMessages, messagesOf } from '../../domain/message';
import { addTask, invoiceParams, SHARED_RECORDERS } from '../call-data';
import { byTone, choice, step, submit } from '../call-step';
import { defineExcuse } from './excuse-module';

const messages = defineMessages({
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
const text = messagesOf(messages);

export const willPay = defineExcuse({
  excuse: 'will_pay',
  hotkey: '8',
  messages,
  steps: [step('willPay', [choice('SUBMIT_PROMISE', 'choice.promise', '1', submit('#anythingElse', { what: 'will_pay/promise' }), 'willPayPromise')])],
  recorders: {
    /** The promise; without the payment details the customer gets them today. */
    promise: (context, event) => {
      assertEvent(event, 'SUBMIT_PROMISE');
      const data = SHARED_RECORDERS.promise(context, event, { what: 'promise' });
      if (event.hasPaymentDetails !== false) return data;
      return addTask(data, {
        type: 'send_invoice_data',
        title: text('task.send_payment_details', invoiceParams(context)),
        dueDate: context.input.today,
        recap: text('recap.send_payment_details'),
      });
    },
  },
});
