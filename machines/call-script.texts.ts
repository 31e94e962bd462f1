// What the collector says (or is reminded of) in each step, per tone and language. Pure: the machine
// exposes the step, the UI calls scriptText(step, context, lang). Dutch follows seeds 000/003/004;
// the English is a working translation for the language setting.
import { joinDutch } from '../domain/dutch';
import type { Tone } from '../domain/call-outcome';
import { addDays, formatDateLong, timeInAmsterdam } from '../domain/dates';
import { formatEuro } from '../domain/money';
import { openTotalCents } from './call-record';
import type { RuleError, RuleErrorKey } from './call-rules';
import type { CallContext, StepId } from './call-types';
import type { ComplaintStatus } from '../domain/lifecycle/complaint';

export type Lang = 'nl' | 'en';

export interface ScriptTextParams {
  /** 'Goedemorgen' / 'Goedemiddag' / 'Goedenavond' (or English) by the Amsterdam time the call started. */
  daypart: string;
  collector: string;
  company: string;
  debtor: string;
  /** The known contact at the crediteurenafdeling, '' when unknown. */
  contact: string;
  /** The person named during this call (not my department / not available), else ''. */
  responsible: string;
  /** "123 van 1 mei 2026 (€ 178,49) en 456 …" */
  invoices: string;
  /** Invoice numbers only: "123 en 456". */
  numbers: string;
  count: number;
  total: string;
  tomorrow: string;
  /** The last due date of the invoices (preventive call). */
  dueDate: string;
  maxTerms: number;
  /** Earlier complaints, one per line; '' when there are none. */
  earlier: string;
  /** True when an ingebrekestelling was already sent: the last chance ends in hand-over. */
  handOverNext: boolean;
}

type Template = (p: ScriptTextParams) => string;
type ToneTexts = Record<Tone, Template>;

const t = (zakelijk: Template, vriendelijk: Template, streng: Template): ToneTexts => ({ zakelijk, vriendelijk, streng });
const invoiceWord = (p: ScriptTextParams, one: string, many: string) => (p.count === 1 ? one : many);

// ---------------------------------------------------------------- Dutch

