// The whole Belwijzer ledger. Money columns end in _cents (integers); calendar dates are 'YYYY-MM-DD'
// text; moments (call start, step times) are ISO-8601 UTC text.
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { TASK_TYPES, TONES } from '../domain/call-outcome';
import { CALL_OUTCOME_CODES } from '../domain/call-outcome-code';
import { DUNNING_ACTIONS } from '../domain/dunning/schedule';
import { CONTACT_TITLES, DEBTOR_KINDS, ESCALATIONS } from '../domain/primitives';
import { ALLOCATION_KINDS, CLAIM_PART_KINDS } from '../domain/lifecycle/allocation';
import { COMPLAINT_STATUSES } from '../domain/lifecycle/complaint';
import { PROMISE_STATUSES } from '../domain/lifecycle/promise';
import { PLAN_STATUSES } from '../domain/lifecycle/plan';
import { INSTALLMENT_STATUSES } from '../domain/lifecycle/installment';
import { TASK_STATUSES } from '../domain/lifecycle/task';
import { LETTER_TYPES } from '../domain/letters/model';
import type { Message } from '../domain/message';
import type { ColumnMapping } from '../domain/open-items';

const createdAt = () => text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);

/** Key/value settings; values are JSON, validated by zod in settings.repo.ts. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export const debtors = sqliteTable(
  'debtors',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    number: text('number').notNull(), // debiteurnummer, quoted on letters
    name: text('name').notNull(),
    kind: text('kind', { enum: DEBTOR_KINDS }).notNull().default('business'),
    // The letters' own salutation when set ('Beste Jan'); null: made from the contact's title and name (domain/addressee.ts).
    salutation: text('salutation'),
    addressLine: text('address_line').notNull().default(''),
    postcode: text('postcode').notNull().default(''),
    city: text('city').notNull().default(''),
    phone: text('phone'),
    email: text('email'),
    contactName: text('contact_name'), // without the title: 'H. Koster'
    // 'heer' | 'mevrouw' | null: how the contact (for a consumer: the debtor) is addressed.
    contactTitle: text('contact_title', { enum: CONTACT_TITLES }),
    contactRole: text('contact_role'),
    contactPhone: text('contact_phone'),
    contactEmail: text('contact_email'),
    mayOfferPlan: integer('may_offer_plan', { mode: 'boolean' }).notNull().default(true),
    maxPlanTerms: integer('max_plan_terms').notNull().default(4),
    tone: text('tone', { enum: TONES }),
    deliveryStop: integer('delivery_stop', { mode: 'boolean' }).notNull().default(false),
    // The day the delivery stop was set (null while none is); lifted when the debtor has paid everything.
    deliveryStopOn: text('delivery_stop_on'),
    // Set when a plan defaults or the schedule escalates: the next step the collector must take.
    escalation: text('escalation', { enum: ESCALATIONS }),
    escalationReason: text('escalation_reason'),
    handedOverOn: text('handed_over_on'),
    notes: text('notes').notNull().default(''),
    // What the debtor list sorts and pages by, kept by triggers (migration debtor_balances) in the same
    // statement as the invoice, line or allocation that changes it: the application never writes these.
    /** Sum of the open amounts of the invoices with something open. */
    openCents: integer('open_cents').notNull().default(0),
    openInvoiceCount: integer('open_invoice_count').notNull().default(0),
    /** The oldest due date among the invoices with something open; null when nothing is open. */
    oldestOpenDue: text('oldest_open_due'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('debtors_number_uq').on(t.number),
    // The debtor list's default order (most overdue first, nothing open last), read in index order page by page.
    index('debtors_overdue_idx').on(sql`(${t.oldestOpenDue} IS NULL)`, t.oldestOpenDue, t.name, t.id),
  ],
);

