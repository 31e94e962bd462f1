// The texts of the excuse in agreed-otherwise.ts, apart from its steps and recorders so the catalogue loads them
// without the call's machinery (xstate, zod).
import { defineMessages } from '../../domain/message-text';
import { byTone } from '../call-step';

export const agreedOtherwiseMessages = defineMessages({
  'excuse.agreed_otherwise': { nl: '„Met uw collega iets anders afgesproken”', en: '“I agreed otherwise with your colleague”' },
  'step.agreedOtherwise': { nl: '„Met uw collega anders afgesproken”', en: '“Agreed otherwise with your colleague”' },
  'script.agreedOtherwise': {
    nl: byTone({
      zakelijk: 'Met welke collega heeft u dat afgesproken, en wat is er precies afgesproken?',
      vriendelijk: 'Dat zoek ik graag voor u na. Met wie heeft u gesproken, en wat is er afgesproken?',
      streng: 'Daar is bij ons niets van vastgelegd. Met wie heeft u dat afgesproken, en wat precies? Ik controleer het vandaag.',
    }),
    en: byTone({
      zakelijk: 'Which colleague did you agree that with, and what exactly was agreed?',
      vriendelijk: "I'm happy to look into that. Who did you speak to, and what was agreed?",
      streng: "Nothing of that is on record here. Who did you agree it with, and what exactly? I'll check today.",
    }),
  },
  'choice.other_agreement': { nl: 'Afspraak met collega noteren', en: 'Record agreement with colleague' },
  'task.check_other_agreement': {
    nl: 'Navragen bij {colleague}: klant zegt afgesproken te hebben "{description}"',
    en: 'Check with {colleague}: the customer says they agreed "{description}"',
  },
  'recap.check_other_agreement': { nl: 'Wij controleren bij {colleague} wat er is afgesproken.', en: 'We will check with {colleague} what was agreed.' },
});
