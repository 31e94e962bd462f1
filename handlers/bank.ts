// Bank statements into the ledger, in one transaction: every credit matched to invoices
// (domain/bank-matching.ts: structured reference, then numbers in the text, then account and amount)
// is recorded through the payment use case, so promises and plan terms settle; a reversal or returned
// direct debit takes its payment back, with the bank's reason, and gives the collector a task; what
// cannot be placed waits for matching by hand. Every entry is kept, so the same statement (or the same
// payments in the other format) a second time changes nothing.
import type { Db } from '../db/client';
import {
  findBankEntry,
  findBankEntryByEntryId,
  insertBankEntries,
  insertBankEntry,
  knownEntries,
  liveMatches,
  matchableDebtors,
  matchableInvoices,
  unmatchedEntries,
  updateBankEntry,
  type BankEntryRow,
  type NewBankEntry,
} from '../db/bank-entries.repo';
import { debtorNamesByIds } from '../db/debtors.repo';
import { insertImportRun } from '../db/import-sources.repo';
import { invoicesByIds } from '../db/invoices.repo';
import { insertPayment, paymentAllocationsOf } from '../db/payments.repo';
import { installmentsByIds, updateInstallment, updatePlan, plansByIds } from '../db/plans.repo';
import { promisesWithReceived, reopenPromise } from '../db/promises.repo';
import { getSettings } from '../db/settings.repo';
import { matchBankEntries, matchMethodMessage, statementClues, undoAmounts, type EntryOutcome } from '../domain/bank-matching';
import type { IsoDate } from '../domain/dates';
import { installmentLifecycle } from '../domain/lifecycle/installment';
import { planLifecycle } from '../domain/lifecycle/plan';
import { promiseLifecycle } from '../domain/lifecycle/promise';
import { message, messagesOf, type Message } from '../domain/message';
import { parseBankStatementFile } from '../formats/bank/parse-statement';
import type { StatementEntry } from '../formats/bank/statement';
import type { BankEntry, BankImported, UnmatchedEntry, bankChannels } from '../ipc/channels/bank';
import type { ImportFile } from '../ipc/channels/imports';
import { AppError } from '../ipc/errors';
import { taskMessages } from '../i18n/messages/tasks';
import { today, type HandlerGroup } from './context';
import { mustStep, requireDebtor } from './guards';
import { fileBytes, fileSha256 } from './imports';
import { recordPayment, type RecordedPayment } from './payments';
import { notAllowed } from './refusals';
import { settleDebtor } from './settle';
import { applyCreditsTogether, type StatementCredit } from './statement-payments';
import { createTask } from './tasks';

const taskTitle = messagesOf(taskMessages);

/** What the collector recognises a payment by: the kenmerk, else the payer's description. */
const descriptionOf = (e: { structuredReference: string | null; unstructured: string }) => (e.structuredReference ?? e.unstructured).trim();

/** The payment's own description in the ledger: who paid and what they wrote. */
const paymentDescription = (e: { counterpartyName: string | null; structuredReference: string | null; unstructured: string }) =>
  [e.counterpartyName, descriptionOf(e)].filter(Boolean).join(' — ').slice(0, 500);

function entryRow(entry: StatementEntry, importRunId: number) {
  return {
    entryId: entry.entryId,
    contentKey: entry.contentKey,
    importRunId,
    accountIban: entry.accountIban,
    bookingDate: entry.bookingDate,
    amountCents: entry.amountCents,
    direction: entry.direction,
    reversal: entry.reversal,
    returnReason: entry.returnReason,
    counterpartyName: entry.counterpartyName,
    counterpartyIban: entry.counterpartyIban,
    structuredReference: entry.structuredReference,
    unstructured: entry.unstructured,
    endToEndId: entry.endToEndId,
  };
}

const installmentsPaid = (paid: RecordedPayment) => paid.installments.map((i) => ({ installmentId: i.installmentId, cents: i.addCents }));

/**
 * Takes back the payment a reversal or return undoes: a counter-entry on the same day with the same
 * split (so what was open, and what counted for a promise, is as before), the plan's installments it
 * paid reopened, kept promises it carried pending again, and a task saying why.
 */
