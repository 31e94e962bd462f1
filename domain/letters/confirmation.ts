// The letter after a call (seed 000: "bevestig dit schriftelijk, voorkom hierbij e-mail"; seed 002
// step 4): what the customer will do and when, what we will do to help, and what we will do if the
// agreement is not kept. Built from what the call recorded, never from free text typed for the letter.
import { joinDutch } from '../dutch';
import { formatDateShort, todayInAmsterdam, type IsoDate } from '../dates';
import { formatEuro, type Cents } from '../money';
import type { TaskType } from '../call-outcome';
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
  receiptsThrough,
  sumOf,
  table,
  type LetterContext,
  type LetterInvoice,
} from './common';
import type { LetterPlan } from './plan-agreement';
import { LetterRefused, type LetterBlock, type LetterModel } from './model';

export interface ConfirmationInput extends LetterContext {
  open: readonly LetterInvoice[];
  call: { id: number; startedAt: string; spokeWith: string | null };
  promises: readonly { promisedDate: IsoDate; amountCents: Cents }[];
  plan: LetterPlan | null;
  tasks: readonly { type: TaskType; dueDate: IsoDate; dueTime: string | null }[];
  complaints: readonly { openedOn: IsoDate; description: string; resolution: string | null; invoiceNumbers: readonly string[] }[];
  /** What follows a broken agreement: an ingebrekestelling, or the hand-over once one was sent. */
  next: 'ingebrekestelling' | 'overdracht';
}

/** Days the customer has to correct the confirmation. */
export const CORRECTION_DAYS = 5;

function customerDoes(input: ConfirmationInput): string[] {
  const out: string[] = [];
  for (const p of input.promises) out.push(`U betaalt ${formatEuro(p.amountCents)} uiterlijk op ${day(p.promisedDate)}.`);
  if (input.plan) {
    const terms = [...input.plan.installments].sort((a, b) => a.seq - b.seq);
    out.push(
      `U betaalt ${formatEuro(input.plan.totalCents)} volgens een betalingsregeling in ${terms.length === 1 ? 'één termijn' : `${terms.length} termijnen`}: ` +
        `${joinDutch(terms.map((t) => `${formatEuro(t.amountCents)} uiterlijk op ${day(t.dueDate)}`))}.`,
      'U ondertekent de betalingsregeling die u apart van ons ontvangt en stuurt die aan ons terug.',
    );
  }
  for (const t of input.tasks) {
    if (t.type === 'request_proof_of_payment') out.push('U stuurt ons een bewijs van uw betaling, bijvoorbeeld een afschrift van de betaalopdracht.');
    if (t.type === 'collect_again') out.push(`U zorgt ervoor dat er op ${day(t.dueDate)} voldoende saldo op uw rekening staat voor de incasso.`);
  }
  return [...new Set(out)];
}

function weDo(input: ConfirmationInput): string[] {
  const out: string[] = [];
  const copies = input.open.length === 1 ? 'de factuur' : 'de facturen';
  for (const t of input.tasks) {
    switch (t.type) {
      case 'call_back':
        out.push(`Wij bellen u terug op ${day(t.dueDate)}${t.dueTime ? ` om ${t.dueTime} uur` : ''}.`);
        break;
      case 'send_invoice_copy':
        out.push(`Wij sturen u een kopie van ${copies}.`);
        break;
      case 'send_invoice_data':
        out.push('Wij sturen u de factuur- en betaalgegevens.');
        break;
      case 'verify_payment':
        out.push(`Wij controleren op ${day(t.dueDate)} of uw betaling is ontvangen.`);
        break;
      case 'check_bank_details':
        out.push('Wij controleren de bankgegevens voor de automatische incasso.');
        break;
      case 'collect_again':
        out.push(`Wij incasseren het openstaande bedrag opnieuw op ${day(t.dueDate)}.`);
        break;
      case 'send_plan_for_signature':
        out.push('Wij sturen u de betalingsregeling op papier, ter ondertekening.');
        break;
      default:
        // Complaints are told below; escalation steps belong under "if not kept"; the rest is internal.
        break;
    }
  }
  for (const c of input.complaints) {
    const which = invoiceWords(c.invoiceNumbers.map((number) => ({ number })));
    out.push(
      c.resolution
        ? `Uw klacht over ${which} is opgelost: ${c.resolution.replace(/\.$/, '')}.`
        : `Wij hebben uw klacht over ${which} op ${day(c.openedOn)} geregistreerd („${c.description.replace(/\.$/, '')}”). ` +
            'Wij behandelen de klacht en laten u weten hoe wij die oplossen. Zolang de klacht loopt, sturen wij u voor deze factuur geen herinneringen.',
    );
  }
  return [...new Set(out)];
}

