// The best hand-written SQL for each path a collector hits, on raw better-sqlite3 with statements
// prepared once: the floor a handler is measured against. Each gives exactly the handler's answer (the
// bench asserts it), so what it skips — validation, repositories, drizzle's mapping — is the overhead.
import type Database from 'better-sqlite3';
import { DEFAULT_SETTINGS, type Settings } from '../../domain/settings';
import { daysBetween, todayInAmsterdam, type IsoDate } from '../../domain/dates';
import { MAX_PLAN_TERMS } from '../../domain/call-outcome';
import { message, type Message } from '../../domain/message';
import { catalogue } from '../../i18n/catalogue';
import { letterTypeModules } from '../../handlers/letters/types';
import { readStoredText } from '../../handlers/stored-text';
import { handWorklist } from './hand-worklist';

type Row = Record<string, unknown>;
const json = <T>(value: unknown): T => JSON.parse(value as string) as T;

const OPEN_COMPLAINT = `('open', 'in_behandeling')`;
/** The debtor screen's first page of complaints (the contract's default). */
const COMPLAINT_PAGE = 25;
const REMINDERS = `('reminder1', 'reminder2', 'reminder3', 'consumer14')`;

const TASK_COLUMNS = `t.id, t.type, t.title, t.due_date, t.due_time, t.status, t.done_on, t.done_note, t.closed_by, t.debtor_id, d.name AS debtor_name,
  t.call_id, t.complaint_id, t.promise_id, t.plan_id, t.created_at`;
const TASK_ORDER = `t.due_date, t.due_time IS NULL, t.due_time, t.id`;

const COMPLAINT_INVOICES = `(SELECT json_group_array(json_object('id', x.id, 'number', x.number)) FROM (
  SELECT i.id, i.number FROM complaint_invoices ci JOIN invoices i ON i.id = ci.invoice_id WHERE ci.complaint_id = c.id ORDER BY i.due_date, i.number) x) AS invoices`;

const PLAN_INVOICES = `(SELECT json_group_array(json_object('id', x.invoice_id, 'number', x.number)) FROM
  (SELECT pi.invoice_id, i.number FROM plan_invoices pi JOIN invoices i ON i.id = pi.invoice_id WHERE pi.plan_id = p.id ORDER BY pi.invoice_id) x) AS invoices`;
const PLAN_INSTALLMENTS = `(SELECT json_group_array(json_object('id', x.id, 'planId', x.plan_id, 'seq', x.seq, 'dueDate', x.due_date, 'amountCents', x.amount_cents,
  'paidCents', x.paid_cents, 'status', x.status, 'paidOn', x.paid_on)) FROM (SELECT * FROM plan_installments WHERE plan_id = p.id ORDER BY seq) x) AS installments`;

