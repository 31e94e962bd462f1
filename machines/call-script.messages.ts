// The words of the steps every collection call shares — preparation, reaching the crediteurenafdeling,
// the purpose, the seed's closing question, a complaint's handling, "anything else?", the recap — and
// the buttons they share with the excuses and the preventive call. Dutch follows seeds 000/001/003
// (the source); the English is a working translation for the language setting. Script texts are ICU
// select on {tone} (byTone); every script text gets the params of scriptParams() (call-script.texts.ts).
// The excuses' own words are in their modules (machines/excuses/).
import { defineMessages } from '../domain/message-text';
import { byTone } from './call-step';

const DAYPART_NL = '{daypart, select, morning {Goedemorgen} afternoon {Goedemiddag} other {Goedenavond}}';
const DAYPART_EN = '{daypart, select, morning {Good morning} afternoon {Good afternoon} other {Good evening}}';
// How the collector names the person asked for (domain/addressee.ts): "meneer Koster", "mevrouw De Boer",
// or the name as recorded when no title is known.
const SPOKEN_NL = '{addresseeTitle, select, heer {meneer {addresseeSurname}} mevrouw {mevrouw {addresseeSurname}} other {{addressee}}}';
const SPOKEN_EN = '{addresseeTitle, select, heer {Mr {addresseeSurname}} mevrouw {Ms {addresseeSurname}} other {{addressee}}}';

