// What is open per debtor is stored (debtors.open_cents, open_invoice_count, oldest_open_due) and kept by
// triggers. After every write path that changes invoices, payments or credit notes — an accounting
// export imported, updated (due date moved, amount corrected) and its missing invoices marked paid, an
// invoice and a credit note entered by hand, a payment recorded, a bank statement matched, a returned
// direct debit and a storno undone — the stored figures are exactly what the plain query summing every
// invoice's lines and allocations gives, and the debtor list shows them.
import { handlerTest } from './test-context';
import { camt053, importFile, type TestEntry } from './test-statements';

const TODAY = '2026-12-02';
const HEADER = 'Debiteurnummer;Debiteur;Factuurnummer;Factuurdatum;Vervaldatum;Factuurbedrag;Openstaand bedrag;Valuta;Betalingskenmerk';
const csv = (...lines: string[]) => lines.join('\r\n') + '\r\n';
const FIRST_EXPORT = csv(
  HEADER,
  '1001;Leeflang & Zn;2026-0041;01-10-2026;31-10-2026;1.210,00;1.210,00;EUR;8000000020260041',
  '1001;Leeflang & Zn;2026-0042;15-10-2026;14-11-2026;178,49;78,49;EUR;',
  '1002;Bakkerij De Zon B.V.;2026-0043;20-10-2026;19-11-2026;2.898,24;2.898,24;EUR;',
  '1002;Bakkerij De Zon B.V.;2026-0044;22-10-2026;21-11-2026;500,00;500,00;EUR;',
);
// The due date of 0041 moved later, 0043's amount corrected, 0044 gone (a full export), a new debtor.
const SECOND_EXPORT = csv(
  HEADER,
  '1001;Leeflang & Zn;2026-0041;01-10-2026;15-11-2026;1.210,00;1.210,00;EUR;8000000020260041',
  '1001;Leeflang & Zn;2026-0042;15-10-2026;14-11-2026;178,49;78,49;EUR;',
  '1002;Bakkerij De Zon B.V.;2026-0043;20-10-2026;19-11-2026;2.798,24;2.798,24;EUR;',
  '1003;Schoenhuis Van Dam;2026-0050;25-11-2026;25-12-2026;313,50;313,50;EUR;',
);

interface Balance {
  id: number;
  open_cents: number;
  open_invoice_count: number;
  oldest_open_due: string | null;
}

