// A statement's credits paid together must leave the ledger exactly as paying them one at a time through
// the payment use case does (the reference, importBankStatement's `oneByOne`): the same payments split
// the same way over costs, interest and principal, the same interest accrued, the same promises kept,
// plan terms paid, tasks opened and closed, delivery stops lifted, and the same answer on screen.
import type Database from 'better-sqlite3';
import { handlerTest } from './test-context';
import { camt053, importFile, type TestEntry } from './test-statements';
import { insertDebtor, insertInvoice } from '../db/test-fixtures';
import { importBankStatement } from './bank';
import { settleTheDay } from './day';
import { createPromise } from './promises';
import { activatePlan, createPlan, markPlanSent, markPlanSigned } from './plans';

const TODAY = '2026-12-03';

/** Debtors beside the demo's: consumers, a credit note, several invoices paid by several credits. */
function addDebtors(t: ReturnType<typeof handlerTest>) {
  const consumer = insertDebtor(t.db, { number: 'C-1', name: 'P. Visser', kind: 'consumer' });
  insertInvoice(t.db, consumer, { number: 'C-2026-1', dueDate: '2026-09-30', lines: [45000] });
  const credited = insertDebtor(t.db, { number: 'B-1', name: 'Groothandel Noord B.V.' });
  insertInvoice(t.db, credited, { number: 'B-2026-1', dueDate: '2026-08-31', lines: [100000] });
  insertInvoice(t.db, credited, { number: 'B-2026-2', dueDate: '2026-10-15', lines: [-20000] });
  insertInvoice(t.db, credited, { number: 'B-2026-3', dueDate: '2026-11-15', lines: [55555] });
  const many = insertDebtor(t.db, { number: 'B-2', name: 'Drukkerij Zuid B.V.' });
  for (const [i, due] of ['2026-07-01', '2026-09-01', '2026-11-01', '2026-12-20'].entries()) insertInvoice(t.db, many, { number: `Z-2026-${i}`, dueDate: due, lines: [31337 * (i + 1)] });
  // An ingebrekestelling claimed costs and interest before the statement: payments go to them first (art. 6:44 BW).
  const claimed = insertDebtor(t.db, { number: 'B-5', name: 'Transport Oost B.V.' });
  const first = insertInvoice(t.db, claimed, { number: 'T-2026-1', dueDate: '2026-08-01', lines: [150000] });
  insertInvoice(t.db, claimed, { number: 'T-2026-2', dueDate: '2026-09-01', lines: [90000] });
  const letter = Number(
    t.sqlite.prepare("INSERT INTO letters (debtor_id, type, letter_date, principal_cents, costs_cents, interest_cents, total_cents) VALUES (?, 'reminder3', '2026-11-10', 240000, 4000, 2500, 246500)").run(claimed).lastInsertRowid,
  );
  t.sqlite.prepare("INSERT INTO claim_parts (debtor_id, invoice_id, kind, amount_cents, through, base_cents, letter_id) VALUES (?, NULL, 'costs', 4000, '2026-11-10', 240000, ?)").run(claimed, letter);
  t.sqlite.prepare("INSERT INTO claim_parts (debtor_id, invoice_id, kind, amount_cents, through, letter_id) VALUES (?, ?, 'interest', 2500, '2026-11-10', ?)").run(claimed, first, letter);
  // A promise to pay, and a plan in force: the payment use case keeps and pays them.
  const promised = insertDebtor(t.db, { number: 'B-3', name: 'Kapsalon West' });
  insertInvoice(t.db, promised, { number: 'W-2026-1', dueDate: '2026-10-01', lines: [20000] });
  createPromise(t.db, { debtorId: promised, madeOn: '2026-11-25', promisedDate: '2026-12-01', amountCents: 10000 });
  const planned = insertDebtor(t.db, { number: 'B-4', name: 'Garage Midden' });
  const invoiceIds = [insertInvoice(t.db, planned, { number: 'M-2026-1', dueDate: '2026-10-01', lines: [60000] }), insertInvoice(t.db, planned, { number: 'M-2026-2', dueDate: '2026-10-15', lines: [40000] })];
  const plan = createPlan(t.db, { debtorId: planned, agreedOn: '2026-11-20', invoiceIds, totalCents: 100000, installments: [{ dueDate: '2026-12-01', amountCents: 50000 }, { dueDate: '2027-01-01', amountCents: 50000 }] });
  markPlanSent(t.db, { planId: plan.id, sentOn: '2026-11-21' }, TODAY);
  markPlanSigned(t.db, { planId: plan.id, signedOn: '2026-11-22' }, TODAY);
  activatePlan(t.db, { planId: plan.id }, '2026-11-22');
}

