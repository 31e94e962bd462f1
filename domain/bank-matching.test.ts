import { normalizeIban } from './iban';
import { normalizeReference } from './payment-reference';
import { matchBankEntries, statementClues, type EarlierMatch, type MatchableDebtor, type MatchableEntry, type MatchableInvoice } from './bank-matching';

const debtors: MatchableDebtor[] = [
  { debtorId: 1, number: '1001', ibans: ['NL91 ABNA 0417 1643 00'] },
  { debtorId: 2, number: '1002', ibans: ['NL20INGB0001234567'] },
  { debtorId: 3, number: '100500', ibans: [] },
];
const invoices: MatchableInvoice[] = [
  { invoiceId: 41, invoiceNumber: '2026-0041', debtorId: 1, openCents: 121000, dueDate: '2026-10-31', paymentReference: '8000 0000 2026 0041' },
  { invoiceId: 42, invoiceNumber: '2026-0042', debtorId: 1, openCents: 17849, dueDate: '2026-11-14', paymentReference: null },
  { invoiceId: 43, invoiceNumber: '2026-0043', debtorId: 1, openCents: 5849, dueDate: '2026-11-20', paymentReference: null },
  { invoiceId: 44, invoiceNumber: '2026-0044', debtorId: 2, openCents: 289824, dueDate: '2026-11-19', paymentReference: null },
  { invoiceId: 45, invoiceNumber: '2026-0045', debtorId: 2, openCents: 50000, dueDate: '2026-11-01', paymentReference: null },
  { invoiceId: 46, invoiceNumber: '2026-0046', debtorId: 3, openCents: 31350, dueDate: '2026-10-01', paymentReference: null },
  { invoiceId: 47, invoiceNumber: '2026-0047', debtorId: 3, openCents: 8995, dueDate: '2026-11-01', paymentReference: null },
  { invoiceId: 48, invoiceNumber: 'CN-0007', debtorId: 1, openCents: -5000, dueDate: '2026-11-01', paymentReference: null },
];

let n = 0;
function entry(overrides: Partial<MatchableEntry>): MatchableEntry {
  n++;
  return {
    entryId: `e${n}`,
    bookingDate: '2026-12-01',
    amountCents: 100,
    direction: 'credit',
    reversal: false,
    returnReason: null,
    counterpartyIban: null,
    counterpartyName: null,
    structuredReference: null,
    unstructured: '',
    additionalInfo: '',
    endToEndId: null,
    ...overrides,
  };
}
const match = (entries: MatchableEntry[], earlierMatches: EarlierMatch[] = []) => matchBankEntries({ entries, invoices, debtors, earlierMatches });

