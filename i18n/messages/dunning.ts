// The dunning schedule (domain/dunning): the steps' names, an invoice's stage, what pauses or holds it,
// why a step waits for the law, and what is wrong with a schedule edited in Settings.
import { defineMessages } from '../../domain/message-text';

type Cases = Record<string, string>;
/** An ICU select over a step's action; `other` is required by ICU and never reached. */
const select = (argument: string, cases: Cases, other: string) =>
  `{${argument}, select, ${Object.entries(cases)
    .map(([key, text]) => `${key} {${text}}`)
    .join(' ')} other {${other}}}`;

const capital = (cases: Cases, start: boolean): Cases => (start ? Object.fromEntries(Object.entries(cases).map(([k, v]) => [k, v[0]!.toUpperCase() + v.slice(1)])) : cases);

/** A step named inside a sentence (or at its start). */
const stepNl = (argument: string, start = false) =>
  select(
    argument,
    capital(
      {
        reminder1: 'de betalingsherinnering',
        call: 'het telefoontje',
        reminder2: 'de aanmaning',
        delivery_stop: 'de leveringsstop',
        consumer14: 'de 14-dagenbrief',
        reminder3: 'de ingebrekestelling',
        manager: 'de overdracht aan de leidinggevende',
        hand_over: 'het uit handen geven',
      },
      start,
    ),
    start ? 'Deze stap' : 'deze stap',
  );
const stepEn = (argument: string, start = false) =>
  select(
    argument,
    capital(
      {
        reminder1: 'the payment reminder',
        call: 'the call',
        reminder2: 'the second reminder',
        delivery_stop: 'the delivery stop',
        consumer14: 'the 14-day letter',
        reminder3: 'the notice of default',
        manager: 'passing the claim to the manager',
        hand_over: 'the hand-over to the collection agency',
      },
      start,
    ),
    start ? 'This step' : 'this step',
  );