function undoPayment(db: Db, original: BankEntryRow, undoEntry: StatementEntry, reason: Message, todayDate: IsoDate): number {
  const debtorId = original.debtorId!;
  const originalPayment = paymentAllocationsOf(db, original.paymentId!);
  const paymentId = insertPayment(
    db,
    { debtorId, receivedOn: originalPayment.receivedOn, amountCents: -originalPayment.amountCents, description: paymentDescription(undoEntry) },
    originalPayment.allocations.map((a) => ({ ...a, amountCents: -a.amountCents })),
  );
  const byId = new Map(installmentsByIds(db, original.installments.map((i) => i.installmentId)).map((i) => [i.id, i]));
  const plans = new Set<number>();
  for (const { installmentId, cents } of original.installments) {
    const installment = byId.get(installmentId)!;
    const status = installment.status === 'paid' ? mustStep(installmentLifecycle, 'paid', 'payment_returned') : installment.status;
    updateInstallment(db, installmentId, { paidCents: installment.paidCents - cents, status, paidOn: status === 'paid' ? installment.paidOn : null });
    plans.add(installment.planId);
  }
  for (const plan of plansByIds(db, [...plans]))
    if (plan.status === 'completed') updatePlan(db, plan.id, { status: mustStep(planLifecycle, plan.status, 'payment_returned'), completedOn: null });
  for (const { promise, receivedCents } of promisesWithReceived(db, ['kept'], debtorId))
    if (receivedCents < promise.amountCents) reopenPromise(db, promise.id, mustStep(promiseLifecycle, promise.status, 'payment_returned'));
  settleDebtor(db, debtorId, todayDate, getSettings(db).planGraceDays);
  createTask(db, {
    debtorId,
    type: 'call_back',
    title: taskTitle('task.payment_returned', { amount: { cents: originalPayment.amountCents }, date: { date: originalPayment.receivedOn }, reason: { messages: [reason] } }),
    dueDate: todayDate,
  });
  return paymentId;
}

/**
 * Imports a statement in the caller's transaction. `oneByOne` records every credit through the payment use
 * case alone, as before the credits were paid together: the reference the tests hold the batch to.
 */
