// The texts of the excuse in direct-debit.ts, apart from its steps and recorders so the catalogue loads them
// without the call's machinery (xstate, zod).
import { defineMessages } from '../../domain/message-text';
import { byTone } from '../call-step';

export const directDebitMessages = defineMessages({
  'excuse.direct_debit': { nl: '„De facturen worden automatisch geïncasseerd”', en: '“The invoices are paid by direct debit”' },
  'step.directDebit': { nl: '„Wordt automatisch geïncasseerd”', en: '“Collected by direct debit”' },
  'script.directDebit': {
    nl: byTone({
      zakelijk: 'Ik controleer de bankgegevens die wij voor de incasso gebruiken. Kloppen die nog?',
      vriendelijk: 'Dan kijk ik even of de incasso goed is gegaan. Kloppen de bankgegevens die wij van u hebben nog?',
      streng: 'De incasso heeft niets opgeleverd. Kloppen de bankgegevens die u ons heeft gegeven?',
    }),
    en: byTone({
      zakelijk: 'I am checking the bank details we use for the direct debit. Are they still correct?',
      vriendelijk: 'Let me check whether the direct debit went through. Are the bank details we have still correct?',
      streng: 'The direct debit did not succeed. Are the bank details you gave us correct?',
    }),
  },
  'step.debitReversed': { nl: 'Incasso gestorneerd', en: 'Direct debit reversed' },
  'script.debitReversed': {
    nl: byTone({
      zakelijk: 'Is de incasso gestorneerd (teruggeboekt)? Wat was de reden?',
      vriendelijk: 'Kan het zijn dat de incasso is teruggeboekt? Weet u misschien waarom?',
      streng: 'Heeft u de incasso gestorneerd? Wat was daarvan de reden?',
    }),
    en: byTone({
      zakelijk: 'Was the direct debit reversed? What was the reason?',
      vriendelijk: 'Could the direct debit have been reversed? Do you know why?',
      streng: 'Did you reverse the direct debit? What was the reason?',
    }),
  },
  'step.afterReversal': { nl: 'Na de storno', en: 'After the reversal' },
  'script.afterReversal': {
    nl: byTone({
      zakelijk: 'Maakt u het bedrag zelf over, of incasseren wij opnieuw? Op welke datum?',
      vriendelijk: 'Wat past u het beste: zelf overmaken, of zullen wij het opnieuw incasseren? Op welke datum?',
      streng: 'Dan maakt u {total} zelf over, of wij incasseren opnieuw. Noem de datum.',
    }),
    en: byTone({
      zakelijk: 'Will you transfer the amount yourself, or shall we collect again? On which date?',
      vriendelijk: 'What suits you best: transferring it yourself, or shall we collect again? On which date?',
      streng: 'Then you transfer {total} yourself, or we collect again. Name the date.',
    }),
  },
  'choice.bank_details_correct': { nl: 'Bankgegevens kloppen', en: 'Bank details correct' },
  'choice.bank_details_wrong': { nl: 'Bankgegevens kloppen niet', en: 'Bank details wrong' },
  'choice.not_reversed': { nl: 'Niet gestorneerd: opnieuw incasseren', en: 'Not reversed: collect again' },
  'choice.reversed': { nl: 'Gestorneerd (reden noteren)', en: 'Reversed (note reason)' },
  'choice.pay_manually': { nl: 'Klant maakt zelf over', en: 'Customer transfers manually' },
  'choice.collect_again': { nl: 'Opnieuw incasseren op datum', en: 'Collect again on date' },
  'task.check_bank_details': { nl: 'Bankgegevens voor de incasso controleren: {note}', en: 'Check the bank details for the direct debit: {note}' },
  'recap.check_bank_details': { nl: 'Wij passen de bankgegevens voor de incasso aan.', en: 'We will correct the bank details for the direct debit.' },
  'task.collect_again': {
    nl: 'Openstaande {count, plural, one {factuur} other {facturen}} {numbers} opnieuw incasseren',
    en: 'Collect open {count, plural, one {invoice} other {invoices}} {numbers} again by direct debit',
  },
  'recap.collect_again': {
    nl: 'Wij incasseren {amount} opnieuw op {date}; zorgt u voor voldoende saldo?',
    en: 'We will collect {amount} again on {date}; will you make sure there are sufficient funds?',
  },
});