export const dunningMessages = defineMessages({
  'dunning.action': {
    nl: select(
      'action',
      {
        reminder1: 'Betalingsherinnering',
        call: 'Bellen',
        reminder2: 'Aanmaning',
        delivery_stop: 'Leveringsstop',
        consumer14: '14-dagenbrief',
        reminder3: 'Ingebrekestelling (laatste aanmaning)',
        manager: 'Naar leidinggevende',
        hand_over: 'Uit handen geven (incassobureau)',
      },
      'Stap',
    ),
    en: select(
      'action',
      {
        reminder1: 'Payment reminder',
        call: 'Call',
        reminder2: 'Second reminder (aanmaning)',
        delivery_stop: 'Delivery stop',
        consumer14: '14-day letter',
        reminder3: 'Notice of default (final reminder)',
        manager: 'To the manager',
        hand_over: 'Hand over (collection agency)',
      },
      'Step',
    ),
  },
  'dunning.step': {
    nl: `Dag {day}: ${select(
      'action',
      {
        reminder1: 'betalingsherinnering',
        call: '{occurrence}e keer bellen',
        reminder2: 'aanmaning',
        delivery_stop: 'eventueel leveringsstop',
        consumer14: '14-dagenbrief',
        reminder3: 'ingebrekestelling',
        manager: 'vordering naar leidinggevende',
        hand_over: 'vordering uit handen aan het incassobureau',
      },
      'stap',
    )}`,
    en: `Day {day}: ${select(
      'action',
      {
        reminder1: 'payment reminder',
        call: '{occurrence, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} call',
        reminder2: 'second reminder',
        delivery_stop: 'delivery stop if needed',
        consumer14: '14-day letter',
        reminder3: 'notice of default',
        manager: 'claim to the manager',
        hand_over: 'claim handed over to the collection agency',
      },
      'step',
    )}`,
  },
  'dunning.stage': {
    nl: select(
      'stage',
      {
        settled: 'Betaald',
        current: 'Nog niet vervallen',
        overdue: 'Vervallen, nog niets verstuurd',
        reminder1: 'Herinnerd',
        reminder2: 'Aangemaand',
        consumer14: '14-dagenbrief verstuurd',
        reminder3: 'In gebreke gesteld',
        manager: 'Bij de leidinggevende',
        hand_over: 'Uit handen gegeven',
      },
      'Onbekend',
    ),
    en: select(
      'stage',
      {
        settled: 'Paid',
        current: 'Not yet due',
        overdue: 'Overdue, nothing sent yet',
        reminder1: 'Reminded',
        reminder2: 'Second reminder sent',
        consumer14: '14-day letter sent',
        reminder3: 'In default (notice sent)',
        manager: 'With the manager',
        hand_over: 'Handed over',
      },
      'Unknown',
    ),
  },

  'dunning.paused.complaint': {
    nl: 'Gepauzeerd: klacht sinds {since}. Het schema loopt verder waar het was als de klacht is opgelost.',
    en: 'Paused: complaint since {since}. The schedule resumes where it was once the complaint is resolved.',
  },
  'dunning.paused.plan': {
    nl: 'Gepauzeerd: betalingsregeling sinds {since}. Wordt de regeling niet nagekomen, dan volgt direct de ingebrekestelling.',
    en: 'Paused: payment plan since {since}. If the plan is not kept, the notice of default follows at once.',
  },
  'dunning.held.plan_proposed': {
    nl: 'Wacht: betalingsregeling van {since} ligt ter ondertekening bij de klant.',
    en: 'On hold: the payment plan of {since} is with the customer for signature.',
  },
  'dunning.held.promise': {
    nl: 'Wacht: betaalbelofte. Is er niet betaald, dan gaat het schema op {until} verder.',
    en: 'On hold: promise to pay. If it is not paid, the schedule goes on on {until}.',
  },

  'dunning.blocked.notice_missing': {
    nl: 'Eerst de ingebrekestelling: zonder ingebrekestelling geen overdracht.',
    en: 'Send the notice of default first: no hand-over without one.',
  },
  'dunning.blocked.notice_term': {
    nl: 'Wacht tot de termijn van de ingebrekestelling voorbij is: de klant mag betalen tot en met {until}.',
    en: 'Waits until the notice of default’s term has passed: the customer may pay up to and including {until}.',
  },
  'dunning.blocked.fourteen_day_letter_missing': {
    nl: 'Eerst de 14-dagenbrief: een consument is pas incassokosten verschuldigd na die brief (art. 6:96 lid 6 BW).',
    en: 'Send the 14-day letter first: a consumer owes collection costs only after that letter (art. 6:96(6) Dutch Civil Code).',
  },
  'dunning.blocked.fourteen_day_term': {
    nl: 'Wacht tot de termijn van de 14-dagenbrief voorbij is: de klant mag zonder kosten betalen tot en met {until} (art. 6:96 lid 6 BW).',
    en: 'Waits until the 14-day letter’s term has passed: the customer may pay without costs up to and including {until} (art. 6:96(6) Dutch Civil Code).',
  },
  'dunning.blocked.fourteen_day_term_unknown': {
    nl: 'Bij de 14-dagenbrief van {sent} is geen einde van de termijn vastgelegd; maak de brief opnieuw op om het te bepalen.',
    en: 'No end of term is recorded for the 14-day letter of {sent}; compose the letter again to determine it.',
  },

  'dunning.refusal.fourteen_day_letter_for_business': {
    nl: 'Een 14-dagenbrief is alleen voor consumenten; deze debiteur is zakelijk.',
    en: 'A 14-day letter is for consumers only; this debtor is a business.',
  },
  'dunning.refusal.during_plan': {
    nl: 'Geen aanmaning tijdens een betalingsregeling: de klant betaalt volgens de afgesproken termijnen. Is een termijn te laat, stuur dan een termijnherinnering.',
    en: 'No reminder during a payment plan: the customer pays by the agreed instalments. If a term is late, send a plan term reminder.',
  },
  'dunning.refusal.during_complaint': {
    nl: 'Alle vervallen facturen staan onder een klacht; handel eerst de klacht af.',
    en: 'Every overdue invoice is under a complaint; deal with the complaint first.',
  },
  'dunning.refusal.during_promise': {
    nl: 'De klant heeft beloofd te betalen en die datum is nog niet voorbij; wacht de belofte af.',
    en: 'The customer promised to pay and that date has not passed yet; wait for the promise.',
  },
  'dunning.refusal.no_late_term': {
    nl: 'Er is geen lopende betalingsregeling met een te late termijn; een termijnherinnering past hier niet.',
    en: 'There is no running payment plan with a late term; a plan term reminder does not fit here.',
  },
  'dunning.refusal.nothing_overdue': {
    nl: 'Er staat niets vervallen open om aan te manen.',
    en: 'Nothing overdue is open to remind the customer of.',
  },
  'dunning.refusal.behind_stage': {
    nl: `${select('letter', { reminder1: 'Een betalingsherinnering', reminder2: 'Een aanmaning', consumer14: 'Een 14-dagenbrief', reminder3: 'Een ingebrekestelling' }, 'Deze brief')} past hier niet meer: ${select(
      'stage',
      {
        reminder1: 'de klant heeft al een betalingsherinnering gehad',
        reminder2: 'de klant heeft al een aanmaning gehad',
        consumer14: 'de klant heeft al de 14-dagenbrief gehad',
        reminder3: 'de klant is al in gebreke gesteld',
        manager: 'de vordering ligt bij de leidinggevende',
        hand_over: 'de vordering is uit handen gegeven',
      },
      'de klant is al verder in het schema',
    )}.`,
    en: `${select('letter', { reminder1: 'A payment reminder', reminder2: 'A second reminder', consumer14: 'A 14-day letter', reminder3: 'A notice of default' }, 'This letter')} no longer fits: ${select(
      'stage',
      {
        reminder1: 'the customer has had a payment reminder already',
        reminder2: 'the customer has had a second reminder already',
        consumer14: 'the customer has had the 14-day letter already',
        reminder3: 'the customer has been given notice of default already',
        manager: 'the claim is with the manager',
        hand_over: 'the claim has been handed over',
      },
      'the customer is further along the schedule',
    )}.`,
  },

  'validation.dunning.empty': {
    nl: 'Een aanmaanschema heeft minstens één stap.',
    en: 'A dunning schedule has at least one step.',
  },
  'validation.dunning.too_many_steps': {
    nl: 'Een aanmaanschema heeft hoogstens 30 stappen.',
    en: 'A dunning schedule has at most 30 steps.',
  },
  'validation.dunning.day_range': {
    nl: 'Kies een dag van 1 tot en met 365 na de vervaldatum.',
    en: 'Choose a day from 1 to 365 after the due date.',
  },
  'validation.dunning.invalid_action': {
    nl: 'Kies een stap uit de lijst.',
    en: 'Choose a step from the list.',
  },
  'validation.dunning.no_such_step': {
    nl: 'Deze stap staat niet (meer) in het schema.',
    en: 'This step is not (or no longer) in the schedule.',
  },
  'validation.dunning.duplicate_action': {
    nl: `${stepNl('action', true)} staat al in het schema; alleen bellen mag vaker voorkomen.`,
    en: `${stepEn('action', true)} is already in the schedule; only calls may occur more than once.`,
  },
  'validation.dunning.fourteen_day_letter_for_business': {
    nl: 'De 14-dagenbrief is alleen voor consumenten; kies hem in het schema voor consumenten.',
    en: 'The 14-day letter is for consumers only; choose it in the consumer schedule.',
  },
  'validation.dunning.ladder_order': {
    nl: `${stepNl('action', true)} komt na ${stepNl('before')}: kies een latere dag.`,
    en: `${stepEn('action', true)} comes after ${stepEn('before')}: choose a later day.`,
  },
  'validation.dunning.hand_over_without_notice': {
    nl: 'Uit handen geven kan pas na een ingebrekestelling: zet die eerder in het schema.',
    en: 'A claim can only be handed over after a notice of default: put one earlier in the schedule.',
  },
  'validation.dunning.hand_over_without_fourteen_day_letter': {
    nl: 'Een consument kan pas uit handen worden gegeven na de 14-dagenbrief (art. 6:96 lid 6 BW): zet die eerder in het schema.',
    en: 'A consumer’s claim can only be handed over after the 14-day letter (art. 6:96(6) Dutch Civil Code): put it earlier in the schedule.',
  },
  'validation.dunning.step_after_hand_over': {
    nl: `Na het uit handen geven (dag {day}) volgt geen stap meer; ${stepNl('action')} moet eerder.`,
    en: `No step follows the hand-over (day {day}); ${stepEn('action')} must come earlier.`,
  },
  'validation.dunning.within_letter_term': {
    nl: `Let op: ${stepNl('before')} geeft de klant {days} dagen om te betalen, en ${stepNl('action')} komt binnen die termijn.`,
    en: `Note: ${stepEn('before')} gives the customer {days} days to pay, and ${stepEn('action')} comes within that term.`,
  },
  'validation.dunning.within_fourteen_day_term': {
    nl: `${stepNl('action', true)} valt binnen de termijn van de 14-dagenbrief (die loopt minstens {days} dagen na de brief); de stap wacht tot de termijn voorbij is.`,
    en: `${stepEn('action', true)} falls within the 14-day letter’s term (at least {days} days after the letter); the step waits until the term has passed.`,
  },
});
