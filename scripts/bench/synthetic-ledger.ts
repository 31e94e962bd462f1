// A synthetic ledger of any size, shaped like a real one: per 10 000 debtors 100 000 invoices (two lines
// each on average), 20 000 payments, 15 000 calls with their steps, 5 000 promises, 10 000 tasks,
// 1 000 complaints, 600 payment plans and 9 000 letters. Built in a temporary file migrated with the
// project's own migrations, with raw prepared inserts in one transaction (seconds, not minutes), and
// deterministic: the same size gives the same ledger, so two runs of the bench measure the same thing.
import { addDays, type IsoDate } from '../../domain/dates';
import { openDatabase, type OpenedDatabase } from '../../db/client';

export interface SyntheticLedger {
  opened: OpenedDatabase;
  /** Rows written, per table. */
  rows: Record<string, number>;
  /** The day the ledger is built around: due dates, promises and tasks fall before and after it. */
  today: IsoDate;
}

/** Mulberry32: a small seeded generator, so the ledger is the same on every run. */
function seeded(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
    chance: (p: number) => next() < p,
  };
}

const TRADES = ['Bakkerij', 'Installatiebedrijf', 'Transport', 'Drukkerij', 'Hoveniers', 'Schilders', 'Autobedrijf', 'Kapsalon', 'Adviesbureau', 'Bouwbedrijf', 'Garage', 'Cateraar'];
const SURNAMES = ['de Vries', 'Jansen', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'Leeflang', 'Dekker'];
const CITIES = ['Amsterdam', 'Rotterdam', 'Utrecht', 'Den Haag', 'Eindhoven', 'Groningen', 'Tilburg', 'Almere', 'Breda', 'Nijmegen', 'Zwolle', 'Leeuwarden'];
const TASK_TYPES = ['call_back', 'send_invoice_copy', 'verify_payment', 'send_confirmation_letter', 'handle_complaint', 'other'] as const;
const STEPS = ['preparation', 'greeting', 'purpose', 'willPay', 'anythingElse', 'recap'];
const RESULTS = ['agreement', 'complaint', 'no_agreement', 'call_back', 'no_answer', 'voicemail'];

/**
 * Builds a ledger of `debtors` debtors in `file` (which must not exist yet), around `today`. Every
 * amount is a whole number of cents; every date a real 'YYYY-MM-DD'. `listOnly`: each debtor with one
 * open invoice and nothing else — enough for the debtor list, built in seconds even for 100 000.
 */
