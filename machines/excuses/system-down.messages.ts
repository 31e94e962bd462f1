// The texts of the excuse in system-down.ts, apart from its steps and recorders so the catalogue loads them
// without the call's machinery (xstate, zod).
import { defineMessages } from '../../domain/message-text';
import { byTone } from '../call-step';

export const systemDownMessages = defineMessages({
  'excuse.system_down': { nl: '„Het systeem werkt nu niet”', en: '“The system is down”' },
  'step.systemDown': { nl: '„Het systeem werkt nu niet”', en: '“The system is down”' },
  'script.systemDown': {
    nl: byTone({
      zakelijk: 'Een overboeking kan ook via internetbankieren. Op welke datum betaalt u, of wanneer kan ik terugbellen?',
      vriendelijk: 'Vervelend van uw systeem! Lukt een overboeking via internetbankieren misschien? Anders bel ik u terug zodra het weer werkt.',
      streng: 'Betalen kan ook zonder uw systeem, via internetbankieren. Op welke datum staat {total} op onze rekening?',
    }),
    en: byTone({
      zakelijk: 'A transfer can also be made through online banking. On what date will you pay, or when can I call back?',
      vriendelijk: 'Annoying about your system! Could a transfer through online banking work? Otherwise I will call back once it is working again.',
      streng: 'Payment is possible without your system, through online banking. On what date will {total} be in our account?',
    }),
  },
  'task.call_back.system_down': { nl: 'Terugbellen: het systeem van de klant werkte niet', en: 'Call back: the customer’s system was down' },
});
