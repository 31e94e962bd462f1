// The words of the preventive call (seed 004): 5–15 days before the due date, service-minded, closed
// questions. Dutch the source, English a working translation; script texts are ICU select on {tone}.
import { defineMessages } from '../domain/message-text';
import { byTone } from './call-step';

export const preventiveCallMessages = defineMessages({
  'step.invoiceReceived': { nl: 'Factuur ontvangen?', en: 'Invoice received?' },
  'script.invoiceReceived': {
    nl: byTone({
      zakelijk: 'Ik bel over onze {count, plural, one {factuur} other {facturen}} {numbers}, met vervaldatum {dueDate}. Heeft u de factuur ontvangen?',
      vriendelijk: 'Ik bel even ter service over onze {count, plural, one {factuur} other {facturen}} {numbers}; de vervaldatum is {dueDate}. Heeft u de factuur goed ontvangen?',
      streng: 'Ik bel over {count, plural, one {factuur} other {de facturen}} {numbers}, te betalen uiterlijk {dueDate}. Heeft u de factuur ontvangen?',
    }),
    en: byTone({
      zakelijk: "I'm calling about our {count, plural, one {invoice} other {invoices}} {numbers}, due on {dueDate}. Have you received the invoice?",
      vriendelijk: "I'm calling as a service about our {count, plural, one {invoice} other {invoices}} {numbers}; the due date is {dueDate}. Did the invoice reach you?",
      streng: "I'm calling about {count, plural, one {invoice} other {invoices}} {numbers}, payable by {dueDate}. Have you received the invoice?",
    }),
  },
  'step.sendCopy': { nl: 'Kopie sturen', en: 'Send a copy' },
  'script.sendCopy': {
    nl: byTone({
      zakelijk: 'Dan stuur ik u vandaag een kopie. Naar welk adres of e-mailadres? Klopt het adres dat wij van u hebben?',
      vriendelijk: 'Goed dat we het even nagaan! Ik stuur u vandaag een kopie. Naar welk adres mag die?',
      streng: 'U ontvangt vandaag een kopie; de vervaldatum blijft {dueDate}. Naar welk adres?',
    }),
    en: byTone({
      zakelijk: 'Then I will send you a copy today. To which address or e-mail? Is the address we have correct?',
      vriendelijk: "Good that we checked! I'll send you a copy today. Where may I send it?",
      streng: 'You will receive a copy today; the due date remains {dueDate}. To which address?',
    }),
  },
  'step.invoiceQuestions': { nl: 'Vragen over de factuur?', en: 'Questions about the invoice?' },
  'script.invoiceQuestions': {
    nl: byTone({
      zakelijk: 'Heeft u vragen over de factuur?',
      vriendelijk: 'Zijn er nog vragen over de factuur? Dan help ik u graag.',
      streng: 'Zijn er vragen over de factuur? Dan hoor ik die nu, vóór de vervaldatum.',
    }),
    en: byTone({
      zakelijk: 'Do you have any questions about the invoice?',
      vriendelijk: "Any questions about the invoice? I'm happy to help.",
      streng: 'Are there questions about the invoice? I want to hear them now, before the due date.',
    }),
  },
  'step.invoiceQuestion': { nl: 'Vraag over de factuur', en: 'Question about the invoice' },
  'script.invoiceQuestion': {
    nl: byTone({
      zakelijk: 'Wat is uw vraag? Kan ik die nu beantwoorden, of is het een klacht die ik vastleg?',
      vriendelijk: 'Vertelt u maar. Als ik het niet meteen weet, zoek ik het voor u uit.',
      streng: 'Wat is de vraag precies? Ik beantwoord hem nu of leg hem vast.',
    }),
    en: byTone({
      zakelijk: 'What is your question? Can I answer it now, or is it a complaint I should record?',
      vriendelijk: "Go ahead. If I don't know right away, I'll find out for you.",
      streng: 'What exactly is the question? I will answer it now or record it.',
    }),
  },
  'step.goodsReceived': { nl: 'Alle goederen ontvangen?', en: 'All goods received?' },
  'script.goodsReceived': {
    nl: byTone({
      zakelijk: 'Heeft u alle goederen ontvangen?',
      vriendelijk: 'En is alles wat u besteld heeft goed aangekomen?',
      streng: 'Heeft u alle goederen van deze factuur ontvangen?',
    }),
    en: byTone({
      zakelijk: 'Have you received all the goods?',
      vriendelijk: 'And did everything you ordered arrive in good order?',
      streng: 'Have you received all goods on this invoice?',
    }),
  },
  'step.goodsMissing': { nl: 'Goederen ontbreken', en: 'Goods missing' },
  'script.goodsMissing': {
    nl: byTone({
      zakelijk: 'Wat heeft u niet ontvangen, en bij welke factuur hoort het? Ik leg het vast en laat het uitzoeken.',
      vriendelijk: 'Wat vervelend! Wat ontbreekt er? Ik zorg dat het direct wordt uitgezocht.',
      streng: 'Welke goederen ontbreken precies, en op welke factuur staan ze? Ik leg het nu vast.',
    }),
    en: byTone({
      zakelijk: "What did you not receive, and which invoice does it belong to? I'll record it and have it looked into.",
      vriendelijk: "How annoying! What is missing? I'll make sure it is looked into right away.",
      streng: 'Which goods exactly are missing, and on which invoice? I am recording it now.',
    }),
  },
  'step.confirmOnTime': { nl: 'Betaling op tijd toegezegd', en: 'Payment on time confirmed' },
  'script.confirmOnTime': {
    nl: byTone({
      zakelijk: 'Dan noteer ik dat de factuur op tijd wordt betaald, uiterlijk {dueDate}. Klopt dat?',
      vriendelijk: 'Fijn dat alles in orde is! Mag ik dan noteren dat de betaling op tijd komt, uiterlijk {dueDate}?',
      streng: 'Dan staat het bedrag van {total} uiterlijk {dueDate} op onze rekening. Bevestigt u dat?',
    }),
    en: byTone({
      zakelijk: 'Then I will note that the invoice will be paid on time, by {dueDate}. Is that correct?',
      vriendelijk: 'Glad everything is in order! May I note that payment will arrive on time, by {dueDate}?',
      streng: 'Then {total} will be in our account by {dueDate}. Do you confirm?',
    }),
  },
  'choice.yes': { nl: 'Ja', en: 'Yes' },
  'choice.no': { nl: 'Nee', en: 'No' },
  'choice.question': { nl: 'Vraag noteren', en: 'Record question' },
  'choice.confirm_on_time': { nl: 'Bevestigt betaling op tijd', en: 'Confirms payment on time' },
  'choice.not_confirmed': { nl: 'Bevestigt niet', en: 'Does not confirm' },
});
