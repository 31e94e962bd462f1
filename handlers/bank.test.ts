// Bank statements through the channel the bank import screen uses: payments matched by kenmerk, by
// invoice number in the text, by account and amount; promises and plan terms settled by them; a
// returned direct debit and a reversal undone with the bank's reason; the rest listed for matching by
// hand; and the same statement twice changing nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { handlerTest } from './test-context';
import { camt053, importFile, type TestEntry } from './test-statements';
import { dumpTables, insertDebtor, insertInvoice } from '../db/test-fixtures';
import { catalogue } from '../i18n/catalogue';
import type { Message } from '../domain/message';
import { createPromise } from './promises';
import { activatePlan, createPlan, markPlanSent, markPlanSigned } from './plans';

const TODAY = '2026-12-03';
const nl = (m: Message) => catalogue.format(m, 'nl');

const LEEFLANG_IBAN = 'NL91ABNA0417164300';
const DE_ZON_IBAN = 'NL20INGB0001234567';

function setup() {
  const t = handlerTest(TODAY, { demo: false });
  const leeflang = insertDebtor(t.db, { number: '1001', name: 'Leeflang & Zn' });
  const deZon = insertDebtor(t.db, { number: '1002', name: 'Bakkerij De Zon B.V.' });
  const inv = {
    i41: insertInvoice(t.db, leeflang, { number: '2026-0041', dueDate: '2026-10-31', lines: [121000] }),
    i42: insertInvoice(t.db, leeflang, { number: '2026-0042', dueDate: '2026-11-14', lines: [17849] }),
    i43: insertInvoice(t.db, leeflang, { number: '2026-0043', dueDate: '2026-11-20', lines: [5849] }),
    i44: insertInvoice(t.db, deZon, { number: '2026-0044', dueDate: '2026-11-19', lines: [289824] }),
    i45: insertInvoice(t.db, deZon, { number: '2026-0045', dueDate: '2026-11-01', lines: [50000] }),
  };
  t.sqlite.prepare("UPDATE invoices SET payment_reference = '8000000020260041' WHERE id = ?").run(inv.i41);
  const statement = (entries: TestEntry[], id = 'STMT-1') => ({ file: importFile(`${id}.xml`, camt053(entries, id)) });
  const open = () =>
    Object.fromEntries(
      t.rows<{ number: string; open: number }>(
        `SELECT i.number, (SELECT SUM(amount_cents) FROM invoice_lines l WHERE l.invoice_id = i.id)
           - COALESCE((SELECT SUM(amount_cents) FROM payment_allocations a WHERE a.invoice_id = i.id AND a.kind = 'principal'), 0) AS open
         FROM invoices i ORDER BY i.number`,
      ).map((r) => [r.number, r.open]),
    );
  return { ...t, leeflang, deZon, inv, statement, open };
}

const byKenmerk: TestEntry = { amount: '1210.00', date: '2026-12-01', name: 'Leeflang & Zn', iban: LEEFLANG_IBAN, kenmerk: '8000000020260041', endToEnd: 'E2E-41' };
const byText: TestEntry = { amount: '236.98', date: '2026-12-01', name: 'Leeflang & Zn', iban: LEEFLANG_IBAN, text: 'Factuur 2026-0042 en 2026-0043' };
const partOfDeZon: TestEntry = { amount: '1000.00', date: '2026-12-01', name: 'Bakkerij De Zon B.V.', iban: DE_ZON_IBAN, text: 'factuur 2026-0044 deel 1' };
const gift: TestEntry = { amount: '25.00', date: '2026-12-01', name: 'J. de Vries', iban: 'NL22SNSB0912345678', text: 'Gift' };
const rent: TestEntry = { amount: '1500.00', debit: true, date: '2026-12-01', name: 'Vastgoed Noord B.V.', iban: 'NL02ABNA0123456789', text: 'Huur december' };

