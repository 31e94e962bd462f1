import { openTestDatabase } from '../db/test-db';
import { expectRefused, insertDebtor, insertInvoice, textTitle } from '../db/test-fixtures';
import { complaintsOf, invoicesUnderOpenComplaint } from '../db/complaints.repo';
import { markCustomerInformed, registerComplaint, resolveComplaint, startHandlingComplaint } from './complaints';
import { openInvoices } from '../db/invoice-balances';
import { createTask } from './tasks';

const TODAY = '2026-03-04';

function setup() {
  const opened = openTestDatabase();
  const { db } = opened;
  const debtor = insertDebtor(db, { name: 'Leeflang & Zn' });
  const other = insertDebtor(db);
  const inv123 = insertInvoice(db, debtor, { number: '123', dueDate: '2026-02-01', lines: [17849] });
  const inv456 = insertInvoice(db, debtor, { number: '456', dueDate: '2026-02-02', lines: [289824] });
  const foreign = insertInvoice(db, other, { number: '900', dueDate: '2026-02-02', lines: [1000] });
  return { ...opened, debtor, inv123, inv456, foreign };
}

describe('complaints', () => {
  it('holds the named invoice out of calls and letters from open, through in behandeling, until resolved', () => {
    const { db, close, debtor, inv456 } = setup();
    const c = registerComplaint(db, { debtorId: debtor, description: 'Prijs per paar klopt niet', invoiceIds: [inv456] }, TODAY);
    expect(c).toMatchObject({ status: 'open', openedOn: TODAY, invoices: [{ id: inv456, number: '456' }] });
    expect(openInvoices(db, debtor).map((i) => [i.number, i.onHold, i.complaintId])).toEqual([
      ['123', false, null],
      ['456', true, c.id],
    ]);

    expect(startHandlingComplaint(db, { complaintId: c.id, handler: 'A. Verkoop' })).toMatchObject({ status: 'in_behandeling', handler: 'A. Verkoop' });
    expect(invoicesUnderOpenComplaint(db, debtor).get(inv456)).toBe(c.id);

    const resolved = resolveComplaint(db, { complaintId: c.id, resolution: 'Creditnota voor 2 paar' }, '2026-03-06');
    expect(resolved).toMatchObject({ status: 'opgelost', handler: 'A. Verkoop', resolution: 'Creditnota voor 2 paar', resolvedOn: '2026-03-06', customerInformedOn: null });
    expect(invoicesUnderOpenComplaint(db, debtor).size).toBe(0);
    expect(openInvoices(db, debtor).every((i) => !i.onHold)).toBe(true);

    expect(markCustomerInformed(db, { complaintId: c.id }, '2026-03-09').customerInformedOn).toBe('2026-03-09');
    close();
  });

  it('resolves during the call: resolved and the customer informed the same day, invoice not held', () => {
    const { db, close, debtor, inv123 } = setup();
    const c = registerComplaint(
      db,
      { debtorId: debtor, description: 'Verkeerde maat', invoiceIds: [inv123], handler: 'J. Beller', resolution: 'Omruilen toegezegd' },
      TODAY,
    );
    expect(c).toMatchObject({ status: 'opgelost', resolvedOn: TODAY, customerInformedOn: TODAY });
    expect(invoicesUnderOpenComplaint(db, debtor).size).toBe(0);
    expect(complaintsOf(db, debtor).map((x) => x.id)).toEqual([c.id]);
    close();
  });

  it('refuses a complaint without invoices, about another debtor’s invoice, or without a description, and changes nothing', () => {
    const { db, sqlite, close, debtor, inv123, foreign } = setup();
    expectRefused(sqlite, () => registerComplaint(db, { debtorId: debtor, description: 'x', invoiceIds: [] }, TODAY), 'invalid_input', /factuur of facturen/);
    expectRefused(
      sqlite,
      () => registerComplaint(db, { debtorId: debtor, description: 'x', invoiceIds: [inv123, foreign] }, TODAY),
      'invalid_input',
      /Factuur 900 is niet van deze debiteur/,
    );
    expectRefused(sqlite, () => registerComplaint(db, { debtorId: debtor, description: '  ', invoiceIds: [inv123] }, TODAY), 'invalid_input', /omschrijving/);
    close();
  });

  it('refuses resolving a resolved complaint, informing before it is resolved or twice, and changes nothing', () => {
    const { db, sqlite, close, debtor, inv123 } = setup();
    const c = registerComplaint(db, { debtorId: debtor, description: 'Levering incompleet', invoiceIds: [inv123] }, TODAY);
    expectRefused(sqlite, () => markCustomerInformed(db, { complaintId: c.id }, TODAY), 'not_allowed', /pas .* als de klacht is opgelost/);
    expectRefused(sqlite, () => resolveComplaint(db, { complaintId: c.id, resolution: 'nagestuurd' }, TODAY), 'invalid_input', /wie de klacht heeft opgelost/);
    expectRefused(
      sqlite,
      () => resolveComplaint(db, { complaintId: c.id, resolution: 'nagestuurd', handler: 'X', resolvedOn: '2026-03-05' }, TODAY),
      'invalid_input',
      /in de toekomst/,
    );
    startHandlingComplaint(db, { complaintId: c.id, handler: 'Logistiek' });
    expectRefused(sqlite, () => startHandlingComplaint(db, { complaintId: c.id, handler: 'Ander' }), 'not_allowed', /al in behandeling/);
    resolveComplaint(db, { complaintId: c.id, resolution: 'Rest nagestuurd' }, TODAY);
    expectRefused(sqlite, () => resolveComplaint(db, { complaintId: c.id, resolution: 'nogmaals' }, TODAY), 'not_allowed', /al opgelost/);
    markCustomerInformed(db, { complaintId: c.id }, TODAY);
    expectRefused(sqlite, () => markCustomerInformed(db, { complaintId: c.id }, TODAY), 'not_allowed', /al over de oplossing geïnformeerd/);
    close();
  });
});

describe('tasks about a complaint', () => {
  it('are done once the complaint is resolved and the customer informed', () => {
    const { db, close } = openTestDatabase();
    const debtorId = insertDebtor(db);
    const invoiceId = insertInvoice(db, debtorId, { dueDate: '2026-11-01', lines: [10000] });
    const c = registerComplaint(db, { debtorId, description: 'Verkeerde maat', invoiceIds: [invoiceId], handler: 'Piet' }, '2026-11-20');
    createTask(db, { debtorId, type: 'handle_complaint', title: textTitle('Klacht behandelen'), dueDate: '2026-11-21', complaintId: c.id });
    createTask(db, { debtorId, type: 'inform_customer', title: textTitle('Klant informeren'), dueDate: '2026-11-22', complaintId: c.id });
    resolveComplaint(db, { complaintId: c.id, resolution: 'Andere maat gestuurd' }, '2026-11-23');
    const state = () => db.all<{ type: string; status: string; done_on: string | null }>('SELECT type, status, done_on FROM tasks ORDER BY id' as never);
    expect(state()).toEqual([
      { type: 'handle_complaint', status: 'done', done_on: '2026-11-23' },
      { type: 'inform_customer', status: 'open', done_on: null },
    ]);
    markCustomerInformed(db, { complaintId: c.id }, '2026-11-24');
    expect(state()[1]).toEqual({ type: 'inform_customer', status: 'done', done_on: '2026-11-24' });
    close();
  });
});