function ifNotKept(input: ConfirmationInput, collectable: readonly LetterInvoice[]): string {
  const then = consequence(input.debtor.kind, input.next);
  const parts: string[] = [];
  for (const p of input.promises) parts.push(`Staat ${formatEuro(p.amountCents)} niet uiterlijk op ${day(p.promisedDate)} op onze rekening, dan ${then}.`);
  if (input.plan)
    parts.push(`Wordt een termijn van de regeling niet (volledig) op tijd betaald, dan vervalt de regeling, is het hele dan nog openstaande bedrag direct opeisbaar en ${then}.`);
  if (parts.length === 0)
    parts.push(
      collectable.length
        ? `Blijft betaling van ${invoiceWords(collectable)} uit, dan ${then}.`
        : 'Zodra uw klacht is afgehandeld, vragen wij u het bedrag te betalen dat dan nog openstaat.',
    );
  return parts.join(' ');
}

export function composeConfirmation(input: ConfirmationInput): LetterModel {
  const callDate = todayInAmsterdam(new Date(input.call.startedAt));
  const open = input.open.filter((i) => i.openCents > 0);
  const collectable = open.filter((i) => !i.onHold);
  const held = new Map(open.filter((i) => i.onHold).map((i) => [i.id, 'klacht in behandeling']));
  const blocks: LetterBlock[] = [
    paragraph(
      `Graag bevestigen wij wat wij op ${day(callDate)} telefonisch${input.call.spokeWith ? ` met ${input.call.spokeWith}` : ' met u'} hebben besproken ` +
        `over ${open.length === 1 ? 'de openstaande factuur' : 'de openstaande facturen'} van ${input.settings.company.name}.`,
    ),
  ];
  if (open.length) blocks.push(table(invoiceTable(open, { notes: held })), paragraph(`De ontvangsten tot en met ${day(receiptsThrough(input))} zijn hierin verwerkt.`));
  const customer = customerDoes(input);
  if (customer.length) {
    blocks.push({ kind: 'heading', text: 'Wat u doet' }, { kind: 'list', items: customer });
    if (collectable.length && (input.promises.length || input.plan))
      blocks.push(paragraph(`U kunt betalen ${paymentInstruction(input, collectable)}.`));
  }
  const ours = weDo(input);
  if (customer.length === 0 && ours.length === 0)
    throw new LetterRefused({ key: 'errors.letter.nothing_agreed' });
  if (ours.length) blocks.push({ kind: 'heading', text: 'Wat wij doen' }, { kind: 'list', items: ours });
  blocks.push({ kind: 'heading', text: 'Als de afspraak niet wordt nagekomen' }, paragraph(ifNotKept(input, collectable)));
  blocks.push(
    paragraph(
      `Klopt er iets niet in deze bevestiging? Laat het ons dan uiterlijk op ${day(payByDate(input, CORRECTION_DAYS))} weten ${reachUs(input)}. ` +
        'Wij danken u voor het gesprek.',
    ),
  );
  const firstPromise = [...input.promises].sort((a, b) => (a.promisedDate < b.promisedDate ? -1 : 1))[0];
  const principal = sumOf(open.map((i) => i.openCents));
  return finishLetter(input, {
    type: 'confirmation',
    subject: 'Bevestiging van onze telefonische afspraken',
    references: [
      { label: 'Uw debiteurnummer', value: input.debtor.number },
      { label: 'Ons gesprek van', value: formatDateShort(callDate) },
    ],
    blocks,
    amounts: { principalCents: principal, interestCents: 0, costsCents: 0, totalCents: principal },
    invoices: open,
    payBy: firstPromise?.promisedDate ?? input.plan?.installments[0]?.dueDate ?? null,
  });
}
