// Herinnering termijn betalingsregeling: within an active payment plan, the term (or terms) paid late.
// It asks only for what is late, by the last day of the plan's grace period, and says the plan runs on
// (the next term and its date) — not the whole claim by a date of its own, which would contradict the
// plan the debtor signed (issue 10, item 8). What happens if it stays unpaid: the plan lapses and the
// rest of the claim is due at once, as the plan agreement said.
import { addDays, compareDates, formatDateShort, type IsoDate } from '../dates';
import { formatEuro, type Cents } from '../money';
import { consequence, day, finishLetter, paragraph, paymentInstruction, reachUs, sumOf, table, type LetterContext } from './common';
import { LetterRefused, type LetterModel } from './model';

export interface PlanTermsForReminder {
  id: number;
  agreedOn: IsoDate;
  installments: readonly { seq: number; dueDate: IsoDate; amountCents: Cents; paidCents: Cents }[];
  /** The invoices the plan covers, by number (for the payment reference). */
  invoiceNumbers: readonly string[];
}

export interface PlanTermReminderInput extends LetterContext {
  plan: PlanTermsForReminder;
  /** Days after a term's due date before an unpaid term ends the plan (Settings). */
  graceDays: number;
}

export function composePlanTermReminder(input: PlanTermReminderInput): LetterModel {
  const { plan, letterDate } = input;
  const terms = [...plan.installments].sort((a, b) => a.seq - b.seq);
  const late = terms.filter((t) => t.paidCents < t.amountCents && compareDates(t.dueDate, letterDate) < 0);
  if (late.length === 0) throw new LetterRefused({ key: 'dunning.refusal.no_late_term' });
  const lateCents = sumOf(late.map((t) => t.amountCents - t.paidCents));
  // The plan lapses the day after the first late term's grace ends; that day is the last to pay on.
  const payBy = addDays(late[0]!.dueDate, input.graceDays);
  if (compareDates(payBy, letterDate) < 0) throw new LetterRefused({ key: 'dunning.refusal.no_late_term' });
  const upcoming = terms.find((t) => t.paidCents < t.amountCents && compareDates(t.dueDate, letterDate) >= 0);
  const reference = plan.invoiceNumbers.length ? plan.invoiceNumbers.map((number) => ({ number })) : [{ number: 'betalingsregeling' }];
  return finishLetter(input, {
    type: 'plan_term_reminder',
    subject: late.length === 1 ? 'Herinnering termijn betalingsregeling' : 'Herinnering termijnen betalingsregeling',
    references: [
      { label: 'Uw debiteurnummer', value: input.debtor.number },
      { label: 'Regeling afgesproken op', value: formatDateShort(plan.agreedOn) },
    ],
    blocks: [
      paragraph(
        `Op ${day(plan.agreedOn)} hebben wij met u een betalingsregeling afgesproken. ` +
          (late.length === 1
            ? `Volgens die regeling had u termijn ${late[0]!.seq} uiterlijk op ${day(late[0]!.dueDate)} moeten betalen; dat bedrag hebben wij nog niet (volledig) ontvangen.`
            : `Volgens die regeling had u de onderstaande termijnen al moeten betalen; die bedragen hebben wij nog niet (volledig) ontvangen.`),
      ),
      table({
        caption: late.length === 1 ? 'Achterstallige termijn' : 'Achterstallige termijnen',
        columns: [
          { label: 'Termijn', align: 'left' },
          { label: 'Uiterlijk op', align: 'left' },
        ],
        amountHeader: 'Nog te betalen',
        rows: late.map((t) => ({ cells: [`${t.seq}`, formatDateShort(t.dueDate)], cents: t.amountCents - t.paidCents })),
        total: late.length > 1 ? { label: 'Totaal achterstallig', cents: lateCents } : null,
      }),
      paragraph(`Wij verzoeken u ${formatEuro(lateCents)} uiterlijk op ${day(payBy)} over te maken ${paymentInstruction(input, reference)}.`),
      paragraph(
        upcoming
          ? `De regeling loopt daarna gewoon door: de volgende termijn van ${formatEuro(upcoming.amountCents - upcoming.paidCents)} betaalt u uiterlijk op ${day(upcoming.dueDate)}. Wij vragen u nu niet om meer dan het achterstallige bedrag.`
          : 'Met dit bedrag is de regeling volledig betaald. Wij vragen u nu niet om meer dan het achterstallige bedrag.',
      ),
      paragraph(
        `Ontvangen wij ${formatEuro(lateCents)} niet uiterlijk op ${day(payBy)}, dan vervalt de regeling en is het hele dan nog openstaande bedrag direct opeisbaar. ` +
          `In dat geval ${consequence(input.debtor.kind, 'ingebrekestelling')}.`,
        true,
      ),
      paragraph(`Heeft u vragen, neem dan contact met ons op ${reachUs(input)}. Heeft uw betaling deze brief gekruist, dan kunt u deze herinnering als niet geschreven beschouwen.`),
    ],
    amounts: { principalCents: lateCents, interestCents: 0, costsCents: 0, totalCents: lateCents },
    invoices: [],
    payBy,
  });
}