describe('what is open per debtor, after every write path that changes it', () => {
  it('equals the plain query over every invoice after imports, hand entries, payments and bank statements', async () => {
    const t = handlerTest(TODAY, { demo: false });
    const stored = () => t.rows<Balance>('SELECT id, open_cents, open_invoice_count, oldest_open_due FROM debtors ORDER BY id');
    // Straightforward: every invoice's lines less its principal allocations, summed per debtor; a credit
    // note's unused credit (open below zero) taken off; count and oldest due of what is open above zero.
    const plain = () =>
      t.rows<Balance>(`
        WITH inv AS (
          SELECT i.debtor_id, i.due_date,
            (SELECT COALESCE(SUM(l.amount_cents), 0) FROM invoice_lines l WHERE l.invoice_id = i.id)
            - (SELECT COALESCE(SUM(a.amount_cents), 0) FROM payment_allocations a WHERE a.invoice_id = i.id AND a.kind = 'principal') AS open
          FROM invoices i)
        SELECT d.id, COALESCE(SUM(inv.open), 0) AS open_cents, COUNT(CASE WHEN inv.open > 0 THEN 1 END) AS open_invoice_count,
          MIN(CASE WHEN inv.open > 0 THEN inv.due_date END) AS oldest_open_due
        FROM debtors d LEFT JOIN inv ON inv.debtor_id = d.id GROUP BY d.id ORDER BY d.id`);
    const checks: string[] = [];
    const same = async (after: string) => {
      expect(stored(), after).toEqual(plain());
      const list = (await t.ok('debtors:list', { sort: 'number' })).rows;
      expect(list.map((d) => [d.id, d.openCents, d.openInvoiceCount, d.oldestDueDate]), after).toEqual(
        plain().map((b) => [b.id, b.open_cents, b.open_invoice_count, b.oldest_open_due]),
      );
      checks.push(after);
    };

    const inspection = await t.ok('imports:inspectOpenItems', { file: importFile('openstaand.csv', FIRST_EXPORT) });
    const request = (content: string, extra: Record<string, unknown> = {}) => ({
      file: importFile('openstaand.csv', content),
      sourceName: 'Exact Online',
      presetId: inspection.suggestion!.presetId,
      mapping: inspection.suggestion!.mapping,
      ...extra,
    });
    await t.ok('imports:confirmOpenItems', request(FIRST_EXPORT));
    await same('an export imported (one invoice partly paid per the bookkeeping)');
    expect(stored().find((d) => d.id === t.debtorId('Leeflang & Zn'))).toMatchObject({ open_cents: 128849, open_invoice_count: 2, oldest_open_due: '2026-10-31' });

    await t.ok('imports:confirmOpenItems', request(SECOND_EXPORT));
    await same('the next export: a due date moved, an amount corrected, a new debtor');
    expect(stored().find((d) => d.id === t.debtorId('Leeflang & Zn'))).toMatchObject({ oldest_open_due: '2026-11-14' });

    const missing = await t.ok('imports:previewOpenItems', request(SECOND_EXPORT, { fullExport: true }));
    await t.ok('imports:confirmOpenItems', request(SECOND_EXPORT, { fullExport: true, markPaid: missing.missing.map((m) => m.invoiceId) }));
    await same('the invoice a full export no longer lists, marked paid');

    const deZon = t.debtorId('Bakkerij De Zon B.V.');
    await t.ok('invoices:create', { debtorId: deZon, number: '2026-0060', invoiceDate: '2026-09-01', dueDate: '2026-10-01', amountCents: 45000 });
    await same('an invoice entered by hand, older than the others');
    await t.ok('invoices:create', { debtorId: deZon, kind: 'credit_note', number: 'C-2026-0003', invoiceDate: '2026-10-15', dueDate: '2026-10-15', amountCents: 21000 });
    await same('a credit note entered by hand');
    expect(stored().find((d) => d.id === deZon)).toMatchObject({ open_cents: 279824 + 45000 - 21000, open_invoice_count: 2, oldest_open_due: '2026-10-01' });

    await t.ok('payments:record', { debtorId: deZon, receivedOn: TODAY, amountCents: 45000 });
    await same('a payment recorded by hand that settles the oldest invoice');
    expect(stored().find((d) => d.id === deZon)).toMatchObject({ oldest_open_due: '2026-11-19' });

    const statement = (entries: TestEntry[], id: string) => ({ file: importFile(`${id}.xml`, camt053(entries, id)) });
    const byKenmerk: TestEntry = { amount: '1210.00', date: '2026-12-01', name: 'Leeflang & Zn', iban: 'NL91ABNA0417164300', kenmerk: '8000000020260041', endToEnd: 'E2E-41' };
    const collected: TestEntry = { amount: '313.50', date: '2026-12-01', name: 'Schoenhuis Van Dam', iban: 'NL20INGB0001234567', text: 'Incasso factuur 2026-0050', endToEnd: 'SDD-50' };
    await t.ok('bank:import', statement([byKenmerk, collected], 'STMT-1'));
    await same('a bank statement matched by kenmerk and by invoice number');
    expect(stored().find((d) => d.id === t.debtorId('Schoenhuis Van Dam'))).toMatchObject({ open_cents: 0, open_invoice_count: 0, oldest_open_due: null });

    await t.ok('bank:import', statement([{ ...collected, debit: true, date: '2026-12-02', returnReason: 'MD06', bankRef: undefined }, { ...byKenmerk, debit: true, reversal: true, date: '2026-12-02' }], 'STMT-2'));
    await same('a returned direct debit and a storno undone');
    expect(stored().find((d) => d.id === t.debtorId('Schoenhuis Van Dam'))).toMatchObject({ open_cents: 31350, open_invoice_count: 1, oldest_open_due: '2026-12-25' });

    expect(checks).toHaveLength(8);
    t.close();
  });
});
