import { openTestDatabase } from './test-db';
import { insertDebtor, insertInvoice } from './test-fixtures';
import { complaintInvoices, complaints, paymentAllocations, payments } from './schema';
import { debtorBalance, openInvoices } from './invoice-balances';
import { invoicesUnderOpenComplaint } from './complaints.repo';
import type { Db } from './client';

function pay(db: Db, debtorId: number, parts: { invoiceId: number | null; cents: number }[]) {
  const total = parts.reduce((s, p) => s + p.cents, 0);
  const { id } = db.insert(payments).values({ debtorId, receivedOn: '2006-05-20', amountCents: total }).returning().get();
  for (const p of parts)
    db.insert(paymentAllocations)
      .values({ paymentId: id, invoiceId: p.invoiceId, kind: p.invoiceId ? 'principal' : 'unallocated', amountCents: p.cents })
      .run();
}

function complain(db: Db, debtorId: number, invoiceIds: number[], status: 'open' | 'in_behandeling' | 'opgelost') {
  const { id } = db.insert(complaints).values({ debtorId, description: 'prijs klopt niet', openedOn: '2006-05-20', status }).returning().get();
  for (const invoiceId of invoiceIds) db.insert(complaintInvoices).values({ complaintId: id, invoiceId }).run();
  return id;
}

describe('open invoices of a debtor', () => {
  it('adds up the lines of seed 000 to € 3.135,22 (not the letter’s 3.135,16), oldest due date first', () => {
    const { db, close } = openTestDatabase();
    const d = insertDebtor(db, { name: 'Leeflang & Zn' });
    insertInvoice(db, d, { number: '789', invoiceDate: '2006-05-03', dueDate: '2006-05-17', lines: [4834, 1015] });
    insertInvoice(db, d, { number: '123', invoiceDate: '2006-05-01', dueDate: '2006-05-15', lines: [14751, 3098] });
    insertInvoice(db, d, { number: '456', invoiceDate: '2006-05-02', dueDate: '2006-05-16', lines: [239524, 50300] });
    const open = openInvoices(db, d);
    expect(open.map((i) => [i.number, i.openCents])).toEqual([
      ['123', 17849],
      ['456', 289824],
      ['789', 5849],
    ]);
    expect(debtorBalance(db, d)).toEqual({
      openCents: 313522,
      onHoldCents: 0,
      collectableCents: 313522,
      openInvoiceCount: 3,
      unallocatedCents: 0,
    });
    close();
  });

  it('orders invoices with the same due date by invoice date, then number', () => {
    const { db, close } = openTestDatabase();
    const d = insertDebtor(db);
    insertInvoice(db, d, { number: 'B', invoiceDate: '2026-01-02', dueDate: '2026-02-01', lines: [100] });
    insertInvoice(db, d, { number: 'C', invoiceDate: '2026-01-01', dueDate: '2026-02-01', lines: [100] });
    insertInvoice(db, d, { number: 'A', invoiceDate: '2026-01-02', dueDate: '2026-02-01', lines: [100] });
    expect(openInvoices(db, d).map((i) => i.number)).toEqual(['C', 'A', 'B']);
    close();
  });

  it('leaves the rest of a partly paid invoice open, drops a paid one, and keeps an overpayment apart', () => {
    const { db, close } = openTestDatabase();
    const d = insertDebtor(db);
    const a = insertInvoice(db, d, { dueDate: '2026-01-10', lines: [10000] });
    const b = insertInvoice(db, d, { dueDate: '2026-01-20', lines: [5000] });
    pay(db, d, [{ invoiceId: a, cents: 10000 }, { invoiceId: b, cents: 1500 }]);
    pay(db, d, [{ invoiceId: null, cents: 250 }]);
    const open = openInvoices(db, d);
    expect(open.map((i) => [i.id, i.amountCents, i.paidCents, i.openCents])).toEqual([[b, 5000, 1500, 3500]]);
    expect(debtorBalance(db, d)).toMatchObject({ openCents: 3500, openInvoiceCount: 1, unallocatedCents: 250 });
    close();
  });

  it('holds invoices under an unresolved complaint and releases them once it is resolved', () => {
    const { db, close } = openTestDatabase();
    const d = insertDebtor(db);
    const a = insertInvoice(db, d, { dueDate: '2026-01-10', lines: [10000] });
    const b = insertInvoice(db, d, { dueDate: '2026-01-20', lines: [5000] });
    const c1 = complain(db, d, [b], 'in_behandeling');
    complain(db, d, [a], 'opgelost');
    expect([...invoicesUnderOpenComplaint(db, d)]).toEqual([[b, c1]]);
    expect(openInvoices(db, d).map((i) => [i.id, i.onHold, i.complaintId])).toEqual([
      [a, false, null],
      [b, true, c1],
    ]);
    expect(debtorBalance(db, d)).toMatchObject({ openCents: 15000, onHoldCents: 5000, collectableCents: 10000 });
    close();
  });

  it('does not mix up debtors', () => {
    const { db, close } = openTestDatabase();
    const d1 = insertDebtor(db);
    const d2 = insertDebtor(db);
    insertInvoice(db, d1, { dueDate: '2026-01-10', lines: [10000] });
    const other = insertInvoice(db, d2, { dueDate: '2026-01-10', lines: [700] });
    complain(db, d2, [other], 'open');
    expect(debtorBalance(db, d1)).toMatchObject({ openCents: 10000, onHoldCents: 0 });
    expect(invoicesUnderOpenComplaint(db, d1).size).toBe(0);
    close();
  });
});