describe('importing a bank statement', () => {
  it('matches by kenmerk, by invoice numbers in the text, partly; lists the rest; ignores money going out', async () => {
    const { ok, statement, open, close } = setup();
    const result = await ok('bank:import', statement([byKenmerk, byText, partOfDeZon, gift, rent]));
    expect(result.matched.map((m) => [m.debtor?.name, nl(m.method), m.invoiceNumbers, m.partial])).toEqual([
      ['Leeflang & Zn', 'Op betalingskenmerk', ['2026-0041'], false],
      ['Leeflang & Zn', 'Op factuurnummer in de omschrijving', ['2026-0042', '2026-0043'], false],
      ['Bakkerij De Zon B.V.', 'Op factuurnummer in de omschrijving', ['2026-0044'], true],
    ]);
    expect(result.unmatched.map((u) => [u.counterpartyName, u.amountCents])).toEqual([['J. de Vries', 2500]]);
    expect(result.ignored).toBe(1);
    expect(open()).toEqual({ '2026-0041': 0, '2026-0042': 0, '2026-0043': 0, '2026-0044': 189824, '2026-0045': 50000 });
    close();
  });

  it('matches by account and amount once the account is known from an earlier payment', async () => {
    const { ok, statement, open, close } = setup();
    await ok('bank:import', statement([partOfDeZon]));
    const result = await ok('bank:import', statement([{ amount: '500.00', date: '2026-12-02', name: 'Bakkerij De Zon', iban: DE_ZON_IBAN, text: 'betaling' }], 'STMT-2'));
    expect(result.matched.map((m) => [nl(m.method), m.invoiceNumbers])).toEqual([['Op rekeningnummer en bedrag', ['2026-0045']]]);
    expect(open()['2026-0045']).toBe(0);
    close();
  });

  it('the same statement twice changes nothing', async () => {
    const { ok, statement, sqlite, close } = setup();
    const file = statement([byKenmerk, byText, gift, rent]);
    await ok('bank:import', file);
    const before = dumpTables(sqlite);
    const again = await ok('bank:import', { file: { ...file.file, name: 'STMT-1 (1).xml' } });
    expect(again).toMatchObject({ importRunId: null, matched: [], unmatched: [], alreadyImported: 4 });
    expect(dumpTables(sqlite)).toEqual(before);
    close();
  });

  it('a payment keeps the promise it covers and pays the plan term', async () => {
    const { ok, statement, ctx, leeflang, deZon, rows, inv, close } = setup();
    createPromise(ctx.db, { debtorId: leeflang, madeOn: '2026-11-25', promisedDate: '2026-12-01', amountCents: 121000 });
    const plan = createPlan(ctx.db, { debtorId: deZon, agreedOn: '2026-11-20', invoiceIds: [inv.i44, inv.i45], totalCents: 339824, installments: [{ dueDate: '2026-12-01', amountCents: 100000 }, { dueDate: '2027-01-01', amountCents: 239824 }] });
    markPlanSent(ctx.db, { planId: plan.id, sentOn: '2026-11-21' }, TODAY);
    markPlanSigned(ctx.db, { planId: plan.id, signedOn: '2026-11-22' }, TODAY);
    activatePlan(ctx.db, { planId: plan.id }, '2026-11-22');
    const result = await ok('bank:import', statement([byKenmerk, partOfDeZon]));
    expect(result.keptPromiseIds).toHaveLength(1);
    expect(result.paidInstallments).toBe(1);
    expect(rows('SELECT status FROM promises')).toEqual([{ status: 'kept' }]);
    expect(rows('SELECT seq, status, paid_cents FROM plan_installments ORDER BY seq')).toEqual([
      { seq: 1, status: 'paid', paid_cents: 100000 },
      { seq: 2, status: 'due', paid_cents: 0 },
    ]);
    close();
  });

  it('a returned direct debit undoes its payment, says why, reopens the promise and the term, and leaves a task', async () => {
    const { ok, statement, ctx, deZon, open, rows, close } = setup();
    createPromise(ctx.db, { debtorId: deZon, madeOn: '2026-11-25', promisedDate: '2026-12-10', amountCents: 50000 });
    const collected: TestEntry = { amount: '500.00', date: '2026-12-01', name: 'Bakkerij De Zon B.V.', iban: DE_ZON_IBAN, text: 'Incasso factuur 2026-0045', endToEnd: 'SDD-45' };
    await ok('bank:import', statement([collected]));
    expect(rows('SELECT status FROM promises')).toEqual([{ status: 'kept' }]);
    const returned: TestEntry = { ...collected, debit: true, date: '2026-12-02', returnReason: 'MD06', bankRef: undefined };
    const result = await ok('bank:import', statement([returned], 'STMT-2'));
    expect(result.undone.map((u) => [u.debtor?.name, u.invoiceNumbers, nl(u.reason)])).toEqual([
      ['Bakkerij De Zon B.V.', ['2026-0045'], 'Teruggeboekt op verzoek van de klant (MD06): vraag waarom en spreek een handmatige betaling of nieuwe incasso af.'],
    ]);
    expect(open()['2026-0045']).toBe(50000);
    expect(rows('SELECT status FROM promises')).toEqual([{ status: 'pending' }]);
    const tasks = rows<{ title: string }>("SELECT title FROM tasks WHERE status = 'open'");
    expect(tasks.map((t) => nl(JSON.parse(t.title)))).toEqual([expect.stringContaining('MD06')]);
    close();
  });

  it('a reversal (storno) undoes the payment it takes back', async () => {
    const { ok, statement, open, close } = setup();
    await ok('bank:import', statement([byKenmerk]));
    const result = await ok('bank:import', statement([{ ...byKenmerk, debit: true, reversal: true, date: '2026-12-02' }], 'STMT-2'));
    expect(result.undone.map((u) => nl(u.reason))).toEqual(['De bank heeft deze betaling teruggedraaid (storno).']);
    expect(open()['2026-0041']).toBe(121000);
    close();
  });

  it('an unmatched payment waits in the list until the collector places it', async () => {
    const { ok, refused, statement, deZon, inv, open, close } = setup();
    await ok('bank:import', statement([gift]));
    const list = await ok('bank:unmatched', {});
    expect(list.total).toBe(1);
    const entry = list.entries[0]!;
    expect(nl(entry.reason)).toMatch(/.+/);
    const placed = await ok('bank:matchByHand', { entryId: entry.id, debtorId: deZon, invoiceIds: [inv.i45] });
    expect(placed.invoiceNumbers).toEqual(['2026-0045']);
    expect(open()['2026-0045']).toBe(47500);
    expect((await ok('bank:unmatched', {})).total).toBe(0);
    await refused('bank:matchByHand', { entryId: entry.id, debtorId: deZon, invoiceIds: [] }, /niet .*onbekende betaling/);
    close();
  });

  it('the ING statement as CAMT.053, then as MT940: payments already imported from the other format are not paid twice', async () => {
    const { ok, close, rows } = setup();
    const sample = (name: string) => ({ file: importFile(name, new Uint8Array(readFileSync(join(__dirname, '../formats/bank/samples', name)))) });
    await ok('bank:import', sample('ing-camt053-001-02.xml'));
    const payments = rows('SELECT * FROM payments ORDER BY id');
    const again = await ok('bank:import', sample('ing-mt940.sta'));
    // The MT940 sample books Van Dam's transfer a day later than the CAMT.053 one: the only entry it adds.
    expect(again).toMatchObject({ matched: [], undone: [], alreadyImported: 6 });
    expect(again.unmatched.map((u) => [u.counterpartyName, u.bookingDate])).toEqual([['Schoenhuis Van Dam', '2026-12-02']]);
    expect(rows('SELECT * FROM payments ORDER BY id')).toEqual(payments);
    close();
  });
});