export function importBankStatement(db: Db, file: ImportFile, todayDate: IsoDate, options: { oneByOne?: boolean } = {}): BankImported {
  const parsed = parseBankStatementFile(fileBytes(file), file.name);
  if (!parsed.ok) throw new AppError('invalid_input', parsed.errors[0]!, parsed.errors.map((m) => ({ path: 'file', message: m })));
  const known = knownEntries(db, parsed.entries.map((e) => e.entryId), parsed.entries.map((e) => e.contentKey));
  const seen = new Set<string>();
  const imported = new Set<string>();
  for (const e of parsed.entries) {
    if (known.entryIds.has(e.entryId) || known.contentKeys.has(e.contentKey) || seen.has(e.entryId)) imported.add(e.entryId);
    seen.add(e.entryId);
  }
  const result: BankImported = { importRunId: null, warnings: parsed.warnings, matched: [], undone: [], unmatched: [], ignored: 0, alreadyImported: 0, keptPromiseIds: [], paidInstallments: 0 };
  const fresh = parsed.entries.filter((e) => !imported.has(e.entryId));
  result.alreadyImported = parsed.entries.length - fresh.length;
  if (fresh.length === 0) return result;

  // Only what the statement names is read: the invoices and debtors its references, texts and accounts
  // can point to, and the earlier payments its reversals and returns can take back.
  const clues = statementClues(fresh);
  const earlierMatches = liveMatches(db, undoAmounts(fresh));
  const debtors = matchableDebtors(db, clues);
  const invoices = matchableInvoices(db, {
    ...clues,
    debtorIds: debtors.map((d) => d.debtorId),
    invoiceIds: earlierMatches.flatMap((m) => m.allocations.map((a) => a.invoiceId)),
  });
  const numberOf = new Map(invoices.map((i) => [i.invoiceId, i.invoiceNumber]));
  // A statement carrying the same entry twice: the second is left out like an earlier import.
  const matching = matchBankEntries({ entries: fresh, invoices, debtors, earlierMatches });
  const tally = (kind: EntryOutcome['kind']) => matching.outcomes.filter((o) => o.kind === kind).length;
  const importRunId = insertImportRun(db, {
    kind: 'bank_statement',
    sourceId: null,
    fileName: file.name,
    fileSha256: fileSha256(file),
    importedOn: todayDate,
    counts: { entries: parsed.entries.length, matched: tally('match'), undone: tally('undo'), unmatched: tally('unmatched'), ignored: tally('ignored'), alreadyImported: result.alreadyImported },
  });
  result.importRunId = importRunId;

  // The credits of debtors whose payment sets nothing else in motion are applied together; the rest, and
  // every reversal, one at a time through the payment use case as before (handlers/statement-payments.ts).
  const credits: StatementCredit[] = [];
  const creditOf = new Map<number, number>();
  for (const [index, outcome] of matching.outcomes.entries()) {
    if (outcome.kind !== 'match') continue;
    const entry = fresh[index]!;
    creditOf.set(index, credits.length);
    credits.push({
      debtorId: outcome.debtorId,
      receivedOn: entry.bookingDate > todayDate ? todayDate : entry.bookingDate,
      amountCents: entry.amountCents,
      description: paymentDescription(entry),
      invoiceIds: outcome.allocations.map((a) => a.invoiceId),
    });
  }
  // A reversal or return changes its debtor's claim while the statement is read: that debtor's payments go one at a time.
  const undone = new Set(matching.outcomes.flatMap((o) => (o.kind === 'undo' ? [o.debtorId] : [])));
  const batch = options.oneByOne ? undefined : applyCreditsTogether(db, credits, undone);

  type Shown = { row: ShownRow; push: (entry: BankEntry) => void };
  const shown = new Map<number, Shown>();
  const later: { index: number; row: NewBankEntry; push?: (entry: BankEntry) => void }[] = [];
  // A payment may also go to invoices the statement did not name (interest, the rest to the oldest): their numbers are read at the end.
  const shownInvoices = new Set<number>();
  const invoiceIdsOf = (allocations: readonly { invoiceId: number | null }[]) => {
    const ids = allocations.flatMap((a) => (a.invoiceId === null ? [] : [a.invoiceId]));
    for (const id of ids) shownInvoices.add(id);
    return ids;
  };
  const matched = (outcome: Extract<EntryOutcome, { kind: 'match' }>, paid: RecordedPayment) => {
    result.keptPromiseIds.push(...paid.keptPromiseIds);
    result.paidInstallments += paid.installments.filter((i) => i.status === 'paid').length;
    const allocated = invoiceIdsOf(paid.allocations);
    return (e: BankEntry) =>
      result.matched.push({
        ...e,
        method: matchMethodMessage(outcome.method),
        invoiceNumbers: allocated.map((id) => numberOf.get(id)!),
        partial: outcome.partial,
        unallocatedCents: paid.unallocatedCents,
      });
  };
  const together = batch?.together ?? new Set<number>();
  for (const [index, outcome] of matching.outcomes.entries()) {
    if (outcome.kind === 'match' && together.has(creditOf.get(index)!)) continue; // written below, with the others paid together
    const entry = fresh[index]!;
    const base = entryRow(entry, importRunId);
    switch (outcome.kind) {
      case 'match': {
        const paid = recordPayment(db, credits[creditOf.get(index)!]!, todayDate);
        const row = insertBankEntry(db, { ...base, outcome: 'matched', method: outcome.method, debtorId: outcome.debtorId, paymentId: paid.paymentId, installments: installmentsPaid(paid) });
        shown.set(index, { row, push: matched(outcome, paid) });
        break;
      }
      case 'undo': {
        const original = findBankEntryByEntryId(db, outcome.undoesEntryId)!;
        const allocations = paymentAllocationsOf(db, original.paymentId!).allocations;
        const paymentId = undoPayment(db, original, entry, outcome.reason, todayDate);
        const row = insertBankEntry(db, { ...base, outcome: 'undo', debtorId: original.debtorId, paymentId, undoesEntryId: original.entryId, reason: outcome.reason });
        updateBankEntry(db, original.id, { outcome: 'reversed', undoneByEntryId: entry.entryId });
        const undoneIds = invoiceIdsOf(allocations);
        shown.set(index, { row, push: (e) => result.undone.push({ ...e, reason: outcome.reason, invoiceNumbers: undoneIds.map((id) => numberOf.get(id)!) }) });
        break;
      }
      case 'unmatched':
        later.push({ index, row: { ...base, outcome: 'unmatched', debtorId: outcome.debtorId, reason: outcome.reason, detail: outcome.detail }, push: (e) => result.unmatched.push({ ...e, reason: outcome.reason, detail: outcome.detail }) });
        break;
      case 'ignored':
        later.push({ index, row: { ...base, outcome: 'ignored', reason: outcome.reason } });
        result.ignored++;
        break;
    }
  }
  const paidTogether = batch?.write() ?? new Map<number, RecordedPayment>();
  for (const [index, outcome] of matching.outcomes.entries()) {
    if (outcome.kind !== 'match' || !together.has(creditOf.get(index)!)) continue;
    const paid = paidTogether.get(creditOf.get(index)!)!;
    const base = entryRow(fresh[index]!, importRunId);
    later.push({ index, row: { ...base, outcome: 'matched', method: outcome.method, debtorId: outcome.debtorId, paymentId: paid.paymentId, installments: [] }, push: matched(outcome, paid) });
  }
  later.sort((a, b) => a.index - b.index);
  const rowIds = insertBankEntries(db, later.map((l) => l.row));
  for (const [i, { index, row, push }] of later.entries())
    if (push) shown.set(index, { row: shownRow(fresh[index]!, rowIds[i]!, row.debtorId ?? null), push });

  for (const invoice of invoicesByIds(db, [...shownInvoices].filter((id) => !numberOf.has(id)))) numberOf.set(invoice.id, invoice.number);
  const inOrder = [...shown.entries()].sort(([a], [b]) => a - b).map(([, s]) => s);
  const names = debtorNamesByIds(db, inOrder.map((s) => s.row.debtorId).filter((id): id is number => id !== null));
  for (const { row, push } of inOrder) push(toBankEntry(row, names));
  return result;
}