export function buildSyntheticLedger(file: string, debtors: number, today: IsoDate, options: { listOnly?: boolean } = {}): SyntheticLedger {
  const opened = openDatabase(file);
  const { sqlite } = opened;
  const r = seeded(debtors);
  const rows: Record<string, number> = {};
  const count = (table: string) => (rows[table] = (rows[table] ?? 0) + 1);
  const ins = (table: string, columns: string[]) => {
    const statement = sqlite.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
    return (...values: unknown[]) => {
      count(table);
      return Number(statement.run(...values).lastInsertRowid);
    };
  };
  const day = (offset: number) => addDays(today, offset);
  const at = (date: IsoDate, minute: number) => `${date}T${String(8 + Math.floor(minute / 60) % 9).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00.000Z`;

  const debtor = ins('debtors', ['number', 'name', 'kind', 'address_line', 'postcode', 'city', 'phone', 'email', 'contact_name', 'contact_role', 'contact_phone', 'escalation', 'tone']);
  const invoice = ins('invoices', ['debtor_id', 'number', 'invoice_date', 'due_date', 'description']);
  const line = ins('invoice_lines', ['invoice_id', 'description', 'amount_cents']);
  const payment = ins('payments', ['debtor_id', 'received_on', 'amount_cents', 'description']);
  const allocation = ins('payment_allocations', ['payment_id', 'invoice_id', 'kind', 'amount_cents']);
  const call = ins('calls', ['debtor_id', 'collector', 'tone', 'started_at', 'ended_at', 'duration_seconds', 'result', 'summary', 'notes', 'machine_version']);
  const step = ins('call_steps', ['call_id', 'seq', 'step', 'at', 'note']);
  const complaint = ins('complaints', ['debtor_id', 'call_id', 'status', 'description', 'handler', 'resolution', 'resolved_on', 'opened_on']);
  const complaintInvoice = ins('complaint_invoices', ['complaint_id', 'invoice_id']);
  const promise = ins('promises', ['debtor_id', 'call_id', 'promised_date', 'amount_cents', 'status', 'settled_on', 'made_on']);
  const plan = ins('payment_plans', ['debtor_id', 'call_id', 'total_cents', 'status', 'agreed_on', 'signed_on']);
  const planInvoice = ins('plan_invoices', ['plan_id', 'invoice_id']);
  const installment = ins('plan_installments', ['plan_id', 'seq', 'due_date', 'amount_cents', 'paid_cents', 'status', 'paid_on']);
  const task = ins('tasks', ['debtor_id', 'call_id', 'type', 'title', 'due_date', 'due_time', 'status', 'done_on', 'promise_id']);
  const letter = ins('letters', ['debtor_id', 'type', 'letter_date', 'principal_cents', 'total_cents', 'content']);
  const letterInvoice = ins('letter_invoices', ['letter_id', 'invoice_id', 'open_cents']);

  sqlite.transaction(() => {
    for (let d = 1; d <= debtors; d++) {
      const surname = r.pick(SURNAMES);
      const consumer = r.chance(0.1);
      const name = consumer ? `${r.pick(['J.', 'A.', 'M.', 'P.'])} ${surname} ${d}` : `${r.pick(TRADES)} ${surname} ${d} BV`;
      const debtorId = debtor(
        `D${String(d).padStart(6, '0')}`,
        name,
        consumer ? 'consumer' : 'business',
        `Kerkstraat ${d % 200}`,
        `${1000 + (d % 8999)} AB`,
        r.pick(CITIES),
        `020-${String(1000000 + d).slice(-7)}`,
        `info@debiteur${d}.nl`,
        consumer ? null : `${r.pick(['Fatima', 'Jan', 'Sanne', 'Mohamed', 'Els'])} ${r.pick(SURNAMES)}`,
        consumer ? null : 'crediteurenadministratie',
        null,
        r.chance(0.03) ? 'ingebrekestelling' : null,
        null,
      );
      if (options.listOnly) {
        const id = invoice(debtorId, `F${String(d).padStart(6, '0')}-0`, day(-60), day(r.int(-30, 30)), 'Levering');
        line(id, 'regel 1', r.int(2500, 250000));
        continue;
      }
      // Ten invoices, due from half a year ago to a month ahead; one or three lines.
      const ids: { id: number; amount: number; due: IsoDate }[] = [];
      for (let k = 0; k < 10; k++) {
        const due = day(r.int(-180, 30));
        const id = invoice(debtorId, `F${String(d).padStart(6, '0')}-${k}`, addDays(due, -30), due, `Levering ${k + 1}`);
        const lines = r.chance(0.5) ? 1 : 3;
        let amount = 0;
        for (let l = 0; l < lines; l++) {
          const cents = r.int(2500, 250000);
          amount += cents;
          line(id, `regel ${l + 1}`, cents);
        }
        ids.push({ id, amount, due });
      }
      // Two payments, each applied to one invoice (whole or part); now and then an overpayment.
      for (let p = 0; p < 2; p++) {
        const target = ids[p * 3]!;
        const amount = r.chance(0.6) ? target.amount : Math.max(100, Math.floor(target.amount / 2));
        const receivedOn = day(r.int(-90, 0));
        const paymentId = payment(debtorId, receivedOn, amount, `Betaling ${p + 1}`);
        allocation(paymentId, target.id, 'principal', amount);
        if (r.chance(0.05)) {
          const extra = payment(debtorId, receivedOn, 1000, 'Dubbel betaald');
          allocation(extra, null, 'unallocated', 1000);
        }
      }
      // Calls: one or two per debtor (15 000 per 10 000), each with its path through the script.
      const callIds: number[] = [];
      const calls = d % 2 === 0 ? 2 : 1;
      for (let c = 0; c < calls; c++) {
        const date = day(-r.int(1, 120));
        const minute = r.int(0, 500);
        const callId = call(debtorId, 'Bench', 'zakelijk', at(date, minute), at(date, minute + 4), 240, r.pick(RESULTS), '[]', '', 1);
        callIds.push(callId);
        for (let s = 0; s < 3; s++) step(callId, s, STEPS[s]!, at(date, minute + s), '');
      }
      // A promise for every second debtor: some still running, some kept, some broken.
      let promiseId: number | null = null;
      if (d % 2 === 0) {
        const madeOn = day(-r.int(2, 60));
        const kind = r.int(0, 2);
        const promisedDate = kind === 0 ? day(r.int(1, 20)) : addDays(madeOn, 7);
        promiseId = promise(debtorId, callIds[0]!, promisedDate, r.int(5000, 200000), kind === 0 ? 'pending' : kind === 1 ? 'kept' : 'broken', kind === 0 ? null : addDays(promisedDate, 1), madeOn);
      }
      // One task per debtor: open ones overdue, today or upcoming; some done.
      const done = r.chance(0.3);
      const due = day(r.int(-20, 20));
      const type = r.pick(TASK_TYPES);
      task(
        debtorId,
        callIds[0]!,
        type,
        JSON.stringify({ key: 'task.legacy.other', params: { text: `Actie ${d}` } }),
        due,
        type === 'call_back' ? `${String(9 + (d % 8)).padStart(2, '0')}:${d % 2 ? '00' : '30'}` : null,
        done ? 'done' : 'open',
        done ? due : null,
        type === 'verify_payment' ? promiseId : null,
      );
      // A complaint for one debtor in ten, about one or two of its invoices.
      if (d % 10 === 0) {
        const status = r.pick(['open', 'in_behandeling', 'opgelost'] as const);
        const complaintId = complaint(
          debtorId,
          callIds[0]!,
          status,
          'Factuur klopt niet',
          status === 'open' ? null : 'Bench',
          status === 'opgelost' ? 'Creditnota gestuurd' : null,
          status === 'opgelost' ? day(-1) : null,
          day(-r.int(5, 60)),
        );
        complaintInvoice(complaintId, ids[1]!.id);
        if (r.chance(0.5)) complaintInvoice(complaintId, ids[2]!.id);
      }
      // A payment plan for six debtors in a hundred: three terms, the first paid.
      if (d % 50 === 1 || d % 50 === 26 || d % 50 === 13) {
        const agreedOn = day(-r.int(30, 60));
        const total = 30000;
        const planId = plan(debtorId, callIds[0]!, total, 'active', agreedOn, agreedOn);
        planInvoice(planId, ids[0]!.id); // the plan pauses the invoice it covers
        for (let t = 1; t <= 3; t++) {
          const termDue = addDays(agreedOn, 14 + 30 * (t - 1));
          installment(planId, t, termDue, 10000, t === 1 ? 10000 : 0, t === 1 ? 'paid' : 'due', t === 1 ? termDue : null);
        }
      }
      // Letters: most debtors had a reminder or two (9 000 per 10 000).
      const letterCount = d % 10 === 0 ? 0 : 1;
      for (let l = 0; l < letterCount; l++) {
        const type = r.pick(['reminder1', 'reminder2', 'reminder3'] as const);
        const letterDate = day(-r.int(1, 60));
        const letterId = letter(debtorId, type, letterDate, ids[4]!.amount, ids[4]!.amount, JSON.stringify({ payBy: addDays(letterDate, 14) }));
        letterInvoice(letterId, ids[4]!.id, ids[4]!.amount);
      }
    }
  }).immediate();
  sqlite.pragma('optimize');
  return { opened, rows, today };
}