const euros = (cents: number) => (cents / 100).toFixed(2);

/** Credits for every debtor with something open, of each kind the matcher and the allocation know. */
function statementFor(sqlite: Database.Database): string {
  const open = sqlite
    .prepare(
      `SELECT d.id AS debtorId, d.number AS debtorNumber, d.name, i.number, i.open_cents AS openCents
       FROM invoices i JOIN debtors d ON d.id = i.debtor_id WHERE i.open_cents > 0 ORDER BY d.id, i.due_date, i.number`,
    )
    .all() as { debtorId: number; debtorNumber: string; name: string; number: string; openCents: number }[];
  const byDebtor = new Map<number, typeof open>();
  for (const r of open) byDebtor.set(r.debtorId, [...(byDebtor.get(r.debtorId) ?? []), r]);
  const entries: TestEntry[] = [];
  let k = 0;
  for (const invoices of byDebtor.values()) {
    const [first, last] = [invoices[0]!, invoices.at(-1)!];
    const name = first.name;
    switch (k++ % 5) {
      case 0: // the oldest invoice in two halves
        entries.push({ amount: euros(Math.floor(first.openCents / 2)), date: '2026-12-01', name, text: `Factuur ${first.number} deel 1` });
        entries.push({ amount: euros(Math.ceil(first.openCents / 2)), date: '2026-12-02', name, text: `Factuur ${first.number} rest` });
        break;
      case 1: // everything and more: paid in full, the rest stays unallocated
        entries.push({ amount: euros(invoices.reduce((s, i) => s + i.openCents, 0) + 1000), date: '2026-12-01', name, text: invoices.map((i) => i.number).join(' ') });
        break;
      case 2: // the newest invoice exactly
        entries.push({ amount: euros(last.openCents), date: '2026-11-30', name, text: `Betreft ${last.number}` });
        break;
      case 3: // a round sum naming only the debtor number: to the oldest
        entries.push({ amount: '100.00', date: '2026-12-01', name, text: `Debiteur ${first.debtorNumber}` });
        break;
      case 4: // a small part of the oldest, then a reversal of it the next day
        entries.push({ amount: '12.34', date: '2026-12-01', name, bankRef: `PART-${k}`, endToEnd: `E2E-${k}`, iban: 'NL91ABNA0417164300', text: `Factuur ${first.number}` });
        entries.push({ amount: '12.34', date: '2026-12-02', name, endToEnd: `E2E-${k}`, iban: 'NL91ABNA0417164300', debit: true, reversal: true, text: `Factuur ${first.number}` });
        break;
    }
  }
  // Three credits on the debtor whose costs and interest were claimed: each meets what the one before left.
  for (const [amount, date] of [['30.00', '2026-11-28'], ['60.00', '2026-12-01'], ['1000.00', '2026-12-02']] as const)
    entries.push({ amount, date, name: 'Transport Oost B.V.', text: 'Factuur T-2026-1' });
  return camt053(entries, 'DIFF');
}

