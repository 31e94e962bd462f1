// Issue 14 point 10: what a person can enter is bounded in the contract, with a message naming what is
// wrong, and a refused change changes nothing.
import { handlerTest } from '../handlers/test-context';
import { callScriptMachine } from '../machines/call-script.machine';
import { callInput, ev, play } from '../machines/call-test-fixtures';
import type { CallOutcome } from '../domain/call-outcome';

const TODAY = '2026-11-23';

describe('input sanity at the contract', () => {
  it('refuses a payment of 2^53−1 cents, a payment dated 1900 and one dated 31-12-9999', async () => {
    const t = handlerTest(TODAY);
    const debtorId = t.debtorId('Leeflang & Zn');
    const payment = { debtorId, receivedOn: TODAY, amountCents: 1000, description: 'factuur 123' };
    await t.refused('payments:record', { ...payment, amountCents: Number.MAX_SAFE_INTEGER }, /amountCents: bedrag mag hoogstens € 100\.000\.000,00 zijn/);
    await t.refused('payments:record', { ...payment, receivedOn: '1900-01-01' }, /receivedOn: datum moet tussen 01-01-2000 en 31-12-2099 liggen/);
    await t.refused('payments:record', { ...payment, receivedOn: '9999-12-31' }, /receivedOn: datum moet tussen/);
    await t.ok('payments:record', payment);
    t.close();
  });

  it('refuses a call that ends before it starts, 900 kB of notes, and a promise dated 31-12-9999', async () => {
    const t = handlerTest(TODAY);
    const debtorId = t.debtorId('Leeflang & Zn');
    const invoices = t.rows<{ id: number }>('SELECT id FROM invoices WHERE debtor_id = ? ORDER BY number', debtorId);
    const input = callInput({ debtor: { id: debtorId, name: 'Leeflang & Zn', kind: 'business' }, today: TODAY, now: `${TODAY}T09:00:00.000Z` });
    input.openInvoices = input.openInvoices.map((inv, i) => ({ ...inv, id: invoices[i]!.id }));
    const events = [ev('DIAL'), ev('REACHED'), ev('EXCUSE', { excuse: 'will_pay' }), ev('SUBMIT_PROMISE', { date: '2026-12-01' }), ev('NO_MORE'), ev('FINISH')];
    const at = (i: number) => `${TODAY}T09:0${i}:00.000Z`;
    const outcome = play(callScriptMachine, events.map((e, i) => ({ ...e, at: at(i) })), input).getSnapshot().output as CallOutcome;
    await t.refused('calls:save', { ...outcome, endedAt: '2026-11-23T08:00:00.000Z' }, /endedAt: het gesprek eindigt voordat het begint/);
    await t.refused('calls:save', { ...outcome, notes: 'x'.repeat(900_000) }, /notes: hoogstens 20\.000 tekens/);
    await t.refused('calls:save', { ...outcome, promise: { date: '9999-12-31', amountCents: 313522 } }, /promise\.date: datum moet tussen/);
    await t.refused('calls:save', { ...outcome, promise: { date: '2026-12-01', amountCents: 2 ** 53 - 1 } }, /promise\.amountCents: bedrag mag hoogstens/);
    expect((await t.ok('calls:save', outcome)).callId).toBeGreaterThan(0);
    t.close();
  });
});
