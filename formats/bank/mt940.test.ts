import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse86 } from './mt940';
import { parseBankStatementFile } from './parse-statement';

const sample = (name: string) => new Uint8Array(readFileSync(join(__dirname, 'samples', name)));

describe('MT940 as the Dutch banks deliver it', () => {
  it('ING: /CNTP/, /EREF/, /REMI/STRD/CUR/ and /REMI/USTD//, /RTRN/, lines cut mid-word, RC reversal', () => {
    const parsed = parseBankStatementFile(sample('ing-mt940.sta'), 'mt940.sta');
    expect(parsed.errors).toEqual([]);
    expect(parsed.statements).toEqual([expect.objectContaining({ format: 'mt940', statementId: 'P261202000000001/00001', accountIban: 'NL36INGB0007654321', openingBalanceCents: 1000000, closingBalanceCents: 994698 })]);
    expect(parsed.entries.map((e) => [e.bookingDate, e.direction, e.amountCents, e.reversal, e.returnReason, e.counterpartyName, e.counterpartyIban, e.structuredReference, e.unstructured, e.endToEndId, e.bankReference])).toEqual([
      ['2026-12-01', 'credit', 121000, false, null, 'Leeflang & Zn', 'NL91ABNA0417164300', '8000000020260041', '', 'E2E-0041', '00000000001001'],
      ['2026-12-01', 'credit', 23698, false, null, 'Leeflang & Zn', 'NL91ABNA0417164300', null, 'Factuur 2026-0042 en 2026-0043', null, '00000000001002'],
      ['2026-12-01', 'credit', 50000, false, null, 'Bakkerij De Zon B.V.', 'NL20INGB0001234567', null, 'Incasso factuur 2026-0045', 'SDD-2026-0045', '00000000001003'],
      ['2026-12-01', 'debit', 150000, false, null, 'Vastgoed Noord B.V.', 'NL02ABNA0123456789', null, 'Huur december', 'HUUR-2026-12', '00000000001004'],
      ['2026-12-02', 'debit', 50000, false, 'MD06', 'Bakkerij De Zon B.V.', 'NL20INGB0001234567', null, 'Incasso factuur 2026-0045', 'SDD-2026-0045', '00000000001005'],
      ['2026-12-02', 'credit', 31350, false, null, 'Schoenhuis Van Dam', 'NL44RABO0123456789', null, 'betaling', 'VD-20261130', '00000000001006'],
      ['2026-12-02', 'debit', 31350, true, null, 'Schoenhuis Van Dam', 'NL44RABO0123456789', null, 'betaling', 'VD-20261130', '00000000001007'],
    ]);
    expect(parsed.entries[2]).toMatchObject({ mandateId: 'MNDT-1002', transactionCode: 'NDDT' });
  });

  it('Rabobank: the counterparty account on the :61: line, /ORDP//NAME/, /RTRN/ on a returned collection', () => {
    const parsed = parseBankStatementFile(sample('rabobank-mt940.swi'), 'mt940.swi');
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries.map((e) => [e.direction, e.amountCents, e.reversal, e.returnReason, e.counterpartyName, e.counterpartyIban, e.unstructured, e.endToEndId])).toEqual([
      ['credit', 17849, false, null, 'LEEFLANG EN ZN', 'NL91ABNA0417164300', 'fact 2026-0042', null],
      ['debit', 5000, true, 'AM04', 'BAKKERIJ DE ZON', 'NL20INGB0001234567', 'Incasso 2026-0049', 'SDD-2026-0049'],
    ]);
  });

  it('reads an unstructured :86: as text', () => {
    expect(parse86('BETALING FACTUUR 2026-0042\nLEEFLANG EN ZN')).toMatchObject({ unstructured: 'BETALING FACTUUR 2026-0042 LEEFLANG EN ZN', name: null, iban: null });
  });

  it('reads ABN AMRO’s /TRTP/ /IBAN/ /BIC/ /NAME/ /REMI/ /EREF/ order', () => {
    expect(parse86('/TRTP/SEPA OVERBOEKING/IBAN/NL91ABNA0417164300/BIC/ABNANL2A/NAME/Leeflang & Zn/REMI/Factuur 2026-0042/EREF/NOTPROVIDED')).toMatchObject({
      iban: 'NL91ABNA0417164300',
      name: 'Leeflang & Zn',
      unstructured: 'Factuur 2026-0042',
      endToEndId: null,
      additionalInfo: 'SEPA OVERBOEKING',
    });
  });
});
