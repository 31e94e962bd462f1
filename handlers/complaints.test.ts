import { openTestDatabase } from '../db/test-db';
import { expectRefused, insertDebtor, insertInvoice, textTitle } from '../db/test-fixtures';
import { complaintsOf, invoicesUnderOpenComplaint } from '../db/complaints.repo';
import { markCustomerInformed, registerComplaint, resolveComplaint, startHandlingComplaint } from './complaints';
import { openInvoices } from '../db/invoice-balances';
import { createTask } from './tasks';
import { dispatch } from './dispatch';
import type { ComplaintPage } from '../ipc/channels/complaints';

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

describe('the complaint register, page by page', () => {
  /** Complaints opened over a week, several a day, across two debtors, some resolved; the register as the screens ask for it. */
  function register() {
    const t = setup();
    const { db, debtor, inv123, inv456, foreign } = t;
    const other = t.sqlite.prepare('SELECT debtor_id AS id FROM invoices WHERE id = ?').get(foreign) as { id: number };
    const made: { id: number; debtorId: number; openedOn: string; status: string }[] = [];
    for (let i = 0; i < 23; i++) {
      const day = `2026-03-0${1 + (i % 7)}`;
      const mine = i % 3 !== 0;
      const c = registerComplaint(db, { debtorId: mine ? debtor : other.id, description: `Klacht ${i}`, invoiceIds: mine ? (i % 2 ? [inv456, inv123] : [inv123]) : [foreign] }, day);
      const status = i % 4 === 0 ? resolveComplaint(db, { complaintId: c.id, resolution: 'Opgelost', handler: 'Karin' }, day).status : c.status;
      made.push({ id: c.id, debtorId: c.debtorId, openedOn: day, status });
    }
    const newestFirst = [...made].sort((a, b) => (a.openedOn < b.openedOn ? 1 : a.openedOn > b.openedOn ? -1 : b.id - a.id));
    const list = (input: Record<string, unknown>) =>
      dispatch({ db, now: () => new Date(`${TODAY}T09:00:00Z`), dataFile: t.file, transport: 'preview', version: 'test', demoLedgerCreated: false }, 'complaints:list', input).then((r) => {
        if (!r.ok) throw new Error(JSON.stringify(r.error));
        return r.data as ComplaintPage;
      });
    /** Every page after the first by its cursor: the ids in the order shown, and the totals each page named. */
    const walk = async (input: Record<string, unknown>) => {
      const ids: number[] = [];
      const totals = new Set<number>();
      let page = await list(input);
      for (;;) {
        ids.push(...page.complaints.map((c) => c.id));
        totals.add(page.total);
        if (!page.nextCursor) return { ids, totals: [...totals] };
        expect(page.complaints).toHaveLength((input.limit as number | undefined) ?? 25);
        page = await list({ ...input, after: page.nextCursor });
      }
    };
    return { ...t, made, newestFirst, list, walk };
  }

  it('lists newest first (the day opened, then the later registered), each with its debtor and invoices', async () => {
    const t = register();
    const first = await t.list({});
    expect(first.complaints.map((c) => c.id)).toEqual(t.newestFirst.map((c) => c.id));
    expect(first).toMatchObject({ total: 23, nextCursor: null });
    const twoInvoices = first.complaints.find((c) => c.invoices.length === 2)!;
    expect(twoInvoices.invoices.map((i) => i.number)).toEqual(['123', '456']); // by due date
    expect(twoInvoices.debtor).toEqual({ id: t.debtor, name: 'Leeflang & Zn' });
    t.close();
  });

  it('pages by the cursor without losing or repeating one, also where a page ends inside a day', async () => {
    const t = register();
    for (const limit of [1, 2, 5, 22, 23]) {
      const { ids, totals } = await t.walk({ limit });
      expect(ids, `pages of ${limit}`).toEqual(t.newestFirst.map((c) => c.id));
      expect(totals).toEqual([23]);
    }
    expect((await t.list({ limit: 23 })).nextCursor).toBeNull();
    expect((await t.list({ limit: 22 })).nextCursor).toEqual([t.newestFirst[21]!.openedOn, t.newestFirst[21]!.id]);
    t.close();
  });

  it('narrows by status and by debtor, in SQL: the count is of what the filter finds', async () => {
    const t = register();
    const expected = (keep: (c: (typeof t.made)[number]) => boolean) => t.newestFirst.filter(keep).map((c) => c.id);
    const unresolved = await t.walk({ status: 'unresolved', limit: 4 });
    expect(unresolved.ids).toEqual(expected((c) => c.status !== 'opgelost'));
    expect(unresolved.totals).toEqual([expected((c) => c.status !== 'opgelost').length]);
    expect((await t.walk({ status: 'opgelost', limit: 2 })).ids).toEqual(expected((c) => c.status === 'opgelost'));
    const mine = await t.walk({ debtorId: t.debtor, limit: 3 });
    expect(mine.ids).toEqual(expected((c) => c.debtorId === t.debtor));
    expect((await t.walk({ debtorId: t.debtor, status: 'open', limit: 3 })).ids).toEqual(expected((c) => c.debtorId === t.debtor && c.status === 'open'));
    expect(await t.list({ debtorId: t.debtor, status: 'in_behandeling' })).toEqual({ complaints: [], nextCursor: null, total: 0 });
    t.close();
  });
});