/** What the import's answer shows of an entry. */
type ShownRow = Pick<BankEntryRow, 'id' | 'bookingDate' | 'amountCents' | 'direction' | 'debtorId' | 'unstructured' | 'counterpartyName' | 'counterpartyIban' | 'structuredReference'>;

function shownRow(entry: StatementEntry, id: number, debtorId: number | null): ShownRow {
  const { bookingDate, amountCents, direction, unstructured, counterpartyName, counterpartyIban, structuredReference } = entry;
  return { id, bookingDate, amountCents, direction, debtorId, unstructured, counterpartyName, counterpartyIban, structuredReference };
}

function toBankEntry(row: ShownRow, names: ReadonlyMap<number, string>): BankEntry {
  return {
    id: row.id,
    bookingDate: row.bookingDate,
    amountCents: row.amountCents,
    direction: row.direction,
    counterpartyName: row.counterpartyName,
    counterpartyIban: row.counterpartyIban,
    description: descriptionOf(row),
    debtor: row.debtorId === null ? null : { id: row.debtorId, name: names.get(row.debtorId) ?? '' },
  };
}

export function listUnmatched(db: Db, offset: number, limit: number): { total: number; entries: UnmatchedEntry[] } {
  const { total, rows } = unmatchedEntries(db, offset, limit);
  const names = new Map(rows.filter((r) => r.debtorName !== null).map((r) => [r.entry.debtorId!, r.debtorName!]));
  return { total, entries: rows.map(({ entry }) => ({ ...toBankEntry(entry, names), reason: entry.reason ?? message('bank.unmatched.noClue'), detail: entry.detail })) };
}

/** The collector places an unmatched payment on a debtor (the named invoices first), as any payment. */
export function matchByHand(db: Db, input: { entryId: number; debtorId: number; invoiceIds: number[] }, todayDate: IsoDate) {
  const entry = findBankEntry(db, input.entryId);
  if (!entry || entry.outcome !== 'unmatched') throw notAllowed('errors.bank.not_unmatched');
  if (entry.direction !== 'credit') throw notAllowed('errors.bank.not_a_payment');
  const debtor = requireDebtor(db, input.debtorId);
  const receivedOn = entry.bookingDate > todayDate ? todayDate : entry.bookingDate;
  const paid = recordPayment(db, { debtorId: debtor.id, receivedOn, amountCents: entry.amountCents, description: paymentDescription(entry), invoiceIds: input.invoiceIds }, todayDate);
  updateBankEntry(db, entry.id, { outcome: 'matched', method: 'by-hand', debtorId: debtor.id, paymentId: paid.paymentId, installments: installmentsPaid(paid), reason: null, detail: null });
  const numbers = new Map(invoicesByIds(db, paid.allocations.flatMap((a) => (a.invoiceId === null ? [] : [a.invoiceId]))).map((i) => [i.id, i.number]));
  return {
    ...toBankEntry({ ...entry, debtorId: debtor.id }, new Map([[debtor.id, debtor.name]])),
    method: message('bank.match.method.byHand'),
    invoiceNumbers: paid.allocations.filter((a) => a.invoiceId !== null).map((a) => numbers.get(a.invoiceId!)!),
    partial: false,
    unallocatedCents: paid.unallocatedCents,
  };
}

export const bankHandlers = {
  'bank:import': (ctx, { file }) => importBankStatement(ctx.db, file, today(ctx)),
  'bank:unmatched': (ctx, { offset, limit }) => listUnmatched(ctx.db, offset, limit),
  'bank:matchByHand': (ctx, input) => matchByHand(ctx.db, input, today(ctx)),
} satisfies HandlerGroup<keyof typeof bankChannels>;