const NL: Record<StepId, ToneTexts> = {
  preparation: t(
    (p) => `Voorbereiding: ${p.count} openstaande ${invoiceWord(p, 'factuur', 'facturen')} van ${p.debtor}, samen ${p.total}. Controleer eerdere afspraken en klachten, kies de toon en of een betalingsregeling mag.`,
    (p) => `Voorbereiding: neem de ${invoiceWord(p, 'factuur', 'facturen')} van ${p.debtor} rustig door (${p.total}). Waarschijnlijk is het vergeten; een vriendelijke toon helpt de relatie.`,
    (p) => `Voorbereiding: ${p.debtor} heeft ${p.total} te lang open staan. Houd facturen, herinneringen en afspraken bij de hand om tegenwerpingen direct te weerleggen.`,
  ),
  greeting: t(
    (p) => `${p.daypart}, u spreekt met ${p.collector} van ${p.company}. Spreek ik met de crediteurenafdeling?${p.contact ? ` Ik zou graag ${p.contact} spreken.` : ''}`,
    (p) => `${p.daypart}! U spreekt met ${p.collector} van ${p.company}. Ik ben op zoek naar iemand van de crediteurenafdeling${p.contact ? `, bij voorkeur ${p.contact}` : ''}. Kunt u mij helpen?`,
    (p) => `${p.daypart}, met ${p.collector} van ${p.company}. Ik wil iemand van de crediteurenafdeling spreken${p.contact ? `: ${p.contact}` : ''}, over openstaande facturen.`,
  ),
  transferred: t(
    () => 'U wordt doorverbonden. Neemt de juiste persoon op, stel u dan opnieuw voor met naam en bedrijf.',
    () => 'Fijn, u wordt doorverbonden. Stel u even opnieuw voor zodra er iemand opneemt.',
    () => 'Wacht tot de verantwoordelijke opneemt en stel u direct voor met naam, bedrijf en reden van de call.',
  ),
  notAvailable: t(
    () => 'Wie is er verantwoordelijk voor de betalingen? Mag ik de naam, het directe telefoonnummer en het e-mailadres?',
    () => 'Geen probleem. Wie kan ik het beste spreken over de betalingen? Mag ik de naam, het directe nummer en het e-mailadres noteren?',
    () => 'Ik heb de naam, het directe telefoonnummer en het e-mailadres nodig van degene die over de betalingen gaat.',
  ),
  askDecider: t(
    () => 'Is er een leidinggevende of iemand anders aanwezig die over de betaling kan beslissen?',
    () => 'Is er misschien een leidinggevende of een collega die mij nu verder kan helpen met de betaling?',
    () => 'Dan wil ik nu een leidinggevende spreken, of iemand anders die over deze betaling kan beslissen.',
  ),
  callBackAppointment: t(
    (p) => `Wanneer is ${p.responsible || 'de verantwoordelijke'} bereikbaar? Spreek een datum en tijd af.`,
    (p) => `Wanneer kan ik ${p.responsible || 'de verantwoordelijke'} het beste bellen? Dan bel ik precies op dat moment.`,
    (p) => `Ik bel terug op een vaste dag en tijd. Wanneer is ${p.responsible || 'de verantwoordelijke'} zeker bereikbaar?`,
  ),
  purpose: t(
    (p) => `Ik bel u inzake ${invoiceWord(p, 'een openstaande factuur', `${p.count} openstaande facturen`)}: ${p.invoices}. Samen ${p.total}.`,
    (p) => `Ik bel even over ${invoiceWord(p, 'een factuur die nog openstaat', 'een paar facturen die nog openstaan')}: ${p.invoices}, samen ${p.total}. Misschien is het aan uw aandacht ontsnapt?`,
    (p) => `Ik bel u over ${invoiceWord(p, 'een factuur', `${p.count} facturen`)} waarvan de betaaltermijn is verstreken: ${p.invoices}. Samen ${p.total}, dat al betaald had moeten zijn.`,
  ),
  notMyDepartment: t(
    () => 'Wie gaat er wel over de betalingen? Mag ik de naam, het directe nummer en het e-mailadres?',
    () => 'Dan had ik u even verkeerd, excuses. Wie kan ik hiervoor het beste spreken? Mag ik naam, nummer en e-mailadres?',
    () => 'Dan wil ik degene spreken die er wel over gaat. Wie is dat, en wat zijn het directe nummer en het e-mailadres?',
  ),
  transferToResponsible: t(
    (p) => `Kunt u mij doorverbinden met ${p.responsible || 'deze persoon'}?`,
    (p) => `Zou u mij willen doorverbinden met ${p.responsible || 'deze persoon'}? Dank u wel.`,
    (p) => `Verbindt u mij alstublieft nu door met ${p.responsible || 'deze persoon'}.`,
  ),
  sendInvoiceData: t(
    (p) => `Ik stuur de factuurgegevens (${p.numbers}) naar ${p.responsible || 'de verantwoordelijke'}. Wanneer kan ik hem of haar bellen?`,
    (p) => `Dan mail ik de gegevens (${p.numbers}) naar ${p.responsible || 'de verantwoordelijke'}. Wanneer kan ik het beste even bellen?`,
    (p) => `${p.responsible || 'De verantwoordelijke'} ontvangt vandaag de factuurgegevens (${p.numbers}). Ik bel op een vaste dag en tijd terug: wanneer?`,
  ),
  noTime: t(
    () => 'Ik begrijp het. Wanneer kan ik u terugbellen? Of geef mij uw e-mailadres, dan stuur ik de gegevens.',
    () => 'Geen probleem, ik houd het kort. Wanneer schikt het beter? Of zal ik de gegevens even mailen?',
    (p) => `Het gaat om ${p.total} dat al betaald had moeten zijn. Noem een moment waarop ik u terugbel, of een e-mailadres voor de gegevens.`,
  ),
  neverReceived: t(
    (p) => `Ik stuur u vandaag een kopie van ${invoiceWord(p, 'factuur', 'de facturen')} ${p.numbers}. Naar welk adres of e-mailadres? Klopt het adres dat wij van u hebben?`,
    (p) => `Vervelend dat ${invoiceWord(p, 'die', 'ze')} niet ${invoiceWord(p, 'is', 'zijn')} aangekomen! Ik stuur u vandaag een kopie van ${p.numbers}. Naar welk adres mag die? Dan controleer ik meteen of ons adres klopt.`,
    (p) => `Dan ontvangt u vandaag een kopie van ${p.numbers}. Naar welk adres? Ik controleer ook het adres dat bij ons bekend is.`,
  ),
  paymentAppointment: t(
    () => 'Wanneer kan ik u bellen over de betaling, als u de kopie heeft?',
    () => 'Zullen we een moment afspreken waarop ik even nabel over de betaling, als u de kopie heeft gezien?',
    () => 'Ik bel u terug over de betaling zodra u de kopie heeft. Op welke dag en welk tijdstip?',
  ),
  invoiceIncorrect: t(
    (p) => `Wat klopt er niet aan de factuur, en om welke factuur gaat het?${p.earlier ? `\nEerdere klachten:\n${p.earlier}` : '\nGeen eerdere klachten bekend.'}`,
    (p) => `Vervelend, dat zoeken we samen uit. Wat klopt er niet, en om welke factuur gaat het?${p.earlier ? `\nEerdere klachten:\n${p.earlier}` : '\nGeen eerdere klachten bekend.'}`,
    (p) => `Om welke factuur gaat het precies, en wat is er volgens u onjuist? Dan leg ik de klacht vast.${p.earlier ? `\nEerdere klachten:\n${p.earlier}` : '\nGeen eerdere klachten bekend.'}`,
  ),
  productNotReceived: t(
    () => 'Welk product of welke dienst heeft u niet ontvangen, en bij welke factuur hoort het?',
    () => 'Dat is vervelend, dat gaan we voor u uitzoeken. Wat heeft u niet ontvangen, en bij welke factuur hoort het?',
    () => 'Welke levering ontbreekt precies, en op welke factuur staat die? Ik leg het vast en laat het direct controleren.',
  ),
  complaintHandling: t(
    () => 'Kan ik de klacht nu oplossen? Zo niet, dan zet ik hem door naar de klachtbehandelaar en informeren wij u over de oplossing.',
    () => 'Ik kijk of ik het meteen voor u kan oplossen; anders geef ik het door aan een collega, die u laat weten hoe het is opgelost.',
    () => 'Ik leg de klacht vast en zet hem door, of los hem nu op. Het deel waarover geen klacht is, blijft gewoon verschuldigd.',
  ),
  alreadyPaid: t(
    () => 'Wanneer heeft u betaald, welk bedrag, en met welke omschrijving?',
    () => 'Dank u, dan zoek ik het even na. Weet u wanneer u heeft betaald, welk bedrag en met welke omschrijving?',
    () => 'Wij hebben geen betaling ontvangen. Op welke datum heeft u betaald, welk bedrag, en met welke omschrijving?',
  ),
  paymentCheck: t(
    () => 'Zoek de betaling op. Niet te vinden? Dan zoeken wij hem na, of vraagt u om een bewijs van betaling.',
    () => 'Ik kijk even met u mee. Als ik hem niet kan vinden, wilt u mij dan een betalingsbewijs sturen?',
    () => 'Ik kan deze betaling niet vinden. Stuurt u mij vandaag een bewijs van betaling?',
  ),
  directDebit: t(
    () => 'Ik controleer de bankgegevens die wij voor de incasso gebruiken. Kloppen die nog?',
    () => 'Dan kijk ik even of de incasso goed is gegaan. Kloppen de bankgegevens die wij van u hebben nog?',
    () => 'De incasso heeft niets opgeleverd. Kloppen de bankgegevens die u ons heeft gegeven?',
  ),
  debitReversed: t(
    () => 'Is de incasso gestorneerd (teruggeboekt)? Wat was de reden?',
    () => 'Kan het zijn dat de incasso is teruggeboekt? Weet u misschien waarom?',
    () => 'Heeft u de incasso gestorneerd? Wat was daarvan de reden?',
  ),
  afterReversal: t(
    () => 'Maakt u het bedrag zelf over, of incasseren wij opnieuw? Op welke datum?',
    () => 'Wat past u het beste: zelf overmaken, of zullen wij het opnieuw incasseren? Op welke datum?',
    (p) => `Dan maakt u ${p.total} zelf over, of wij incasseren opnieuw. Noem de datum.`,
  ),
  cannotPay: t(
    (p) => `Ik ben bereid een betalingsregeling te treffen van maximaal ${p.maxTerms} termijnen. Dit is wel uw laatste optie: als de regeling niet wordt nagekomen, geven wij de vordering uit handen.`,
    (p) => `Dat begrijp ik. We kunnen samen een betalingsregeling afspreken van maximaal ${p.maxTerms} termijnen. Ik moet er eerlijk bij zeggen dat dit de laatste mogelijkheid is: lukt het niet, dan gaat de vordering naar een incassobureau.`,
    (p) => `Ik bied u één mogelijkheid: een betalingsregeling van maximaal ${p.maxTerms} termijnen. Dit is uw laatste optie. Komt u de regeling niet na, dan geven wij de vordering zonder verdere aankondiging uit handen.`,
  ),
  lastChance: t(
    (p) => `Dan geef ik u een laatste kans: op welke datum staat het volledige bedrag van ${p.total} op onze rekening? Gebeurt dat niet, dan ${p.handOverNext ? 'geven wij de vordering uit handen' : 'volgt de ingebrekestelling'}.`,
    (p) => `Ik wil u graag nog één kans geven. Op welke datum kunt u ${p.total} overmaken? Lukt dat niet, dan ${p.handOverNext ? 'moeten wij de vordering helaas uit handen geven' : 'moeten wij helaas een ingebrekestelling sturen'}.`,
    (p) => `Dit is uw laatste kans. Noem de datum waarop ${p.total} op onze rekening staat. Daarna ${p.handOverNext ? 'gaat de vordering naar het incassobureau, op uw kosten' : 'volgt de ingebrekestelling en daarna de overdracht aan het incassobureau'}.`,
  ),
  willPay: t(
    (p) => `Op welke datum maakt u het bedrag over, en welk bedrag? Heeft u alle betaalgegevens (rekeningnummer, factuurnummers ${p.numbers})?`,
    () => 'Fijn om te horen! Op welke dag kan ik de betaling verwachten, en heeft u alle gegevens die u daarvoor nodig heeft?',
    (p) => `Noem mij de exacte datum waarop ${p.total} op onze rekening staat. Heeft u het rekeningnummer en de factuurnummers?`,
  ),
  onHolidayReplacement: t(
    () => 'Wie neemt de betalingen waar tijdens de vakantie?',
    () => 'Ik begrijp dat het vakantietijd is. Is er een collega die de betalingen zolang overneemt?',
    () => 'Ook tijdens vakanties worden de salarissen betaald. Wie doet de betalingen nu?',
  ),
  onHolidayManager: t(
    () => 'Kan ik dan de leidinggevende spreken?',
    () => 'Zou ik dan misschien de leidinggevende even kunnen spreken?',
    () => 'Dan wil ik nu de leidinggevende spreken.',
  ),
  onHolidayDirector: t(
    () => 'Dan wil ik graag de directeur spreken. Er moet iemand zijn die de betalingen kan doen.',
    () => 'Is de directeur misschien bereikbaar? Er is vast iemand die de betaling kan regelen.',
    () => 'Dan spreek ik de directeur. De salarissen worden ook betaald; deze factuur kan dus ook betaald worden.',
  ),
  holidayAppointment: t(
    () => 'Wanneer kan ik de directeur of de verantwoordelijke bereiken? Spreek een datum en tijd af.',
    () => 'Wanneer kan ik de directeur of de verantwoordelijke het beste bellen?',
    () => 'Ik bel de directeur op een vaste dag en tijd terug. Wanneer?',
  ),
  bankError: t(
    () => 'Wanneer heeft u de betaalopdracht gegeven, voor welk bedrag en met welke omschrijving? Wilt u ons een afschrift sturen?',
    () => 'Dat kan gebeuren. Weet u wanneer u de opdracht heeft gegeven, welk bedrag en met welke omschrijving? Een afschrift helpt ons het uit te zoeken.',
    () => 'Ik wil dan een afschrift van die betaalopdracht zien. Wanneer is hij gegeven, voor welk bedrag en met welke omschrijving?',
  ),
  systemDown: t(
    () => 'Een overboeking kan ook via internetbankieren. Op welke datum betaalt u, of wanneer kan ik terugbellen?',
    () => 'Vervelend van uw systeem! Lukt een overboeking via internetbankieren misschien? Anders bel ik u terug zodra het weer werkt.',
    (p) => `Betalen kan ook zonder uw systeem, via internetbankieren. Op welke datum staat ${p.total} op onze rekening?`,
  ),
  agreedOtherwise: t(
    () => 'Met welke collega heeft u dat afgesproken, en wat is er precies afgesproken?',
    () => 'Dat zoek ik graag voor u na. Met wie heeft u gesproken, en wat is er afgesproken?',
    () => 'Daar is bij ons niets van vastgelegd. Met wie heeft u dat afgesproken, en wat precies? Ik controleer het vandaag.',
  ),
  commitment: t(
    (p) => `Hoe gaat u ervoor zorgen dat het factuurbedrag van ${p.total} (bijvoorbeeld morgen, ${p.tomorrow}) op onze rekening staat?`,
    (p) => `Hoe kunnen we ervoor zorgen dat het factuurbedrag van ${p.total} (bijvoorbeeld morgen, ${p.tomorrow}) op onze rekening staat?`,
    (p) => `Hoe gaat u ervoor zorgen dat ${p.total} uiterlijk morgen, ${p.tomorrow}, op onze rekening staat?`,
  ),
  anythingElse: t(
    () => 'Is er verder nog iets waardoor de betaling zou kunnen uitblijven?',
    () => 'Is er verder nog iets waarmee ik u kan helpen, zodat de betaling goed verloopt?',
    () => 'Is er nog een andere reden waarom er niet betaald zou worden?',
  ),
  recap: t(
    () => 'Ik herhaal wat wij hebben afgesproken. Klopt dit? U ontvangt het ook schriftelijk.',
    () => 'Dan zet ik even op een rijtje wat we hebben afgesproken. Klopt dat zo? Dank u wel voor uw tijd!',
    () => 'Ik herhaal uw toezeggingen; daar houden wij u aan. U ontvangt ze schriftelijk.',
  ),
  done: t(
    () => 'Gesprek afgerond en vastgelegd.',
    () => 'Gesprek afgerond en vastgelegd. Bedankt voor uw inzet!',
    () => 'Gesprek afgerond en vastgelegd. Bewaak de afgesproken data.',
  ),
  invoiceReceived: t(
    (p) => `Ik bel over onze ${invoiceWord(p, 'factuur', 'facturen')} ${p.numbers}, met vervaldatum ${p.dueDate}. Heeft u de factuur ontvangen?`,
    (p) => `Ik bel even ter service over onze ${invoiceWord(p, 'factuur', 'facturen')} ${p.numbers}; de vervaldatum is ${p.dueDate}. Heeft u de factuur goed ontvangen?`,
    (p) => `Ik bel over ${invoiceWord(p, 'factuur', 'de facturen')} ${p.numbers}, te betalen uiterlijk ${p.dueDate}. Heeft u de factuur ontvangen?`,
  ),
  sendCopy: t(
    () => 'Dan stuur ik u vandaag een kopie. Naar welk adres of e-mailadres? Klopt het adres dat wij van u hebben?',
    () => 'Goed dat we het even nagaan! Ik stuur u vandaag een kopie. Naar welk adres mag die?',
    (p) => `U ontvangt vandaag een kopie; de vervaldatum blijft ${p.dueDate}. Naar welk adres?`,
  ),
  invoiceQuestions: t(
    () => 'Heeft u vragen over de factuur?',
    () => 'Zijn er nog vragen over de factuur? Dan help ik u graag.',
    () => 'Zijn er vragen over de factuur? Dan hoor ik die nu, vóór de vervaldatum.',
  ),
  invoiceQuestion: t(
    () => 'Wat is uw vraag? Kan ik die nu beantwoorden, of is het een klacht die ik vastleg?',
    () => 'Vertelt u maar. Als ik het niet meteen weet, zoek ik het voor u uit.',
    () => 'Wat is de vraag precies? Ik beantwoord hem nu of leg hem vast.',
  ),
  goodsReceived: t(
    () => 'Heeft u alle goederen ontvangen?',
    () => 'En is alles wat u besteld heeft goed aangekomen?',
    () => 'Heeft u alle goederen van deze factuur ontvangen?',
  ),
  goodsMissing: t(
    () => 'Wat heeft u niet ontvangen, en bij welke factuur hoort het? Ik leg het vast en laat het uitzoeken.',
    () => 'Wat vervelend! Wat ontbreekt er? Ik zorg dat het direct wordt uitgezocht.',
    () => 'Welke goederen ontbreken precies, en op welke factuur staan ze? Ik leg het nu vast.',
  ),
  confirmOnTime: t(
    (p) => `Dan noteer ik dat de factuur op tijd wordt betaald, uiterlijk ${p.dueDate}. Klopt dat?`,
    (p) => `Fijn dat alles in orde is! Mag ik dan noteren dat de betaling op tijd komt, uiterlijk ${p.dueDate}?`,
    (p) => `Dan staat het bedrag van ${p.total} uiterlijk ${p.dueDate} op onze rekening. Bevestigt u dat?`,
  ),
};

