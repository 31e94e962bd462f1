// Every kind of bad bank statement file, each with its own test: refused as a whole with a message
// naming the problem (nothing of such a file is used), or — for single entries that cannot count —
// left out with a warning.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_IMPORT_BYTES } from '../file/sniff';
import { makeWorkbook } from '../testing/workbook';
import { parseBankStatementFile } from './parse-statement';

const text = (name: string) => readFileSync(join(__dirname, 'samples', name), 'utf8');
const bytes = (s: string) => new TextEncoder().encode(s);
const parse = (s: string | Uint8Array, name = 'afschrift.xml') => parseBankStatementFile(typeof s === 'string' ? bytes(s) : s, name);
const errorsOf = (s: string | Uint8Array, name?: string) => {
  const parsed = parse(s, name);
  if (parsed.errors.length > 0) {
    expect(parsed.ok).toBe(false);
    expect(parsed.entries).toEqual([]);
  }
  return parsed.errors;
};
const camt = text('ing-camt053-001-02.xml');
const mt940 = text('ing-mt940.sta');

describe('bank statement files that are not what they claim', () => {
  it('over 50 MB', () => {
    expect(errorsOf(new Uint8Array(MAX_IMPORT_BYTES + 1)).map((m) => m.key)).toEqual(['import.file.tooLarge']);
  });
  it('an empty file', () => {
    expect(errorsOf(new Uint8Array(0))).toEqual([{ key: 'import.file.empty', params: { name: 'afschrift.xml' } }]);
  });
  it('a PDF statement', () => {
    expect(errorsOf('%PDF-1.4 ...', 'afschrift.pdf')).toEqual([{ key: 'import.file.isPdf', params: { name: 'afschrift.pdf' } }]);
  });
  it('an Excel workbook', async () => {
    expect(errorsOf(await makeWorkbook([{ rows: [['Datum', 'Bedrag']] }]), 'mutaties.xlsx')).toEqual([{ key: 'import.file.isXlsxNotStatement', params: { name: 'mutaties.xlsx' } }]);
  });
  it('binary garbage', () => {
    expect(errorsOf(new Uint8Array(2048).map((_, i) => (i * 31 + 7) % 256)).map((m) => m.key)).toEqual(['import.file.isBinary']);
  });
  it('the bank’s CSV download of transactions', () => {
    expect(errorsOf('"Datum","Naam / Omschrijving","Rekening","Bedrag (EUR)"\n"20261201","Leeflang","NL91ABNA0417164300","1210,00"\n', 'mutaties.csv')).toEqual([{ key: 'bank.file.unknownFormat' }]);
  });
});