/** The ledger as a collector sees it, without row ids where the order of writing may differ. */
function ledgerOf(sqlite: Database.Database) {
  // created_at is when the test ran, not what was recorded.
  const all = (sql: string) => sqlite.prepare(sql).all().map((r) => ({ ...(r as object), created_at: undefined }));
  const payment = `(SELECT json_array(p.debtor_id, p.received_on, p.amount_cents, p.description) FROM payments p WHERE p.id = %)`;
  return {
    payments: all(
      `SELECT p.debtor_id, p.received_on, p.amount_cents, p.description,
         (SELECT json_group_array(json_array(a.invoice_id, a.kind, a.amount_cents)) FROM (SELECT * FROM payment_allocations a WHERE a.payment_id = p.id ORDER BY a.id) a) AS allocations
       FROM payments p ORDER BY p.debtor_id, p.received_on, p.amount_cents, p.description, allocations`,
    ),
    claimParts: all(
      `SELECT debtor_id, invoice_id, kind, amount_cents, through, base_cents, letter_id, ${payment.replace('%', 'c.payment_id')} AS payment
       FROM claim_parts c ORDER BY debtor_id, invoice_id, kind, through, amount_cents, payment`,
    ),
    bankEntries: all(
      `SELECT entry_id, outcome, method, debtor_id, installments, undoes_entry_id, undone_by_entry_id, reason, detail, ${payment.replace('%', 'b.payment_id')} AS payment
       FROM bank_entries b ORDER BY entry_id`,
    ),
    invoices: all('SELECT id, open_cents FROM invoices ORDER BY id'),
    debtors: all('SELECT * FROM debtors ORDER BY id'),
    tasks: all('SELECT * FROM tasks ORDER BY id'),
    promises: all('SELECT * FROM promises ORDER BY id'),
    installments: all('SELECT * FROM plan_installments ORDER BY id'),
    plans: all('SELECT * FROM payment_plans ORDER BY id'),
  };
}

describe('a statement paid together', () => {
  it('leaves the ledger and the answer as paying each credit alone does, on the demo ledger and more', async () => {
    const together = handlerTest(TODAY);
    const alone = handlerTest(TODAY);
    addDebtors(together);
    addDebtors(alone);
    const file = importFile('afschrift.xml', statementFor(together.sqlite));

    const answer = await together.ok('bank:import', { file });
    settleTheDay(alone.ctx); // as dispatch does before the import
    const reference = alone.db.transaction((tx) => importBankStatement(tx, file, TODAY, { oneByOne: true }));

    // What the statement exercised: every path of the allocation and the follow-up.
    expect(answer.matched.length).toBeGreaterThan(15);
    expect(answer.undone.length).toBeGreaterThan(2);
    expect(answer.keptPromiseIds.length + answer.paidInstallments).toBeGreaterThan(0);
    expect(together.rows("SELECT 1 FROM claim_parts WHERE payment_id IS NOT NULL").length).toBeGreaterThan(10);
    expect(together.rows("SELECT 1 FROM payment_allocations WHERE kind = 'unallocated'").length).toBeGreaterThan(0);

    expect(ledgerOf(together.sqlite)).toEqual(ledgerOf(alone.sqlite));
    const withoutIds = (r: typeof answer) => ({ ...r, matched: r.matched.map(({ id: _, ...m }) => m), undone: r.undone.map(({ id: _, ...m }) => m), unmatched: r.unmatched.map(({ id: _, ...m }) => m) });
    expect(withoutIds(answer)).toEqual(withoutIds(reference));
    together.close();
    alone.close();
  });

  it('pays a debtor with two credits in the statement in order: the second meets the interest the first booked', async () => {
    const t = handlerTest(TODAY, { demo: false });
    const debtor = insertDebtor(t.db, { number: 'B-9', name: 'Bouwbedrijf Oost B.V.' });
    insertInvoice(t.db, debtor, { number: 'OOST-1', dueDate: '2026-06-30', lines: [250000] });
    insertInvoice(t.db, debtor, { number: 'OOST-2', dueDate: '2026-09-30', lines: [80000] });
    const name = 'Bouwbedrijf Oost B.V.';
    const file = importFile('oost.xml', camt053([
      { amount: '1000.00', date: '2026-12-01', name, text: 'Factuur OOST-1' },
      { amount: '2000.00', date: '2026-12-02', name, text: 'Factuur OOST-1 OOST-2' },
    ], 'OOST'));
    const answer = await t.ok('bank:import', { file });
    expect(answer.matched.map((m) => [m.invoiceNumbers, m.partial, m.unallocatedCents])).toEqual([
      [['OOST-1'], true, 0],
      [['OOST-1', 'OOST-2'], true, 0],
    ]);
    // Interest accrued on both invoices through the day before each payment; the principal paid oldest first.
    expect(t.rows("SELECT invoice_id, through FROM claim_parts WHERE kind = 'interest' ORDER BY through, invoice_id").map((r) => (r as { through: string }).through)).toEqual([
      '2026-11-30', '2026-11-30', '2026-12-01', '2026-12-01',
    ]);
    expect(t.rows('SELECT open_cents FROM invoices ORDER BY number')).toEqual([{ open_cents: 0 }, { open_cents: 30000 }]);
    t.close();
  });
});