// ---------------------------------------------------------------- English

const EN: Record<StepId, ToneTexts> = {
  preparation: t(
    (p) => `Preparation: ${p.count} open ${invoiceWord(p, 'invoice', 'invoices')} of ${p.debtor}, ${p.total} in total. Check earlier agreements and complaints, choose the tone and whether a payment plan may be offered.`,
    (p) => `Preparation: go through the ${invoiceWord(p, 'invoice', 'invoices')} of ${p.debtor} calmly (${p.total}). It was probably forgotten; a friendly tone helps the relationship.`,
    (p) => `Preparation: ${p.debtor} has left ${p.total} open too long. Keep invoices, reminders and agreements at hand to answer objections at once.`,
  ),
  greeting: t(
    (p) => `${p.daypart}, this is ${p.collector} from ${p.company}. Am I speaking to accounts payable?${p.contact ? ` I would like to speak to ${p.contact}.` : ''}`,
    (p) => `${p.daypart}! This is ${p.collector} from ${p.company}. I'm looking for someone in accounts payable${p.contact ? `, ideally ${p.contact}` : ''}. Could you help me?`,
    (p) => `${p.daypart}, ${p.collector} from ${p.company}. I need to speak to accounts payable${p.contact ? `: ${p.contact}` : ''} about unpaid invoices.`,
  ),
  transferred: t(
    () => 'You are being transferred. When the right person answers, introduce yourself again with name and company.',
    () => 'Good, you are being transferred. Introduce yourself again once someone answers.',
    () => 'Wait for the responsible person and introduce yourself at once with name, company and the reason for the call.',
  ),
  notAvailable: t(
    () => 'Who is responsible for payments? May I have their name, direct number and e-mail address?',
    () => 'No problem. Who is the best person to talk to about payments? May I note their name, direct number and e-mail address?',
    () => 'I need the name, direct phone number and e-mail address of the person in charge of payments.',
  ),
  askDecider: t(
    () => 'Is there a manager or anyone else present who can decide about the payment?',
    () => 'Is there perhaps a manager or colleague who can help me with the payment now?',
    () => 'Then I want to speak to a manager now, or anyone else who can decide about this payment.',
  ),
  callBackAppointment: t(
    (p) => `When can I reach ${p.responsible || 'the responsible person'}? Agree on a date and time.`,
    (p) => `When is the best time to call ${p.responsible || 'the responsible person'}? I will call at exactly that moment.`,
    (p) => `I will call back on a fixed day and time. When is ${p.responsible || 'the responsible person'} certainly available?`,
  ),
  purpose: t(
    (p) => `I'm calling about ${invoiceWord(p, 'an unpaid invoice', `${p.count} unpaid invoices`)}: ${p.invoices}. ${p.total} in total.`,
    (p) => `I'm calling about ${invoiceWord(p, 'an invoice that is still open', 'a few invoices that are still open')}: ${p.invoices}, ${p.total} in total. Perhaps it slipped your attention?`,
    (p) => `I'm calling about ${invoiceWord(p, 'an invoice', `${p.count} invoices`)} past the payment term: ${p.invoices}. ${p.total} in total, which should already have been paid.`,
  ),
  notMyDepartment: t(
    () => 'Who does handle payments? May I have their name, direct number and e-mail address?',
    () => 'Sorry, then I have the wrong person. Who is best to speak to? May I have their name, number and e-mail?',
    () => 'Then I want to speak to the person who does. Who is it, and what are their direct number and e-mail address?',
  ),
  transferToResponsible: t(
    (p) => `Could you transfer me to ${p.responsible || 'this person'}?`,
    (p) => `Would you be so kind as to transfer me to ${p.responsible || 'this person'}? Thank you.`,
    (p) => `Please transfer me to ${p.responsible || 'this person'} now.`,
  ),
  sendInvoiceData: t(
    (p) => `I will send the invoice details (${p.numbers}) to ${p.responsible || 'the responsible person'}. When can I call them?`,
    (p) => `Then I'll e-mail the details (${p.numbers}) to ${p.responsible || 'the responsible person'}. When is a good time to call?`,
    (p) => `${p.responsible || 'The responsible person'} will receive the invoice details (${p.numbers}) today. I will call back at a fixed day and time: when?`,
  ),
  noTime: t(
    () => 'I understand. When can I call you back? Or give me your e-mail address and I will send the details.',
    () => "No problem, I'll keep it short. When would suit you better? Or shall I e-mail the details?",
    (p) => `This is about ${p.total} that should already have been paid. Name a time for me to call back, or an e-mail address for the details.`,
  ),
  neverReceived: t(
    (p) => `I will send you a copy of ${invoiceWord(p, 'invoice', 'invoices')} ${p.numbers} today. To which address or e-mail? Is the address we have for you correct?`,
    (p) => `Sorry it didn't arrive! I'll send you a copy of ${p.numbers} today. Where may I send it? I'll check our address at the same time.`,
    (p) => `Then you will receive a copy of ${p.numbers} today. To which address? I will also check the address we have on file.`,
  ),
  paymentAppointment: t(
    () => 'When can I call you about the payment, once you have the copy?',
    () => 'Shall we agree on a moment for me to call about the payment, once you have seen the copy?',
    () => 'I will call you back about the payment as soon as you have the copy. Which day and time?',
  ),
  invoiceIncorrect: t(
    (p) => `What is wrong with the invoice, and which invoice is it?${p.earlier ? `\nEarlier complaints:\n${p.earlier}` : '\nNo earlier complaints.'}`,
    (p) => `Sorry to hear that, let's sort it out together. What is wrong, and which invoice is it?${p.earlier ? `\nEarlier complaints:\n${p.earlier}` : '\nNo earlier complaints.'}`,
    (p) => `Which invoice exactly, and what do you say is wrong? I will record the complaint.${p.earlier ? `\nEarlier complaints:\n${p.earlier}` : '\nNo earlier complaints.'}`,
  ),
  productNotReceived: t(
    () => 'Which product or service did you not receive, and which invoice does it belong to?',
    () => "That's annoying, we'll look into it for you. What didn't you receive, and which invoice is it on?",
    () => "Which delivery exactly is missing, and which invoice is it on? I'll record it and have it checked right away.",
  ),
  complaintHandling: t(
    () => 'Can I resolve the complaint now? If not, I will pass it to the complaint handler and we will inform you of the solution.',
    () => "I'll see if I can solve it for you right away; otherwise a colleague will take it on and let you know.",
    () => 'I will record the complaint and pass it on, or resolve it now. The undisputed part remains due.',
  ),
  alreadyPaid: t(
    () => 'When did you pay, what amount, and with which payment description?',
    () => "Thank you, I'll look it up. Do you know when you paid, what amount and with which description?",
    () => 'We have not received a payment. On what date did you pay, what amount, and with which description?',
  ),
  paymentCheck: t(
    () => 'Look up the payment. Not found? Then we look into it later, or you ask for proof of payment.',
    () => "Let me check with you. If I can't find it, would you send me proof of payment?",
    () => 'I cannot find this payment. Will you send me proof of payment today?',
  ),
  directDebit: t(
    () => 'I am checking the bank details we use for the direct debit. Are they still correct?',
    () => "Let me check whether the direct debit went through. Are the bank details we have still correct?",
    () => 'The direct debit did not succeed. Are the bank details you gave us correct?',
  ),
  debitReversed: t(
    () => 'Was the direct debit reversed? What was the reason?',
    () => 'Could the direct debit have been reversed? Do you know why?',
    () => 'Did you reverse the direct debit? What was the reason?',
  ),
  afterReversal: t(
    () => 'Will you transfer the amount yourself, or shall we collect again? On which date?',
    () => 'What suits you best: transferring it yourself, or shall we collect again? On which date?',
    (p) => `Then you transfer ${p.total} yourself, or we collect again. Name the date.`,
  ),
  cannotPay: t(
    (p) => `I am prepared to agree a payment plan of at most ${p.maxTerms} installments. This is your last option: if the plan is not kept, we will hand the claim over.`,
    (p) => `I understand. We can agree a payment plan of at most ${p.maxTerms} installments together. I have to be honest that this is the last option: if it fails, the claim goes to a collection agency.`,
    (p) => `I can offer you one option: a payment plan of at most ${p.maxTerms} installments. This is your last option. If you do not keep to it, we will hand the claim over without further notice.`,
  ),
  lastChance: t(
    (p) => `Then I give you a last chance: on what date will the full ${p.total} be in our account? If not, ${p.handOverNext ? 'we hand the claim over' : 'a formal notice of default follows'}.`,
    (p) => `I would like to give you one more chance. On what date can you transfer ${p.total}? If that fails, ${p.handOverNext ? 'we will unfortunately have to hand the claim over' : 'we will unfortunately have to send a formal notice of default'}.`,
    (p) => `This is your last chance. Name the date on which ${p.total} will be in our account. After that ${p.handOverNext ? 'the claim goes to the collection agency, at your expense' : 'a formal notice of default follows, then hand-over to the collection agency'}.`,
  ),
  willPay: t(
    (p) => `On what date will you transfer the amount, and how much? Do you have all payment details (account number, invoice numbers ${p.numbers})?`,
    () => 'Good to hear! On which day can I expect the payment, and do you have all the details you need?',
    (p) => `Tell me the exact date on which ${p.total} will be in our account. Do you have the account number and invoice numbers?`,
  ),
  onHolidayReplacement: t(
    () => 'Who takes over payments during the holiday?',
    () => 'I understand it is holiday season. Is there a colleague taking over payments in the meantime?',
    () => 'Salaries are paid during holidays too. Who is making payments now?',
  ),
  onHolidayManager: t(
    () => 'Can I speak to the manager then?',
    () => 'Could I perhaps speak to the manager then?',
    () => 'Then I want to speak to the manager now.',
  ),
  onHolidayDirector: t(
    () => 'Then I would like to speak to the director. There must be someone who can make payments.',
    () => 'Is the director available perhaps? Surely someone can arrange the payment.',
    () => 'Then I will speak to the director. Salaries are paid too, so this invoice can be paid as well.',
  ),
  holidayAppointment: t(
    () => 'When can I reach the director or the responsible person? Agree on a date and time.',
    () => 'When is the best time to call the director or the responsible person?',
    () => 'I will call the director back at a fixed day and time. When?',
  ),
  bankError: t(
    () => 'When did you give the payment order, for what amount and with which description? Would you send us a statement?',
    () => 'That can happen. Do you know when you gave the order, the amount and the description? A statement helps us look into it.',
    () => 'Then I want to see a statement of that payment order. When was it given, for what amount and with which description?',
  ),
  systemDown: t(
    () => 'A transfer can also be made through online banking. On what date will you pay, or when can I call back?',
    () => 'Annoying about your system! Could a transfer through online banking work? Otherwise I will call back once it is working again.',
    (p) => `Payment is possible without your system, through online banking. On what date will ${p.total} be in our account?`,
  ),
  agreedOtherwise: t(
    () => 'Which colleague did you agree that with, and what exactly was agreed?',
    () => "I'm happy to look into that. Who did you speak to, and what was agreed?",
    () => "Nothing of that is on record here. Who did you agree it with, and what exactly? I'll check today.",
  ),
  commitment: t(
    (p) => `How will you make sure the invoice amount of ${p.total} is in our account (for example tomorrow, ${p.tomorrow})?`,
    (p) => `How can we make sure the invoice amount of ${p.total} is in our account (for example tomorrow, ${p.tomorrow})?`,
    (p) => `How will you make sure ${p.total} is in our account by tomorrow, ${p.tomorrow}, at the latest?`,
  ),
  anythingElse: t(
    () => 'Is there anything else that could delay the payment?',
    () => 'Is there anything else I can help you with, so the payment goes smoothly?',
    () => 'Is there any other reason why payment would not be made?',
  ),
  recap: t(
    () => 'Let me repeat what we agreed. Is that correct? You will also receive it in writing.',
    () => 'Let me sum up what we agreed. Is that right? Thank you for your time!',
    () => 'I will repeat your commitments; we will hold you to them. You will receive them in writing.',
  ),
  done: t(
    () => 'Call finished and recorded.',
    () => 'Call finished and recorded. Thanks for your effort!',
    () => 'Call finished and recorded. Watch the agreed dates.',
  ),
  invoiceReceived: t(
    (p) => `I'm calling about our ${invoiceWord(p, 'invoice', 'invoices')} ${p.numbers}, due on ${p.dueDate}. Have you received the invoice?`,
    (p) => `I'm calling as a service about our ${invoiceWord(p, 'invoice', 'invoices')} ${p.numbers}; the due date is ${p.dueDate}. Did the invoice reach you?`,
    (p) => `I'm calling about ${invoiceWord(p, 'invoice', 'invoices')} ${p.numbers}, payable by ${p.dueDate}. Have you received the invoice?`,
  ),
  sendCopy: t(
    () => 'Then I will send you a copy today. To which address or e-mail? Is the address we have correct?',
    () => "Good that we checked! I'll send you a copy today. Where may I send it?",
    (p) => `You will receive a copy today; the due date remains ${p.dueDate}. To which address?`,
  ),
  invoiceQuestions: t(
    () => 'Do you have any questions about the invoice?',
    () => "Any questions about the invoice? I'm happy to help.",
    () => 'Are there questions about the invoice? I want to hear them now, before the due date.',
  ),
  invoiceQuestion: t(
    () => 'What is your question? Can I answer it now, or is it a complaint I should record?',
    () => "Go ahead. If I don't know right away, I'll find out for you.",
    () => 'What exactly is the question? I will answer it now or record it.',
  ),
  goodsReceived: t(
    () => 'Have you received all the goods?',
    () => 'And did everything you ordered arrive in good order?',
    () => 'Have you received all goods on this invoice?',
  ),
  goodsMissing: t(
    () => "What did you not receive, and which invoice does it belong to? I'll record it and have it looked into.",
    () => "How annoying! What is missing? I'll make sure it is looked into right away.",
    () => 'Which goods exactly are missing, and on which invoice? I am recording it now.',
  ),
  confirmOnTime: t(
    (p) => `Then I will note that the invoice will be paid on time, by ${p.dueDate}. Is that correct?`,
    (p) => `Glad everything is in order! May I note that payment will arrive on time, by ${p.dueDate}?`,
    (p) => `Then ${p.total} will be in our account by ${p.dueDate}. Do you confirm?`,
  ),
};