export const invoices = sqliteTable(
  'invoices',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    debtorId: integer('debtor_id').notNull().references(() => debtors.id),
    number: text('number').notNull(),
    invoiceDate: text('invoice_date').notNull(),
    dueDate: text('due_date').notNull(),
    description: text('description').notNull().default(''), // product or service
    // The betalingskenmerk (or other structured reference) a bank payment may carry.
    paymentReference: text('payment_reference'),
    // The accounting export the invoice was last imported from; a full export without it lists it as possibly paid.
    importSourceId: integer('import_source_id').references(() => importSources.id),
    /** The sum of its lines less the principal paid on it; kept by triggers (migration debtor_balances). */
    openCents: integer('open_cents').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('invoices_number_uq').on(t.number), index('invoices_debtor_idx').on(t.debtorId), index('invoices_source_idx').on(t.importSourceId)],
);

/** The invoice amount is the sum of its lines (the seed's own letters summed wrong). */
export const invoiceLines = sqliteTable(
  'invoice_lines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    invoiceId: integer('invoice_id').notNull().references(() => invoices.id, { onDelete: 'cascade' }),
    description: text('description').notNull(),
    amountCents: integer('amount_cents').notNull(),
  },
  (t) => [index('invoice_lines_invoice_idx').on(t.invoiceId)],
);

export const payments = sqliteTable(
  'payments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    debtorId: integer('debtor_id').notNull().references(() => debtors.id),
    receivedOn: text('received_on').notNull(),
    amountCents: integer('amount_cents').notNull(),
    description: text('description').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [index('payments_debtor_idx').on(t.debtorId)],
);

/** How a payment was applied (art. 6:44 BW: costs, then interest, then principal). */
export const paymentAllocations = sqliteTable(
  'payment_allocations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    paymentId: integer('payment_id').notNull().references(() => payments.id),
    invoiceId: integer('invoice_id').references(() => invoices.id),
    kind: text('kind', { enum: ALLOCATION_KINDS }).notNull(),
    amountCents: integer('amount_cents').notNull(),
  },
  (t) => [index('alloc_payment_idx').on(t.paymentId), index('alloc_invoice_idx').on(t.invoiceId)],
);

export const calls = sqliteTable(
  'calls',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    debtorId: integer('debtor_id').notNull().references(() => debtors.id),
    kind: text('kind', { enum: ['collection', 'preventive'] }).notNull().default('collection'),
    collector: text('collector').notNull().default(''),
    tone: text('tone', { enum: TONES }).notNull(),
    startedAt: text('started_at').notNull(),
    endedAt: text('ended_at').notNull(),
    durationSeconds: integer('duration_seconds').notNull(),
    result: text('result').notNull(), // see domain/call-outcome.ts CallResult
    // What the call came to, one code for the worklist and reports (domain/call-outcome-code.ts).
    outcomeCode: text('outcome_code', { enum: CALL_OUTCOME_CODES }),
    // The recap lines as messages (JSON: [{ key, params }]), rendered in the reader's language.
    summary: text('summary', { mode: 'json' }).$type<Message[]>().notNull(),
    notes: text('notes').notNull().default(''),
    machineVersion: integer('machine_version').notNull(),
    createdAt: createdAt(),
  },
  // The debtor's calls in time order, and the last contact of each debtor in the list, from the index.
  (t) => [index('calls_debtor_idx').on(t.debtorId, t.startedAt)],
);

/** The path taken through the script: each step with its time and notes. */
export const callSteps = sqliteTable(
  'call_steps',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    callId: integer('call_id').notNull().references(() => calls.id),
    seq: integer('seq').notNull(),
    step: text('step').notNull(),
    at: text('at').notNull(),
    note: text('note').notNull().default(''),
    data: text('data').notNull().default('{}'),
  },
  (t) => [index('call_steps_call_idx').on(t.callId)],
);

export const complaints = sqliteTable(
  'complaints',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    debtorId: integer('debtor_id').notNull().references(() => debtors.id),
    callId: integer('call_id').references(() => calls.id),
    status: text('status', { enum: COMPLAINT_STATUSES }).notNull().default('open'),
    description: text('description').notNull(),
    handler: text('handler'),
    resolution: text('resolution'),
    resolvedOn: text('resolved_on'),
    customerInformedOn: text('customer_informed_on'),
    openedOn: text('opened_on').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('complaints_debtor_idx').on(t.debtorId)],
);

