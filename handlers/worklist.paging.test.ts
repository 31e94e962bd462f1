// Vandaag a page at a time, as the screen asks for it while the collector scrolls: the pages together are
// the whole list in its order, and a change between two pages — made here or by another process on the
// same file — is in the next page (the list the pages are cut from is made anew after any write).
import { openDatabase } from '../db/client';
import { insertDebtor, insertInvoice } from '../db/test-fixtures';
import { handlerTest } from './test-context';

const TODAY = '2026-03-30'; // a Monday: every invoice below is weeks overdue

function setup() {
  const t = handlerTest(TODAY, { demo: false });
  for (let i = 1; i <= 7; i++) {
    const debtorId = insertDebtor(t.db, { name: `Debiteur ${i}` });
    insertInvoice(t.db, debtorId, { number: `F${i}`, invoiceDate: '2026-01-15', dueDate: `2026-02-${String(10 + i).padStart(2, '0')}`, lines: [10_000 * i] });
  }
  const keys = async (input: { offset?: number; limit?: number } = {}) => (await t.ok('worklist:list', input)).lines.map((l) => l.key);
  return { ...t, keys };
}

describe('the worklist page by page', () => {
  it('gives, page after page, the whole list in its order', async () => {
    const { keys, close } = setup();
    const whole = await keys({ limit: 500 });
    expect(whole.length).toBeGreaterThan(6);
    const paged: string[] = [];
    for (let offset = 0; offset < whole.length; offset += 3) paged.push(...(await keys({ offset, limit: 3 })));
    expect(paged).toEqual(whole);
    close();
  });

  it('shows on the next page what was written after the first: a line put aside, a payment that settled a debtor', async () => {
    const { ok, keys, debtorId, close } = setup();
    const first = await keys({ limit: 3 });
    await ok('worklist:snooze', { debtorId: Number(first[0]!.split(':')[1]), key: first[0]!, until: '2026-04-06', reason: 'Belt na Pasen terug' });
    const settled = debtorId('Debiteur 7');
    const line = (await keys({ limit: 500 })).find((k) => k.endsWith(`:${settled}`))!;
    await ok('payments:record', { debtorId: settled, receivedOn: TODAY, amountCents: 70_000 });
    const rest = await keys({ offset: 0, limit: 500 });
    expect(rest).not.toContain(first[0]);
    expect(rest).not.toContain(line);
    close();
  });

  it('shows what another process on the same file wrote since the last page', async () => {
    const { keys, file, close } = setup();
    const before = await keys({ limit: 500 });
    const other = openDatabase(file);
    const late = insertDebtor(other.db, { name: 'Debiteur van elders' });
    insertInvoice(other.db, late, { number: 'X1', invoiceDate: '2026-01-15', dueDate: '2026-02-02', lines: [99_000] });
    other.close();
    const after = await keys({ limit: 500 });
    expect(after.length).toBeGreaterThan(before.length);
    expect(after.some((k) => k.endsWith(`:${late}`))).toBe(true);
    close();
  });
});
