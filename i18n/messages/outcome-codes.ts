// What a call came to (domain/call-outcome-code.ts), on the timeline and in reports.
import { defineMessages } from '../../domain/message-text';

export const outcomeCodeMessages = defineMessages({
  'outcome_code.label': {
    nl: '{code, select, plan {Betalingsregeling afgesproken} promise {Betaalbelofte} dispute_raised {Klacht: factuur betwist} paid_already {Zegt al betaald te hebben} call_back_agreed {Terugbelafspraak gemaakt} reached_agreement {Bereikt, afspraak gemaakt} reached_no_agreement {Bereikt, geen afspraak} not_reached {Niemand bereikt die kan beslissen} no_answer {Geen gehoor} voicemail {Voicemail} wrong_number {Verkeerd nummer} other {Onbekend}}',
    en: '{code, select, plan {Payment plan agreed} promise {Promise to pay} dispute_raised {Complaint: invoice disputed} paid_already {Says it is paid already} call_back_agreed {Call-back agreed} reached_agreement {Reached, agreement made} reached_no_agreement {Reached, no agreement} not_reached {Nobody reached who can decide} no_answer {No answer} voicemail {Voicemail} wrong_number {Wrong number} other {Unknown}}',
  },
});