export const callScriptMessages = defineMessages({
  'step.preparation': { nl: 'Voorbereiding', en: 'Preparation' },
  'script.preparation': {
    nl: byTone({
      zakelijk: 'Voorbereiding: {count} openstaande {count, plural, one {factuur} other {facturen}} van {debtor}, samen {total}. Controleer eerdere afspraken en klachten, kies de toon en of een betalingsregeling mag.',
      vriendelijk: 'Voorbereiding: neem de {count, plural, one {factuur} other {facturen}} van {debtor} rustig door ({total}). Waarschijnlijk is het vergeten; een vriendelijke toon helpt de relatie.',
      streng: 'Voorbereiding: {debtor} heeft {total} te lang open staan. Houd facturen, herinneringen en afspraken bij de hand om tegenwerpingen direct te weerleggen.',
    }),
    en: byTone({
      zakelijk: 'Preparation: {count} open {count, plural, one {invoice} other {invoices}} of {debtor}, {total} in total. Check earlier agreements and complaints, choose the tone and whether a payment plan may be offered.',
      vriendelijk: 'Preparation: go through the {count, plural, one {invoice} other {invoices}} of {debtor} calmly ({total}). It was probably forgotten; a friendly tone helps the relationship.',
      streng: 'Preparation: {debtor} has left {total} open too long. Keep invoices, reminders and agreements at hand to answer objections at once.',
    }),
  },
  'step.greeting': { nl: 'Begroeting', en: 'Greeting' },
  'script.greeting': {
    nl: byTone({
      zakelijk: `${DAYPART_NL}, u spreekt met {collector} van {company}. {consumer, select, yes {Spreek ik met ${SPOKEN_NL}?} other {Spreek ik met de crediteurenafdeling?{addresseeKnown, select, yes { Ik zou graag ${SPOKEN_NL} spreken.} other {}}}}`,
      vriendelijk: `${DAYPART_NL}! U spreekt met {collector} van {company}. {consumer, select, yes {Spreek ik met ${SPOKEN_NL}?} other {Ik ben op zoek naar iemand van de crediteurenafdeling{addresseeKnown, select, yes {, bij voorkeur ${SPOKEN_NL}} other {}}. Kunt u mij helpen?}}`,
      streng: `${DAYPART_NL}, met {collector} van {company}. {consumer, select, yes {Spreek ik met ${SPOKEN_NL}? Ik bel u over openstaande facturen.} other {Ik wil iemand van de crediteurenafdeling spreken{addresseeKnown, select, yes {: ${SPOKEN_NL}} other {}}, over openstaande facturen.}}`,
    }),
    en: byTone({
      zakelijk: `${DAYPART_EN}, this is {collector} from {company}. {consumer, select, yes {Am I speaking to ${SPOKEN_EN}?} other {Am I speaking to accounts payable?{addresseeKnown, select, yes { I would like to speak to ${SPOKEN_EN}.} other {}}}}`,
      vriendelijk: `${DAYPART_EN}! This is {collector} from {company}. {consumer, select, yes {Am I speaking to ${SPOKEN_EN}?} other {I'm looking for someone in accounts payable{addresseeKnown, select, yes {, ideally ${SPOKEN_EN}} other {}}. Could you help me?}}`,
      streng: `${DAYPART_EN}, {collector} from {company}. {consumer, select, yes {Am I speaking to ${SPOKEN_EN}? I am calling about unpaid invoices.} other {I need to speak to accounts payable{addresseeKnown, select, yes {: ${SPOKEN_EN}} other {}} about unpaid invoices.}}`,
    }),
  },
  'step.transferred': { nl: 'Doorverbonden', en: 'Transferred' },
  'script.transferred': {
    nl: byTone({
      zakelijk: 'U wordt doorverbonden. Neemt de juiste persoon op, stel u dan opnieuw voor met naam en bedrijf.',
      vriendelijk: 'Fijn, u wordt doorverbonden. Stel u even opnieuw voor zodra er iemand opneemt.',
      streng: 'Wacht tot de verantwoordelijke opneemt en stel u direct voor met naam, bedrijf en reden van de call.',
    }),
    en: byTone({
      zakelijk: 'You are being transferred. When the right person answers, introduce yourself again with name and company.',
      vriendelijk: 'Good, you are being transferred. Introduce yourself again once someone answers.',
      streng: 'Wait for the responsible person and introduce yourself at once with name, company and the reason for the call.',
    }),
  },
  'step.notAvailable': { nl: 'Niet aanwezig', en: 'Not available' },
  'script.notAvailable': {
    nl: byTone({
      zakelijk: 'Wie is er verantwoordelijk voor de betalingen? Mag ik de naam, het directe telefoonnummer en het e-mailadres?',
      vriendelijk: 'Geen probleem. Wie kan ik het beste spreken over de betalingen? Mag ik de naam, het directe nummer en het e-mailadres noteren?',
      streng: 'Ik heb de naam, het directe telefoonnummer en het e-mailadres nodig van degene die over de betalingen gaat.',
    }),
    en: byTone({
      zakelijk: 'Who is responsible for payments? May I have their name, direct number and e-mail address?',
      vriendelijk: 'No problem. Who is the best person to talk to about payments? May I note their name, direct number and e-mail address?',
      streng: 'I need the name, direct phone number and e-mail address of the person in charge of payments.',
    }),
  },
  'step.askDecider': { nl: 'Naar wie kan beslissen gevraagd', en: 'Asked for someone who decides' },
  'script.askDecider': {
    nl: byTone({
      zakelijk: 'Is er een leidinggevende of iemand anders aanwezig die over de betaling kan beslissen?',
      vriendelijk: 'Is er misschien een leidinggevende of een collega die mij nu verder kan helpen met de betaling?',
      streng: 'Dan wil ik nu een leidinggevende spreken, of iemand anders die over deze betaling kan beslissen.',
    }),
    en: byTone({
      zakelijk: 'Is there a manager or anyone else present who can decide about the payment?',
      vriendelijk: 'Is there perhaps a manager or colleague who can help me with the payment now?',
      streng: 'Then I want to speak to a manager now, or anyone else who can decide about this payment.',
    }),
  },
  'step.callBackAppointment': { nl: 'Terugbelafspraak', en: 'Call-back appointment' },
  'script.callBackAppointment': {
    nl: byTone({
      zakelijk: 'Wanneer is {responsibleKnown, select, yes {{responsible}} other {de verantwoordelijke}} bereikbaar? Spreek een datum en tijd af.',
      vriendelijk: 'Wanneer kan ik {responsibleKnown, select, yes {{responsible}} other {de verantwoordelijke}} het beste bellen? Dan bel ik precies op dat moment.',
      streng: 'Ik bel terug op een vaste dag en tijd. Wanneer is {responsibleKnown, select, yes {{responsible}} other {de verantwoordelijke}} zeker bereikbaar?',
    }),
    en: byTone({
      zakelijk: 'When can I reach {responsibleKnown, select, yes {{responsible}} other {the responsible person}}? Agree on a date and time.',
      vriendelijk: 'When is the best time to call {responsibleKnown, select, yes {{responsible}} other {the responsible person}}? I will call at exactly that moment.',
      streng: 'I will call back on a fixed day and time. When is {responsibleKnown, select, yes {{responsible}} other {the responsible person}} certainly available?',
    }),
  },
  'step.purpose': { nl: 'Reden van het gesprek', en: 'Purpose of the call' },
  'script.purpose': {
    nl: byTone({
      zakelijk: 'Ik bel u inzake {count, plural, one {een openstaande factuur} other {# openstaande facturen}}: {invoices}. Samen {total}.',
      vriendelijk: 'Ik bel even over {count, plural, one {een factuur die nog openstaat} other {een paar facturen die nog openstaan}}: {invoices}, samen {total}. Misschien is het aan uw aandacht ontsnapt?',
      streng: 'Ik bel u over {count, plural, one {een factuur} other {# facturen}} waarvan de betaaltermijn is verstreken: {invoices}. Samen {total}, dat al betaald had moeten zijn.',
    }),
    en: byTone({
      zakelijk: "I'm calling about {count, plural, one {an unpaid invoice} other {# unpaid invoices}}: {invoices}. {total} in total.",
      vriendelijk: "I'm calling about {count, plural, one {an invoice that is still open} other {a few invoices that are still open}}: {invoices}, {total} in total. Perhaps it slipped your attention?",
      streng: "I'm calling about {count, plural, one {an invoice} other {# invoices}} past the payment term: {invoices}. {total} in total, which should already have been paid.",
    }),
  },
  'step.commitment': { nl: 'Toezegging', en: 'Commitment' },
  'script.commitment': {
    nl: byTone({
      zakelijk: 'Hoe gaat u ervoor zorgen dat het factuurbedrag van {total} (bijvoorbeeld morgen, {tomorrow}) op onze rekening staat?',
      vriendelijk: 'Hoe kunnen we ervoor zorgen dat het factuurbedrag van {total} (bijvoorbeeld morgen, {tomorrow}) op onze rekening staat?',
      streng: 'Hoe gaat u ervoor zorgen dat {total} uiterlijk morgen, {tomorrow}, op onze rekening staat?',
    }),
    en: byTone({
      zakelijk: 'How will you make sure the invoice amount of {total} is in our account (for example tomorrow, {tomorrow})?',
      vriendelijk: 'How can we make sure the invoice amount of {total} is in our account (for example tomorrow, {tomorrow})?',
      streng: 'How will you make sure {total} is in our account by tomorrow, {tomorrow}, at the latest?',
    }),
  },
  'step.complaintHandling': { nl: 'Klacht afhandelen', en: 'Handling the complaint' },
  'script.complaintHandling': {
    nl: byTone({
      zakelijk: 'Kan ik de klacht nu oplossen? Zo niet, dan zet ik hem door naar de klachtbehandelaar en informeren wij u over de oplossing.',
      vriendelijk: 'Ik kijk of ik het meteen voor u kan oplossen; anders geef ik het door aan een collega, die u laat weten hoe het is opgelost.',
      streng: 'Ik leg de klacht vast en zet hem door, of los hem nu op. Het deel waarover geen klacht is, blijft gewoon verschuldigd.',
    }),
    en: byTone({
      zakelijk: 'Can I resolve the complaint now? If not, I will pass it to the complaint handler and we will inform you of the solution.',
      vriendelijk: "I'll see if I can solve it for you right away; otherwise a colleague will take it on and let you know.",
      streng: 'I will record the complaint and pass it on, or resolve it now. The undisputed part remains due.',
    }),
  },
  'step.anythingElse': { nl: 'Verder nog iets?', en: 'Anything else?' },
  'script.anythingElse': {
    nl: byTone({
      zakelijk: 'Is er verder nog iets waardoor de betaling zou kunnen uitblijven?',
      vriendelijk: 'Is er verder nog iets waarmee ik u kan helpen, zodat de betaling goed verloopt?',
      streng: 'Is er nog een andere reden waarom er niet betaald zou worden?',
    }),
    en: byTone({
      zakelijk: 'Is there anything else that could delay the payment?',
      vriendelijk: 'Is there anything else I can help you with, so the payment goes smoothly?',
      streng: 'Is there any other reason why payment would not be made?',
    }),
  },
  'step.recap': { nl: 'Afspraken herhaald', en: 'Agreements repeated' },
  'script.recap': {
    nl: byTone({
      zakelijk: 'Ik herhaal wat wij hebben afgesproken. Klopt dit? U ontvangt het ook schriftelijk.',
      vriendelijk: 'Dan zet ik even op een rijtje wat we hebben afgesproken. Klopt dat zo? Dank u wel voor uw tijd!',
      streng: 'Ik herhaal uw toezeggingen; daar houden wij u aan. U ontvangt ze schriftelijk.',
    }),
    en: byTone({
      zakelijk: 'Let me repeat what we agreed. Is that correct? You will also receive it in writing.',
      vriendelijk: 'Let me sum up what we agreed. Is that right? Thank you for your time!',
      streng: 'I will repeat your commitments; we will hold you to them. You will receive them in writing.',
    }),
  },
  'step.done': { nl: 'Afgerond', en: 'Finished' },
  'script.done': {
    nl: byTone({
      zakelijk: 'Gesprek afgerond en vastgelegd.',
      vriendelijk: 'Gesprek afgerond en vastgelegd. Bedankt voor uw inzet!',
      streng: 'Gesprek afgerond en vastgelegd. Bewaak de afgesproken data.',
    }),
    en: byTone({
      zakelijk: 'Call finished and recorded.',
      vriendelijk: 'Call finished and recorded. Thanks for your effort!',
      streng: 'Call finished and recorded. Watch the agreed dates.',
    }),
  },

  // ------------------------------------------------------------ parts of script texts
  'script.invoice': { nl: '{number} van {date} ({amount})', en: '{number} of {date} ({amount})' },
  'script.earlierComplaints': { nl: 'Eerdere klachten:', en: 'Earlier complaints:' },
  'script.noEarlierComplaints': { nl: 'Geen eerdere klachten bekend.', en: 'No earlier complaints.' },
  'script.earlierComplaint': {
    nl: '{date} ({numbers}): {description} [{status, select, open {open} in_behandeling {in behandeling} other {opgelost}}]{resolved, select, yes { — {resolution}} other {}}',
    en: '{date} ({numbers}): {description} [{status, select, open {open} in_behandeling {being handled} other {resolved}}]{resolved, select, yes { — {resolution}} other {}}',
  },

  // ------------------------------------------------------------ buttons shared by several steps
  'choice.set_tone': { nl: 'Toon kiezen', en: 'Choose tone' },
  'choice.plan_policy': { nl: 'Betalingsregeling toestaan', en: 'Allow payment plan' },
  'choice.dial': { nl: 'Bellen', en: 'Dial' },
  'choice.reached': { nl: 'Juiste persoon aan de lijn', en: 'Right person on the line' },
  'choice.transferred': { nl: 'Wordt doorverbonden', en: 'Being transferred' },
  'choice.not_available': { nl: 'Verantwoordelijke niet aanwezig', en: 'Responsible person not available' },
  'choice.not_reached': { nl: 'Niet bereikt', en: 'Not reached' },
  'choice.no_answer': { nl: 'Geen gehoor', en: 'No answer' },
  'choice.voicemail': { nl: 'Voicemail', en: 'Voicemail' },
  'choice.wrong_number': { nl: 'Verkeerd nummer', en: 'Wrong number' },
  'choice.record_responsible': { nl: 'Gegevens verantwoordelijke noteren', en: 'Record responsible person' },
  'choice.skip_contact': { nl: 'Geen gegevens gekregen', en: 'No details given' },
  'choice.decider_reached': { nl: 'Leidinggevende / beslisser aan de lijn', en: 'Manager / decision maker on the line' },
  'choice.nobody': { nl: 'Niemand beschikbaar', en: 'Nobody available' },
  'choice.appointment': { nl: 'Terugbelafspraak maken', en: 'Make call-back appointment' },
  'choice.no_appointment': { nl: 'Geen afspraak mogelijk', en: 'No appointment possible' },
  'choice.send_copy': { nl: 'Kopie sturen (adres controleren)', en: 'Send copy (check address)' },
  'choice.register_complaint': { nl: 'Klacht vastleggen', en: 'Register complaint' },
  'choice.pass_to_handler': { nl: 'Doorzetten naar klachtbehandelaar', en: 'Pass to complaint handler' },
  'choice.resolve_now': { nl: 'Nu oplossen', en: 'Resolve now' },
  'choice.promise': { nl: 'Betaalbelofte (datum en bedrag)', en: 'Promise to pay (date and amount)' },
  'choice.no_commitment': { nl: 'Geen toezegging', en: 'No commitment' },
  'choice.no_more': { nl: 'Verder niets', en: 'Nothing else' },
  'choice.finish': { nl: 'Afronden', en: 'Finish' },
  'choice.back': { nl: 'Terug', en: 'Back' },
  'choice.note': { nl: 'Notitie', en: 'Note' },
  'choice.hang_up': { nl: 'Klant heeft opgehangen', en: 'Customer hung up' },
});
