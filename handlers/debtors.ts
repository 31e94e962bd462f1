// Debtors as the collector sees them: the list (who owes what, how long overdue) and the debtor file to
// prepare a call with: who to ask for and what is open. What happened is the timeline.
import type { Db } from '../db/client';
import { debtorListPage, debtorListTotals, sortKeyLength } from '../db/debtor-list.repo';
import { findDebtorByNumber, insertDebtor, insertDebtorChange, updateDebtorDetails, type DebtorRow } from '../db/debtors.repo';
import { openInvoicesAndCredits } from '../db/invoice-balances';
import { invoiceNumberTaken } from '../db/invoices.repo';
import { insertInvoicesWithLine } from '../db/open-items.repo';
import { bookedParts } from '../db/claim-parts.repo';
import { daysBetween, type IsoDate } from '../domain/dates';
import { message } from '../domain/message';
import { DebtorFields, type DebtorFile, type DebtorListPage, type debtorChannels } from '../ipc/channels/debtors';
import type { ParsedInput } from '../ipc/contract';
import { today, type HandlerGroup } from './context';
import { requireDebtor } from './guards';
import { invalidInput, notAllowed } from './refusals';
import { readStoredText } from './stored-text';

/** One page of the list; `after` must be a cursor this sort handed out (as many keys as it orders by). */
export function debtorList(db: Db, query: ParsedInput<'debtors:list'>, today: IsoDate): DebtorListPage {
  if (query.after && query.after.length !== sortKeyLength(query.sort)) throw invalidInput('errors.invalid_input');
  const page = debtorListPage(db, query);
  return {
    rows: page.rows.map((r) => ({
      ...r,
      /** Days past the oldest open due date; negative when the first invoice falls due later. */
      daysOverdue: r.oldestDueDate ? daysBetween(r.oldestDueDate, today) : null,
    })),
    nextCursor: page.lastKey,
    totals: debtorListTotals(db, query.search),
  };
}

/** The claim parts beside the principal, as the debtor file shows them. */
function claimPartsOf(db: Db, debtorId: number): DebtorFile['claimParts'] {
  const { costs, interest } = bookedParts(db, debtorId);
  if (costs.bookedCents === 0 && interest.length === 0) return null;
  const through = interest.map((i) => i.through).sort().at(-1) ?? null;
  return {
    costsCents: costs.bookedCents - costs.paidCents,
    interestCents: interest.reduce((s, i) => s + i.bookedCents - i.paidCents, 0),
    interestThrough: through,
  };
}

export function debtorFile(db: Db, debtorId: number, today: IsoDate): DebtorFile {
  const d = requireDebtor(db, debtorId);
  const open = openInvoicesAndCredits(db, d.id).map((i) => ({
    id: i.id,
    number: i.number,
    invoiceDate: i.invoiceDate,
    dueDate: i.dueDate,
    description: i.description,
    amountCents: i.amountCents,
    openCents: i.openCents,
    daysOverdue: daysBetween(i.dueDate, today),
    onHold: i.onHold,
    complaintId: i.complaintId,
  }));
  return {
    debtor: {
      id: d.id,
      number: d.number,
      name: d.name,
      kind: d.kind,
      salutation: d.salutation,
      addressLine: d.addressLine,
      postcode: d.postcode,
      city: d.city,
      phone: d.phone,
      email: d.email,
      contactName: d.contactName,
      contactTitle: d.contactTitle,
      contactRole: d.contactRole,
      contactPhone: d.contactPhone,
      contactEmail: d.contactEmail,
      mayOfferPlan: d.mayOfferPlan,
      maxPlanTerms: d.maxPlanTerms,
      tone: d.tone,
      deliveryStop: d.deliveryStop,
      deliveryStopOn: d.deliveryStopOn,
      escalation: d.escalation,
      escalationReason: readStoredText(d.escalationReason),
      notes: d.notes,
    },
    openInvoices: open,
    totalOpenCents: open.reduce((s, i) => s + i.openCents, 0),
    claimParts: claimPartsOf(db, d.id),
  };
}

function requireFreeNumber(db: Db, number: string, self?: number): void {
  const other = findDebtorByNumber(db, number);
  if (other && other.id !== self) throw notAllowed('errors.debtor.number_taken', { number, name: other.name });
}

export function createDebtor(db: Db, fields: DebtorFields, todayDate: IsoDate): DebtorFile {
  requireFreeNumber(db, fields.number);
  return debtorFile(db, insertDebtor(db, fields), todayDate);
}

const FIELDS = Object.keys(DebtorFields.shape) as (keyof DebtorFields)[];
const asText = (value: DebtorRow[keyof DebtorFields]) => (value === null || value === undefined ? null : String(value));

/** Changes the debtor's details; the fields that changed, with their old and new values, go on the timeline. */
export function editDebtor(db: Db, input: ParsedInput<'debtors:update'>, todayDate: IsoDate): DebtorFile {
  const { id, ...fields } = input;
  const before = requireDebtor(db, id);
  requireFreeNumber(db, fields.number, id);
  const changed = FIELDS.filter((f) => asText(before[f]) !== asText(fields[f]));
  if (changed.length > 0) {
    updateDebtorDetails(db, id, Object.fromEntries(changed.map((f) => [f, fields[f]])));
    insertDebtorChange(db, { debtorId: id, changedOn: todayDate, changes: changed.map((f) => ({ field: f, before: asText(before[f]), after: asText(fields[f]) })) });
  }
  return debtorFile(db, id, todayDate);
}

/** An invoice or credit note entered by hand; a credit note's amount is stored below zero and reduces what is open. */
export function createInvoice(db: Db, input: ParsedInput<'invoices:create'>) {
  requireDebtor(db, input.debtorId);
  if (input.dueDate < input.invoiceDate)
    throw invalidInput('errors.invoice.due_before_date', { dueDate: { date: input.dueDate }, invoiceDate: { date: input.invoiceDate } }, [
      { path: 'dueDate', message: message('errors.invoice.due_before_date', { dueDate: { date: input.dueDate }, invoiceDate: { date: input.invoiceDate } }) },
    ]);
  if (invoiceNumberTaken(db, input.number)) throw notAllowed('errors.invoice.number_taken', { number: input.number });
  const amountCents = input.kind === 'credit_note' ? -input.amountCents : input.amountCents;
  const { kind: _, ...invoice } = input;
  const ids = insertInvoicesWithLine(db, [{ ...invoice, amountCents, importSourceId: null }]);
  return { id: ids.get(input.number)!, debtorId: input.debtorId, openCents: amountCents };
}

export const debtorHandlers = {
  'debtors:list': (ctx, query) => debtorList(ctx.db, query, today(ctx)),
  'debtors:get': (ctx, { id }) => debtorFile(ctx.db, id, today(ctx)),
  'debtors:create': (ctx, fields) => createDebtor(ctx.db, fields, today(ctx)),
  'debtors:update': (ctx, input) => editDebtor(ctx.db, input, today(ctx)),
  'invoices:create': (ctx, input) => createInvoice(ctx.db, input),
} satisfies HandlerGroup<keyof typeof debtorChannels>;
