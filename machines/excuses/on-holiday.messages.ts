// The texts of the excuse in on-holiday.ts, apart from its steps and recorders so the catalogue loads them
// without the call's machinery (xstate, zod).
import { defineMessages } from '../../domain/message-text';
import { byTone } from '../call-step';

export const onHolidayMessages = defineMessages({
  'excuse.on_holiday': { nl: '„De verantwoordelijke is op vakantie”', en: '“The person responsible is on holiday”' },
  'step.onHolidayReplacement': { nl: 'Vervanger tijdens vakantie', en: 'Replacement during holiday' },
  'script.onHolidayReplacement': {
    nl: byTone({
      zakelijk: 'Wie neemt de betalingen waar tijdens de vakantie?',
      vriendelijk: 'Ik begrijp dat het vakantietijd is. Is er een collega die de betalingen zolang overneemt?',
      streng: 'Ook tijdens vakanties worden de salarissen betaald. Wie doet de betalingen nu?',
    }),
    en: byTone({
      zakelijk: 'Who takes over payments during the holiday?',
      vriendelijk: 'I understand it is holiday season. Is there a colleague taking over payments in the meantime?',
      streng: 'Salaries are paid during holidays too. Who is making payments now?',
    }),
  },
  'step.onHolidayManager': { nl: 'Leidinggevende gevraagd', en: 'Asked for the manager' },
  'script.onHolidayManager': {
    nl: byTone({
      zakelijk: 'Kan ik dan de leidinggevende spreken?',
      vriendelijk: 'Zou ik dan misschien de leidinggevende even kunnen spreken?',
      streng: 'Dan wil ik nu de leidinggevende spreken.',
    }),
    en: byTone({
      zakelijk: 'Can I speak to the manager then?',
      vriendelijk: 'Could I perhaps speak to the manager then?',
      streng: 'Then I want to speak to the manager now.',
    }),
  },
  'step.onHolidayDirector': { nl: 'Directeur gevraagd', en: 'Asked for the director' },
  'script.onHolidayDirector': {
    nl: byTone({
      zakelijk: 'Dan wil ik graag de directeur spreken. Er moet iemand zijn die de betalingen kan doen.',
      vriendelijk: 'Is de directeur misschien bereikbaar? Er is vast iemand die de betaling kan regelen.',
      streng: 'Dan spreek ik de directeur. De salarissen worden ook betaald; deze factuur kan dus ook betaald worden.',
    }),
    en: byTone({
      zakelijk: 'Then I would like to speak to the director. There must be someone who can make payments.',
      vriendelijk: 'Is the director available perhaps? Surely someone can arrange the payment.',
      streng: 'Then I will speak to the director. Salaries are paid too, so this invoice can be paid as well.',
    }),
  },
  'step.holidayAppointment': { nl: 'Afspraak na de vakantie', en: 'Appointment after the holiday' },
  'script.holidayAppointment': {
    nl: byTone({
      zakelijk: 'Wanneer kan ik de directeur of de verantwoordelijke bereiken? Spreek een datum en tijd af.',
      vriendelijk: 'Wanneer kan ik de directeur of de verantwoordelijke het beste bellen?',
      streng: 'Ik bel de directeur op een vaste dag en tijd terug. Wanneer?',
    }),
    en: byTone({
      zakelijk: 'When can I reach the director or the responsible person? Agree on a date and time.',
      vriendelijk: 'When is the best time to call the director or the responsible person?',
      streng: 'I will call the director back at a fixed day and time. When?',
    }),
  },
  'choice.replacement_reached': { nl: 'Vervanger aan de lijn', en: 'Replacement on the line' },
  'choice.manager_reached': { nl: 'Leidinggevende aan de lijn', en: 'Manager on the line' },
  'choice.director_reached': { nl: 'Directeur aan de lijn', en: 'Director on the line' },
  'choice.ask_manager': { nl: 'Geen vervanger: vraag leidinggevende', en: 'No replacement: ask for manager' },
  'choice.ask_director': { nl: 'Niet aanwezig: vraag directeur', en: 'Not available: ask for director' },
  'choice.director_not_available': { nl: 'Directeur niet bereikbaar', en: 'Director not available' },
  'task.call_back.director': {
    nl: 'Terugbellen {named, select, heer {de heer {who}} mevrouw {mevrouw {who}} yes {{who}} other {directie}}: verantwoordelijke op vakantie',
    en: 'Call back {named, select, heer {Mr {who}} mevrouw {Ms {who}} yes {{who}} other {the management}}: the person responsible is on holiday',
  },
});
