// What every letter shares: the frame (letterhead, window address, place and date, salutation,
// signature), the invoice table, the payment instruction, and the check that what a letter shows adds up.
import { friendlyFormatIBAN } from 'ibantools';
import { compareDates, formatDateLong, formatDateShort, type IsoDate } from '../dates';
import { formatEuro, type Cents } from '../money';
import type { Settings } from '../settings';
import { legalCalendar, termEndAfter, type LegalCalendar } from '../calendar/legal-terms';
import { rateTable, type RateTable } from '../legal/interest-rates';
import { receiptsIncludedThrough } from './receipts';
import { NO_VAT, type CollectionCostsOptions } from '../legal';
import { LetterModel, LetterRefused, type LetterBlock, type LetterTable, type LetterType } from './model';
import { joinDutch } from '../dutch';
import type { ContactTitle, DebtorKind } from '../primitives';
import { addressLines, salutationOf } from '../addressee';

export interface LetterDebtor {
  id: number;
  number: string;
  name: string;
  kind: DebtorKind;
  /** The user's own salutation ('Beste Jan'); null: made from the contact's title and name (domain/addressee.ts). */
  salutation: string | null;
  addressLine: string;
  postcode: string;
  city: string;
  contactName: string | null;
  contactTitle: ContactTitle | null;
}

export interface LetterInvoice {
  id: number;
  number: string;
  invoiceDate: IsoDate;
  dueDate: IsoDate;
  /** Sum of the invoice lines. */
  amountCents: Cents;
  /** What is still open on it (amount less principal paid). */
  openCents: Cents;
  /** Under an unresolved complaint: left out of reminders. */
  onHold: boolean;
  /** Covered by a payment plan that runs (issue 10 item 10): left out of reminders, the plan holds it. */
  inPlan?: boolean;
  /** Credit of open credit notes set off against this invoice (openCents is after it): say which. */
  credited?: { cents: Cents; creditNotes: readonly string[] };
}

/**
 * Sets the credit of open credit notes off against the open invoices, oldest first, leaving those under a
 * complaint for last (the credit is often that complaint's settlement, and letters leave them out): a
 * letter claims what the debtor owes net of credit it was given, as the debtor file's total does.
 * `credits` are the credit notes with credit left (open below zero).
 */
export function setOffCredit<I extends Pick<LetterInvoice, 'id' | 'openCents' | 'onHold' | 'credited'>>(invoices: readonly I[], credits: readonly { number: string; openCents: Cents }[]): I[] {
  let left = credits.reduce((s, c) => s - Math.min(0, c.openCents), 0);
  if (left === 0) return [...invoices];
  const names = credits.filter((c) => c.openCents < 0).map((c) => c.number);
  const order = [...invoices.filter((i) => !i.onHold), ...invoices.filter((i) => i.onHold)];
  const taken = new Map<number, Cents>();
  for (const i of order) {
    if (left === 0) break;
    const take = Math.min(left, Math.max(0, i.openCents));
    if (take > 0) taken.set(i.id, take);
    left -= take;
  }
  return invoices
    .map((i) => {
      const take = taken.get(i.id);
      return take ? { ...i, openCents: i.openCents - take, credited: { cents: take, creditNotes: names } } : i;
    })
    .filter((i) => i.openCents > 0);
}

export interface LetterContext {
  settings: Pick<Settings, 'company' | 'collectorName' | 'collectorRole' | 'collectionVatNotReclaimable' | 'vatRateBasisPoints' | 'addedRates' | 'addedEquatedDays'>;
  debtor: LetterDebtor;
  letterDate: IsoDate;
  /** The latest day a payment in the amounts was received (null: none); omitted: not known (receipts.ts). */
  latestReceiptOn?: IsoDate | null;
}

/** Subjects, also used where one letter names another (the dossier, a later reminder). */
export const LETTER_TITLES: Record<LetterType, string> = {
  confirmation: 'Bevestiging van onze afspraken',
  plan_agreement: 'Betalingsregeling ter ondertekening',
  reminder1: 'Betalingsherinnering',
  reminder2: 'Aanmaning',
  reminder3: 'Ingebrekestelling',
  consumer14: 'Laatste herinnering voordat er incassokosten volgen (14-dagenbrief)',
  handover_dossier: 'Overdrachtsdossier',
  plan_term_reminder: 'Herinnering termijn betalingsregeling',
};