export const complaintInvoices = sqliteTable(
  'complaint_invoices',
  {
    complaintId: integer('complaint_id').notNull().references(() => complaints.id),
    invoiceId: integer('invoice_id').notNull().references(() => invoices.id),
  },
  // By invoice too: whether an invoice is under an open complaint is asked per invoice.
  (t) => [primaryKey({ columns: [t.complaintId, t.invoiceId] }), index('complaint_invoices_invoice_idx').on(t.invoiceId)],
);

export const promises = sqliteTable(
  'promises',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    debtorId: integer('debtor_id').notNull().references(() => debtors.id),
    callId: integer('call_id').references(() => calls.id),
    promisedDate: text('promised_date').notNull(),
    amountCents: integer('amount_cents').notNull(),
    status: text('status', { enum: PROMISE_STATUSES }).notNull().default('pending'),
    settledOn: text('settled_on'),
    madeOn: text('made_on').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('promises_debtor_idx').on(t.debtorId)],
);

export const paymentPlans = sqliteTable(
  'payment_plans',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    debtorId: integer('debtor_id').notNull().references(() => debtors.id),
    callId: integer('call_id').references(() => calls.id),
    totalCents: integer('total_cents').notNull(),
    status: text('status', { enum: PLAN_STATUSES })
      .notNull()
      .default('proposed'),
    agreedOn: text('agreed_on').notNull(),
    sentOn: text('sent_on'),
    signedOn: text('signed_on'),
    completedOn: text('completed_on'),
    defaultedOn: text('defaulted_on'),
    createdAt: createdAt(),
  },
  (t) => [index('plans_debtor_idx').on(t.debtorId)],
);

export const planInstallments = sqliteTable(
  'plan_installments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id').notNull().references(() => paymentPlans.id),
    seq: integer('seq').notNull(),
    dueDate: text('due_date').notNull(),
    amountCents: integer('amount_cents').notNull(),
    paidCents: integer('paid_cents').notNull().default(0),
    status: text('status', { enum: INSTALLMENT_STATUSES }).notNull().default('due'),
    paidOn: text('paid_on'),
  },
  (t) => [uniqueIndex('installments_plan_seq_uq').on(t.planId, t.seq)],
);

/** The invoices a plan covers (chosen in the call): the schedule pauses only these while the plan runs. */
export const planInvoices = sqliteTable(
  'plan_invoices',
  {
    planId: integer('plan_id').notNull().references(() => paymentPlans.id),
    invoiceId: integer('invoice_id').notNull().references(() => invoices.id),
  },
  // By invoice too: the worklist asks per invoice which plans pause it.
  (t) => [primaryKey({ columns: [t.planId, t.invoiceId] }), index('plan_invoices_invoice_idx').on(t.invoiceId)],
);

export const tasks = sqliteTable(
  'tasks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    debtorId: integer('debtor_id').notNull().references(() => debtors.id),
    callId: integer('call_id').references(() => calls.id),
    type: text('type', { enum: TASK_TYPES }).notNull(),
    // What to do, as a message (JSON: { key, params }), rendered in the reader's language.
    title: text('title', { mode: 'json' }).$type<Message>().notNull(),
    dueDate: text('due_date').notNull(),
    dueTime: text('due_time'), // 'HH:MM' for call-backs
    status: text('status', { enum: TASK_STATUSES }).notNull().default('open'),
    doneOn: text('done_on'),
    doneNote: text('done_note'),
    complaintId: integer('complaint_id').references(() => complaints.id),
    promiseId: integer('promise_id').references(() => promises.id),
    planId: integer('plan_id').references(() => paymentPlans.id),
    // What closed the task, as a message (a letter issued, a payment recorded, a call made); null when the
    // collector closed it by hand or it is open.
    closedBy: text('closed_by', { mode: 'json' }).$type<Message>(),
    createdAt: createdAt(),
  },
  (t) => [
    // The debtor's next open task (the debtor list's "next action") straight from the index.
    index('tasks_debtor_idx').on(t.debtorId, t.status, t.dueDate),
    index('tasks_due_idx').on(t.status, t.dueDate),
    // Settling closes the tasks that follow up a promise, a complaint or a plan: found by index, not by scan.
    index('tasks_promise_idx').on(t.promiseId),
    index('tasks_complaint_idx').on(t.complaintId),
    index('tasks_plan_idx').on(t.planId),
  ],
);

