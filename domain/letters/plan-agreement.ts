// The payment plan agreed by phone, on paper to be signed and returned (seed 000: "de regeling op
// papier zetten, aan klant verzenden en laten ondertekenen en retourneren"; at most four terms).
import { compareDates, formatDateShort, type IsoDate } from '../dates';
import { formatEuro, type Cents } from '../money';
import {
  consequence,
  day,
  finishLetter,
  invoiceTable,
  invoiceWords,
  paragraph,
  payByDate,
  paymentInstruction,
  reachUs,
  sumOf,
  table,
  type LetterContext,
  type LetterInvoice,
} from './common';
import { LetterRefused, type LetterBlock, type LetterModel } from './model';

export interface LetterPlan {
  id: number;
  agreedOn: IsoDate;
  /** The invoices the plan covers. */
  invoiceIds: readonly number[];
  totalCents: Cents;
  installments: readonly { seq: number; dueDate: IsoDate; amountCents: Cents }[];
}

export interface PlanAgreementInput extends LetterContext {
  open: readonly LetterInvoice[];
  plan: LetterPlan;
}

/** The numbers and, for more than one, what is open on them together: "1043 (€ 121,00)", "1043 en 1050 (samen € 3.141,00)". */
function named(invoices: readonly LetterInvoice[]): string {
  const cents = sumOf(invoices.map((i) => i.openCents));
  return `${invoiceWords(invoices)} (${invoices.length === 1 ? '' : 'samen '}${formatEuro(cents)})`;
}

/**
 * What happens to the open invoices the plan does not cover (issue 10 item 10): for those under a complaint
 * payment waits until the complaint is settled; for the others their own payment term still applies.
 */
function outsideThePlan(rest: readonly LetterInvoice[]): LetterBlock[] {
  const held = rest.filter((i) => i.onHold);
  const due = rest.filter((i) => !i.onHold);
  const blocks: LetterBlock[] = [];
  if (due.length) {
    const one = due.length === 1;
    blocks.push(
      paragraph(
        `De ${named(due)} ${one ? 'valt' : 'vallen'} niet onder deze regeling; ` +
          `daarvoor blijft de betalingstermijn van de ${one ? 'factuur' : 'facturen'} gelden.`,
      ),
    );
  }
  if (held.length) {
    const one = held.length === 1;
    blocks.push(
      paragraph(
        `Over ${one ? '' : 'de '}${named(held)} ${one ? 'loopt een klacht' : 'lopen klachten'}. ${one ? 'Die factuur valt' : 'Die facturen vallen'} niet onder deze regeling; ` +
          `wij houden de betaling ervan aan tot de ${one ? 'klacht is' : 'klachten zijn'} afgehandeld.`,
      ),
    );
  }
  return blocks;
}

/** Days the debtor has to return the signed plan, unless the first term comes sooner. */
export const RETURN_SIGNED_DAYS = 7;

export function composePlanAgreement(input: PlanAgreementInput): LetterModel {
  const { plan, debtor } = input;
  if (plan.installments.length === 0) throw new LetterRefused({ key: 'errors.letter.plan_without_terms' });
  const open = input.open.filter((i) => i.openCents > 0);
  // The invoices the plan covers, as far as they are open; the rest is said apart.
  const invoices = open.filter((i) => plan.invoiceIds.includes(i.id));
  const rest = open.filter((i) => !plan.invoiceIds.includes(i.id));
  const terms = [...plan.installments].sort((a, b) => a.seq - b.seq);
  const first = terms[0]!.dueDate;
  // Signed back before the first term is due, when that comes sooner than the usual week.
  const standard = payByDate(input, RETURN_SIGNED_DAYS);
  const returnBy = compareDates(first, input.letterDate) > 0 && compareDates(first, standard) < 0 ? first : standard;
  const blocks: LetterBlock[] = [
    paragraph(
      `Op ${day(plan.agreedOn)} hebben wij telefonisch met u een betalingsregeling afgesproken voor ${invoices.length === 1 ? 'de onderstaande openstaande factuur' : 'de onderstaande openstaande facturen'}. ` +
        'Met deze brief leggen wij die regeling vast.',
    ),
  ];
  if (invoices.length) blocks.push(table(invoiceTable(invoices)));
  blocks.push(...outsideThePlan(rest));
  blocks.push(
    paragraph(`U betaalt in totaal ${formatEuro(plan.totalCents)} in ${terms.length === 1 ? 'één termijn' : `${terms.length} termijnen`}:`),
    table({
      caption: 'Termijnen van de betalingsregeling',
      columns: [
        { label: 'Termijn', align: 'left' },
        { label: 'Uiterlijk op', align: 'left' },
      ],
      amountHeader: 'Bedrag',
      rows: terms.map((t) => ({ cells: [`${t.seq}`, `${day(t.dueDate)} (${formatDateShort(t.dueDate)})`], cents: t.amountCents })),
      total: { label: 'Totaal van de regeling', cents: plan.totalCents },
    }),
    paragraph(`Maakt u elke termijn uiterlijk op de genoemde datum over ${paymentInstruction(input, invoices.length ? invoices : [{ number: 'betalingsregeling' }])}.`),
    paragraph('Zoals wij telefonisch hebben besproken, is deze regeling de laatste mogelijkheid om de vordering zonder verdere maatregelen te voldoen. Zolang u zich aan de regeling houdt, ondernemen wij geen verdere stappen.'),
    paragraph(
      'Wordt een termijn niet (volledig) op tijd betaald, dan vervalt de regeling en is het hele dan nog openstaande bedrag direct opeisbaar. ' +
        `In dat geval ${consequence(debtor.kind, 'ingebrekestelling')}, en blijft betaling daarna uit, dan ${consequence(debtor.kind, 'overdracht')}.`,
      true,
    ),
    paragraph(
      `Wilt u deze brief ondertekenen en uiterlijk op ${day(returnBy)} aan ons terugsturen? Maak gerust een kopie voor uw eigen administratie. ` +
        `Heeft u vragen over de regeling, neem dan contact met ons op ${reachUs(input)}.`,
    ),
  );
  return finishLetter(input, {
    type: 'plan_agreement',
    subject: 'Betalingsregeling ter ondertekening',
    references: [
      { label: 'Uw debiteurnummer', value: debtor.number },
      { label: 'Regeling afgesproken op', value: formatDateShort(plan.agreedOn) },
    ],
    blocks,
    appendix: [
      {
        kind: 'signatureLines',
        title: `Voor akkoord, ${debtor.name}`,
        lines: ['Naam', 'Plaats', 'Datum', 'Handtekening'],
      },
    ],
    amounts: { principalCents: plan.totalCents, interestCents: 0, costsCents: 0, totalCents: plan.totalCents },
    invoices,
    payBy: first,
  });
}
