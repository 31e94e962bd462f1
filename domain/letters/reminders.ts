// The dunning letters of seed 000 (betalingsherinnering, aanmaning, ingebrekestelling) and the
// consumer's 14-dagenbrief of art. 6:96 lid 6 BW. Their facts follow the seed; the sums are computed.
import { joinDutch } from '../dutch';
import type { IsoDate } from '../dates';
import { formatEuro, type Cents } from '../money';
import { bikVatDeclaration, collectionCosts, consumerDefaultAfter, DEFAULT_DELIVERY, fourteenDayTerm } from '../legal';
import {
  CROSSED,
  day,
  finishLetter,
  invoiceTable,
  invoiceWords,
  paragraph,
  legalCalendarOf,
  ratesOf,
  termWords,
  vatOptions,
  paymentInstruction,
  principalOnly,
  reachUs,
  receiptsThrough,
  remindable,
  sumOf,
  table,
  type LetterContext,
  type LetterInvoice,
} from './common';
import { claimStatement, type BookedClaimParts, costsTable, interestName, STAFFEL_SENTENCE } from './claim-statement';
import { LetterRefused, type LetterBlock, type LetterModel } from './model';

export interface ReminderInput extends LetterContext {
  /** The debtor's open invoices; those under a complaint or not yet due are left out. */
  open: readonly LetterInvoice[];
}

/** Seed 000: "uiterlijk binnen 8 dagen". */
export const REMINDER1_DAYS = 8;
/** Seed 000: "uiterlijk 5 dagen na dagtekening van dit schrijven". */
export const INGEBREKESTELLING_DAYS = 5;

const received = (ctx: LetterContext) => paragraph(`De ontvangsten tot en met ${day(receiptsThrough(ctx))} zijn hierin verwerkt.`);
const theInvoices = (invoices: readonly unknown[]) => (invoices.length === 1 ? 'de onderstaande factuur' : 'de onderstaande facturen');

export function composeReminder1(input: ReminderInput): LetterModel {
  const { invoices, warnings } = remindable(input, input.open);
  const total = sumOf(invoices.map((i) => i.openCents));
  const term = termWords(input, REMINDER1_DAYS);
  const payBy = term.payBy;
  return finishLetter(input, {
    type: 'reminder1',
    subject: 'Betalingsherinnering',
    blocks: [
      paragraph(
        `Bij controle van onze administratie is gebleken dat een bedrag van ${formatEuro(total)} nog niet is voldaan. ` +
          `De betalingstermijn van onze facturen is ${input.settings.company.paymentTermDays} dagen; deze termijn is inmiddels verstreken.`,
      ),
      table(invoiceTable(invoices)),
      received(input),
      paragraph(
        `Wij verzoeken u het openstaande bedrag van ${formatEuro(total)} ${term.words} over te maken ${paymentInstruction(input, invoices)}.`,
      ),
      paragraph(`Heeft u een vraag over ${invoiceWords(invoices)}, of is er iets niet in orde? Neem dan contact met ons op ${reachUs(input)}.`),
      paragraph(CROSSED('herinnering')),
    ],
    amounts: principalOnly(total),
    invoices,
    payBy,
    warnings,
  });
}

export function composeReminder2(input: ReminderInput & { reminder1Date: IsoDate | null }): LetterModel {
  const { invoices, warnings } = remindable(input, input.open);
  const total = sumOf(invoices.map((i) => i.openCents));
  const opening = input.reminder1Date
    ? `Op ons verzoek van ${day(input.reminder1Date)} om ${theInvoices(invoices)} te betalen, waarvan de vervaldatum is verstreken, hebben wij geen (volledige) betaling ontvangen.`
    : `Ondanks het verstrijken van de vervaldatum hebben wij voor ${theInvoices(invoices)} geen (volledige) betaling ontvangen.`;
  return finishLetter(input, {
    type: 'reminder2',
    subject: 'Aanmaning',
    blocks: [
      paragraph(opening),
      table(invoiceTable(invoices)),
      received(input),
      paragraph(`Wij verzoeken u dringend het openstaande saldo van ${formatEuro(total)} per omgaande te voldoen ${paymentInstruction(input, invoices)}.`),
      paragraph(
        `Is een factuur niet akkoord omdat u er een klacht over heeft? Laat dit dan per omgaande weten aan onze debiteurenafdeling ${reachUs(input)}.`,
      ),
      paragraph(CROSSED('aanmaning')),
    ],
    closing: 'In afwachting van uw betaling,\nmet vriendelijke groet,',
    amounts: principalOnly(total),
    invoices,
    warnings,
  });
}

export interface SentLetter {
  type: LetterModel['type'];
  letterDate: IsoDate;
  payBy: IsoDate | null;
  termEndsOn: IsoDate | null;
}

export interface Reminder3Input extends ReminderInput {
  /** Letters sent to this debtor before, oldest first. */
  sent: readonly SentLetter[];
  /** What earlier payments settled on costs and interest (art. 6:44 BW). */
  paid: { costsCents: Cents; interestCents: Cents };
  /** Costs and interest booked as claim parts before; omitted: nothing. */
  booked?: BookedClaimParts;
}

