import { defineMessages } from '../../domain/message-text';

export const resultMessages = defineMessages({
  'result.agreement': {
    nl: 'Afspraak gemaakt',
    en: 'Agreement made',
  },
  'result.complaint': {
    nl: 'Klacht geregistreerd',
    en: 'Complaint registered',
  },
  'result.no_agreement': {
    nl: 'Geen afspraak',
    en: 'No agreement',
  },
  'result.call_back': {
    nl: 'Terugbelafspraak',
    en: 'Call-back appointment',
  },
  'result.not_reached': {
    nl: 'Niet bereikt',
    en: 'Not reached',
  },
  'result.no_answer': {
    nl: 'Geen gehoor',
    en: 'No answer',
  },
  'result.voicemail': {
    nl: 'Voicemail',
    en: 'Voicemail',
  },
  'result.wrong_number': {
    nl: 'Verkeerd nummer',
    en: 'Wrong number',
  },
  'result.preventive_confirmed': {
    nl: 'Betaling op tijd toegezegd',
    en: 'Payment on time confirmed',
  },
  'result.preventive_issue': {
    nl: 'Vraag of probleem vóór vervaldatum',
    en: 'Question or problem before due date',
  },
});