// The import reads only the invoices and debtors a statement names (db/bank-entries.repo.ts matchableInvoices,
// matchableDebtors): numbers written otherwise than the payer writes them must still be found.
describe('finding what a statement names among the ledger', () => {
  function ledger() {
    const t = setup();
    const other = insertDebtor(t.db, { number: 'K-77', name: 'Kapsalon Oost' });
    const odd = {
      lower: insertInvoice(t.db, other, { number: 'f-2026-7', dueDate: '2026-11-01', lines: [30000] }),
      nbsp: insertInvoice(t.db, other, { number: 'INV\u00a0900', dueDate: '2026-11-02', lines: [40000] }),
      byReference: insertInvoice(t.db, other, { number: 'X-1', dueDate: '2026-11-03', lines: [50000] }),
      exact: insertInvoice(t.db, other, { number: 'X-2', dueDate: '2026-11-04', lines: [6000] }),
    };
    t.sqlite.prepare("UPDATE invoices SET payment_reference = '1234 5678.9012-3456' WHERE id = ?").run(odd.byReference);
    // Many invoices no entry names, so that reading only the named ones is what is tested.
    for (let i = 0; i < 50; i++) insertInvoice(t.db, other, { number: `Z-${i}`, dueDate: '2026-12-20', lines: [100] });
    return { ...t, other };
  }

  it('by a kenmerk stored with spaces and dots, by numbers stored in lower case or with a non-breaking space, by a labelled debtor number', async () => {
    const { ok, statement, open, close } = ledger();
    const result = await ok('bank:import', statement([
      { amount: '500.00', date: '2026-12-01', name: 'Kapsalon Oost', kenmerk: '1234567890123456' },
      { amount: '300.00', date: '2026-12-01', name: 'Kapsalon Oost', text: 'Factuur F-2026-7' },
      { amount: '400.00', date: '2026-12-01', name: 'Kapsalon Oost', text: 'betreft inv900' },
      byText,
    ]));
    expect(result.matched.map((m) => [m.debtor?.name, nl(m.method), m.invoiceNumbers])).toEqual([
      ['Kapsalon Oost', 'Op betalingskenmerk', ['X-1']],
      ['Kapsalon Oost', 'Op factuurnummer in de omschrijving', ['f-2026-7']],
      ['Kapsalon Oost', 'Op factuurnummer in de omschrijving', ['INV\u00a0900']],
      ['Leeflang & Zn', 'Op factuurnummer in de omschrijving', ['2026-0042', '2026-0043']],
    ]);
    // The debtor number alone: of the debtor's invoices, the one with exactly this amount open.
    const byDebtor = await ok('bank:import', statement([{ amount: '60.00', date: '2026-12-01', name: 'Kapsalon Oost', text: 'klantnr. k-77' }], 'STMT-2'));
    expect(byDebtor.matched.map((m) => [m.debtor?.name, nl(m.method), m.invoiceNumbers])).toEqual([['Kapsalon Oost', 'Op debiteurnummer in de omschrijving', ['X-2']]]);
    expect([...result.unmatched, ...byDebtor.unmatched]).toEqual([]);
    expect(open()).toMatchObject({ 'f-2026-7': 0, 'INV\u00a0900': 0, 'X-1': 0, 'X-2': 0, 'Z-0': 100, '2026-0042': 0 });
    close();
  });

  it('by account and amount, names an invoice the payer did not name when the rest goes there, and a reversal still undoes', async () => {
    const { ok, statement, open, close } = ledger();
    await ok('bank:import', statement([{ amount: '1000.00', date: '2026-12-01', name: 'De Zon', iban: DE_ZON_IBAN, text: 'factuur 2026-0044', endToEnd: 'E2E-44' }]));
    // Known account, exactly what 2026-0045 has open, nothing in the text.
    const byAccount = await ok('bank:import', statement([{ amount: '500.00', date: '2026-12-02', name: 'De Zon', iban: DE_ZON_IBAN }], 'STMT-2'));
    expect(byAccount.matched.map((m) => [nl(m.method), m.invoiceNumbers])).toEqual([['Op rekeningnummer en bedrag', ['2026-0045']]]);
    // More than 2026-0042 has open: the rest goes to the oldest other invoice (2026-0041), which the statement does not name.
    const more = await ok('bank:import', statement([{ amount: '200.00', date: '2026-12-02', name: 'Leeflang', text: 'factuur 2026-0042' }], 'STMT-3'));
    expect(more.matched.map((m) => m.invoiceNumbers)).toEqual([['2026-0042', '2026-0041']]);
    const reversal = await ok('bank:import', statement([{ amount: '1000.00', debit: true, reversal: true, date: '2026-12-03', name: 'De Zon', iban: DE_ZON_IBAN, endToEnd: 'E2E-44' }], 'STMT-4'));
    expect(reversal.undone.map((u) => [u.debtor?.name, u.invoiceNumbers])).toEqual([['Bakkerij De Zon B.V.', ['2026-0044']]]);
    expect(open()).toMatchObject({ '2026-0044': 289824, '2026-0045': 0, '2026-0042': 0, '2026-0041': 121000 - (20000 - 17849) });
    close();
  });
});
