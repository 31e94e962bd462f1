// The dossier that goes with the claim to the collection agency (schedule day 31: "vordering uit
// handen aan het incassobureau"): the claim as of its date and everything that led up to it.
// A consumer's claim may not go before the day after the 14-day letter's term (art. 6:96 lid 6 BW).
import { compareDates, formatDateShort, todayInAmsterdam, type IsoDate } from '../dates';
import { formatEuro, type Cents } from '../money';
import { consumerDefaultAfter, earliestHandOver } from '../legal';
import {
  day,
  finishLetter,
  invoiceTable,
  invoiceWords,
  LETTER_TITLES,
  paragraph,
  ratesOf,
  remindable,
  sumOf,
  table,
  vatOptions,
  type LetterContext,
  type LetterInvoice,
} from './common';
import { claimStatement, type BookedClaimParts, STAFFEL_SENTENCE } from './claim-statement';
import { lastOfType, type SentLetter } from './reminders';
import { LetterRefused, type LetterBlock, type LetterModel } from './model';

export interface HandoverInput extends LetterContext {
  contact: {
    phone: string | null;
    email: string | null;
    contactName: string | null;
    contactRole: string | null;
    contactPhone: string | null;
    contactEmail: string | null;
  };
  open: readonly LetterInvoice[];
  sent: readonly (SentLetter & { totalCents: Cents })[];
  payments: readonly { receivedOn: IsoDate; amountCents: Cents; description: string }[];
  calls: readonly { startedAt: string; result: string; summary: string }[];
  complaints: readonly { openedOn: IsoDate; status: string; description: string; resolution: string | null; invoiceNumbers: readonly string[] }[];
  /** Promises to pay the debtor made, oldest first. */
  promises: readonly { madeOn: IsoDate; promisedDate: IsoDate; amountCents: Cents; status: string }[];
  /** Payment plans agreed, oldest first, with their terms. */
  plans: readonly { agreedOn: IsoDate; status: string; totalCents: Cents; installments: readonly { dueDate: IsoDate; amountCents: Cents; paidCents: Cents; status: string }[] }[];
  paid: { costsCents: Cents; interestCents: Cents };
  /** Costs and interest booked as claim parts before; omitted: nothing. */
  booked?: BookedClaimParts;
}

/** Call results in the dossier's words (domain/call-outcome.ts CallResult). */
const CALL_RESULTS: Record<string, string> = {
  agreement: 'afspraak gemaakt',
  complaint: 'klacht geregistreerd',
  no_agreement: 'geen afspraak',
  call_back: 'terugbelafspraak',
  not_reached: 'niet bereikt',
  no_answer: 'geen gehoor',
  voicemail: 'voicemail',
  wrong_number: 'verkeerd nummer',
  preventive_confirmed: 'preventief: betaling op tijd toegezegd',
  preventive_issue: 'preventief: vraag of probleem',
};

const COMPLAINT_STATUS: Record<string, string> = { open: 'open', in_behandeling: 'in behandeling', opgelost: 'opgelost' };
const PROMISE_STATUS: Record<string, string> = { pending: 'lopend', kept: 'nagekomen', broken: 'niet nagekomen' };
const PLAN_STATUS: Record<string, string> = {
  proposed: 'voorgesteld',
  sent: 'ter ondertekening verstuurd',
  signed: 'ondertekend',
  active: 'lopend',
  completed: 'voldaan',
  defaulted: 'niet nagekomen',
};
const INSTALLMENT_STATUS: Record<string, string> = { due: 'open', late: 'te laat', paid: 'betaald' };

/** A heading with its items as a list, or a sentence saying there are none. */
function listSection(heading: string, items: string[], none: string): LetterBlock[] {
  return [{ kind: 'heading', text: heading }, items.length ? { kind: 'list', items } : paragraph(none)];
}

