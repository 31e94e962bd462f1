// The texts of the excuse in cannot-pay.ts, apart from its steps and recorders so the catalogue loads them
// without the call's machinery (xstate, zod).
import { defineMessages } from '../../domain/message-text';
import { byTone } from '../call-step';

// "Niet betaald op 8 maart 2030" or, when the last chance was refused, "Geen regeling en geen laatste betaaldatum".
const after = {
  nl: '{after, select, unpaid {Niet betaald op {date}} other {Geen regeling en geen laatste betaaldatum}}',
  en: '{after, select, unpaid {Not paid on {date}} other {No plan and no last payment date}}',
};

export const cannotPayMessages = defineMessages({
  'excuse.cannot_pay': { nl: '„Ik kan de factuur niet betalen”', en: '“I cannot pay the invoice”' },
  'step.cannotPay': { nl: '„Ik kan niet betalen”', en: '“I cannot pay”' },
  'script.cannotPay': {
    nl: byTone({
      zakelijk: 'Ik ben bereid een betalingsregeling te treffen van maximaal {maxTerms} termijnen. Dit is wel uw laatste optie: als de regeling niet wordt nagekomen, geven wij de vordering uit handen.',
      vriendelijk: 'Dat begrijp ik. We kunnen samen een betalingsregeling afspreken van maximaal {maxTerms} termijnen. Ik moet er eerlijk bij zeggen dat dit de laatste mogelijkheid is: lukt het niet, dan gaat de vordering naar een incassobureau.',
      streng: 'Ik bied u één mogelijkheid: een betalingsregeling van maximaal {maxTerms} termijnen. Dit is uw laatste optie. Komt u de regeling niet na, dan geven wij de vordering zonder verdere aankondiging uit handen.',
    }),
    en: byTone({
      zakelijk: 'I am prepared to agree a payment plan of at most {maxTerms} installments. This is your last option: if the plan is not kept, we will hand the claim over.',
      vriendelijk: 'I understand. We can agree a payment plan of at most {maxTerms} installments together. I have to be honest that this is the last option: if it fails, the claim goes to a collection agency.',
      streng: 'I can offer you one option: a payment plan of at most {maxTerms} installments. This is your last option. If you do not keep to it, we will hand the claim over without further notice.',
    }),
  },
  'step.lastChance': { nl: 'Laatste kans', en: 'Last chance' },
  'script.lastChance': {
    nl: byTone({
      zakelijk: 'Dan geef ik u een laatste kans: op welke datum staat het volledige bedrag van {total} op onze rekening? Gebeurt dat niet, dan {handOverNext, select, yes {geven wij de vordering uit handen} other {volgt de ingebrekestelling}}.',
      vriendelijk: 'Ik wil u graag nog één kans geven. Op welke datum kunt u {total} overmaken? Lukt dat niet, dan {handOverNext, select, yes {moeten wij de vordering helaas uit handen geven} other {moeten wij helaas een ingebrekestelling sturen}}.',
      streng: 'Dit is uw laatste kans. Noem de datum waarop {total} op onze rekening staat. Daarna {handOverNext, select, yes {gaat de vordering naar het incassobureau, op uw kosten} other {volgt de ingebrekestelling en daarna de overdracht aan het incassobureau}}.',
    }),
    en: byTone({
      zakelijk: 'Then I give you a last chance: on what date will the full {total} be in our account? If not, {handOverNext, select, yes {we hand the claim over} other {a formal notice of default follows}}.',
      vriendelijk: 'I would like to give you one more chance. On what date can you transfer {total}? If that fails, {handOverNext, select, yes {we will unfortunately have to hand the claim over} other {we will unfortunately have to send a formal notice of default}}.',
      streng: 'This is your last chance. Name the date on which {total} will be in our account. After that {handOverNext, select, yes {the claim goes to the collection agency, at your expense} other {a formal notice of default follows, then hand-over to the collection agency}}.',
    }),
  },
  'choice.plan': { nl: 'Betalingsregeling vastleggen', en: 'Record payment plan' },
  'choice.plan_refused': { nl: 'Regeling geen optie', en: 'Plan not an option' },
  'choice.last_chance_date': { nl: 'Laatste betaaldatum', en: 'Last payment date' },
  'choice.refused': { nl: 'Weigert', en: 'Refuses' },
  'task.hand_over.last_chance': {
    nl: `${after.nl}: vordering uit handen geven aan het incassobureau`,
    en: `${after.en}: hand the claim over to the collection agency`,
  },
  'recap.hand_over.last_chance': {
    nl: `${after.nl}, dan geven wij de vordering uit handen; alle kosten zijn dan voor uw rekening.`,
    en: `${after.en}: then we hand the claim over; all costs are then at your expense.`,
  },
  'task.ingebrekestelling.last_chance': { nl: `${after.nl}: ingebrekestelling versturen`, en: `${after.en}: send the notice of default` },
  'recap.ingebrekestelling.last_chance': {
    nl: `${after.nl}, dan ontvangt u een ingebrekestelling.`,
    en: `${after.en}: then you will receive a notice of default.`,
  },
});