export function handQueries(sqlite: Database.Database) {
  const all = (sql: string) => {
    const statement = sqlite.prepare(sql);
    return (...params: unknown[]) => statement.all(...params) as Row[];
  };
  const get = (sql: string) => {
    const statement = sqlite.prepare(sql);
    return (...params: unknown[]) => statement.get(...params) as Row | undefined;
  };

  // The first page in the default order, straight from the index the list has, as one would write it by hand.
  const debtorPage = all(`
    WITH page AS MATERIALIZED (
      SELECT id FROM debtors d
      WHERE @search = '' OR lower(d.name) LIKE @like ESCAPE '!' OR d.number LIKE @like ESCAPE '!' OR lower(d.city) LIKE @like ESCAPE '!'
      ORDER BY (oldest_open_due IS NULL), oldest_open_due, name, id LIMIT +@limit)
    SELECT d.id, d.number, d.name, d.kind, d.city, d.escalation, d.open_cents, d.open_invoice_count, d.oldest_open_due,
      (SELECT json_object('status', status, 'promisedDate', promised_date, 'amountCents', amount_cents) FROM promises
        WHERE debtor_id = d.id ORDER BY made_on DESC, id DESC LIMIT 1) AS promise,
      (SELECT json_object('status', pl.status, 'nextDueDate', (SELECT MIN(due_date) FROM plan_installments WHERE plan_id = pl.id AND status != 'paid'))
        FROM payment_plans pl WHERE pl.debtor_id = d.id ORDER BY pl.agreed_on DESC, pl.id DESC LIMIT 1) AS plan,
      (SELECT COUNT(*) FROM complaints WHERE debtor_id = d.id AND status IN ${OPEN_COMPLAINT}) AS open_complaints,
      (SELECT json_object('at', started_at, 'result', result) FROM calls WHERE debtor_id = d.id ORDER BY started_at DESC, id DESC LIMIT 1) AS last_contact,
      (SELECT json_object('type', type, 'dueDate', due_date, 'dueTime', due_time, 'title', json(title)) FROM tasks
        WHERE debtor_id = d.id AND status = 'open' ORDER BY due_date, due_time IS NULL, due_time, id LIMIT 1) AS next_action
    FROM page JOIN debtors d ON d.id = page.id
    ORDER BY (d.oldest_open_due IS NULL), d.oldest_open_due, d.name, d.id`);
  const debtorTotals = get(`
    SELECT COUNT(*) AS count, COALESCE(SUM(open_cents), 0) AS openCents FROM debtors d
    WHERE @search = '' OR lower(d.name) LIKE @like ESCAPE '!' OR d.number LIKE @like ESCAPE '!' OR lower(d.city) LIKE @like ESCAPE '!'`);
  const debtorRow = get(`SELECT * FROM debtors WHERE id = ?`);
  // Costs and interest booked as claim parts, less what payments allocated to them (art. 6:44 BW).
  const claimPartsOf = get(`
    SELECT SUM(CASE WHEN kind = 'costs' THEN booked - paid ELSE 0 END) AS costs,
      SUM(CASE WHEN kind = 'costs' THEN booked ELSE 0 END) AS costs_booked,
      SUM(CASE WHEN kind = 'interest' THEN booked - paid ELSE 0 END) AS interest,
      COUNT(CASE WHEN kind = 'interest' THEN 1 END) AS interest_rows,
      MAX(CASE WHEN kind = 'interest' THEN through END) AS through
    FROM (
      SELECT p.kind, SUM(p.amount_cents) AS booked, MAX(p.through) AS through,
        (SELECT COALESCE(SUM(a.amount_cents), 0) FROM payment_allocations a JOIN payments y ON y.id = a.payment_id
          WHERE y.debtor_id = p.debtor_id AND a.kind = p.kind AND a.invoice_id IS p.invoice_id) AS paid
      FROM claim_parts p WHERE p.debtor_id = ? GROUP BY p.kind, p.invoice_id
    )`);
  // The debtor file also shows credit notes with credit left (open below zero).
  const openInvoicesAndCreditsOf = all(`
    SELECT i.id, i.number, i.invoice_date, i.due_date, i.description,
      (SELECT COALESCE(SUM(amount_cents), 0) FROM invoice_lines WHERE invoice_id = i.id) AS amount,
      (SELECT COALESCE(SUM(amount_cents), 0) FROM payment_allocations WHERE invoice_id = i.id AND kind = 'principal') AS paid,
      (SELECT MIN(c.id) FROM complaint_invoices ci JOIN complaints c ON c.id = ci.complaint_id
        WHERE ci.invoice_id = i.id AND c.status IN ${OPEN_COMPLAINT}) AS complaint_id
    FROM invoices i WHERE i.debtor_id = ? AND amount - paid != 0
    ORDER BY i.due_date, i.invoice_date, i.number, i.id`);
  const settingsRow = get(`SELECT value FROM settings WHERE key = 'app'`);
  const ledgerKindRow = get(`SELECT value FROM settings WHERE key = 'ledger.kind'`);
  const anyDebtor = get(`SELECT id FROM debtors LIMIT 1`);
  const complaintsOf = all(`SELECT c.*, ${COMPLAINT_INVOICES} FROM complaints c WHERE c.debtor_id = ? ORDER BY c.opened_on DESC, c.id DESC`);
  const promisesOf = all(`SELECT * FROM promises WHERE debtor_id = ? ORDER BY made_on DESC, id DESC`);
  const plansOf = all(`SELECT p.*, ${PLAN_INSTALLMENTS}, ${PLAN_INVOICES} FROM payment_plans p WHERE p.debtor_id = ? ORDER BY p.agreed_on DESC, p.id DESC`);
  const remindersOf = all(`SELECT id, type, letter_date, total_cents FROM letters WHERE debtor_id = ? AND type IN ${REMINDERS} ORDER BY letter_date, id`);
  const activeCall = get(`SELECT * FROM active_calls WHERE debtor_id = ?`);
  // Three pages of open tasks as the screens ask for them, each with the count of the whole list: Taken's overdue group,
  // Vandaag's other tasks (due by today, call-backs and payment checks left out), and every open task from a day on.
  // LIMIT +?: with a bare ? SQLite 3.54 prepares the statement again at every run (a LIMIT parameter may shape the plan).
  const overdueTasks = all(`SELECT ${TASK_COLUMNS} FROM tasks t JOIN debtors d ON d.id = t.debtor_id
    WHERE t.status = 'open' AND t.due_date < ? ORDER BY ${TASK_ORDER} LIMIT +?`);
  const overdueTaskCount = get(`SELECT COUNT(*) AS n FROM tasks WHERE status = 'open' AND due_date < ?`);
  const otherTasksDue = all(`SELECT ${TASK_COLUMNS} FROM tasks t JOIN debtors d ON d.id = t.debtor_id
    WHERE t.status = 'open' AND t.due_date <= ? AND t.type NOT IN ('call_back', 'verify_payment') ORDER BY ${TASK_ORDER} LIMIT +?`);
  const otherTasksDueCount = get(`SELECT COUNT(*) AS n FROM tasks WHERE status = 'open' AND due_date <= ? AND type NOT IN ('call_back', 'verify_payment')`);
  const openTasksFrom = all(`SELECT ${TASK_COLUMNS} FROM tasks t JOIN debtors d ON d.id = t.debtor_id
    WHERE t.status = 'open' AND t.due_date >= ? ORDER BY ${TASK_ORDER} LIMIT +?`);
  const openTaskCount = get(`SELECT COUNT(*) AS n FROM tasks WHERE status = 'open'`);
  const tasksOf = all(`SELECT ${TASK_COLUMNS} FROM tasks t JOIN debtors d ON d.id = t.debtor_id WHERE t.debtor_id = ? ORDER BY ${TASK_ORDER}`);
  const openCallBacksOf = all(`SELECT t.id, t.due_date, t.due_time, t.title FROM tasks t WHERE t.debtor_id = ? AND t.type = 'call_back' AND t.status = 'open' ORDER BY ${TASK_ORDER}`);
  // The first page of the complaint register (unresolved ones) and of one debtor's complaints, each with its count.
  const complaintRegister = all(`
    SELECT c.*, d.name AS debtor_name, ${COMPLAINT_INVOICES} FROM complaints c JOIN debtors d ON d.id = c.debtor_id
    WHERE c.status IN ${OPEN_COMPLAINT} ORDER BY c.opened_on DESC, c.id DESC LIMIT +?`);
  const complaintRegisterCount = get(`SELECT COUNT(*) AS n FROM complaints WHERE status IN ${OPEN_COMPLAINT}`);
  const complaintsOfDebtor = all(`
    SELECT c.*, d.name AS debtor_name, ${COMPLAINT_INVOICES} FROM complaints c JOIN debtors d ON d.id = c.debtor_id
    WHERE c.debtor_id = ? ORDER BY c.opened_on DESC, c.id DESC LIMIT +?`);
  const complaintCountOfDebtor = get(`SELECT COUNT(*) AS n FROM complaints WHERE debtor_id = ?`);
  const callsOf = all(`
    SELECT c.*, (SELECT json_group_array(json_object('seq', s.seq, 'step', s.step, 'at', s.at, 'note', s.note))
      FROM (SELECT * FROM call_steps WHERE call_id = c.id ORDER BY seq) s) AS steps
    FROM calls c WHERE c.debtor_id = ? ORDER BY c.started_at, c.id`);
  const lettersOf = all(`SELECT * FROM letters WHERE debtor_id = ? ORDER BY letter_date DESC, id DESC`);
  const paymentsOf = all(`
    SELECT p.*, (SELECT json_group_array(json_object('invoiceId', a.invoice_id, 'kind', a.kind, 'amountCents', a.amount_cents, 'number', i.number))
      FROM (SELECT * FROM payment_allocations WHERE payment_id = p.id ORDER BY id) a LEFT JOIN invoices i ON i.id = a.invoice_id) AS allocations
    FROM payments p WHERE p.debtor_id = ? ORDER BY p.received_on DESC, p.id DESC`);
  const callsWithResult = all(`
    SELECT id, started_at, result FROM calls WHERE debtor_id = ? AND result IN ('agreement', 'complaint', 'call_back') ORDER BY started_at DESC, id DESC`);
  const debtorRef = (r: Row) => ({ id: r.debtor_id as number, name: r.debtor_name as string });
  const task = (r: Row) => ({
    id: r.id as number,
    type: r.type,
    title: json<Message>(r.title),
    dueDate: r.due_date as string,
    dueTime: r.due_time as string | null,
    status: r.status,
    doneOn: r.done_on as string | null,
    doneNote: r.done_note as string | null,
    closedBy: r.closed_by === null ? null : json<Message>(r.closed_by),
    debtor: debtorRef(r),
    callId: r.call_id as number | null,
    complaintId: r.complaint_id as number | null,
    promiseId: r.promise_id as number | null,
    planId: r.plan_id as number | null,
    createdAt: r.created_at as string,
  });
  const complaint = (r: Row) => ({
    id: r.id as number,
    debtorId: r.debtor_id as number,
    callId: r.call_id as number | null,
    status: r.status as string,
    description: r.description as string,
    handler: r.handler as string | null,
    resolution: r.resolution as string | null,
    resolvedOn: r.resolved_on as string | null,
    customerInformedOn: r.customer_informed_on as string | null,
    openedOn: r.opened_on as string,
    createdAt: r.created_at as string,
    invoices: json<{ id: number; number: string }[]>(r.invoices),
  });
  const promise = (r: Row) => ({
    id: r.id as number,
    debtorId: r.debtor_id as number,
    callId: r.call_id as number | null,
    promisedDate: r.promised_date as string,
    amountCents: r.amount_cents as number,
    status: r.status as string,
    settledOn: r.settled_on as string | null,
    madeOn: r.made_on as string,
    createdAt: r.created_at as string,
  });
  type Installment = { seq: number; dueDate: string; amountCents: number; status: string };
  const plan = (r: Row) => ({
    id: r.id as number,
    debtorId: r.debtor_id as number,
    callId: r.call_id as number | null,
    totalCents: r.total_cents as number,
    status: r.status as string,
    agreedOn: r.agreed_on as string,
    sentOn: r.sent_on as string | null,
    signedOn: r.signed_on as string | null,
    completedOn: r.completed_on as string | null,
    defaultedOn: r.defaulted_on as string | null,
    createdAt: r.created_at as string,
    installments: json<Installment[]>(r.installments),
  });
  const payBy = (content: unknown) => {
    try {
      const value = json<{ payBy?: unknown }>(content).payBy;
      return typeof value === 'string' ? value : null;
    } catch {
      return null;
    }
  };
  const letterSummary = (r: Row) => ({
    id: r.id as number,
    debtorId: r.debtor_id as number,
    type: r.type as string,
    letterDate: r.letter_date as string,
    principalCents: r.principal_cents as number,
    costsCents: r.costs_cents as number,
    interestCents: r.interest_cents as number,
    totalCents: r.total_cents as number,
    termEndsOn: r.term_ends_on as string | null,
    payBy: payBy(r.content),
    callId: r.call_id as number | null,
    planId: r.plan_id as number | null,
  });

  /** A page of complaints from limit + 1 rows read (to know whether more follow), with the cursor of its last. */
  function complaintPage(rows: Row[], limit: number, total: number) {
    const shown = rows.slice(0, limit).map((r) => ({ ...complaint(r), debtor: debtorRef(r) }));
    const last = shown.at(-1);
    return { complaints: shown, nextCursor: rows.length > limit && last ? [last.openedOn, last.id] : null, total };
  }

  function debtorFile(id: number, today: IsoDate) {
    const d = debtorRow(id)!;
    const open = openInvoicesAndCreditsOf(id).map((i) => ({
      id: i.id as number,
      number: i.number as string,
      invoiceDate: i.invoice_date as string,
      dueDate: i.due_date as string,
      description: i.description as string,
      amountCents: i.amount as number,
      openCents: (i.amount as number) - (i.paid as number),
      daysOverdue: daysBetween(i.due_date as string, today),
      onHold: i.complaint_id !== null,
      complaintId: i.complaint_id as number | null,
    }));
    return {
      debtor: {
        id: d.id,
        number: d.number,
        name: d.name,
        kind: d.kind,
        salutation: d.salutation,
        addressLine: d.address_line,
        postcode: d.postcode,
        city: d.city,
        phone: d.phone,
        email: d.email,
        contactName: d.contact_name,
        contactTitle: d.contact_title,
        contactRole: d.contact_role,
        contactPhone: d.contact_phone,
        contactEmail: d.contact_email,
        mayOfferPlan: d.may_offer_plan === 1,
        maxPlanTerms: d.max_plan_terms as number,
        tone: d.tone,
        deliveryStop: d.delivery_stop === 1,
        deliveryStopOn: d.delivery_stop_on,
        escalation: d.escalation,
        escalationReason: readStoredText(d.escalation_reason as string | null),
        notes: d.notes,
      },
      openInvoices: open,
      totalOpenCents: open.reduce((s, i) => s + i.openCents, 0),
      claimParts: (() => {
        const c = claimPartsOf(id)!;
        if (!c.costs_booked && !c.interest_rows) return null;
        return { costsCents: (c.costs as number) ?? 0, interestCents: (c.interest as number) ?? 0, interestThrough: (c.through as string | null) ?? null };
      })(),
    };
  }

  /** As app:info says it: the first-start choice, or 'own' for an older file with debtors. */
  const ledgerKind = () => {
    const kind = ledgerKindRow() ? JSON.parse(ledgerKindRow()!.value as string) : null;
    return kind === 'own' || kind === 'demo' ? kind : anyDebtor() ? 'own' : 'new';
  };

  const settings = (): Settings => {
    const row = settingsRow();
    return row ? { ...DEFAULT_SETTINGS, ...json<Partial<Settings>>(row.value) } : DEFAULT_SETTINGS;
  };

  const date = (value: string | null) => (value === null ? null : { date: value });
  const duration = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

  /** The first page of the debtor's history: every item merged and ordered here, then cut. */
  function timelinePage(debtorId: number, limit = 50) {
    const items = timeline(debtorId);
    return { items: items.slice(0, limit), nextOffset: items.length > limit ? limit : null };
  }

  function timeline(debtorId: number) {
    type Item = { kind: string; id: number; date: string; at: string } & Row;
    const items: Item[] = [];
    for (const c of callsOf(debtorId)) {
      const key = catalogue.has(`timeline.call.${c.result}`) ? `timeline.call.${c.result}` : 'timeline.call.other';
      items.push({
        kind: 'call',
        id: c.id as number,
        date: todayInAmsterdam(new Date(c.started_at as string)),
        at: new Date(c.started_at as string).toISOString(),
        call: {
          id: c.id,
          kind: c.kind,
          collector: c.collector,
          startedAt: c.started_at,
          durationSeconds: c.duration_seconds,
          result: c.result,
          outcomeCode: c.outcome_code,
          summary: json(c.summary),
          notes: c.notes,
        },
        steps: json(c.steps),
        text: message(key, { duration: duration(c.duration_seconds as number) }),
      });
    }
    for (const l of lettersOf(debtorId))
      items.push({
        kind: 'letter',
        id: l.id as number,
        date: l.letter_date as string,
        at: l.created_at as string,
        letter: { id: l.id, type: l.type, letterDate: l.letter_date, totalCents: l.total_cents, termEndsOn: l.term_ends_on },
        text: message(`timeline.letter.${l.type}`, { total: { cents: l.total_cents as number }, termEndsOn: date(l.term_ends_on as string | null) }),
      });
    for (const r of tasksOf(debtorId)) {
      const t = task(r);
      items.push({
        kind: 'task',
        id: t.id,
        date: t.doneOn ?? t.dueDate,
        at: t.createdAt,
        task: t,
        text: message(`timeline.task.${t.status}`, { title: { messages: [t.title] }, dueDate: { date: t.dueDate }, doneOn: date(t.doneOn) }),
      });
    }
    for (const r of complaintsOf(debtorId)) {
      const c = complaint(r);
      items.push({
        kind: 'complaint',
        id: c.id,
        date: c.openedOn,
        at: c.createdAt,
        complaint: c,
        text: message(`timeline.complaint.${c.status}`, {
          description: c.description,
          invoices: { list: c.invoices.map((i) => i.number) },
          invoiceCount: c.invoices.length,
          handler: c.handler,
          resolution: c.resolution,
          resolvedOn: date(c.resolvedOn),
        }),
      });
    }
    for (const r of promisesOf(debtorId)) {
      const p = promise(r);
      items.push({
        kind: 'promise',
        id: p.id,
        date: p.madeOn,
        at: p.createdAt,
        promise: p,
        text: message(`timeline.promise.${p.status}`, { amount: { cents: p.amountCents }, promisedDate: { date: p.promisedDate } }),
      });
    }
    for (const r of plansOf(debtorId)) {
      const p = plan(r);
      items.push({
        kind: 'plan',
        id: p.id,
        date: p.agreedOn,
        at: p.createdAt,
        plan: p,
        text: message(`timeline.plan.${p.status}`, {
          total: { cents: p.totalCents },
          terms: p.installments.length,
          paidTerms: p.installments.filter((i) => i.status === 'paid').length,
          lateTerms: p.installments.filter((i) => i.status === 'late').length,
        }),
      });
    }
    for (const r of paymentsOf(debtorId)) {
      const allocations = json<{ invoiceId: number | null; kind: string; amountCents: number; number: string | null }[]>(r.allocations);
      const numbers = [...new Set(allocations.map((a) => a.invoiceId))].flatMap((id) =>
        id === null ? [] : [allocations.find((a) => a.invoiceId === id)!.number ?? String(id)],
      );
      items.push({
        kind: 'payment',
        id: r.id as number,
        date: r.received_on as string,
        at: r.created_at as string,
        payment: {
          id: r.id,
          receivedOn: r.received_on,
          amountCents: r.amount_cents,
          description: r.description,
          createdAt: r.created_at,
          allocations: allocations.map(({ invoiceId, kind, amountCents }) => ({ invoiceId, kind, amountCents })),
        },
        invoiceNumbers: numbers,
        text: message('timeline.payment', { amount: { cents: r.amount_cents as number } }),
      });
    }
    const desc = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);
    const callsLast = (i: Item) => (i.kind === 'call' ? 1 : 0);
    return items.sort((a, b) => desc(a.date, b.date) || callsLast(a) - callsLast(b) || desc(a.at, b.at) || b.id - a.id);
  }

  return {
    /** Vandaag's first page from today's stored worklist (hand-worklist.ts). */
    worklistFirstPage: handWorklist(sqlite),

    /** The first page of the debtor list in its default order, and the totals. */
    debtorListFirstPage(today: IsoDate, search: string, limit: number) {
      const like = `%${search.trim().toLowerCase().replace(/[!%_]/g, (c) => `!${c}`)}%`;
      const rows = debtorPage({ search: search.trim(), like, limit: limit + 1 });
      const shown = rows.slice(0, limit);
      const last = shown[shown.length - 1];
      return {
        rows: shown.map((r) => ({
          id: r.id,
          number: r.number,
          name: r.name,
          kind: r.kind,
          city: r.city,
          escalation: r.escalation,
          openCents: r.open_cents,
          openInvoiceCount: r.open_invoice_count,
          oldestDueDate: r.oldest_open_due,
          promise: r.promise === null ? null : json(r.promise),
          plan: r.plan === null ? null : json(r.plan),
          openComplaints: r.open_complaints,
          lastContact: r.last_contact === null ? null : json(r.last_contact),
          nextAction: r.next_action === null ? null : json(r.next_action),
          daysOverdue: r.oldest_open_due ? daysBetween(r.oldest_open_due as string, today) : null,
        })),
        nextCursor: rows.length > limit && last ? [last.oldest_open_due === null ? 1 : 0, last.oldest_open_due, last.name, last.id] : null,
        totals: debtorTotals({ search: search.trim(), like }),
      };
    },

    debtorFile,

    prepareCall(debtorId: number, today: IsoDate) {
      const file = debtorFile(debtorId, today);
      const s = settings();
      const reminders = remindersOf(debtorId);
      const active = activeCall(debtorId);
      return {
        file,
        callInvoices: file.openInvoices.filter((i) => !i.onHold),
        collector: s.collectorName,
        companyName: s.company.name,
        tone: file.debtor.tone ?? s.defaultTone,
        mayOfferPlan: file.debtor.mayOfferPlan,
        maxPlanTerms: Math.min(MAX_PLAN_TERMS, file.debtor.maxPlanTerms),
        language: s.language,
        officeDays: s.officeDays,
        addedEquatedDays: s.addedEquatedDays,
        complaints: complaintsOf(debtorId).map((r) => {
          const c = complaint(r);
          return {
            id: c.id,
            description: c.description,
            status: c.status,
            invoiceIds: c.invoices.map((i) => i.id),
            invoiceNumbers: c.invoices.map((i) => i.number),
            openedOn: c.openedOn,
            resolution: c.resolution,
          };
        }),
        promises: promisesOf(debtorId).map((p) => ({ id: p.id, promisedDate: p.promised_date, amountCents: p.amount_cents, status: p.status, madeOn: p.made_on })),
        plans: plansOf(debtorId).map((r) => {
          const p = plan(r);
          return {
            id: p.id,
            status: p.status,
            totalCents: p.totalCents,
            agreedOn: p.agreedOn,
            installments: p.installments.map(({ seq, dueDate, amountCents, status }) => ({ seq, dueDate, amountCents, status })),
          };
        }),
        callBacks: openCallBacksOf(debtorId).map((t) => ({ id: t.id, dueDate: t.due_date, dueTime: t.due_time, title: json<Message>(t.title) })),
        reminders: reminders.map((r) => ({ id: r.id, type: r.type, letterDate: r.letter_date, totalCents: r.total_cents })),
        ingebrekestellingSent: reminders.some((r) => r.type === 'reminder3'),
        today,
        active: active ? { status: 'stale', machineVersion: active.machine_version, startedAt: active.started_at, updatedAt: active.updated_at } : null,
      };
    },

    /** A page of open tasks (limit + 1 rows read to know whether more follow), its cursor and the count. */
    taskPage(which: 'overdue' | 'other' | 'from', day: IsoDate, limit: number) {
      const rows = { overdue: overdueTasks, other: otherTasksDue, from: openTasksFrom }[which](day, limit + 1);
      const shown = rows.slice(0, limit).map(task);
      const last = shown.at(-1);
      const counted = which === 'overdue' ? overdueTaskCount(day) : which === 'other' ? otherTasksDueCount(day) : openTaskCount();
      return {
        tasks: shown,
        nextCursor: rows.length > limit && last ? [last.dueDate, last.dueTime === null ? 1 : 0, last.dueTime ?? '', last.id] : null,
        total: counted!.n,
      };
    },

    unresolvedComplaints: (limit: number) => complaintPage(complaintRegister(limit + 1), limit, complaintRegisterCount()!.n as number),

    timelinePage,


    /** The debtor screen's seven requests, answered the same way. */
    debtorScreen(debtorId: number, today: IsoDate, info: unknown) {
      const file = debtorFile(debtorId, today);
      const letters = lettersOf(debtorId).map(letterSummary);
      const confirmed = new Map(letters.filter((l) => l.type === 'confirmation' && l.callId !== null).map((l) => [l.callId!, l.id]));
      const planLetters = new Map(letters.filter((l) => l.type === 'plan_agreement' && l.planId !== null).map((l) => [l.planId!, l.id]));
      const plans = plansOf(debtorId).map((r) => ({ ...plan(r), invoices: json<{ id: number; number: string }[]>(r.invoices) }));
      return {
        file,
        promises: promisesOf(debtorId).map(promise),
        plans,
        info: { ...(info as object), ledgerKind: ledgerKind(), canSwitchLedger: false },
        complaints: complaintPage(complaintsOfDebtor(debtorId, COMPLAINT_PAGE + 1), COMPLAINT_PAGE, complaintCountOfDebtor(debtorId)!.n as number),
        timeline: timelinePage(debtorId),
        letters: {
          kind: file.debtor.kind,
          types: letterTypeModules.filter((m) => m.offeredTo?.({ kind: file.debtor.kind } as never)).map((m) => m.type),
          letters,
          calls: callsWithResult(debtorId).map((c) => ({ id: c.id, startedAt: c.started_at, result: c.result, confirmationId: confirmed.get(c.id as number) ?? null })),
          plans: plans
            .filter((p) => p.status === 'proposed' || p.status === 'sent')
            .map(({ id, agreedOn, totalCents, status }) => ({ id, agreedOn, totalCents, status, letterId: planLetters.get(id) ?? null })),
        },
      };
    },
  };
}