describe('matching payments to invoices', () => {
  it('by the betalingskenmerk, however it is spaced', () => {
    const { outcomes, openAfter } = match([entry({ amountCents: 121000, structuredReference: '8000000020260041' })]);
    expect(outcomes).toEqual([{ kind: 'match', entryId: expect.any(String), debtorId: 1, method: 'reference', allocations: [{ invoiceId: 41, cents: 121000 }], unallocatedCents: 0, partial: false }]);
    expect(openAfter.get(41)).toBe(0);
  });

  it('by an invoice number given as structured reference', () => {
    expect(match([entry({ amountCents: 17849, structuredReference: '2026-0042' })]).outcomes[0]).toMatchObject({ method: 'reference', allocations: [{ invoiceId: 42, cents: 17849 }] });
  });

  it('by invoice numbers in the description: one payment for two invoices, in the order named', () => {
    const { outcomes } = match([entry({ amountCents: 23698, unstructured: 'Factuur 2026-0042 en 2026-0043' })]);
    expect(outcomes[0]).toMatchObject({ kind: 'match', debtorId: 1, method: 'invoice-number', allocations: [{ invoiceId: 42, cents: 17849 }, { invoiceId: 43, cents: 5849 }], unallocatedCents: 0, partial: false });
  });

  it('finds numbers written together: "fact.nr. 2026-0042/2026-0043"', () => {
    expect(match([entry({ amountCents: 23698, unstructured: 'fact.nr. 2026-0042/2026-0043' })]).outcomes[0]).toMatchObject({ method: 'invoice-number', allocations: [{ invoiceId: 42 }, { invoiceId: 43 }] });
  });

  it('a partial payment leaves the rest open and says so', () => {
    const { outcomes, openAfter } = match([entry({ amountCents: 100000, unstructured: 'factuur 2026-0044 deel 1' })]);
    expect(outcomes[0]).toMatchObject({ method: 'invoice-number', allocations: [{ invoiceId: 44, cents: 100000 }], partial: true });
    expect(openAfter.get(44)).toBe(189824);
  });

  it('two partial payments in one statement do not pay more than is open; the excess stays on the account', () => {
    const { outcomes, openAfter } = match([
      entry({ amountCents: 200000, unstructured: '2026-0044' }),
      entry({ amountCents: 100000, unstructured: '2026-0044' }),
    ]);
    expect(outcomes[1]).toMatchObject({ allocations: [{ invoiceId: 44, cents: 89824 }], unallocatedCents: 10176, partial: false });
    expect(openAfter.get(44)).toBe(0);
  });

  it('by a labelled debtor number: the invoice of exactly that amount, else oldest due first', () => {
    expect(match([entry({ amountCents: 8995, unstructured: 'klantnummer 100500' })]).outcomes[0]).toMatchObject({ method: 'debtor-number', debtorId: 3, allocations: [{ invoiceId: 47, cents: 8995 }] });
    expect(match([entry({ amountCents: 35000, unstructured: 'Deb.nr: 100500' })]).outcomes[0]).toMatchObject({
      method: 'debtor-number',
      allocations: [
        { invoiceId: 46, cents: 31350 },
        { invoiceId: 47, cents: 3650 },
      ],
    });
  });

  it('by the account the money came from and exactly one open amount', () => {
    expect(match([entry({ amountCents: 5849, counterpartyIban: 'NL91ABNA0417164300', unstructured: 'betaling' })]).outcomes[0]).toMatchObject({
      method: 'iban-amount',
      debtorId: 1,
      allocations: [{ invoiceId: 43, cents: 5849 }],
    });
  });

  it('by the account and everything that debtor has open', () => {
    expect(match([entry({ amountCents: 339824, counterpartyIban: 'NL20INGB0001234567' })]).outcomes[0]).toMatchObject({
      method: 'iban-amount',
      allocations: [
        { invoiceId: 45, cents: 50000 },
        { invoiceId: 44, cents: 289824 },
      ],
    });
  });

  it('a known account with an amount that fits nothing is listed for the collector, naming the debtor', () => {
    expect(match([entry({ amountCents: 1234, counterpartyIban: 'NL91ABNA0417164300' })]).outcomes[0]).toEqual({
      kind: 'unmatched',
      entryId: expect.any(String),
      reason: { key: 'bank.unmatched.accountKnownAmountDiffers' },
      detail: null,
      debtorId: 1,
    });
  });

  it('a payment with no clue at all is listed unmatched', () => {
    expect(match([entry({ amountCents: 2500, counterpartyIban: 'NL22SNSB0912345678', unstructured: 'Gift' })]).outcomes[0]).toMatchObject({
      kind: 'unmatched',
      reason: { key: 'bank.unmatched.noClue' },
      debtorId: null,
    });
  });

  it('a kenmerk with a wrong check digit is not trusted, and the collector is told why', () => {
    const { outcomes } = match([entry({ amountCents: 2500, structuredReference: '8000000020260042' })]);
    expect(outcomes[0]).toMatchObject({ kind: 'unmatched', detail: { key: 'bank.unmatched.badKenmerk', params: { reference: '8000000020260042' } } });
  });

  it('does not take short numbers from amounts or dates for invoice numbers', () => {
    const short = matchBankEntries({
      entries: [entry({ amountCents: 1200, unstructured: 'betaling 12 december 2026 EUR 12,00' })],
      invoices: [{ invoiceId: 1, invoiceNumber: '12', debtorId: 9, openCents: 1200, dueDate: '2026-11-01', paymentReference: null }],
      debtors: [],
    });
    expect(short.outcomes[0]).toMatchObject({ kind: 'unmatched' });
  });

  it('pays no credit note and no paid invoice: a payment on one stays on the account', () => {
    expect(match([entry({ amountCents: 5000, unstructured: 'creditnota CN-0007' })]).outcomes[0]).toMatchObject({ kind: 'match', allocations: [], unallocatedCents: 5000 });
  });
});

