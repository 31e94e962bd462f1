// The letter channels: preview, issue (one or a batch), the letters sent, and what the debtor screen and
// the batch screen offer. Each letter type is a module in handlers/letters/types/.
import type { Db } from '../db/client';
import { batchCandidateRows, findLetter, lettersOf } from '../db/letters.repo';
import { callsWithResult } from '../db/calls.repo';
import { plansAwaitingSignature } from '../db/plans.repo';
import type { IsoDate } from '../domain/dates';
import { LetterModel } from '../domain/letters';
import type { BatchCandidate, DebtorStanding, LetterOptions, letterChannels } from '../ipc/channels/letters';
import { interruptionReason } from '../domain/dunning/debtor-rollup';
import { today, type HandlerGroup } from './context';
import { requireDebtor } from './guards';
import { notAllowed, notFound } from './refusals';
import { composeLetter, issueBatch, issueLetter } from './letters/issue';
import { letterTypeModules } from './letters/types';
import { letterStandingOf, letterStandings } from './worklist-input';
import { nextLetter, standingFit, type StageLetter } from '../domain/dunning/letter-fit';
import { storedNextLetterOf } from './worklist-store';
import { isStageLetter } from '../domain/letters/model';

/** One letter as it was printed. */
export function getLetter(db: Db, id: number) {
  const row = findLetter(db, id);
  if (!row) throw notFound('errors.not_found', { thing: 'letter', id });
  const { content, ...summary } = row;
  const parsed = LetterModel.safeParse(JSON.parse(content));
  if (!parsed.success) throw notAllowed('errors.letter.not_printed', { id });
  return { ...summary, letter: parsed.data };
}

/** Each debtor's next letter on `today`: from the stored worklist when it is today's, else evaluated. */
function nextLetters(db: Db, today: IsoDate): (debtorId: number) => { type: StageLetter; amountCents: number } | null {
  const stored = storedNextLetterOf(db, today);
  if (stored) return (debtorId) => stored.get(debtorId) ?? null;
  const standings = letterStandings(db, today);
  return (debtorId) => {
    const standing = standings.get(debtorId);
    return (standing && nextLetter(standing)) ?? null;
  };
}

/**
 * The letters to send today (issue 13): every debtor whose stage asks for a letter, each with its own
 * next one (the schedule's reminder, or a term reminder within a plan), by the oldest due date, then name.
 */
export function batchCandidates(db: Db, today: IsoDate): BatchCandidate[] {
  const next = nextLetters(db, today);
  return batchCandidateRows(db, today)
    .flatMap((r) => {
      const letter = next(r.id);
      if (!letter) return [];
      return [
        {
          id: r.id,
          number: r.number,
          name: r.name,
          kind: r.kind,
          remindableCents: r.remindable_cents,
          invoiceCount: r.invoice_count,
          oldestDueDate: r.oldest_due,
          lastReminder: r.last_type && r.last_date ? { type: r.last_type, letterDate: r.last_date } : null,
          type: letter.type,
          amountCents: letter.amountCents,
        },
      ];
    })
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

/** Where the debtor stands today: the letter that fits, the reminders its stage refuses, each invoice's stage. */
export function debtorStanding(db: Db, debtorId: number, today: IsoDate): DebtorStanding {
  const d = requireDebtor(db, debtorId);
  const standing = letterStandingOf(db, today, d);
  const offered = [...letterTypeModules.filter((m) => m.offeredTo?.(d)).map((m) => m.type), ...(standing.lateTerms.length > 0 ? ['plan_term_reminder' as const] : [])];
  return {
    next: nextLetter(standing)?.type ?? null,
    lateTerm: standing.lateTerms.length > 0,
    refused: offered.filter(isStageLetter).flatMap((type) => {
      const fit = standingFit(standing, type);
      return fit.ok ? [] : [{ type, reason: fit.reason }];
    }),
    invoices: (standing.dunning?.invoices ?? []).map((i) => ({ invoiceId: i.invoiceId, stage: i.stage, pausedBy: i.interruption ? interruptionReason(i.interruption) : null })),
  };
}

export const letterHandlers = {
  'letters:preview': (ctx, request) => composeLetter(ctx.db, request, today(ctx)).letter,
  'letters:issue': (ctx, request) => issueLetter(ctx.db, request, today(ctx)),
  'letters:get': (ctx, { id }) => getLetter(ctx.db, id),
  'letters:list': (ctx, { debtorId }) => lettersOf(ctx.db, requireDebtor(ctx.db, debtorId).id),
  'letters:batch': (ctx, { letters }) => issueBatch(ctx.db, letters, today(ctx)),
  'letters:batchCandidates': (ctx) => batchCandidates(ctx.db, today(ctx)),
  'letters:options': (ctx, { debtorId }) => letterOptions(ctx.db, debtorId),
  'letters:standing': (ctx, { debtorId }) => debtorStanding(ctx.db, debtorId, today(ctx)),
} satisfies HandlerGroup<keyof typeof letterChannels>;
