// The texts of the excuse in invoice-incorrect.ts, apart from its steps and recorders so the catalogue loads them
// without the call's machinery (xstate, zod).
import { defineMessages } from '../../domain/message-text';
import { byTone } from '../call-step';

export const invoiceIncorrectMessages = defineMessages({
  'excuse.invoice_incorrect': { nl: '„De factuur is onjuist”', en: '“The invoice is incorrect”' },
  'step.invoiceIncorrect': { nl: '„De factuur is onjuist”', en: '“The invoice is wrong”' },
  'script.invoiceIncorrect': {
    nl: byTone({
      zakelijk: 'Wat klopt er niet aan de factuur, en om welke factuur gaat het?',
      vriendelijk: 'Vervelend, dat zoeken we samen uit. Wat klopt er niet, en om welke factuur gaat het?',
      streng: 'Om welke factuur gaat het precies, en wat is er volgens u onjuist? Dan leg ik de klacht vast.',
    }),
    en: byTone({
      zakelijk: 'What is wrong with the invoice, and which invoice is it?',
      vriendelijk: "Sorry to hear that, let's sort it out together. What is wrong, and which invoice is it?",
      streng: 'Which invoice exactly, and what do you say is wrong? I will record the complaint.',
    }),
  },
});