export const SCRIPT_TEXTS: Record<Lang, Record<StepId, ToneTexts>> = { nl: NL, en: EN };

// ---------------------------------------------------------------- params and lookup

function daypart(iso: string, lang: Lang): string {
  const hour = Number(timeInAmsterdam(new Date(iso)).slice(0, 2));
  const [morning, afternoon, evening] = lang === 'nl' ? ['Goedemorgen', 'Goedemiddag', 'Goedenavond'] : ['Good morning', 'Good afternoon', 'Good evening'];
  return hour < 12 ? morning : hour < 18 ? afternoon : evening;
}

const STATUS: Record<Lang, Record<ComplaintStatus, string>> = {
  nl: { open: 'open', in_behandeling: 'in behandeling', opgelost: 'opgelost' },
  en: { open: 'open', in_behandeling: 'being handled', opgelost: 'resolved' },
};

export function scriptTextParams(context: CallContext, lang: Lang): ScriptTextParams {
  const { input } = context;
  const date = (d: string) => formatDateLong(d, lang);
  const join = (items: string[]) => (lang === 'nl' ? joinDutch(items) : items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);
  const of = lang === 'nl' ? 'van' : 'of';
  const dueDates = input.openInvoices.map((i) => i.dueDate).sort();
  const byId = new Map(input.openInvoices.map((i) => [i.id, i.number]));
  return {
    daypart: daypart(context.startedAt, lang),
    collector: input.collector,
    company: input.companyName,
    debtor: input.debtor.name,
    contact: input.debtor.contact.name ?? '',
    responsible: context.data.contactUpdate?.name ?? '',
    invoices: join(input.openInvoices.map((i) => `${i.number} ${of} ${date(i.invoiceDate)} (${formatEuro(i.openCents)})`)),
    numbers: join(input.openInvoices.map((i) => i.number)),
    count: input.openInvoices.length,
    total: formatEuro(openTotalCents(context)),
    tomorrow: date(addDays(input.today, 1)),
    dueDate: date(dueDates[dueDates.length - 1]!),
    maxTerms: context.maxPlanTerms,
    earlier: input.earlierComplaints
      .map((c) => {
        const numbers = c.invoiceIds.map((id) => byId.get(id) ?? `#${id}`).join(', ');
        const resolution = c.resolution ? ` — ${c.resolution}` : '';
        return `${date(c.openedOn)} (${numbers}): ${c.description} [${STATUS[lang][c.status]}]${resolution}`;
      })
      .join('\n'),
    handOverNext: input.ingebrekestellingSent,
  };
}