export const day = (date: IsoDate) => formatDateLong(date);


/** "factuur 123" or "facturen 123, 456 en 789". */
export function invoiceWords(invoices: readonly { number: string }[]): string {
  return `${invoices.length === 1 ? 'factuur' : 'facturen'} ${joinDutch(invoices.map((i) => i.number))}`;
}

export function sumOf(values: readonly Cents[]): Cents {
  return values.reduce((s, v) => s + v, 0);
}

/** 1015 → '10,15%', 1500 → '15%'. */
export function percent(basisPoints: number): string {
  return `${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }).format(basisPoints / 100)}%`;
}

export function formatIban(iban: string): string {
  return friendlyFormatIBAN(iban) ?? iban;
}

/** Art. 2 lid 3 BIK: costs raised by VAT only when we cannot reclaim the collector's VAT. */
export function vatOptions(ctx: LetterContext): CollectionCostsOptions {
  return ctx.settings.collectionVatNotReclaimable ? { addVat: true, vatRateBasisPoints: ctx.settings.vatRateBasisPoints } : NO_VAT;
}

/** The day through which the letter says receipts are included: never before a payment it includes. */
export function receiptsThrough(ctx: Pick<LetterContext, 'letterDate' | 'latestReceiptOn'>): IsoDate {
  return receiptsIncludedThrough(ctx.letterDate, ctx.latestReceiptOn);
}

/** The Atw calendar the letter's terms follow: the built-in decrees and the days added in Settings. */
export function legalCalendarOf(ctx: Pick<LetterContext, 'settings'>): LegalCalendar {
  return legalCalendar(ctx.settings.addedEquatedDays);
}

/** The statutory interest table: the built-in rows and the half-years added in Settings. */
export function ratesOf(ctx: Pick<LetterContext, 'settings'>): RateTable {
  return rateTable(ctx.settings.addedRates);
}

type TermContext = Pick<LetterContext, 'letterDate' | 'settings'>;

/** A payment term of `days` after the letter date, ending as the Algemene termijnenwet says (art. 1 and 2). */
export function payByDate(ctx: TermContext, days: number): IsoDate {
  return termEndAfter(ctx.letterDate, days, legalCalendarOf(ctx)).lastDay;
}

/** "uiterlijk op 29 juni 2026 (5 dagen na de datum van deze brief, …)": the pay-by date and how it was reached. */
export function termWords(ctx: TermContext, days: number): { payBy: IsoDate; words: string } {
  const { lastDay: payBy, extendedBy } = termEndAfter(ctx.letterDate, days, legalCalendarOf(ctx));
  const moved = extendedBy.includes('Algemene termijnenwet art. 2')
    ? ', verlengd volgens de Algemene termijnenwet'
    : extendedBy.length
      ? ', verschoven naar de eerstvolgende werkdag'
      : '';
  return { payBy, words: `uiterlijk op ${day(payBy)} (${days} dagen na de datum van deze brief${moved})` };
}

/** "op rekening NL91 ABNA … t.n.v. Shoepro BV, onder vermelding van debiteurnummer 10023 en factuurnummers 123, 456 en 789". */
export function paymentInstruction(ctx: LetterContext, invoices: readonly { number: string }[]): string {
  const numbers = joinDutch(invoices.map((i) => i.number));
  const what = invoices.length === 1 ? `factuurnummer ${numbers}` : `factuurnummers ${numbers}`;
  return `op rekening ${formatIban(ctx.settings.company.iban)} t.n.v. ${ctx.settings.company.name}, onder vermelding van debiteurnummer ${ctx.debtor.number} en ${what}`;
}

/** "via 0294-123456 of debiteuren@shoepro.nl". */
export function reachUs(ctx: LetterContext): string {
  const { phone, email } = ctx.settings.company;
  const ways = [phone && `telefoonnummer ${phone}`, email].filter(Boolean) as string[];
  return ways.length ? `via ${ways.join(' of ')}` : '';
}

export const CROSSED = (what: string) => `Heeft uw betaling deze brief gekruist, dan kunt u deze ${what} als niet geschreven beschouwen.`;