/** The last 14-dagenbrief sent, if any. */
export function lastOfType(sent: readonly SentLetter[], type: SentLetter['type']): SentLetter | null {
  return [...sent].reverse().find((l) => l.type === type) ?? null;
}

function earlierLetters(sent: readonly SentLetter[]): string {
  const named = sent
    .filter((l) => l.type === 'reminder1' || l.type === 'reminder2' || l.type === 'consumer14')
    .map((l) => `op ${day(l.letterDate)} ${l.type === 'reminder1' ? 'een betalingsherinnering' : l.type === 'reminder2' ? 'een aanmaning' : 'een 14-dagenbrief'}`);
  return named.length
    ? `Wij hebben u ${joinDutch(named)} gestuurd. Een (volledige) betaling hebben wij niet ontvangen.`
    : 'Ondanks het verstrijken van de vervaldatum hebben wij geen (volledige) betaling ontvangen.';
}

export function composeReminder3(input: Reminder3Input): LetterModel {
  const { invoices, warnings } = remindable(input, input.open);
  const kind = input.debtor.kind;
  const letter14 = kind === 'consumer' ? lastOfType(input.sent, 'consumer14') : null;
  const claim = claimStatement({
    kind,
    asOf: input.letterDate,
    invoices,
    termEndsOn: letter14?.termEndsOn ?? null,
    // A consumer is in default only after an earlier ingebrekestelling's term: the first that expired.
    consumerDefaultAfter: consumerDefaultAfter(input.sent.filter((l) => l.type === 'reminder3'), input.letterDate),
    vat: vatOptions(input),
    paid: input.paid,
    summaryCaption: `Uw schuld per ${day(input.letterDate)}`,
    rates: ratesOf(input),
    booked: input.booked,
  });
  const term = termWords(input, INGEBREKESTELLING_DAYS);
  const payBy = term.payBy;
  const pay = claim.totalCents;
  const blocks: LetterBlock[] = [
    paragraph(
      `Bij controle van onze administratie, waarin de ontvangsten tot en met ${day(receiptsThrough(input))} zijn verwerkt, ` +
        `hebben wij vastgesteld dat een bedrag van ${formatEuro(claim.principalCents)} nog openstaat. Het gaat om ${theInvoices(invoices)}:`,
    ),
    table(invoiceTable(invoices)),
    paragraph(earlierLetters(input.sent)),
    paragraph('Hierbij stellen wij u in gebreke.', true),
  ];
  if (claim.costsCharged || claim.interestTable) blocks.push(table(claim.summaryTable));
  blocks.push(
    paragraph(
      `Wij sommeren u het ${claim.costsCharged || claim.interestTable ? 'totaalbedrag' : 'openstaande bedrag'} van ${formatEuro(pay)} ` +
        `${term.words} te betalen ${paymentInstruction(input, invoices)}. ` +
        'Het bedrag moet op die dag op onze rekening staan.',
      true,
    ),
  );
  // What follows a default comes right after the demand; the arithmetic behind the amounts comes last.
  if (claim.costsCharged) {
    blocks.push(
      paragraph(
        'Blijft volledige betaling binnen deze termijn uit, dan geven wij de vordering zonder nadere aankondiging uit handen aan derden. ' +
          'U dient zich te realiseren dat alle kosten, zowel buitengerechtelijke als gerechtelijke, dan geheel voor uw rekening komen.',
      ),
    );
  } else {
    // A consumer owes collection costs only after a 14-day letter's term (art. 6:96 lid 6 BW).
    blocks.push(
      paragraph(
        letter14
          ? `Zoals wij u op ${day(letter14.letterDate)} schreven, kunt u nog tot en met ${day(letter14.termEndsOn!)} betalen zonder incassokosten. ` +
              `Betaalt u later, dan bent u daarnaast ${formatEuro(claim.costs.totalCents)} aan buitengerechtelijke incassokosten verschuldigd.`
          : 'Wij brengen u nu geen incassokosten in rekening. Voordat wij dat doen, ontvangt u van ons een aparte brief waarin wij de kosten noemen ' +
              'en u 14 dagen de tijd geven om alsnog zonder die kosten te betalen.',
      ),
      paragraph(
        'Blijft volledige betaling binnen deze termijn uit, dan nemen wij verdere incassomaatregelen en kunnen wij de vordering uit handen geven aan derden. ' +
          'Kosten die de wet ons toestaat in rekening te brengen, komen dan voor uw rekening.',
      ),
    );
  }
  blocks.push(paragraph('Wij vertrouwen erop dat het zover niet hoeft te komen.'));
  if (claim.interestTable || claim.costsCharged) blocks.push({ kind: 'heading', text: 'Toelichting op de rente en de kosten' });
  if (claim.interestTable)
    blocks.push(
      paragraph(
        kind === 'business'
          ? `${interestName(kind)} loopt vanaf de dag na de vervaldatum van elke factuur tot de dag van volledige betaling. Tot en met de datum van deze brief is dat:`
          : `${interestName(kind)} loopt vanaf de dag na het verstrijken van de termijn in onze eerdere ingebrekestelling tot de dag van volledige betaling:`,
      ),
      table(claim.interestTable),
    );
  if (claim.interestPerInvoice) blocks.push(paragraph(claim.interestPerInvoice));
  if (claim.costsCharged) {
    if (letter14)
      blocks.push(
        paragraph(
          `In onze brief van ${day(letter14.letterDate)} hebben wij u de gelegenheid gegeven om tot en met ${day(letter14.termEndsOn!)} zonder incassokosten te betalen. ` +
            'Die termijn is verstreken; daarom zijn de incassokosten nu verschuldigd.',
        ),
      );
    blocks.push(paragraph(STAFFEL_SENTENCE + (claim.costs.vatCents ? ` ${bikVatDeclaration(vatOptions(input).vatRateBasisPoints)}` : '')), table(claim.costsTable));
  }
  if (claim.interestTable || claim.costsCharged)
    blocks.push(paragraph('Ontvangen betalingen boeken wij volgens de wet eerst op de kosten, dan op de rente en daarna op de hoofdsom (art. 6:44 BW).'));
  warnings.push(...claim.rateWarnings);
  return finishLetter(input, {
    type: 'reminder3',
    subject: 'Ingebrekestelling',
    blocks,
    closing: 'Hoogachtend,',
    amounts: { principalCents: claim.principalCents, interestCents: claim.interestCents, costsCents: claim.costsCents, totalCents: claim.totalCents },
    claimed: claim.claimed,
    invoices,
    payBy,
    warnings,
  });
}