/** The text of a step for this call, in its current tone. */
export function scriptText(step: StepId, context: CallContext, lang: Lang = 'nl'): string {
  return SCRIPT_TEXTS[lang][step][context.tone](scriptTextParams(context, lang));
}

// ---------------------------------------------------------------- choice labels

export const CHOICE_LABELS: Record<string, Record<Lang, string>> = {
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
  'choice.skip_appointment': { nl: 'Geen afspraak nodig', en: 'No appointment needed' },
  'choice.email': { nl: 'E-mailadres noteren en gegevens mailen', en: 'Note e-mail and send details' },
  'choice.send_copy': { nl: 'Kopie sturen (adres controleren)', en: 'Send copy (check address)' },
  'choice.register_complaint': { nl: 'Klacht vastleggen', en: 'Register complaint' },
  'choice.pass_to_handler': { nl: 'Doorzetten naar klachtbehandelaar', en: 'Pass to complaint handler' },
  'choice.resolve_now': { nl: 'Nu oplossen', en: 'Resolve now' },
  'choice.payment_details': { nl: 'Betaling noteren (datum, bedrag, omschrijving)', en: 'Record payment (date, amount, description)' },
  'choice.payment_order_details': { nl: 'Betaalopdracht noteren', en: 'Record payment order' },
  'choice.payment_found': { nl: 'Betaling gevonden', en: 'Payment found' },
  'choice.verify_later': { nl: 'Later nazoeken', en: 'Look it up later' },
  'choice.payment_not_found': { nl: 'Niet gevonden: bewijs vragen', en: 'Not found: ask for proof' },
  'choice.bank_details_correct': { nl: 'Bankgegevens kloppen', en: 'Bank details correct' },
  'choice.bank_details_wrong': { nl: 'Bankgegevens kloppen niet', en: 'Bank details wrong' },
  'choice.not_reversed': { nl: 'Niet gestorneerd: opnieuw incasseren', en: 'Not reversed: collect again' },
  'choice.reversed': { nl: 'Gestorneerd (reden noteren)', en: 'Reversed (note reason)' },
  'choice.pay_manually': { nl: 'Klant maakt zelf over', en: 'Customer transfers manually' },
  'choice.collect_again': { nl: 'Opnieuw incasseren op datum', en: 'Collect again on date' },
  'choice.plan': { nl: 'Betalingsregeling vastleggen', en: 'Record payment plan' },
  'choice.plan_refused': { nl: 'Regeling geen optie', en: 'Plan not an option' },
  'choice.last_chance_date': { nl: 'Laatste betaaldatum', en: 'Last payment date' },
  'choice.refused': { nl: 'Weigert', en: 'Refuses' },
  'choice.promise': { nl: 'Betaalbelofte (datum en bedrag)', en: 'Promise to pay (date and amount)' },
  'choice.replacement_reached': { nl: 'Vervanger aan de lijn', en: 'Replacement on the line' },
  'choice.manager_reached': { nl: 'Leidinggevende aan de lijn', en: 'Manager on the line' },
  'choice.director_reached': { nl: 'Directeur aan de lijn', en: 'Director on the line' },
  'choice.ask_manager': { nl: 'Geen vervanger: vraag leidinggevende', en: 'No replacement: ask for manager' },
  'choice.ask_director': { nl: 'Niet aanwezig: vraag directeur', en: 'Not available: ask for director' },
  'choice.director_not_available': { nl: 'Directeur niet bereikbaar', en: 'Director not available' },
  'choice.other_agreement': { nl: 'Afspraak met collega noteren', en: 'Record agreement with colleague' },
  'choice.no_commitment': { nl: 'Geen toezegging', en: 'No commitment' },
  'choice.no_more': { nl: 'Verder niets', en: 'Nothing else' },
  'choice.finish': { nl: 'Afronden', en: 'Finish' },
  'choice.yes': { nl: 'Ja', en: 'Yes' },
  'choice.no': { nl: 'Nee', en: 'No' },
  'choice.question': { nl: 'Vraag noteren', en: 'Record question' },
  'choice.confirm_on_time': { nl: 'Bevestigt betaling op tijd', en: 'Confirms payment on time' },
  'choice.not_confirmed': { nl: 'Bevestigt niet', en: 'Does not confirm' },
  'choice.back': { nl: 'Terug', en: 'Back' },
  'choice.note': { nl: 'Notitie', en: 'Note' },
  'choice.hang_up': { nl: 'Klant heeft opgehangen', en: 'Customer hung up' },
  'excuse.not_my_department': { nl: '"Ik ga daar niet over"', en: '"That\'s not my department"' },
  'excuse.no_time': { nl: '"Ik heb hier geen tijd voor"', en: '"I have no time for this"' },
  'excuse.never_received': { nl: '"Ik heb de factuur nooit ontvangen"', en: '"I never received the invoice"' },
  'excuse.invoice_incorrect': { nl: '"De factuur is onjuist"', en: '"The invoice is incorrect"' },
  'excuse.already_paid': { nl: '"De factuur heb ik reeds betaald"', en: '"I already paid the invoice"' },
  'excuse.direct_debit': { nl: '"De facturen worden automatisch geïncasseerd"', en: '"The invoices are paid by direct debit"' },
  'excuse.cannot_pay': { nl: '"Ik kan de factuur niet betalen"', en: '"I cannot pay the invoice"' },
  'excuse.will_pay': { nl: '"Oh ja, die factuur ga ik betalen"', en: '"Oh yes, I\'ll pay that invoice"' },
  'excuse.on_holiday': { nl: '"De verantwoordelijke is op vakantie"', en: '"The person responsible is on holiday"' },
  'excuse.bank_error': { nl: '"De bank heeft een fout gemaakt"', en: '"The bank made a mistake"' },
  'excuse.product_not_received': { nl: '"Product/dienst nooit ontvangen"', en: '"We never received the product/service"' },
  'excuse.system_down': { nl: '"Het systeem werkt nu niet"', en: '"The system is down"' },
  'excuse.agreed_otherwise': { nl: '"Met uw collega iets anders afgesproken"', en: '"I agreed otherwise with your colleague"' },
};