describe('reversals and returned direct debits undo their payment', () => {
  it('a returned collection (MD06) undoes the match of the same end-to-end id and gives the reason', () => {
    const collected = entry({ amountCents: 50000, endToEndId: 'SDD-2026-0045', unstructured: 'Incasso factuur 2026-0045', counterpartyIban: 'NL20INGB0001234567' });
    const returned = entry({ direction: 'debit', bookingDate: '2026-12-02', amountCents: 50000, endToEndId: 'SDD-2026-0045', returnReason: 'MD06', counterpartyIban: 'NL20INGB0001234567' });
    const { outcomes, openAfter } = match([collected, returned]);
    expect(outcomes[1]).toEqual({
      kind: 'undo',
      entryId: returned.entryId,
      undoesEntryId: collected.entryId,
      debtorId: 2,
      allocations: [{ invoiceId: 45, cents: 50000 }],
      returnReason: 'MD06',
      reason: { key: 'bank.returnReason.MD06' },
    });
    expect(openAfter.get(45)).toBe(50000);
  });

  it('a reversal (RvslInd) undoes a payment matched in an earlier import, found by account and amount', () => {
    const earlier: EarlierMatch = {
      entryId: 'earlier-1',
      debtorId: 3,
      bookingDate: '2026-11-30',
      amountCents: 31350,
      endToEndId: null,
      counterpartyIban: 'NL44RABO0123456789',
      structuredReference: null,
      allocations: [{ invoiceId: 46, cents: 31350 }],
      undone: false,
    };
    const invoicesPaid = invoices.map((i) => (i.invoiceId === 46 ? { ...i, openCents: 0 } : i));
    const reversal = entry({ direction: 'debit', reversal: true, amountCents: 31350, counterpartyIban: 'NL44 RABO 0123 4567 89' });
    const { outcomes, openAfter } = matchBankEntries({ entries: [reversal], invoices: invoicesPaid, debtors, earlierMatches: [earlier] });
    expect(outcomes[0]).toMatchObject({ kind: 'undo', undoesEntryId: 'earlier-1', reason: { key: 'bank.undo.reversal' }, returnReason: null });
    expect(openAfter.get(46)).toBe(31350);
  });

  it('undoes a payment once: a second return of it finds nothing left to undo', () => {
    const paid = entry({ amountCents: 50000, endToEndId: 'SDD-1', unstructured: '2026-0045' });
    const back = () => entry({ direction: 'debit', amountCents: 50000, endToEndId: 'SDD-1', returnReason: 'AM04' });
    const { outcomes } = match([paid, back(), back()]);
    expect(outcomes.map((o) => o.kind)).toEqual(['match', 'undo', 'unmatched']);
  });

  it('a return of a payment Belwijzer never matched is listed with its reason', () => {
    expect(match([entry({ direction: 'debit', amountCents: 5000, returnReason: 'AM04', endToEndId: 'SDD-2026-0049' })]).outcomes[0]).toMatchObject({
      kind: 'unmatched',
      reason: { key: 'bank.unmatched.undoWithoutPayment' },
      detail: { key: 'bank.returnReason.AM04' },
    });
  });

  it('an unknown reason code is shown as itself', () => {
    expect(match([entry({ direction: 'debit', returnReason: 'ZZ99' })]).outcomes[0]).toMatchObject({ detail: { key: 'bank.returnReason.other', params: { code: 'ZZ99' } } });
  });
});