export const letters = sqliteTable(
  'letters',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    debtorId: integer('debtor_id').notNull().references(() => debtors.id),
    callId: integer('call_id').references(() => calls.id),
    planId: integer('plan_id').references(() => paymentPlans.id),
    type: text('type', { enum: LETTER_TYPES }).notNull(),
    letterDate: text('letter_date').notNull(),
    principalCents: integer('principal_cents').notNull(),
    costsCents: integer('costs_cents').notNull().default(0),
    interestCents: integer('interest_cents').notNull().default(0),
    totalCents: integer('total_cents').notNull(),
    // Consumers: end of the 14-day term; no costs or hand-over before it (art. 6:96 lid 6 BW).
    termEndsOn: text('term_ends_on'),
    content: text('content').notNull().default('{}'), // the letter as printed, JSON
    createdAt: createdAt(),
  },
  (t) => [index('letters_debtor_idx').on(t.debtorId)],
);

export const letterInvoices = sqliteTable(
  'letter_invoices',
  {
    letterId: integer('letter_id').notNull().references(() => letters.id),
    invoiceId: integer('invoice_id').notNull().references(() => invoices.id),
    openCents: integer('open_cents').notNull(),
  },
  (t) => [primaryKey({ columns: [t.letterId, t.invoiceId] })],
);

/**
 * Collection costs and statutory interest as parts of the claim (art. 6:44 BW), beside the invoices'
 * principal: a row books what a letter claimed or what accrued until a payment, as a change to the part
 * (SUM(amount_cents) less what payments allocated to it is what is open of it). Interest is per invoice,
 * costs are the claim's (invoice_id null).
 */
export const claimParts = sqliteTable(
  'claim_parts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    debtorId: integer('debtor_id').notNull().references(() => debtors.id),
    invoiceId: integer('invoice_id').references(() => invoices.id),
    kind: text('kind', { enum: CLAIM_PART_KINDS }).notNull(),
    amountCents: integer('amount_cents').notNull(),
    /** Interest: accrued through this day (the next accrual starts the day after); costs: the day claimed. */
    through: text('through').notNull(),
    /** Costs: the principal the staffel ran over, so a later letter shows the same calculation. */
    baseCents: integer('base_cents'),
    letterId: integer('letter_id').references(() => letters.id),
    paymentId: integer('payment_id').references(() => payments.id),
    createdAt: createdAt(),
  },
  (t) => [index('claim_parts_debtor_idx').on(t.debtorId), index('claim_parts_invoice_idx').on(t.invoiceId)],
);

