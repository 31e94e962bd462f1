import { defineMessages } from '../../domain/message-text';

export const toneMessages = defineMessages({
  'tone.zakelijk': {
    nl: 'Zakelijk',
    en: 'Business-like',
  },
  'tone.vriendelijk': {
    nl: 'Vriendelijk',
    en: 'Friendly',
  },
  'tone.streng': {
    nl: 'Streng',
    en: 'Strict',
  },
});
