// CAMT.053 (ISO 20022 BankToCustomerStatement) as ING, Rabobank and ABN AMRO deliver it:
// camt.053.001.02, and the later versions up to .13, whose elements we read have the same place
// except for two changes handled here: the status became Sts/Cd and the parties moved under Pty
// (Dbtr/Pty/Nm) from version .08 on. Parsed with fast-xml-parser (pure JavaScript, no native build,
// validates well-formedness with line numbers, and keeps text as text so amounts stay exact).
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { IsoDate } from '../../domain/dates';
import { normalizeIban } from '../../domain/iban';
import { message, type Message } from '../../domain/message';
import type { Cents } from '../../domain/money';
import { parseAmountText } from '../values/amount';
import { parseDateText } from '../values/date';
import { EntryIds, refused, type BankStatement, type Direction, type StatementEntry, type StatementParse } from './statement';
import { treeOfPreservedOrder, xmlTree } from './xml-tree';
import { all, at, attribute, ownText, text, type XmlNode } from './xml-path';

const NAMESPACE = /<(?:[\w-]+:)?Document\b[^>]*?\bxmlns(?::[\w-]+)?\s*=\s*["']urn:iso:std:iso:20022:tech:xsd:([a-z]{4}\.\d{3}\.\d{3}\.\d{2})["']/;
const ROOT = /<(?:[\w-]+:)?([A-Za-z]\w*)[\s>/]/;

/** How fast-xml-parser reads a statement saxes' tree is not for (xml-tree.ts: treeOfPreservedOrder makes it the same tree). */
export const CAMT_XML_OPTIONS = {
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // The tree in document order, read as it is (xml-path.ts): the name-keyed object fast-xml-parser builds
  // from it otherwise cost a third of the parse.
  preserveOrder: true,
  // No jPath strings for the callbacks: building one per element was a third of the parse time.
  jPath: false,
} as const;
const parser = new XMLParser(CAMT_XML_OPTIONS);

/** The message type and version in the document's namespace, e.g. 'camt.053.001.02'; null when none. */
export function camtMessageType(xml: string): string | null {
  return NAMESPACE.exec(xml)?.[1] ?? null;
}

function cents(value: string | null): Cents | null {
  if (value === null || !/^\d+(\.\d+)?$/.test(value)) return null;
  const result = parseAmountText(value, '.');
  return result.ok ? result.cents : null;
}

function day(node: XmlNode | undefined): IsoDate | null {
  const value = text(node, 'Dt') ?? text(node, 'DtTm')?.slice(0, 10) ?? null;
  if (value === null) return null;
  const result = parseDateText(value);
  return result.ok ? result.date : null;
}

interface Party {
  name: string | null;
  iban: string | null;
}

/** Debtor or creditor of a transaction: Dbtr/Nm up to .07, Dbtr/Pty/Nm from .08. */
function party(parties: XmlNode | undefined, role: 'Dbtr' | 'Cdtr'): Party {
  const name = text(parties, `${role}/Nm`) ?? text(parties, `${role}/Pty/Nm`);
  const account = normalizeIban(text(parties, `${role}Acct/Id/IBAN`));
  return { name, iban: account };
}

/** The other party: the debtor for money in, the creditor for money out — unless that is our own account (returns list both). */
function counterparty(parties: XmlNode | undefined, direction: Direction, ownIban: string | null): Party {
  const [first, second] = direction === 'credit' ? (['Dbtr', 'Cdtr'] as const) : (['Cdtr', 'Dbtr'] as const);
  const a = party(parties, first);
  if ((a.iban && a.iban !== ownIban) || (!a.iban && a.name)) return a;
  const b = party(parties, second);
  return b.iban || b.name ? (b.iban === ownIban ? a : b) : a;
}

function transactionCode(node: XmlNode | undefined): string | null {
  const domain = text(node, 'BkTxCd/Domn/Cd');
  if (domain) return [domain, text(node, 'BkTxCd/Domn/Fmly/Cd'), text(node, 'BkTxCd/Domn/Fmly/SubFmlyCd')].filter(Boolean).join('/');
  return text(node, 'BkTxCd/Prtry/Cd');
}

function noneIfNotProvided(value: string | null): string | null {
  return value === null || value.toUpperCase() === 'NOTPROVIDED' ? null : value;
}

export function parseCamt053(xml: string): StatementParse {
  // What saxes reads as plain, well-formed XML is its tree; anything more is validated and read by fast-xml-parser (xml-tree.ts).
  const plain = xmlTree(xml);
  const valid = plain !== null || XMLValidator.validate(xml);
  if (valid !== true) {
    // A file cut off mid-way does not end with its root's closing tag: say so, it is the usual cause.
    const truncated = !/<\/(?:[\w-]+:)?Document\s*>\s*$/.test(xml) && /<(?:[\w-]+:)?Document[\s>]/.test(xml);
    return refused([truncated ? message('bank.file.truncated', { line: xml.split('\n').length }) : message('bank.file.malformedXml', { line: valid.err.line })]);
  }
  const type = camtMessageType(xml);
  if (!type) return refused([message('bank.file.notCamt', { root: ROOT.exec(xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, ''))?.[1] ?? '?' })]);
  if (!type.startsWith('camt.053.')) return refused([message('bank.file.wrongMessage', { found: type })]);
  const version = Number(type.slice('camt.053.001.'.length));
  if (!type.startsWith('camt.053.001.') || version < 2 || version > 13) return refused([message('bank.file.unsupportedVersion', { found: type })]);

  const document = plain ?? treeOfPreservedOrder(parser.parse(xml) as Parameters<typeof treeOfPreservedOrder>[0]);
  const statementsXml = all(document, 'Document/BkToCstmrStmt/Stmt');
  if (statementsXml.length === 0) return refused([message('bank.file.noStatement')]);

  const errors: Message[] = [];
  const warnings: Message[] = [];
  const statements: BankStatement[] = [];
  const ids = new EntryIds();
  let pendingTotal = 0;

  for (const stmt of statementsXml) {
    const statementId = text(stmt, 'Id') ?? '';
    const accountIban = normalizeIban(text(stmt, 'Acct/Id/IBAN'));
    const accountCurrency = text(stmt, 'Acct/Ccy');
    if (accountCurrency && accountCurrency !== 'EUR') {
      errors.push(message('bank.file.notEuro', { currency: accountCurrency, account: accountIban ?? statementId }));
      continue;
    }
    const balance = (codes: string[]): Cents | null => {
      for (const bal of all(stmt, 'Bal')) {
        const code = text(bal, 'Tp/CdOrPrtry/Cd');
        if (!code || !codes.includes(code)) continue;
        const amount = cents(text(bal, 'Amt'));
        if (amount === null) return null;
        return text(bal, 'CdtDbtInd') === 'DBIT' ? -amount : amount;
      }
      return null;
    };
    const entries: StatementEntry[] = [];
    let pending = 0;
    let skippedBooked = 0;
    for (const [n, ntry] of all(stmt, 'Ntry').entries()) {
      const status = text(ntry, 'Sts') ?? text(ntry, 'Sts/Cd');
      if (status !== null && status !== 'BOOK') {
        pending++;
        continue;
      }
      const currency = attribute(ntry, 'Amt', 'Ccy');
      const entryCents = cents(text(ntry, 'Amt'));
      const entryDirection: Direction | null = text(ntry, 'CdtDbtInd') === 'CRDT' ? 'credit' : text(ntry, 'CdtDbtInd') === 'DBIT' ? 'debit' : null;
      const bookingDate = day(at(ntry, 'BookgDt'));
      if (entryCents === null || entryDirection === null || bookingDate === null) {
        errors.push(message('bank.entry.unreadable', { entry: n + 1, statement: statementId }));
        skippedBooked++;
        continue;
      }
      if (currency && currency !== 'EUR') {
        warnings.push(message('bank.entry.notEuro', { currency, date: { date: bookingDate } }));
        skippedBooked++;
        continue;
      }
      const details = all(ntry, 'NtryDtls').flatMap((d) => all(d, 'TxDtls'));
      const perDetail = details.length > 1 && details.every((tx) => cents(text(tx, 'AmtDtls/TxAmt/Amt') ?? text(tx, 'Amt')) !== null);
      const parts = perDetail ? details : [details[0]];
      for (const [d, tx] of parts.entries()) {
        const direction: Direction = perDetail && text(tx, 'CdtDbtInd') ? (text(tx, 'CdtDbtInd') === 'CRDT' ? 'credit' : 'debit') : entryDirection;
        const amountCents = perDetail ? cents(text(tx, 'AmtDtls/TxAmt/Amt') ?? text(tx, 'Amt'))! : entryCents;
        const other = counterparty(at(tx, 'RltdPties'), direction, accountIban);
        const strd = all(at(tx, 'RmtInf'), 'Strd').find((s) => text(s, 'CdtrRefInf/Ref'));
        const entry: Omit<StatementEntry, 'entryId' | 'contentKey'> = {
          accountIban,
          bookingDate,
          valueDate: day(at(ntry, 'ValDt')),
          amountCents,
          direction,
          reversal: text(ntry, 'RvslInd')?.toLowerCase() === 'true',
          returnReason: text(tx, 'RtrInf/Rsn/Cd') ?? text(tx, 'RtrInf/Rsn/Prtry'),
          counterpartyName: other.name,
          counterpartyIban: other.iban,
          structuredReference: strd ? text(strd, 'CdtrRefInf/Ref') : null,
          structuredReferenceIssuer: strd ? (text(strd, 'CdtrRefInf/Tp/Issr') ?? null) : null,
          unstructured: all(at(tx, 'RmtInf'), 'Ustrd')
            .map(ownText)
            .join(' ')
            .trim(),
          additionalInfo: [...all(tx, 'AddtlTxInf').map(ownText), text(ntry, 'AddtlNtryInf') ?? ''].filter(Boolean).join(' '),
          endToEndId: noneIfNotProvided(text(tx, 'Refs/EndToEndId')),
          bankReference: text(tx, 'Refs/AcctSvcrRef') ?? text(ntry, 'AcctSvcrRef') ?? text(ntry, 'NtryRef'),
          mandateId: text(tx, 'Refs/MndtId'),
          transactionCode: transactionCode(tx) ?? transactionCode(ntry),
        };
        entries.push({ ...entry, ...ids.assign(entry, perDetail ? d + 1 : null) });
      }
    }
    const opening = balance(['OPBD', 'PRCD']);
    const closing = balance(['CLBD']);
    if (opening !== null && closing !== null) {
      const movement = entries.reduce((sum, e) => sum + (e.direction === 'credit' ? e.amountCents : -e.amountCents), 0);
      // Booked balances leave pending entries out; a gap means booked entries are missing or extra.
      // (An entry left out above already has its own message; the gap it makes is no news.)
      if (skippedBooked === 0 && opening + movement !== closing)
        errors.push(message('bank.file.balanceMismatch', { statement: statementId, opening: { cents: opening }, closing: { cents: closing }, movement: { cents: movement } }));
    }
    pendingTotal += pending;
    statements.push({ format: type as BankStatement['format'], statementId, accountIban, openingBalanceCents: opening, closingBalanceCents: closing, entries });
  }

  if (pendingTotal > 0) warnings.push(message('bank.file.pendingSkipped', { count: pendingTotal }));
  const entries = statements.flatMap((s) => s.entries);
  if (errors.length === 0 && entries.length === 0) errors.push(message('bank.file.noEntries'));
  return errors.length > 0 ? { ...refused(errors), warnings } : { ok: true, errors, warnings, statements, entries };
}