export function choiceLabel(labelKey: string, lang: Lang = 'nl'): string {
  return CHOICE_LABELS[labelKey]?.[lang] ?? labelKey;
}

// ---------------------------------------------------------------- rule errors in English

const P = (e: RuleError, k: string) => String(e.params?.[k] ?? '');

const RULE_ERRORS_EN: Record<RuleErrorKey, (e: RuleError) => string> = {
  'date.missing': () => 'Enter a date.',
  'date.vague': (e) => `"${P(e, 'input')}" is not a concrete date. Ask for a day, for example ${P(e, 'example')}.`,
  'date.invalid': (e) => `"${P(e, 'input')}" is not a valid date (DD-MM-YYYY).`,
  'date.past': (e) => `${P(e, 'date')} is in the past.`,
  'date.future': (e) => `${P(e, 'date')} is in the future; a payment already made is dated today or earlier.`,
  'time.missing': () => 'Enter a time (HH:MM).',
  'time.vague': (e) => `"${P(e, 'input')}" is not a time. Agree on a time, for example 10:30.`,
  'time.invalid': (e) => `"${P(e, 'input')}" is not a valid time (HH:MM).`,
  'appointment.not_working_day': (e) => `${P(e, 'date')} is not a working day (${P(e, 'why')}): choose a working day.`,
  'appointment.time_past': (e) => `It is already ${P(e, 'now')}: choose a later time or another day.`,
  'amount.invalid': () => 'Enter an amount greater than € 0,00.',
  'plan.not_allowed': () => 'A payment plan may not be offered to this debtor.',
  'plan.terms': (e) => `A payment plan has 1 to ${P(e, 'max')} installments, not ${P(e, 'count')}.`,
  'plan.order': (e) => `Installment ${P(e, 'term')} must fall after the previous one.`,
  'plan.sum': (e) =>
    `The installments add up to ${formatEuro(Number(e.params?.sum ?? 0))}, the agreed amount is ${formatEuro(Number(e.params?.total ?? 0))}.`,
  'complaint.no_invoice': () => 'Choose the invoice or invoices the complaint is about.',
  'complaint.unknown_invoice': () => "The complaint names an invoice that is not among this debtor's open invoices.",
  'text.missing': () => 'This field is required.',
  'email.invalid': (e) => `"${P(e, 'input')}" is not a valid e-mail address.`,
};

/** A refused submit's message in the UI language (the Dutch one is the rule's own message). */
export function ruleErrorText(error: RuleError, lang: Lang = 'nl'): string {
  return lang === 'nl' ? error.message : RULE_ERRORS_EN[error.key](error);
}