/** The open invoices a reminder may ask for: overdue, not under a complaint and not in a running plan; refused when there are none. */
export function remindable(ctx: LetterContext, open: readonly LetterInvoice[]): { invoices: LetterInvoice[]; warnings: string[] } {
  const live = open.filter((i) => i.openCents > 0);
  const held = live.filter((i) => i.onHold);
  const planned = live.filter((i) => !i.onHold && i.inPlan);
  const notDue = live.filter((i) => !i.onHold && !i.inPlan && compareDates(i.dueDate, ctx.letterDate) >= 0);
  const invoices = live.filter((i) => !i.onHold && !i.inPlan && compareDates(i.dueDate, ctx.letterDate) < 0);
  const why = [
    ...(held.length ? [`${invoiceWords(held)} ${held.length === 1 ? 'valt' : 'vallen'} onder een klacht die nog niet is opgelost`] : []),
    ...(planned.length ? [`${invoiceWords(planned)} ${planned.length === 1 ? 'valt' : 'vallen'} onder een betalingsregeling`] : []),
    ...notDue.map((i) => `factuur ${i.number} vervalt pas op ${day(i.dueDate)}`),
  ];
  if (invoices.length === 0) {
    const name = ctx.debtor.name;
    if (live.length === 0) throw new LetterRefused({ key: 'errors.letter.nothing_open', params: { name } });
    if (held.length === 0 && notDue.length === 0) throw new LetterRefused({ key: 'dunning.refusal.during_plan' });
    const firstDue = notDue.map((i) => i.dueDate).sort(compareDates)[0];
    throw new LetterRefused({
      key: 'errors.letter.nothing_remindable',
      params: {
        name,
        held: { list: held.map((i) => i.number) },
        heldCount: held.length,
        notDue: { list: notDue.map((i) => i.number) },
        notDueCount: notDue.length,
        firstDue: firstDue ? { date: firstDue } : null,
      },
    });
  }
  return { invoices, warnings: why.map((w) => `Weggelaten: ${w}.`) };
}

/** The table of open invoices; the amount column is what is still open. */
export function invoiceTable(invoices: readonly LetterInvoice[], options: { caption?: string; notes?: ReadonlyMap<number, string> } = {}): LetterTable {
  // The invoice amount gets its own column only when a part payment makes it differ from the open amount.
  const partPaid = invoices.some((i) => i.amountCents !== i.openCents);
  const credited = invoices.filter((i) => i.credited);
  const notes =
    credited.length === 0
      ? options.notes
      : new Map(
          invoices.map((i) => [
            i.id,
            [options.notes?.get(i.id), i.credited && `${formatEuro(i.credited.cents)} verrekend met ${i.credited.creditNotes.length === 1 ? 'creditnota' : 'creditnota’s'} ${joinDutch(i.credited.creditNotes)}`]
              .filter(Boolean)
              .join('; '),
          ]),
        );
  return {
    caption: options.caption ?? (invoices.length === 1 ? 'Overzicht openstaande factuur' : 'Overzicht openstaande facturen'),
    columns: [
      { label: 'Factuurnummer', align: 'left' },
      { label: 'Factuurdatum', align: 'left' },
      { label: 'Vervaldatum', align: 'left' },
      ...(notes?.size ? [{ label: 'Opmerking', align: 'left' as const }] : []),
      ...(partPaid ? [{ label: 'Factuurbedrag', align: 'right' as const }] : []),
    ],
    amountHeader: 'Openstaand',
    rows: invoices.map((i) => ({
      cells: [
        i.number,
        formatDateShort(i.invoiceDate),
        formatDateShort(i.dueDate),
        ...(notes?.size ? [notes.get(i.id) ?? ''] : []),
        ...(partPaid ? [formatEuro(i.amountCents)] : []),
      ],
      cents: i.openCents,
    })),
    total: { label: 'Totaal openstaand', cents: sumOf(invoices.map((i) => i.openCents)) },
  };
}

export const paragraph = (text: string, strong = false): LetterBlock => (strong ? { kind: 'paragraph', text, strong } : { kind: 'paragraph', text });
export const table = (t: LetterTable): LetterBlock => ({ kind: 'table', table: t });