describe('entries that are no payment by a debtor', () => {
  it('outgoing payments, reversed debits and our own returned transfers are ignored with the reason', () => {
    expect(
      match([entry({ direction: 'debit', amountCents: 150000 }), entry({ direction: 'credit', reversal: true }), entry({ direction: 'credit', returnReason: 'AC04' })]).outcomes.map((o) => o.kind === 'ignored' && o.reason.key),
    ).toEqual(['bank.ignored.outgoing', 'bank.ignored.reversedDebit', 'bank.ignored.returnedTransfer']);
  });

  it('an entry imported before changes nothing the second time', () => {
    const paid = entry({ amountCents: 121000, structuredReference: '8000000020260041' });
    const first = match([paid]);
    const earlier: EarlierMatch[] = first.outcomes.map((o) =>
      o.kind === 'match' ? { entryId: o.entryId, debtorId: o.debtorId, bookingDate: paid.bookingDate, amountCents: paid.amountCents, endToEndId: null, counterpartyIban: null, structuredReference: paid.structuredReference, allocations: o.allocations, undone: false } : (null as never),
    );
    const again = matchBankEntries({ entries: [paid], invoices: invoices.map((i) => ({ ...i, openCents: first.openAfter.get(i.invoiceId)! })), debtors, earlierMatches: earlier });
    expect(again.outcomes).toEqual([{ kind: 'ignored', entryId: paid.entryId, reason: { key: 'bank.ignored.alreadyImported' } }]);
    expect(again.openAfter.get(41)).toBe(0);
  });
});

// The ledger reads only the invoices and debtors the clues name (db/bank-entries.repo.ts does this in SQL).
describe('the clues of a statement', () => {
  const key = (value: string) => value.toUpperCase().replace(/\s+/g, '');
  const named = (entries: MatchableEntry[]) => {
    const clues = statementClues(entries);
    const someDebtors = debtors.filter((d) => clues.debtorKeys.includes(key(d.number)) || d.ibans.some((i) => clues.ibans.includes(normalizeIban(i)!)));
    const someInvoices = invoices.filter(
      (i) =>
        clues.numberKeys.includes(key(i.invoiceNumber)) ||
        (i.paymentReference !== null && clues.references.includes(normalizeReference(i.paymentReference))) ||
        someDebtors.some((d) => d.debtorId === i.debtorId),
    );
    return { clues, someDebtors, someInvoices };
  };

  it('name every invoice and debtor the matcher uses: matching among only those gives the same outcomes', () => {
    const entries = [
      entry({ amountCents: 121000, structuredReference: '8000 0000 2026 0041' }),
      entry({ amountCents: 23698, unstructured: 'Factuur 2026-0042 en 2026/0043' }),
      entry({ amountCents: 50000, counterpartyIban: 'NL20INGB0001234567' }),
      entry({ amountCents: 1000, unstructured: 'klant 1001 rest' }),
      entry({ amountCents: 1000, structuredReference: '2026-0044', counterpartyIban: 'NL91ABNA0417164300' }),
      entry({ amountCents: 999, unstructured: 'gift' }),
    ];
    const { clues, someDebtors, someInvoices } = named(entries);
    expect(someInvoices.map((i) => i.invoiceId)).not.toContain(46); // debtor 100500 is named nowhere
    expect(clues.references).toContain('8000000020260041');
    expect(matchBankEntries({ entries, invoices: someInvoices, debtors: someDebtors }).outcomes).toEqual(matchBankEntries({ entries, invoices, debtors }).outcomes);
  });

  it('leave out what only reversals, returns and money going out carry', () => {
    const clues = statementClues([
      entry({ direction: 'debit', reversal: true, unstructured: 'Factuur 2026-0042' }),
      entry({ direction: 'debit', unstructured: 'Huur 2026-0043', counterpartyIban: 'NL20INGB0001234567' }),
    ]);
    expect(clues).toEqual({ numberKeys: [], references: [], debtorKeys: [], ibans: [] });
  });
});
