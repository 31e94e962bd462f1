// Bank statements written for the tests (CAMT.053 and MT940 as ING delivers them) read and matched
// against a ledger: by reference, by text, by account and amount, partly, reversed, returned, and
// unmatched — the same outcomes from either format.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchBankEntries, type MatchableDebtor, type MatchableInvoice } from '../domain/bank-matching';
import { parseBankStatementFile } from '../formats/bank/parse-statement';
import { catalogue } from '../i18n/catalogue';

const sample = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../formats/bank/samples', name)));

const [LEEFLANG, DE_ZON, VAN_DAM, TER_HORST] = [1, 2, 3, 4];
const debtors: MatchableDebtor[] = [
  { debtorId: LEEFLANG, number: '1001', ibans: ['NL91ABNA0417164300'] },
  { debtorId: DE_ZON, number: '1002', ibans: ['NL20INGB0001234567'] },
  { debtorId: VAN_DAM, number: '1004', ibans: ['NL44RABO0123456789'] },
  { debtorId: TER_HORST, number: '1005', ibans: [] },
];
const invoices: MatchableInvoice[] = [
  { invoiceId: 41, invoiceNumber: '2026-0041', debtorId: LEEFLANG, openCents: 121000, dueDate: '2026-10-31', paymentReference: '8000000020260041' },
  { invoiceId: 42, invoiceNumber: '2026-0042', debtorId: LEEFLANG, openCents: 17849, dueDate: '2026-11-14', paymentReference: null },
  { invoiceId: 43, invoiceNumber: '2026-0043', debtorId: LEEFLANG, openCents: 5849, dueDate: '2026-11-20', paymentReference: null },
  { invoiceId: 44, invoiceNumber: '2026-0044', debtorId: DE_ZON, openCents: 289824, dueDate: '2026-11-19', paymentReference: null },
  { invoiceId: 45, invoiceNumber: '2026-0045', debtorId: DE_ZON, openCents: 50000, dueDate: '2026-11-01', paymentReference: null },
  { invoiceId: 46, invoiceNumber: '2026-0046', debtorId: VAN_DAM, openCents: 31350, dueDate: '2026-10-01', paymentReference: null },
  { invoiceId: 47, invoiceNumber: '2026-0047', debtorId: TER_HORST, openCents: 8995, dueDate: '2026-11-01', paymentReference: null },
];

const numberOf = (id: number) => invoices.find((i) => i.invoiceId === id)!.invoiceNumber;
const summary = (o: ReturnType<typeof matchBankEntries>['outcomes'][number]) => {
  switch (o.kind) {
    case 'match':
      return `${o.method} ${o.allocations.map((a) => `${numberOf(a.invoiceId)}:${a.cents}`).join(',')}${o.partial ? ' partial' : ''}`;
    case 'undo':
      return `undo ${o.reason.key}`;
    default:
      return `${o.kind} ${o.reason.key}`;
  }
};

describe('bank statements matched to open invoices', () => {
  it('CAMT.053: reference, text (two invoices), partial, account + amount, debtor number, unmatched, outgoing, collection returned (MD06), payment reversed', () => {
    const statement = parseBankStatementFile(sample('ing-camt053-001-02.xml'), 'afschrift.xml');
    const { outcomes, openAfter } = matchBankEntries({ entries: statement.entries, invoices, debtors });
    expect(outcomes.map(summary)).toEqual([
      'reference 2026-0041:121000',
      'invoice-number 2026-0042:17849,2026-0043:5849',
      'invoice-number 2026-0044:100000 partial',
      'iban-amount 2026-0046:31350',
      'debtor-number 2026-0047:8995',
      'unmatched bank.unmatched.noClue',
      'ignored bank.ignored.outgoing',
      'invoice-number 2026-0045:50000',
      'undo bank.returnReason.MD06',
      'undo bank.undo.reversal',
    ]);
    expect(Object.fromEntries([...openAfter].map(([id, cents]) => [numberOf(id), cents]))).toEqual({ '2026-0041': 0, '2026-0042': 0, '2026-0043': 0, '2026-0044': 189824, '2026-0045': 50000, '2026-0046': 31350, '2026-0047': 0 });
    const returned = outcomes[8]!;
    expect(returned.kind === 'undo' && [returned.undoesEntryId, catalogue.format(returned.reason, 'nl')]).toEqual([
      statement.entries[7]!.entryId,
      'Teruggeboekt op verzoek van de klant (MD06): vraag waarom en spreek een handmatige betaling of nieuwe incasso af.',
    ]);
  });

  it('MT940: the same payments give the same outcomes', () => {
    const statement = parseBankStatementFile(sample('ing-mt940.sta'), 'mt940.sta');
    const { outcomes } = matchBankEntries({ entries: statement.entries, invoices, debtors });
    expect(outcomes.map(summary)).toEqual([
      'reference 2026-0041:121000',
      'invoice-number 2026-0042:17849,2026-0043:5849',
      'invoice-number 2026-0045:50000',
      'ignored bank.ignored.outgoing',
      'undo bank.returnReason.MD06',
      'iban-amount 2026-0046:31350',
      'undo bank.undo.reversal',
    ]);
  });

  it('importing the same statement again changes nothing', () => {
    const statement = parseBankStatementFile(sample('ing-camt053-001-02.xml'), 'afschrift.xml');
    const first = matchBankEntries({ entries: statement.entries, invoices, debtors });
    const openNow = invoices.map((i) => ({ ...i, openCents: first.openAfter.get(i.invoiceId)! }));
    const again = parseBankStatementFile(sample('ing-camt053-001-02.xml'), 'afschrift (1).xml');
    const second = matchBankEntries({ entries: again.entries, invoices: openNow, debtors, importedEntryIds: new Set(statement.entries.map((e) => e.entryId)) });
    expect(second.outcomes.map((o) => o.kind === 'ignored' && o.reason.key)).toEqual(Array(10).fill('bank.ignored.alreadyImported'));
    expect(second.openAfter).toEqual(first.openAfter);
  });
});
