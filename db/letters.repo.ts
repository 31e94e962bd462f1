// Letters on paper: composed from the ledger as it stands, and recorded exactly as printed (the model as
// JSON, the amounts, the 14-day term, the open amount per invoice) in the same transaction.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from './client';
import { callSteps, calls, debtors, letterInvoices, letters, paymentAllocations, paymentPlans, payments, promises, tasks } from './schema';
import { openInvoices } from './invoice-balances';
import { complaintsOf } from './complaints.repo';
import { getPlan } from './plans.repo';
import { paymentsOf } from './payments.repo';
import { requireDebtor } from './repo-guards';
import type { IsoDate } from '../domain/dates';
import type { Cents } from '../domain/money';
import type { TaskType } from '../domain/call-outcome';
import type { Message } from '../domain/message';
import {
  composeConfirmation,
  composeConsumer14,
  composeHandoverDossier,
  composePlanAgreement,
  composeReminder1,
  composeReminder2,
  composeReminder3,
  lastOfType,
  LetterModel,
  LetterRefused,
  REMINDER_TYPES,
  type LetterContext,
  type LetterInvoice,
  type LetterPlan,
  type LetterType,
  type ReminderType,
  type SentLetter,
} from '../domain/letters';
import { getSettings } from './settings.repo';
import { afterLetterIssued } from './escalation.repo';
import { AppError, invalidInput, notAllowed, notFound } from '../ipc/errors';

export interface LetterRequest {
  debtorId: number;
  type: LetterType;
  /** The call a confirmation confirms. */
  callId?: number;
  /** The plan a plan agreement puts on paper; by default the debtor's newest plan not yet signed. */
  planId?: number;
}

export interface LetterSummary {
  id: number;
  debtorId: number;
  type: LetterType;
  letterDate: IsoDate;
  principalCents: Cents;
  costsCents: Cents;
  interestCents: Cents;
  totalCents: Cents;
  termEndsOn: IsoDate | null;
  payBy: IsoDate | null;
  callId: number | null;
  planId: number | null;
}

type LetterRow = typeof letters.$inferSelect;

