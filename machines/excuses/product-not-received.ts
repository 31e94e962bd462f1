// "We hebben het product/de dienst nooit ontvangen" (seed 001): a complaint about the delivery on the
// invoice(s), then passed to the complaint handler or resolved now (#complaintHandling).
import { defineMessages } from '../../domain/message';
import { byTone, choice, step, submit } from '../call-step';
import { defineExcuse } from './excuse-module';

const messages = defineMessages({
  'excuse.product_not_received': { nl: '„Product/dienst nooit ontvangen”', en: '“We never received the product/service”' },
  'step.productNotReceived': { nl: '„Product of dienst nooit ontvangen”', en: '“Never received the goods or service”' },
  'script.productNotReceived': {
    nl: byTone({
      zakelijk: 'Welk product of welke dienst heeft u niet ontvangen, en bij welke factuur hoort het?',
      vriendelijk: 'Dat is vervelend, dat gaan we voor u uitzoeken. Wat heeft u niet ontvangen, en bij welke factuur hoort het?',
      streng: 'Welke levering ontbreekt precies, en op welke factuur staat die? Ik leg het vast en laat het direct controleren.',
    }),
    en: byTone({
      zakelijk: 'Which product or service did you not receive, and which invoice does it belong to?',
      vriendelijk: "That's annoying, we'll look into it for you. What didn't you receive, and which invoice is it on?",
      streng: "Which delivery exactly is missing, and which invoice is it on? I'll record it and have it checked right away.",
    }),
  },
});

export const productNotReceived = defineExcuse({
  excuse: 'product_not_received',
  hotkey: 'b',
  messages,
  steps: [
    step('productNotReceived', [
      choice('SUBMIT_COMPLAINT', 'choice.register_complaint', '1', submit('#complaintHandling', { what: 'complaint', undelivered: true }), 'complaint'),
    ]),
  ],
});
