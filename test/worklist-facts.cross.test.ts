// The worklist's facts read what is open from the stored balances (kept by triggers) instead of summing
// every invoice's lines and allocations per request. On a generated ledger (the bench's generator, 300
// debtors, after a day of payments settled) they name the same debtors, the same invoices with the same
// open amounts in the same order, and the same invoices for preventive calls as the summing did.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSyntheticLedger } from '../scripts/bench/synthetic-ledger';
import { worklistFacts } from '../db/worklist.repo';
import { settleTheDay } from '../handlers/day';
import type { HandlerContext } from '../handlers/context';

const TODAY = '2026-11-16';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'belwijzer-worklist-'));
const ledger = buildSyntheticLedger(path.join(dir, 'ledger.sqlite'), 300, TODAY);
const { db, sqlite } = ledger.opened;
afterAll(() => {
  ledger.opened.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** As the facts were computed before: every invoice's open amount summed from its lines and allocations. */
const SUMMED = `
  WITH open_invoices AS MATERIALIZED (
    SELECT i.id, i.debtor_id, i.due_date, i.invoice_date, i.number,
      COALESCE((SELECT SUM(l.amount_cents) FROM invoice_lines l WHERE l.invoice_id = i.id), 0)
      - COALESCE((SELECT SUM(a.amount_cents) FROM payment_allocations a WHERE a.invoice_id = i.id AND a.kind = 'principal'), 0) AS open_cents
    FROM invoices i)`;

describe('the worklist facts from stored balances, against the amounts summed', () => {
  const ctx = { db, now: () => new Date(`${TODAY}T09:00:00Z`), dataFile: ledger.opened.file, transport: 'preview', version: 'test', demoLedgerCreated: false } as HandlerContext;
  settleTheDay(ctx);
  const facts = worklistFacts(db, TODAY);
  const of = (source: string) => facts.filter((f) => f.source === source);

  it('names the debtors that owe something or have a call-back open', () => {
    const expected = sqlite
      .prepare(`${SUMMED} SELECT d.id FROM debtors d
        WHERE d.id IN (SELECT debtor_id FROM open_invoices WHERE open_cents > 0) OR d.id IN (SELECT debtor_id FROM tasks WHERE status = 'open' AND type = 'call_back') ORDER BY d.id`)
      .all() as { id: number }[];
    expect(expected.length).toBeGreaterThan(100);
    expect(of('debtor').map((f) => f.debtorId)).toEqual(expected.map((r) => r.id));
  });

  it('gives every invoice past due with something open, its amount, in the order payments apply', () => {
    const expected = sqlite
      .prepare(`${SUMMED} SELECT id, open_cents FROM open_invoices WHERE open_cents > 0 AND due_date < ? ORDER BY due_date || ' ' || invoice_date || ' ' || number, id`)
      .all(TODAY) as { id: number; open_cents: number }[];
    expect(expected.length).toBeGreaterThan(1000);
    expect(of('invoice').map((f) => [(f.data as { id: number }).id, (f.data as { openCents: number }).openCents])).toEqual(expected.map((r) => [r.id, r.open_cents]));
  });

  it('asks preventive calls for the invoices that fall due in the coming days', () => {
    const soon = sqlite
      .prepare(`${SUMMED} SELECT id FROM open_invoices WHERE open_cents > 0 AND due_date > ? AND due_date <= date(?, '+15 days') ORDER BY due_date || ' ' || invoice_date || ' ' || number, id`)
      .all(TODAY, TODAY) as { id: number }[];
    expect(soon.length).toBeGreaterThan(0);
    expect(of('preventive').map((f) => (f.data as { invoiceId: number }).invoiceId)).toEqual(soon.map((r) => r.id));
  });
});
