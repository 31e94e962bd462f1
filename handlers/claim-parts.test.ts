// Costs and interest as claim parts of the ledger (issue 10, item 6; art. 6:44 BW): a letter that claims
// them books them; a payment goes to costs, then interest, then principal once they were claimed; the
// interest on an invoice paid late stays owed and shows in the next letter.
import { handlerTest } from './test-context';
import type { LetterModel } from '../domain/letters/model';

const table = (letter: LetterModel, caption: RegExp) =>
  letter.blocks.flatMap((b) => (b.kind === 'table' && caption.test(b.table.caption) ? [b.table] : []))[0];

describe('claim parts: costs and interest beside the principal', () => {
  it('allocates a part payment after the ingebrekestelling to the costs, then the interest to its day, then the oldest principal', async () => {
    // Leeflang's invoices 123, 456, 789 fell due on 18, 19 and 20 May 2026.
    const t = handlerTest('2026-06-01');
    const leeflang = t.debtorId('Leeflang & Zn');
    t.setNow('2026-06-22');
    const { letter } = await t.ok('letters:issue', { debtorId: leeflang, type: 'reminder3' });
    expect(letter.amounts.costsCents).toBe(43_852);
    const claimedInterest = letter.amounts.interestCents;
    expect(t.rows('SELECT kind, SUM(amount_cents) AS cents FROM claim_parts GROUP BY kind ORDER BY kind')).toEqual([
      { kind: 'costs', cents: 43_852 },
      { kind: 'interest', cents: claimedInterest },
    ]);
    // The debtor file shows each part beside the principal.
    expect((await t.ok('debtors:get', { id: leeflang })).claimParts).toEqual({ costsCents: 43_852, interestCents: claimedInterest, interestThrough: '2026-06-22' });

    t.setNow('2026-06-29');
    const paid = await t.ok('payments:record', { debtorId: leeflang, receivedOn: '2026-06-26', amountCents: 100_000, description: 'Deelbetaling' });
    const sum = (kind: string) => paid.allocations.filter((a) => a.kind === kind).reduce((s, a) => s + a.amountCents, 0);
    expect(paid.allocations.map((a) => a.kind)).toEqual(['costs', 'interest', 'interest', 'interest', 'principal', 'principal']);
    expect(sum('costs')).toBe(43_852);
    // The interest claimed on 22 June and what accrued since, through 25 June (the day before the payment).
    const interestToPayment = t.row<{ cents: number }>("SELECT SUM(amount_cents) AS cents FROM claim_parts WHERE kind = 'interest'").cents;
    expect(interestToPayment).toBeGreaterThan(claimedInterest);
    expect(sum('interest')).toBe(interestToPayment);
    expect(paid.allocations.slice(-2)).toEqual([
      { invoiceId: t.invoiceId('123'), kind: 'principal', amountCents: 17_849 },
      { invoiceId: t.invoiceId('456'), kind: 'principal', amountCents: 100_000 - 43_852 - interestToPayment - 17_849 },
    ]);
    // The stored balances (kept by triggers) count only what went to the principal: the debtor still owes
    // its principal less 100 000 + the costs and interest paid back, and the list says so.
    const principalPaid = sum('principal');
    expect(t.row('SELECT open_cents, open_invoice_count FROM debtors WHERE id = ?', leeflang)).toEqual({ open_cents: 313_522 - principalPaid, open_invoice_count: 2 });
    expect(t.row<{ open_cents: number }>('SELECT open_cents FROM invoices WHERE id = ?', t.invoiceId('456')).open_cents).toBe(289_824 - (100_000 - 43_852 - interestToPayment - 17_849));

    // The dossier a week later: the costs are paid; the interest booked before is shown as paid, and the
    // interest since runs on what is still open.
    t.setNow('2026-07-06');
    const dossier = await t.ok('letters:preview', { debtorId: leeflang, type: 'handover_dossier' });
    expect(dossier.amounts.costsCents).toBe(0);
    const interest = table(dossier, /^Berekening van de rente/)!;
    expect(interest.rows.map((r) => r.cells[1])).toContain('t/m 25-06-2026 (eerder berekend)');
    expect(interest.rows.find((r) => r.cells[0] === 'al van u ontvangen op de rente')!.cents).toBe(-interestToPayment);
  });

  it('keeps the interest on an invoice paid late before any letter, and claims it in the next one', async () => {
    // Hotel De Zwaan's invoices 1033 and 1034 fell due on 27 May 2026.
    const t = handlerTest('2026-06-01');
    const zwaan = t.debtorId('Hotel De Zwaan BV');
    t.setNow('2026-06-10');
    const paid = await t.ok('payments:record', { debtorId: zwaan, receivedOn: '2026-06-10', amountCents: 47_069, description: 'Factuur 1033', invoiceIds: [t.invoiceId('1033')] });
    // Nothing was claimed yet: the payment pays the principal of 1033, and its interest is booked, not lost.
    expect(paid.allocations).toEqual([{ invoiceId: t.invoiceId('1033'), kind: 'principal', amountCents: 47_069 }]);
    const booked1033 = t.row<{ cents: number; through: string }>('SELECT SUM(amount_cents) AS cents, MAX(through) AS through FROM claim_parts WHERE invoice_id = ?', t.invoiceId('1033'));
    expect(booked1033).toEqual({ cents: expect.any(Number), through: '2026-06-09' });
    expect(booked1033.cents).toBeGreaterThan(0);

    t.setNow('2026-06-22');
    const letter = await t.ok('letters:preview', { debtorId: zwaan, type: 'reminder3' });
    const interest = table(letter, /^Berekening van de rente/)!;
    expect(interest.rows.filter((r) => r.cells[0] === '1033')).toEqual([{ cells: ['1033', 't/m 09-06-2026 (eerder berekend)', '', '', ''], cents: booked1033.cents }]);
    expect(letter.amounts.interestCents).toBeGreaterThan(booked1033.cents);
  });
});