export interface LetterBody {
  type: LetterType;
  subject: string;
  blocks: LetterBlock[];
  closing?: string;
  appendix?: LetterBlock[];
  references?: { label: string; value: string }[];
  /** Instead of the debtor's salutation (the dossier is addressed to the collection agency). */
  salutation?: string;
  /** false: not posted, so no window address (the hand-over dossier). */
  posted?: boolean;
  amounts: LetterModel['amounts'];
  invoices: readonly { id: number; number: string; openCents: Cents }[];
  payBy?: IsoDate | null;
  termEndsOn?: IsoDate | null;
  warnings?: string[];
  claimed?: LetterModel['claimed'];
}

/** Puts a body in the letter frame and checks it: every total the letter shows is the sum of its lines. */
export function finishLetter(ctx: LetterContext, body: LetterBody): LetterModel {
  const { company } = ctx.settings;
  const d = ctx.debtor;
  const addressee = addressLines(d);
  const model: LetterModel = {
    type: body.type,
    letterhead: {
      name: company.name,
      addressLine: company.addressLine,
      postcode: company.postcode,
      city: company.city,
      phone: company.phone,
      email: company.email,
      iban: formatIban(company.iban),
      kvk: company.kvk,
    },
    returnAddress: `${company.name} · ${company.addressLine} · ${company.postcode} ${company.city}`,
    recipient: body.posted === false ? null : { name: addressee.name, attention: addressee.attention, addressLine: d.addressLine, postcode: d.postcode, city: d.city },
    letterDate: ctx.letterDate,
    placeAndDate: `${company.city}, ${day(ctx.letterDate)}`,
    references: body.references ?? [{ label: 'Uw debiteurnummer', value: d.number }],
    subject: body.subject,
    salutation: body.salutation ?? `${d.salutation?.trim() || salutationOf(d)},`,
    blocks: body.blocks,
    closing: body.closing ?? 'Met vriendelijke groet,',
    signature: { company: company.name, name: ctx.settings.collectorName, role: ctx.settings.collectorRole },
    appendix: body.appendix ?? [],
    debtor: { id: d.id, number: d.number, name: d.name, kind: d.kind },
    amounts: body.amounts,
    invoices: body.invoices.map(({ id, number, openCents }) => ({ id, number, openCents })),
    payBy: body.payBy ?? null,
    termEndsOn: body.termEndsOn ?? null,
    warnings: body.warnings ?? [],
    ...(body.claimed ? { claimed: body.claimed } : {}),
  };
  assertLetterAddsUp(model);
  return LetterModel.parse(model);
}

/** Throws when a shown total is not the sum of its own lines, or the amounts do not add up to the total. */
export function assertLetterAddsUp(model: LetterModel): void {
  for (const block of [...model.blocks, ...model.appendix]) {
    if (block.kind !== 'table' || !block.table.total) continue;
    const sum = sumOf(block.table.rows.map((r) => r.cents));
    if (sum !== block.table.total.cents)
      throw new Error(
        `De brief "${model.subject}" klopt niet: "${block.table.caption}" toont ${block.table.total.label} ${formatEuro(block.table.total.cents)}, maar de regels tellen op tot ${formatEuro(sum)}.`,
      );
  }
  const a = model.amounts;
  if (a.principalCents + a.interestCents + a.costsCents !== a.totalCents)
    throw new Error(
      `De brief "${model.subject}" klopt niet: hoofdsom ${formatEuro(a.principalCents)} + rente ${formatEuro(a.interestCents)} + kosten ${formatEuro(a.costsCents)} is niet ${formatEuro(a.totalCents)}.`,
    );
}

/** Amounts of a letter that asks only for principal. */
export function principalOnly(principalCents: Cents): LetterModel['amounts'] {
  return { principalCents, interestCents: 0, costsCents: 0, totalCents: principalCents };
}

/**
 * What we do when an agreement is not kept: an ingebrekestelling first, the hand-over once one was sent.
 * A consumer owes collection costs only after a 14-day letter, so their letter does not say "all costs".
 */
export function consequence(kind: LetterDebtor['kind'], next: 'ingebrekestelling' | 'overdracht'): string {
  if (next === 'ingebrekestelling') return 'ontvangt u van ons een ingebrekestelling';
  return kind === 'business'
    ? 'geven wij de vordering zonder nadere aankondiging uit handen aan een incassobureau; alle kosten daarvan komen voor uw rekening'
    : 'geven wij de vordering uit handen aan een incassobureau; de kosten die de wet ons toestaat in rekening te brengen, komen dan voor uw rekening';
}