/** A running call as saved: which machine and version, its snapshot (JSON), when it started and was saved. */
const savedCallColumns = () => ({
  machineId: text('machine_id').notNull(),
  machineVersion: integer('machine_version').notNull(),
  snapshot: text('snapshot').notNull(),
  startedAt: text('started_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/** The running call, saved on every step so a crash loses nothing (one row per debtor). */
export const activeCalls = sqliteTable('active_calls', {
  debtorId: integer('debtor_id')
    .primaryKey()
    .references(() => debtors.id),
  ...savedCallColumns(),
});

/**
 * A running call that could not be resumed (damaged: not JSON, not a snapshot of the machine, an unknown
 * state), put aside as it was when the collector started over, so nothing typed is thrown away unseen.
 */
export const setAsideCalls = sqliteTable('set_aside_calls', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  debtorId: integer('debtor_id')
    .notNull()
    .references(() => debtors.id),
  ...savedCallColumns(),
  setAsideAt: text('set_aside_at').notNull(),
});

/**
 * The dunning schedule's steps done for each invoice (domain/dunning): a reminder letter that named it,
 * a call to its debtor after its due date (reached or only tried), the delivery stop, the claim passed to
 * the manager, the hand-over, or a step the collector passed over on purpose. A step recorded here is
 * not asked again.
 */
export const invoiceSteps = sqliteTable(
  'invoice_steps',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    invoiceId: integer('invoice_id').notNull().references(() => invoices.id),
    action: text('action', { enum: DUNNING_ACTIONS }).notNull(),
    doneOn: text('done_on').notNull(),
    // Calls: false for an attempt that reached nobody who can decide.
    reached: integer('reached', { mode: 'boolean' }).notNull().default(true),
    // Passed over on purpose (never for the steps the law needs).
    skipped: integer('skipped', { mode: 'boolean' }).notNull().default(false),
    // A letter's last day to pay (ingebrekestelling: its pay-by date; 14-dagenbrief: the end of its term).
    termEndsOn: text('term_ends_on'),
    letterId: integer('letter_id').references(() => letters.id),
    callId: integer('call_id').references(() => calls.id),
    // The delivery stop: the day it was lifted.
    liftedOn: text('lifted_on'),
    createdAt: createdAt(),
  },
  (t) => [index('invoice_steps_invoice_idx').on(t.invoiceId, t.doneOn), index('invoice_steps_letter_idx').on(t.letterId), index('invoice_steps_call_idx').on(t.callId)],
);

/** A worklist line put aside until a day, with the collector's reason (one per line key). */
export const worklistSnoozes = sqliteTable(
  'worklist_snoozes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    debtorId: integer('debtor_id').notNull().references(() => debtors.id),
    lineKey: text('line_key').notNull(),
    until: text('until').notNull(),
    reason: text('reason').notNull(),
    snoozedOn: text('snoozed_on').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('worklist_snoozes_key_uq').on(t.lineKey), index('worklist_snoozes_debtor_idx').on(t.debtorId)],
);

/** What became of an imported bank entry: a payment (taken back later: reversed), the undoing of one, waiting for the collector, or nothing to match. */
export const BANK_ENTRY_OUTCOMES = ['matched', 'reversed', 'undo', 'unmatched', 'ignored'] as const;

/** An accounting package's export the collector imports from (Exact Online, …): its column mapping, remembered. */
export const importSources = sqliteTable(
  'import_sources',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    presetId: text('preset_id').notNull(),
    // The file's header label per field, the payment term when there is no due date (formats/open-items/mapping.ts).
    mapping: text('mapping', { mode: 'json' }).$type<ColumnMapping>().notNull(),
    lastImportedAt: text('last_imported_at'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('import_sources_name_uq').on(t.name)],
);

/** Every import that changed the ledger: which file, when, and what it did. */
export const importRuns = sqliteTable('import_runs', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  kind: text('kind', { enum: ['open_items', 'bank_statement'] }).notNull(),
  sourceId: integer('source_id').references(() => importSources.id),
  fileName: text('file_name').notNull(),
  fileSha256: text('file_sha256').notNull(),
  importedOn: text('imported_on').notNull(),
  counts: text('counts', { mode: 'json' }).$type<Record<string, number>>().notNull(),
  createdAt: createdAt(),
});

