// The texts of the excuse in product-not-received.ts, apart from its steps and recorders so the catalogue loads them
// without the call's machinery (xstate, zod).
import { defineMessages } from '../../domain/message-text';
import { byTone } from '../call-step';

export const productNotReceivedMessages = defineMessages({
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