function payByOf(row: LetterRow): IsoDate | null {
  // Letters recorded before the model was stored (content '{}') have no pay-by date.
  try {
    const value = (JSON.parse(row.content) as { payBy?: unknown }).payBy;
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

function summary(row: LetterRow): LetterSummary {
  return {
    id: row.id,
    debtorId: row.debtorId,
    type: row.type,
    letterDate: row.letterDate,
    principalCents: row.principalCents,
    costsCents: row.costsCents,
    interestCents: row.interestCents,
    totalCents: row.totalCents,
    termEndsOn: row.termEndsOn,
    payBy: payByOf(row),
    callId: row.callId,
    planId: row.planId,
  };
}

/** The debtor's letters, newest first. */
export function lettersOf(db: Db, debtorId: number): LetterSummary[] {
  requireDebtor(db, debtorId);
  return db.select().from(letters).where(eq(letters.debtorId, debtorId)).orderBy(desc(letters.letterDate), desc(letters.id)).all().map(summary);
}

/** One letter as it was printed. */
export function getLetter(db: Db, id: number): LetterSummary & { letter: LetterModel } {
  const row = db.select().from(letters).where(eq(letters.id, id)).get();
  if (!row) throw notFound('errors.not_found', { thing: 'letter', id });
  const parsed = LetterModel.safeParse(JSON.parse(row.content));
  if (!parsed.success) throw notAllowed('errors.letter.not_printed', { id });
  return { ...summary(row), letter: parsed.data };
}

/** Which dunning letters were sent, when, oldest first (for the debtor file and the schedule). */
export function remindersSent(db: Db, debtorId: number): LetterSummary[] {
  return db
    .select()
    .from(letters)
    .where(and(eq(letters.debtorId, debtorId), inArray(letters.type, [...REMINDER_TYPES])))
    .orderBy(asc(letters.letterDate), asc(letters.id))
    .all()
    .map(summary);
}

function sentLetters(db: Db, debtorId: number): (SentLetter & { totalCents: Cents })[] {
  return db
    .select()
    .from(letters)
    .where(eq(letters.debtorId, debtorId))
    .orderBy(asc(letters.letterDate), asc(letters.id))
    .all()
    .map((r) => ({ type: r.type, letterDate: r.letterDate, payBy: payByOf(r), termEndsOn: r.termEndsOn, totalCents: r.totalCents }));
}

function letterInvoicesOf(db: Db, debtorId: number): LetterInvoice[] {
  return openInvoices(db, debtorId).map((i) => ({
    id: i.id,
    number: i.number,
    invoiceDate: i.invoiceDate,
    dueDate: i.dueDate,
    amountCents: i.amountCents,
    openCents: i.openCents,
    onHold: i.onHold,
  }));
}

/** What earlier payments settled on costs and on interest (art. 6:44 BW allocations). */
function paidOnCostsAndInterest(db: Db, debtorId: number): { costsCents: Cents; interestCents: Cents } {
  const rows = db
    .select({ kind: paymentAllocations.kind, cents: sql<number>`COALESCE(SUM(${paymentAllocations.amountCents}), 0)` })
    .from(paymentAllocations)
    .innerJoin(payments, eq(payments.id, paymentAllocations.paymentId))
    .where(and(eq(payments.debtorId, debtorId), inArray(paymentAllocations.kind, ['costs', 'interest'])))
    .groupBy(paymentAllocations.kind)
    .all();
  return { costsCents: rows.find((r) => r.kind === 'costs')?.cents ?? 0, interestCents: rows.find((r) => r.kind === 'interest')?.cents ?? 0 };
}

function planForLetter(db: Db, debtorId: number, planId: number | undefined): LetterPlan {
  if (planId !== undefined) {
    const plan = getPlan(db, planId);
    if (plan.debtorId !== debtorId) throw invalidInput('errors.plan.not_own');
    return plan;
  }
  const row = db
    .select({ id: paymentPlans.id })
    .from(paymentPlans)
    .where(and(eq(paymentPlans.debtorId, debtorId), inArray(paymentPlans.status, ['proposed', 'sent'])))
    .orderBy(desc(paymentPlans.agreedOn), desc(paymentPlans.id))
    .get();
  if (!row) throw notAllowed('errors.plan.none_to_sign');
  return getPlan(db, row.id);
}

/** The person named in the call's path just before "REACHED": who we actually spoke with. */
function spokeWith(steps: { data: string }[]): string | null {
  let named: string | null = null;
  let reached: string | null = null;
  for (const s of steps) {
    let data: { event?: unknown; name?: unknown };
    try {
      data = JSON.parse(s.data) as typeof data;
    } catch {
      continue;
    }
    if (data.event === 'SUBMIT_CONTACT' && typeof data.name === 'string' && data.name.trim()) named = data.name.trim();
    if (data.event === 'REACHED' && named) reached = named;
  }
  return reached;
}

function confirmationInput(db: Db, ctx: LetterContext, debtorId: number, callId: number | undefined) {
  if (callId === undefined) throw invalidInput('errors.letter.needs_call');
  const call = db.select().from(calls).where(eq(calls.id, callId)).get();
  if (!call) throw notFound('errors.not_found', { thing: 'call', id: callId });
  if (call.debtorId !== debtorId) throw invalidInput('errors.letter.call_not_own');
  const steps = db.select({ data: callSteps.data }).from(callSteps).where(eq(callSteps.callId, callId)).orderBy(asc(callSteps.seq)).all();
  const planRow = db.select({ id: paymentPlans.id }).from(paymentPlans).where(eq(paymentPlans.callId, callId)).orderBy(asc(paymentPlans.id)).get();
  const sent = sentLetters(db, debtorId);
  return {
    ...ctx,
    open: letterInvoicesOf(db, debtorId),
    call: { id: call.id, startedAt: call.startedAt, spokeWith: spokeWith(steps) },
    promises: db
      .select({ promisedDate: promises.promisedDate, amountCents: promises.amountCents })
      .from(promises)
      .where(eq(promises.callId, callId))
      .orderBy(asc(promises.promisedDate), asc(promises.id))
      .all(),
    plan: planRow ? getPlan(db, planRow.id) : null,
    tasks: db
      .select({ type: tasks.type, dueDate: tasks.dueDate, dueTime: tasks.dueTime })
      .from(tasks)
      .where(eq(tasks.callId, callId))
      .orderBy(asc(tasks.dueDate), asc(tasks.id))
      .all() as { type: TaskType; dueDate: IsoDate; dueTime: string | null }[],
    complaints: complaintsOf(db, debtorId)
      .filter((c) => c.callId === callId)
      .reverse()
      .map((c) => ({ openedOn: c.openedOn, description: c.description, resolution: c.resolution, invoiceNumbers: c.invoices.map((i) => i.number) })),
    next: lastOfType(sent, 'reminder3') ? ('overdracht' as const) : ('ingebrekestelling' as const),
  };
}

/**
 * A stored message (a call's recap line) in Dutch, for the letters, which stay Dutch. The application
 * supplies it from the catalogue (handlers/letters.ts): db/ holds no texts.
 */
export type DutchText = (message: Message) => string;

function callsForDossier(db: Db, debtorId: number, dutch: DutchText | undefined) {
  return db
    .select({ startedAt: calls.startedAt, result: calls.result, summary: calls.summary })
    .from(calls)
    .where(eq(calls.debtorId, debtorId))
    .orderBy(asc(calls.startedAt), asc(calls.id))
    .all()
    .map((c) => {
      if (c.summary.length > 0 && !dutch) throw new Error('Het overdrachtsdossier noemt wat er in gesprekken is afgesproken: geef een vertaler (DutchText) mee.');
      return { ...c, summary: c.summary.map((m) => dutch!(m)).join('\n') };
    });
}

/** Composes the letter from the ledger as it stands; writes nothing. Refusals are AppErrors in Dutch. */
export function composeLetter(
  db: Db,
  request: LetterRequest,
  today: IsoDate,
  dutch?: DutchText,
): { letter: LetterModel; callId: number | null; planId: number | null } {
  const d = requireDebtor(db, request.debtorId);
  const { id, number, name, kind, salutation, addressLine, postcode, city, contactName } = d;
  const ctx: LetterContext = {
    settings: getSettings(db),
    debtor: { id, number, name, kind, salutation, addressLine, postcode, city, contactName },
    letterDate: today,
    latestReceiptOn: paymentsOf(db, d.id)[0]?.receivedOn ?? null,
  };
  try {
    switch (request.type) {
      case 'reminder1':
        return { letter: composeReminder1({ ...ctx, open: letterInvoicesOf(db, d.id) }), callId: null, planId: null };
      case 'reminder2': {
        const r1 = lastOfType(sentLetters(db, d.id), 'reminder1');
        return { letter: composeReminder2({ ...ctx, open: letterInvoicesOf(db, d.id), reminder1Date: r1?.letterDate ?? null }), callId: null, planId: null };
      }
      case 'reminder3':
        return {
          letter: composeReminder3({ ...ctx, open: letterInvoicesOf(db, d.id), sent: sentLetters(db, d.id), paid: paidOnCostsAndInterest(db, d.id) }),
          callId: null,
          planId: null,
        };
      case 'consumer14':
        return { letter: composeConsumer14({ ...ctx, open: letterInvoicesOf(db, d.id) }), callId: null, planId: null };
      case 'plan_agreement': {
        const plan = planForLetter(db, d.id, request.planId);
        return { letter: composePlanAgreement({ ...ctx, open: letterInvoicesOf(db, d.id), plan }), callId: null, planId: plan.id };
      }
      case 'confirmation': {
        const input = confirmationInput(db, ctx, d.id, request.callId);
        return { letter: composeConfirmation(input), callId: input.call.id, planId: input.plan?.id ?? null };
      }
      case 'handover_dossier':
        return {
          letter: composeHandoverDossier({
            ...ctx,
            contact: { phone: d.phone, email: d.email, contactName: d.contactName, contactRole: d.contactRole, contactPhone: d.contactPhone, contactEmail: d.contactEmail },
            open: letterInvoicesOf(db, d.id),
            sent: sentLetters(db, d.id),
            payments: paymentsOf(db, d.id).reverse(),
            calls: callsForDossier(db, d.id, dutch),
            complaints: complaintsOf(db, d.id)
              .reverse()
              .map((c) => ({ openedOn: c.openedOn, status: c.status, description: c.description, resolution: c.resolution, invoiceNumbers: c.invoices.map((i) => i.number) })),
            paid: paidOnCostsAndInterest(db, d.id),
          }),
          callId: null,
          planId: null,
        };
    }
  } catch (error) {
    if (error instanceof LetterRefused) throw new AppError('not_allowed', error.reason);
    throw error;
  }
}

function record(db: Db, composed: ReturnType<typeof composeLetter>): number {
  const { letter } = composed;
  const { id } = db
    .insert(letters)
    .values({
      debtorId: letter.debtor.id,
      callId: composed.callId,
      planId: composed.planId,
      type: letter.type,
      letterDate: letter.letterDate,
      principalCents: letter.amounts.principalCents,
      costsCents: letter.amounts.costsCents,
      interestCents: letter.amounts.interestCents,
      totalCents: letter.amounts.totalCents,
      termEndsOn: letter.termEndsOn,
      content: JSON.stringify(letter),
    })
    .returning({ id: letters.id })
    .get();
  if (letter.invoices.length) db.insert(letterInvoices).values(letter.invoices.map((i) => ({ letterId: id, invoiceId: i.id, openCents: i.openCents }))).run();
  afterLetterIssued(db, { debtorId: letter.debtor.id, type: letter.type, letterDate: letter.letterDate, payBy: letter.payBy ?? null });
  return id;
}

/** Composes and records one letter in one transaction; a refusal writes nothing. */
export function issueLetter(db: Db, request: LetterRequest, today: IsoDate, dutch?: DutchText): { id: number; letter: LetterModel } {
  return db.transaction((tx) => {
    const composed = composeLetter(tx, request, today, dutch);
    return { id: record(tx, composed), letter: composed.letter };
  });
}

export interface BatchResult {
  issued: { debtorId: number; id: number; letter: LetterModel }[];
  refused: { debtorId: number; name: string; message: Message }[];
}

/**
 * Issues the same reminder to each selected debtor in one transaction. A debtor whose letter is
 * refused (nothing to remind of, a business for a 14-day letter) is reported and gets no letter; the
 * others are issued. Anything else (a letter that does not add up) undoes the whole batch.
 */
export function issueBatch(db: Db, debtorIds: readonly number[], type: ReminderType, today: IsoDate): BatchResult {
  const ids = [...new Set(debtorIds)];
  if (ids.length === 0) throw invalidInput('validation.choose_debtor');
  return db.transaction((tx) => {
    const out: BatchResult = { issued: [], refused: [] };
    for (const debtorId of ids) {
      try {
        const composed = composeLetter(tx, { debtorId, type }, today);
        out.issued.push({ debtorId, id: record(tx, composed), letter: composed.letter });
      } catch (error) {
        if (!(error instanceof AppError) || error.code === 'internal') throw error;
        const name = tx.select({ name: debtors.name }).from(debtors).where(eq(debtors.id, debtorId)).get()?.name ?? `Debiteur ${debtorId}`;
        out.refused.push({ debtorId, name, message: error.reason });
      }
    }
    return out;
  });
}

export interface BatchCandidate {
  id: number;
  number: string;
  name: string;
  kind: 'business' | 'consumer';
  /** Open, overdue and not under a complaint: what a reminder would ask for. */
  remindableCents: Cents;
  invoiceCount: number;
  oldestDueDate: IsoDate;
  lastReminder: { type: ReminderType; letterDate: IsoDate } | null;
}

/** Debtors with something a reminder may ask for, by the oldest due date. */
export function batchCandidates(db: Db, today: IsoDate): BatchCandidate[] {
  const rows = db.select().from(debtors).orderBy(asc(debtors.name)).all();
  const out: BatchCandidate[] = [];
  for (const d of rows) {
    const due = openInvoices(db, d.id).filter((i) => !i.onHold && i.dueDate < today);
    if (due.length === 0) continue;
    const last = remindersSent(db, d.id).at(-1);
    out.push({
      id: d.id,
      number: d.number,
      name: d.name,
      kind: d.kind,
      remindableCents: due.reduce((s, i) => s + i.openCents, 0),
      invoiceCount: due.length,
      oldestDueDate: due.map((i) => i.dueDate).sort()[0]!,
      lastReminder: last ? { type: last.type as ReminderType, letterDate: last.letterDate } : null,
    });
  }
  return out.sort((a, b) => (a.oldestDueDate < b.oldestDueDate ? -1 : a.oldestDueDate > b.oldestDueDate ? 1 : a.name.localeCompare(b.name)));
}

export interface LetterOptions {
  kind: 'business' | 'consumer';
  letters: LetterSummary[];
  /** Calls with something agreed, newest first, and the confirmation sent for each (if any). */
  calls: { id: number; startedAt: string; result: string; confirmationId: number | null }[];
  /** Plans still to be signed, and the agreement letter sent for each (if any). */
  plans: { id: number; agreedOn: IsoDate; totalCents: Cents; status: string; letterId: number | null }[];
}

/** What the debtor screen offers: the letters sent, and the calls and plans a letter can be made for. */
export function letterOptions(db: Db, debtorId: number): LetterOptions {
  const d = requireDebtor(db, debtorId);
  const sent = lettersOf(db, debtorId);
  const confirmed = new Map(sent.filter((l) => l.type === 'confirmation' && l.callId !== null).map((l) => [l.callId!, l.id] as const));
  const planLetters = new Map(sent.filter((l) => l.type === 'plan_agreement' && l.planId !== null).map((l) => [l.planId!, l.id] as const));
  return {
    kind: d.kind,
    letters: sent,
    calls: db
      .select({ id: calls.id, startedAt: calls.startedAt, result: calls.result })
      .from(calls)
      .where(and(eq(calls.debtorId, debtorId), inArray(calls.result, ['agreement', 'complaint', 'call_back'])))
      .orderBy(desc(calls.startedAt), desc(calls.id))
      .all()
      .map((c) => ({ ...c, confirmationId: confirmed.get(c.id) ?? null })),
    plans: db
      .select({ id: paymentPlans.id, agreedOn: paymentPlans.agreedOn, totalCents: paymentPlans.totalCents, status: paymentPlans.status })
      .from(paymentPlans)
      .where(and(eq(paymentPlans.debtorId, debtorId), inArray(paymentPlans.status, ['proposed', 'sent'])))
      .orderBy(desc(paymentPlans.agreedOn), desc(paymentPlans.id))
      .all()
      .map((p) => ({ ...p, letterId: planLetters.get(p.id) ?? null })),
  };
}