/** Every bank statement entry imported, whatever became of it: a second import of it changes nothing. */
export const bankEntries = sqliteTable(
  'bank_entries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    entryId: text('entry_id').notNull(),
    contentKey: text('content_key').notNull(),
    importRunId: integer('import_run_id').notNull().references(() => importRuns.id),
    accountIban: text('account_iban'),
    bookingDate: text('booking_date').notNull(),
    amountCents: integer('amount_cents').notNull(),
    direction: text('direction', { enum: ['credit', 'debit'] }).notNull(),
    reversal: integer('reversal', { mode: 'boolean' }).notNull().default(false),
    returnReason: text('return_reason'),
    counterpartyName: text('counterparty_name'),
    counterpartyIban: text('counterparty_iban'),
    structuredReference: text('structured_reference'),
    unstructured: text('unstructured').notNull().default(''),
    endToEndId: text('end_to_end_id'),
    outcome: text('outcome', { enum: BANK_ENTRY_OUTCOMES }).notNull(),
    method: text('method'),
    debtorId: integer('debtor_id').references(() => debtors.id),
    paymentId: integer('payment_id').references(() => payments.id),
    // What the payment put on plan installments ([{ installmentId, cents }]), so a return can take it off again.
    installments: text('installments', { mode: 'json' }).$type<{ installmentId: number; cents: number }[]>().notNull().default(sql`'[]'`),
    undoesEntryId: text('undoes_entry_id'),
    undoneByEntryId: text('undone_by_entry_id'),
    reason: text('reason', { mode: 'json' }).$type<Message>(),
    detail: text('detail', { mode: 'json' }).$type<Message>(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('bank_entries_entry_uq').on(t.entryId),
    index('bank_entries_content_idx').on(t.contentKey),
    index('bank_entries_outcome_idx').on(t.outcome, t.bookingDate),
    index('bank_entries_debtor_idx').on(t.debtorId),
  ],
);

/** What a collector changed in a debtor's details, field by field, kept for the timeline. */
export const debtorChanges = sqliteTable(
  'debtor_changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    debtorId: integer('debtor_id')
      .notNull()
      .references(() => debtors.id),
    changedOn: text('changed_on').notNull(),
    // [{ field, before, after }]: the debtor's field names (DebtorFields), values as text.
    changes: text('changes', { mode: 'json' }).$type<{ field: string; before: string | null; after: string | null }[]>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('debtor_changes_debtor_idx').on(t.debtorId)],
);

/**
 * The worklist of the working day, evaluated and stored (handlers/worklist-store.ts), so that Vandaag
 * pages it in SQL instead of evaluating the schedule for every debtor per request: each debtor's lines
 * (entry 'line'), its lines put aside ('snoozed') and its pause ('paused'), with the order's keys —
 * priority, appointment time, amount, the name's key (domain/name-order.ts), debtor, kind of action —
 * and the line itself as the channel returns it.
 */
export const worklistLines = sqliteTable(
  'worklist_lines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    debtorId: integer('debtor_id').notNull(),
    entry: text('entry', { enum: ['line', 'snoozed', 'paused'] }).notNull(),
    priority: integer('priority').notNull(),
    // The appointment time, '~' without one: after every 'HH:MM', so timed lines come first.
    atOrder: text('at_order').notNull(),
    amountCents: integer('amount_cents').notNull(),
    nameKey: text('name_key').notNull(),
    actionRank: integer('action_rank').notNull(),
    data: text('data').notNull(),
  },
  (t) => [
    index('worklist_lines_debtor_idx').on(t.debtorId),
    // The page's order, so a page is read from the index and stops at its last row; the texts are read for its rows only.
    index('worklist_lines_order_idx').on(t.entry, sql`${t.priority} DESC`, t.atOrder, sql`${t.amountCents} DESC`, t.nameKey, t.debtorId, t.actionRank),
  ],
);

/** Per debtor of the stored worklist: its next letter today (the letter batch) and whether a call-back today has a time (its lines are made at each request). */
export const worklistDebtors = sqliteTable('worklist_debtors', {
  debtorId: integer('debtor_id').primaryKey(),
  timed: integer('timed', { mode: 'boolean' }).notNull(),
  nextLetter: text('next_letter'),
});

/** Debtors whose facts changed since their lines were stored: marked by triggers on every table the worklist reads. */
export const worklistStale = sqliteTable('worklist_stale', {
  debtorId: integer('debtor_id').primaryKey(),
});

/** The day and the settings (schedules, weights, office calendar) the stored worklist was made for: one row. */
export const worklistEvaluation = sqliteTable('worklist_evaluation', {
  id: integer('id').primaryKey(),
  date: text('date').notNull(),
  settingsKey: text('settings_key').notNull(),
});
