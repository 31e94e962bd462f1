// For handler tests: bank statements and files written as the collector would choose them. A CAMT.053
// (camt.053.001.02, the layout the Dutch banks deliver) with the entries a test names, and a file
// handed over as the contract carries it (base64).
import type { ImportFile } from '../ipc/channels/imports';

export interface TestEntry {
  /** '1210.00' */
  amount: string;
  debit?: boolean;
  date: string;
  /** The bank's own reference; by default one per entry. */
  bankRef?: string;
  name?: string;
  iban?: string;
  /** RmtInf/Strd/CdtrRefInf/Ref with issuer CUR (the betalingskenmerk). */
  kenmerk?: string;
  /** RmtInf/Ustrd. */
  text?: string;
  endToEnd?: string;
  reversal?: boolean;
  returnReason?: string;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

let refs = 0;

export function camt053(entries: readonly TestEntry[], statementId = 'STMT-1'): string {
  const ntries = entries.map((e) => {
    const ref = e.bankRef ?? `TEST-${statementId}-${++refs}`;
    const party = e.debit ? 'Cdtr' : 'Dbtr';
    const rmt = [
      e.kenmerk ? `<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>CUR</Issr></Tp><Ref>${e.kenmerk}</Ref></CdtrRefInf></Strd>` : '',
      e.text ? `<Ustrd>${escape(e.text)}</Ustrd>` : '',
    ].join('');
    return `<Ntry><Amt Ccy="EUR">${e.amount}</Amt><CdtDbtInd>${e.debit ? 'DBIT' : 'CRDT'}</CdtDbtInd>${e.reversal ? '<RvslInd>true</RvslInd>' : ''}<Sts>BOOK</Sts>
      <BookgDt><Dt>${e.date}</Dt></BookgDt><AcctSvcrRef>${ref}</AcctSvcrRef>
      <NtryDtls><TxDtls><Refs><AcctSvcrRef>${ref}</AcctSvcrRef>${e.endToEnd ? `<EndToEndId>${e.endToEnd}</EndToEndId>` : ''}</Refs>
      <RltdPties><${party}><Nm>${escape(e.name ?? 'Onbekend')}</Nm></${party}>${e.iban ? `<${party}Acct><Id><IBAN>${e.iban}</IBAN></Id></${party}Acct>` : ''}</RltdPties>
      ${rmt ? `<RmtInf>${rmt}</RmtInf>` : ''}${e.returnReason ? `<RtrInf><Rsn><Cd>${e.returnReason}</Cd></Rsn></RtrInf>` : ''}</TxDtls></NtryDtls></Ntry>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><GrpHdr><MsgId>${statementId}</MsgId><CreDtTm>2026-12-02T06:00:00+01:00</CreDtTm></GrpHdr>
<Stmt><Id>${statementId}</Id><Acct><Id><IBAN>NL36INGB0007654321</IBAN></Id><Ccy>EUR</Ccy></Acct>
${ntries.join('\n')}
</Stmt></BkToCstmrStmt></Document>
`;
}

/** A file as the import channels take it. */
export function importFile(name: string, content: string | Uint8Array): ImportFile {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  return { name, contentBase64: bytes.toString('base64') };
}