/** Art. 6:96 lid 6 BW: names the principal and the exact costs, and gives 14 days from the day after receipt. */
export function composeConsumer14(input: ReminderInput): LetterModel {
  if (input.debtor.kind !== 'consumer')
    throw new LetterRefused({ key: 'errors.letter.consumer14_for_business', params: { name: input.debtor.name } });
  const { invoices, warnings } = remindable(input, input.open);
  const principal = sumOf(invoices.map((i) => i.openCents));
  const vat = vatOptions(input);
  const costs = collectionCosts(principal, vat);
  const term = fourteenDayTerm(input.letterDate, DEFAULT_DELIVERY, legalCalendarOf(input));
  const costsTbl = costsTable(costs, vat, 0, 'Berekening van de incassokosten');
  return finishLetter(input, {
    type: 'consumer14',
    subject: 'Laatste herinnering voordat er incassokosten volgen',
    blocks: [
      paragraph(
        `Volgens onze administratie ${invoices.length === 1 ? 'is de onderstaande factuur' : 'zijn de onderstaande facturen'} nog niet (volledig) betaald, ` +
          'hoewel de vervaldatum is verstreken.',
      ),
      table(invoiceTable(invoices)),
      received(input),
      paragraph(
        `Wij geven u de gelegenheid het openstaande bedrag van ${formatEuro(principal)} zonder extra kosten te betalen binnen 14 dagen, ` +
          'te rekenen vanaf de dag na de dag waarop u deze brief heeft ontvangen.',
        true,
      ),
      paragraph(
        `Wij gaan ervan uit dat deze brief u uiterlijk op ${day(term.deliveredOn)} bereikt (de tweede postbezorgdag na de datum van deze brief). Het bedrag moet dan uiterlijk op ${day(term.termEndsOn)} ` +
          `zijn bijgeschreven ${paymentInstruction(input, invoices)}.`,
      ),
      paragraph(
        `Betaalt u niet binnen deze termijn, dan bent u naast het openstaande bedrag ook ${formatEuro(costs.totalCents)} aan buitengerechtelijke incassokosten verschuldigd. ` +
          'Het bedrag wordt dan:',
      ),
      table({
        caption: `Wat u verschuldigd bent als u niet uiterlijk op ${day(term.termEndsOn)} betaalt`,
        columns: [{ label: 'Onderdeel', align: 'left' }],
        amountHeader: 'Bedrag',
        rows: [
          { cells: ['Openstaand bedrag (hoofdsom)'], cents: principal },
          { cells: [costs.vatCents ? 'Buitengerechtelijke incassokosten, inclusief btw' : 'Buitengerechtelijke incassokosten'], cents: costs.totalCents },
        ],
        total: { label: 'Totaal na de termijn', cents: principal + costs.totalCents },
      }),
      paragraph(
        STAFFEL_SENTENCE + (costs.vatCents ? ` ${bikVatDeclaration(vat.vatRateBasisPoints)}` : ''),
      ),
      table(costsTbl),
      paragraph(
        `Kunt u het bedrag niet in één keer betalen, of klopt de factuur volgens u niet? Neem dan uiterlijk op ${day(term.termEndsOn)} contact met ons op ${reachUs(input)}. ` +
          'Dan zoeken wij samen naar een oplossing.',
      ),
      paragraph(CROSSED('brief')),
    ],
    amounts: principalOnly(principal),
    invoices,
    payBy: term.termEndsOn,
    termEndsOn: term.termEndsOn,
    warnings,
  });
}