describe('CAMT.053 files that cannot be read', () => {
  it('damaged XML', () => {
    expect(errorsOf(camt.replace('</Stmt>', '</Stmnt>'))).toEqual([{ key: 'bank.file.malformedXml', params: { line: 188 } }]);
  });
  it('a download cut off half-way', () => {
    const cut = camt.slice(0, 3000);
    expect(errorsOf(cut)).toEqual([{ key: 'bank.file.truncated', params: { line: cut.split('\n').length } }]);
  });
  it('XML that is no ISO 20022 message', () => {
    expect(errorsOf('<?xml version="1.0"?><html><body>Uw afschrift</body></html>')).toEqual([{ key: 'bank.file.notCamt', params: { root: 'html' } }]);
  });
  it('another ISO 20022 message: a notification (camt.054) or our own direct debit file (pain.008)', () => {
    expect(errorsOf(camt.replace('xsd:camt.053.001.02', 'xsd:camt.054.001.02'))).toEqual([{ key: 'bank.file.wrongMessage', params: { found: 'camt.054.001.02' } }]);
    expect(errorsOf('<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.008.001.02"><CstmrDrctDbtInitn/></Document>')).toEqual([{ key: 'bank.file.wrongMessage', params: { found: 'pain.008.001.02' } }]);
  });
  it('a version Belwijzer does not read', () => {
    expect(errorsOf(camt.replace('xsd:camt.053.001.02', 'xsd:camt.053.001.01'))).toEqual([{ key: 'bank.file.unsupportedVersion', params: { found: 'camt.053.001.01' } }]);
  });
  it('no statement in the document', () => {
    expect(errorsOf('<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><GrpHdr><MsgId>x</MsgId></GrpHdr></BkToCstmrStmt></Document>')).toEqual([{ key: 'bank.file.noStatement' }]);
  });
  it('a statement without entries', () => {
    const empty = camt.replace(/<Ntry>[\s\S]*<\/Ntry>/, '').replace('11061.93', '10000.00');
    expect(errorsOf(empty)).toEqual([{ key: 'bank.file.noEntries' }]);
  });
  it('an account in another currency', () => {
    expect(errorsOf(camt.replace('<Ccy>EUR</Ccy>', '<Ccy>USD</Ccy>'))).toEqual([{ key: 'bank.file.notEuro', params: { currency: 'USD', account: 'NL36INGB0007654321' } }]);
  });
  it('balances that do not add up (an entry missing or altered)', () => {
    expect(errorsOf(camt.replace(/<Amt Ccy="EUR">1210.00<\/Amt>/g, '<Amt Ccy="EUR">1200.00</Amt>'))).toEqual([
      { key: 'bank.file.balanceMismatch', params: { statement: '20261202-00001', opening: { cents: 1000000 }, closing: { cents: 1106193 }, movement: { cents: 105193 } } },
    ]);
  });
  it('an entry without a readable amount', () => {
    expect(errorsOf(camt.replace('<Amt Ccy="EUR">89.95</Amt>', '<Amt Ccy="EUR">89,95</Amt>'))).toEqual([{ key: 'bank.entry.unreadable', params: { entry: 5, statement: '20261202-00001' } }]);
  });
  it('an entry in another currency is left out with a warning', () => {
    const withDollars = text('rabobank-camt053-001-04.xml').replace(/<Ntry>[\s\S]*<\/Ntry>/, (n) => n + n.replace(/<Amt Ccy="EUR">178.49/, '<Amt Ccy="USD">10.00'));
    const parsed = parse(withDollars);
    expect(parsed.errors).toEqual([]);
    expect(parsed.warnings).toEqual([{ key: 'bank.entry.notEuro', params: { currency: 'USD', date: { date: '2026-12-04' } } }]);
    expect(parsed.entries).toHaveLength(1);
  });
});

describe('MT940 files that cannot be read', () => {
  it('a download cut off before the closing balance', () => {
    expect(errorsOf(mt940.slice(0, mt940.indexOf(':62F:')), 'mt940.sta').map((m) => m.key)).toEqual(['bank.file.truncated']);
  });
  it('an unreadable transaction line', () => {
    expect(errorsOf(mt940.replace(':61:2612011201C236,98NTRF', ':61:26120C236,98NTRF'), 'mt940.sta')).toEqual([{ key: 'bank.mt940.badField', params: { tag: '61', line: 12 } }]);
  });
  it('an account in another currency', () => {
    expect(errorsOf(mt940.replace(':60F:C261130EUR', ':60F:C261130USD'), 'mt940.sta')).toEqual([{ key: 'bank.file.notEuro', params: { currency: 'USD', account: 'NL36INGB0007654321' } }]);
  });
  it('balances that do not add up', () => {
    expect(errorsOf(mt940.replace(':62F:C261202EUR9946,98', ':62F:C261202EUR9946,99'), 'mt940.sta').map((m) => m.key)).toEqual(['bank.file.balanceMismatch']);
  });
  it('tags without a statement (:20: and opening balance missing)', () => {
    expect(errorsOf(':61:2612011201C1210,00NTRF\n:86:/REMI/x\n', 'mt940.sta')).toEqual([{ key: 'bank.file.unknownFormat' }]);
  });
  it('a statement without transactions', () => {
    expect(errorsOf(':20:X\n:25:NL36INGB0007654321\n:28C:1\n:60F:C261130EUR10,00\n:62F:C261130EUR10,00\n', 'mt940.sta')).toEqual([{ key: 'bank.file.noEntries' }]);
  });
});