/** Refuses a consumer's hand-over before the 14-day term has passed. */
export function assertHandOverAllowed(input: Pick<HandoverInput, 'debtor' | 'letterDate' | 'sent'>): void {
  if (input.debtor.kind !== 'consumer') return;
  const letter14 = lastOfType(input.sent, 'consumer14');
  const earliest = earliestHandOver('consumer', input.letterDate, letter14?.termEndsOn ?? null);
  if (earliest === null)
    throw new LetterRefused({ key: 'errors.letter.handover_needs_14day', params: { name: input.debtor.name } });
  if (compareDates(earliest, input.letterDate) > 0)
    throw new LetterRefused({
      key: 'errors.letter.handover_too_early',
      params: { name: input.debtor.name, letterDate: { date: letter14!.letterDate }, termEndsOn: { date: letter14!.termEndsOn! }, earliest: { date: earliest } },
    });
}

export function composeHandoverDossier(input: HandoverInput): LetterModel {
  assertHandOverAllowed(input);
  const { invoices, warnings } = remindable(input, input.open);
  const { debtor, contact } = input;
  const claim = claimStatement({
    kind: debtor.kind,
    asOf: input.letterDate,
    invoices,
    termEndsOn: lastOfType(input.sent, 'consumer14')?.termEndsOn ?? null,
    consumerDefaultAfter: consumerDefaultAfter(input.sent.filter((l) => l.type === 'reminder3'), input.letterDate),
    vat: vatOptions(input),
    paid: input.paid,
    summaryCaption: `Totaal van de vordering per ${day(input.letterDate)}`,
    rates: ratesOf(input),
    booked: input.booked,
  });
  const held = input.open.filter((i) => i.openCents > 0 && i.onHold);
  const facts = [
    { label: 'Naam', value: debtor.name },
    { label: 'Debiteurnummer', value: debtor.number },
    { label: 'Soort', value: debtor.kind === 'business' ? 'zakelijk' : 'consument' },
    { label: 'Adres', value: `${debtor.addressLine}, ${debtor.postcode} ${debtor.city}` },
    ...(contact.phone ? [{ label: 'Telefoon', value: contact.phone }] : []),
    ...(contact.email ? [{ label: 'E-mail', value: contact.email }] : []),
    ...(contact.contactName ? [{ label: 'Contactpersoon', value: [contact.contactName, contact.contactRole].filter(Boolean).join(', ') }] : []),
    ...(contact.contactPhone ? [{ label: 'Direct nummer', value: contact.contactPhone }] : []),
    ...(contact.contactEmail ? [{ label: 'E-mail contactpersoon', value: contact.contactEmail }] : []),
  ];
  const blocks: LetterBlock[] = [
    paragraph(
      `Hierbij dragen wij onze vordering op ${debtor.name} aan u over ter incasso. Hieronder vindt u de stand van de vordering per ${day(input.letterDate)} ` +
        'en wat eraan voorafging: de facturen, de rente en kosten, de ontvangen betalingen, onze brieven en gesprekken, de betaalbeloftes, regelingen en klachten.',
    ),
    { kind: 'heading', text: 'Debiteur' },
    { kind: 'facts', items: facts },
    { kind: 'heading', text: `Vordering per ${day(input.letterDate)}` },
    table(invoiceTable(invoices)),
    table(claim.summaryTable),
  ];
  if (held.length)
    blocks.push(
      paragraph(`Niet overgedragen: ${invoiceWords(held)} (${formatEuro(sumOf(held.map((i) => i.openCents)))}) ${held.length === 1 ? 'valt' : 'vallen'} onder een klacht die nog niet is opgelost.`),
    );
  if (claim.interestTable) blocks.push(table(claim.interestTable));
  if (claim.interestPerInvoice) blocks.push(paragraph(claim.interestPerInvoice));
  if (claim.costsCharged) blocks.push(paragraph(STAFFEL_SENTENCE), table(claim.costsTable));

  blocks.push({ kind: 'heading', text: 'Ontvangen betalingen' });
  if (input.payments.length)
    blocks.push(
      table({
        caption: 'Ontvangen betalingen',
        columns: [
          { label: 'Ontvangen op', align: 'left' },
          { label: 'Omschrijving', align: 'left' },
        ],
        amountHeader: 'Bedrag',
        rows: input.payments.map((p) => ({ cells: [formatDateShort(p.receivedOn), p.description || '—'], cents: p.amountCents })),
        total: { label: 'Totaal ontvangen', cents: sumOf(input.payments.map((p) => p.amountCents)) },
      }),
    );
  else blocks.push(paragraph('Er zijn geen betalingen ontvangen.'));

  blocks.push(
    ...listSection(
      'Verstuurde brieven',
      input.sent.map(
        (l) =>
          `${formatDateShort(l.letterDate)} ${LETTER_TITLES[l.type]}: ${formatEuro(l.totalCents)}` +
          (l.termEndsOn ? `, termijn tot en met ${formatDateShort(l.termEndsOn)}` : l.payBy ? `, te betalen uiterlijk op ${formatDateShort(l.payBy)}` : ''),
      ),
      'Er zijn geen brieven verstuurd.',
    ),
    ...listSection(
      'Gesprekken',
      input.calls.map((c) => {
        const summary = c.summary.replace(/\s*\n\s*/g, ' ').trim();
        return `${formatDateShort(todayInAmsterdam(new Date(c.startedAt)))} ${CALL_RESULTS[c.result] ?? c.result}${summary ? `: ${summary}` : ''}`;
      }),
      'Er zijn geen gesprekken gevoerd.',
    ),
    ...listSection(
      'Betaalbeloftes',
      input.promises.map((p) => `${formatDateShort(p.madeOn)} toegezegd: ${formatEuro(p.amountCents)} uiterlijk op ${formatDateShort(p.promisedDate)} (${PROMISE_STATUS[p.status] ?? p.status})`),
      'Er zijn geen betaalbeloftes gedaan.',
    ),
    ...listSection(
      'Betalingsregelingen',
      input.plans.map(
        (p) =>
          `${formatDateShort(p.agreedOn)} regeling van ${formatEuro(p.totalCents)} in ${p.installments.length} ${p.installments.length === 1 ? 'termijn' : 'termijnen'} (${PLAN_STATUS[p.status] ?? p.status}): ` +
          p.installments
            .map((t, i) => `${i + 1}e termijn ${formatEuro(t.amountCents)} op ${formatDateShort(t.dueDate)}, ${INSTALLMENT_STATUS[t.status] ?? t.status}${t.paidCents > 0 && t.status !== 'paid' ? ` (${formatEuro(t.paidCents)} ontvangen)` : ''}`)
            .join('; '),
      ),
      'Er is geen betalingsregeling getroffen.',
    ),
    ...listSection(
      'Klachten',
      input.complaints.map(
        (c) =>
          `${formatDateShort(c.openedOn)} ${invoiceWords(c.invoiceNumbers.map((number) => ({ number })))} (${COMPLAINT_STATUS[c.status] ?? c.status}): ${c.description}` +
          (c.resolution ? ` Oplossing: ${c.resolution}` : ''),
      ),
      'Er zijn geen klachten ingediend.',
    ),
  );
  warnings.push(...claim.rateWarnings);

  return finishLetter(input, {
    type: 'handover_dossier',
    subject: `Overdrachtsdossier vordering op ${debtor.name}`,
    posted: false,
    salutation: 'Geachte heer/mevrouw,',
    references: [
      { label: 'Debiteurnummer', value: debtor.number },
      { label: 'Vordering per', value: formatDateShort(input.letterDate) },
    ],
    blocks,
    amounts: { principalCents: claim.principalCents, interestCents: claim.interestCents, costsCents: claim.costsCents, totalCents: claim.totalCents },
    claimed: claim.claimed,
    invoices,
    warnings,
  });
}
