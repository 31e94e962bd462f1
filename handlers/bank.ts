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
  insertBankEntry,
  knownEntries,
  liveMatches,
  matchableDebtors,
  matchableInvoices,
  unmatchedEntries,
  updateBankEntry,
  type BankEntryRow,
} from '../db/bank-entries.repo';
import { debtorNamesByIds } from '../db/debtors.repo';
import { insertImportRun } from '../db/import-sources.repo';
import { invoicesByIds } from '../db/invoices.repo';
import { insertPayment, paymentAllocationsOf } from '../db/payments.repo';
import { installmentsByIds, updateInstallment, updatePlan, plansByIds } from '../db/plans.repo';
import { promisesWithReceived, reopenPromise } from '../db/promises.repo';
import { getSettings } from '../db/settings.repo';
import { matchBankEntries, matchMethodMessage, type EntryOutcome } from '../domain/bank-matching';
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

export function importBankStatement(db: Db, file: ImportFile, todayDate: IsoDate): BankImported {
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

  const invoices = matchableInvoices(db);
  const numberOf = new Map(invoices.map((i) => [i.invoiceId, i.invoiceNumber]));
  // A statement carrying the same entry twice: the second is left out like an earlier import.
  const matching = matchBankEntries({ entries: fresh, invoices, debtors: matchableDebtors(db), earlierMatches: liveMatches(db) });
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

  const shown: { row: BankEntryRow; push: (entry: BankEntry) => void }[] = [];
  for (const [index, outcome] of matching.outcomes.entries()) {
    const entry = fresh[index]!;
    const base = entryRow(entry, importRunId);
    switch (outcome.kind) {
      case 'match': {
        const receivedOn = entry.bookingDate > todayDate ? todayDate : entry.bookingDate;
        const invoiceIds = outcome.allocations.map((a) => a.invoiceId);
        const paid = recordPayment(db, { debtorId: outcome.debtorId, receivedOn, amountCents: entry.amountCents, description: paymentDescription(entry), invoiceIds }, todayDate);
        const row = insertBankEntry(db, { ...base, outcome: 'matched', method: outcome.method, debtorId: outcome.debtorId, paymentId: paid.paymentId, installments: installmentsPaid(paid) });
        result.keptPromiseIds.push(...paid.keptPromiseIds);
        result.paidInstallments += paid.installments.filter((i) => i.status === 'paid').length;
        const allocated = paid.allocations.filter((a) => a.invoiceId !== null);
        shown.push({
          row,
          push: (e) =>
            result.matched.push({
              ...e,
              method: matchMethodMessage(outcome.method),
              invoiceNumbers: allocated.map((a) => numberOf.get(a.invoiceId!)!),
              partial: outcome.partial,
              unallocatedCents: paid.unallocatedCents,
            }),
        });
        break;
      }
      case 'undo': {
        const original = findBankEntryByEntryId(db, outcome.undoesEntryId)!;
        const allocations = paymentAllocationsOf(db, original.paymentId!).allocations;
        const paymentId = undoPayment(db, original, entry, outcome.reason, todayDate);
        const row = insertBankEntry(db, { ...base, outcome: 'undo', debtorId: original.debtorId, paymentId, undoesEntryId: original.entryId, reason: outcome.reason });
        updateBankEntry(db, original.id, { outcome: 'reversed', undoneByEntryId: entry.entryId });
        const numbers = allocations.filter((a) => a.invoiceId !== null).map((a) => numberOf.get(a.invoiceId!)!);
        shown.push({ row, push: (e) => result.undone.push({ ...e, reason: outcome.reason, invoiceNumbers: numbers }) });
        break;
      }
      case 'unmatched': {
        const row = insertBankEntry(db, { ...base, outcome: 'unmatched', debtorId: outcome.debtorId, reason: outcome.reason, detail: outcome.detail });
        shown.push({ row, push: (e) => result.unmatched.push({ ...e, reason: outcome.reason, detail: outcome.detail }) });
        break;
      }
      case 'ignored':
        insertBankEntry(db, { ...base, outcome: 'ignored', reason: outcome.reason });
        result.ignored++;
        break;
    }
  }
  const names = debtorNamesByIds(db, shown.map((s) => s.row.debtorId).filter((id): id is number => id !== null));
  for (const { row, push } of shown) push(toBankEntry(row, names));
  return result;
}

function toBankEntry(row: BankEntryRow, names: ReadonlyMap<number, string>): BankEntry {
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
