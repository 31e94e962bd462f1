// The letter channels: preview, issue (one or a batch), the letters sent, and what the debtor screen and
// the batch screen offer. Each letter type is a module in handlers/letters/types/.
import type { Db } from '../db/client';
import { batchCandidateRows, findLetter, lettersOf } from '../db/letters.repo';
import { callsWithResult } from '../db/calls.repo';
import { plansAwaitingSignature } from '../db/plans.repo';
import type { IsoDate } from '../domain/dates';
import { LetterModel } from '../domain/letters';
import type { BatchCandidate, LetterOptions, letterChannels } from '../ipc/channels/letters';
import { today, type HandlerGroup } from './context';
import { requireDebtor } from './guards';
import { notAllowed, notFound } from './refusals';
import { composeLetter, issueBatch, issueLetter } from './letters/issue';
import { letterTypeModules } from './letters/types';

/** One letter as it was printed. */
export function getLetter(db: Db, id: number) {
  const row = findLetter(db, id);
  if (!row) throw notFound('errors.not_found', { thing: 'letter', id });
  const { content, ...summary } = row;
  const parsed = LetterModel.safeParse(JSON.parse(content));
  if (!parsed.success) throw notAllowed('errors.letter.not_printed', { id });
  return { ...summary, letter: parsed.data };
}

/** Debtors with something a reminder may ask for, by the oldest due date, then name. */
export function batchCandidates(db: Db, today: IsoDate): BatchCandidate[] {
  return batchCandidateRows(db, today)
    .map((r) => ({
      id: r.id,
      number: r.number,
      name: r.name,
      kind: r.kind,
      remindableCents: r.remindable_cents,
      invoiceCount: r.invoice_count,
      oldestDueDate: r.oldest_due,
      lastReminder: r.last_type && r.last_date ? { type: r.last_type, letterDate: r.last_date } : null,
    }))
    .sort((a, b) => (a.oldestDueDate < b.oldestDueDate ? -1 : a.oldestDueDate > b.oldestDueDate ? 1 : a.name.localeCompare(b.name)));
}

/** What the debtor screen offers: the letters sent, and the calls and plans a letter can be made for. */
export function letterOptions(db: Db, debtorId: number): LetterOptions {
  const d = requireDebtor(db, debtorId);
  const sent = lettersOf(db, debtorId);
  const confirmed = new Map(sent.filter((l) => l.type === 'confirmation' && l.callId !== null).map((l) => [l.callId!, l.id] as const));
  const planLetters = new Map(sent.filter((l) => l.type === 'plan_agreement' && l.planId !== null).map((l) => [l.planId!, l.id] as const));
  return {
    kind: d.kind,
    types: letterTypeModules.filter((m) => m.offeredTo?.(d)).map((m) => m.type),
    letters: sent,
    calls: callsWithResult(db, debtorId, ['agreement', 'complaint', 'call_back']).map((c) => ({ ...c, confirmationId: confirmed.get(c.id) ?? null })),
    plans: plansAwaitingSignature(db, debtorId).map(({ id, agreedOn, totalCents, status }) => ({ id, agreedOn, totalCents, status, letterId: planLetters.get(id) ?? null })),
  };
}

export const letterHandlers = {
  'letters:preview': (ctx, request) => composeLetter(ctx.db, request, today(ctx)).letter,
  'letters:issue': (ctx, request) => issueLetter(ctx.db, request, today(ctx)),
  'letters:get': (ctx, { id }) => getLetter(ctx.db, id),
  'letters:list': (ctx, { debtorId }) => lettersOf(ctx.db, requireDebtor(ctx.db, debtorId).id),
  'letters:batch': (ctx, { debtorIds, type }) => issueBatch(ctx.db, debtorIds, type, today(ctx)),
  'letters:batchCandidates': (ctx) => batchCandidates(ctx.db, today(ctx)),
  'letters:options': (ctx, { debtorId }) => letterOptions(ctx.db, debtorId),
} satisfies HandlerGroup<keyof typeof letterChannels>;
