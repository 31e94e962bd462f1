import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBankStatementFile } from './parse-statement';

const sample = (name: string) => new Uint8Array(readFileSync(join(__dirname, 'samples', name)));

describe('CAMT.053 as the Dutch banks deliver it', () => {
  it('camt.053.001.02 (ING): every booked entry with amounts, direction, parties, references, reversal and return reason', () => {
    const parsed = parseBankStatementFile(sample('ing-camt053-001-02.xml'), 'afschrift.xml');
    expect(parsed.errors).toEqual([]);
    expect(parsed.statements).toEqual([expect.objectContaining({ format: 'camt.053.001.02', statementId: '20261202-00001', accountIban: 'NL36INGB0007654321', openingBalanceCents: 1000000, closingBalanceCents: 1106193 })]);
    expect(parsed.entries).toHaveLength(10);
    expect(parsed.entries[0]).toEqual({
      entryId: 'ref:NL36INGB0007654321:ING-20261201-0001',
      contentKey: 'data:NL36INGB0007654321:2026-12-01:C:121000:E2E-0041:1',
      accountIban: 'NL36INGB0007654321',
      bookingDate: '2026-12-01',
      valueDate: '2026-12-01',
      amountCents: 121000,
      direction: 'credit',
      reversal: false,
      returnReason: null,
      counterpartyName: 'Leeflang & Zn',
      counterpartyIban: 'NL91ABNA0417164300',
      structuredReference: '8000000020260041',
      structuredReferenceIssuer: 'CUR',
      unstructured: '',
      additionalInfo: '',
      endToEndId: 'E2E-0041',
      bankReference: 'ING-20261201-0001',
      mandateId: null,
      transactionCode: 'PMNT/RCDT/ESCT',
    });
    expect(parsed.entries[1]).toMatchObject({ unstructured: 'Factuur 2026-0042 en 2026-0043', endToEndId: null, amountCents: 23698 });
    expect(parsed.entries[6]).toMatchObject({ direction: 'debit', counterpartyName: 'Vastgoed Noord B.V.', counterpartyIban: 'NL02ABNA0123456789' });
    // The returned direct debit lists us as creditor: the counterparty is the customer.
    expect(parsed.entries[8]).toMatchObject({ direction: 'debit', returnReason: 'MD06', endToEndId: 'SDD-2026-0045', counterpartyIban: 'NL20INGB0001234567', mandateId: 'MNDT-1002', transactionCode: 'PMNT/IDDT/UPDD' });
    expect(parsed.entries[9]).toMatchObject({ direction: 'debit', reversal: true, endToEndId: 'VD-20261130', amountCents: 31350 });
  });

  it('camt.053.001.08 (ABN AMRO): parties under Pty, Sts/Cd, a batch split into its transactions, pending entries skipped', () => {
    const parsed = parseBankStatementFile(sample('abnamro-camt053-001-08.xml'), 'afschrift.xml');
    expect(parsed.errors).toEqual([]);
    expect(parsed.warnings).toEqual([{ key: 'bank.file.pendingSkipped', params: { count: 1 } }]);
    expect(parsed.statements[0]).toMatchObject({ format: 'camt.053.001.08', openingBalanceCents: -50000, closingBalanceCents: 9350 });
    expect(parsed.entries.map((e) => [e.entryId, e.bookingDate, e.amountCents, e.counterpartyName, e.counterpartyIban, e.unstructured, e.endToEndId])).toEqual([
      ['ref:NL36INGB0007654321:ABNA-BATCH-77#1', '2026-12-03', 8995, 'Modehuis Ter Horst', 'NL63TRIO0212345678', 'Incasso factuur 2026-0047', 'SDD-2026-0047'],
      ['ref:NL36INGB0007654321:ABNA-BATCH-77#2', '2026-12-03', 50355, 'Leeflang & Zn', 'NL91ABNA0417164300', 'Incasso factuur 2026-0048', 'SDD-2026-0048'],
    ]);
  });

  it('camt.053.001.04 (Rabobank): proprietary transaction code, additional entry information, no bank reference', () => {
    const parsed = parseBankStatementFile(sample('rabobank-camt053-001-04.xml'), 'afschrift.xml');
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries).toEqual([
      expect.objectContaining({
        entryId: 'data:NL44RABO0123456789:2026-12-04:C:17849:NL91ABNA0417164300:1',
        amountCents: 17849,
        counterpartyName: 'LEEFLANG EN ZN',
        unstructured: 'fact 2026-0042',
        additionalInfo: '/TRTP/SEPA OVERBOEKING/',
        transactionCode: '541',
        bankReference: null,
      }),
    ]);
  });

  it('gives the same entry ids when the same statement is read again', () => {
    const first = parseBankStatementFile(sample('ing-camt053-001-02.xml'), 'a.xml').entries.map((e) => e.entryId);
    const again = parseBankStatementFile(sample('ing-camt053-001-02.xml'), 'b.xml').entries.map((e) => e.entryId);
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });

  it('tells identical entries without a bank reference apart by their place', () => {
    const xml = new TextDecoder().decode(sample('rabobank-camt053-001-04.xml'));
    const entry = xml.slice(xml.indexOf('<Ntry>'), xml.indexOf('</Ntry>') + '</Ntry>'.length);
    const doubled = xml.replace(entry, entry + entry).replace('<Amt Ccy="EUR">178.49</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-12-04', '<Amt Ccy="EUR">356.98</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-12-04');
    const parsed = parseBankStatementFile(new TextEncoder().encode(doubled), 'dubbel.xml');
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries.map((e) => e.entryId)).toEqual(['data:NL44RABO0123456789:2026-12-04:C:17849:NL91ABNA0417164300:1', 'data:NL44RABO0123456789:2026-12-04:C:17849:NL91ABNA0417164300:2']);
  });

  it('reads elements under a namespace prefix, and remittance lines with entities, CDATA (its text pieces trimmed, as the parser does) and empty lines', () => {
    const xml = new TextDecoder().decode(sample('ing-camt053-001-02.xml'));
    const plain = parseBankStatementFile(sample('ing-camt053-001-02.xml'), 'a.xml');
    const prefixed = xml.replace(/<(\/?)([A-Za-z])/g, '<$1c:$2').replace('xmlns=', 'xmlns:c=');
    expect(parseBankStatementFile(new TextEncoder().encode(prefixed), 'a.xml')).toEqual(plain);

    const lines = xml.replace('<Ustrd>Factuur 2026-0042 en 2026-0043</Ustrd>', '<Ustrd/><Ustrd> Factuur 2026-0042 </Ustrd><Ustrd>en 2026-0043 <![CDATA[<&>]]> &amp; co</Ustrd></RmtInf><AddtlTxInf> via &lt;app&gt; </AddtlTxInf><RmtInf>');
    const parsed = parseBankStatementFile(new TextEncoder().encode(lines), 'a.xml');
    expect(parsed.entries[1]).toMatchObject({ unstructured: 'Factuur 2026-0042 en 2026-0043<&>& co', additionalInfo: 'via <app>' });
    expect(parsed.entries.filter((_, i) => i !== 1)).toEqual(plain.entries.filter((_, i) => i !== 1));
  });
});
