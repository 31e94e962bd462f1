// MT940 as the Dutch banks deliver it (ING, Rabobank, ABN AMRO, and others in the same SEPA style):
// statements of :20: :25: :28C: :60F:/:60M: then :61: lines each with an :86: of structured
// subfields — /TRTP/ /IBAN/ /BIC/ /NAME/ /EREF/ /REMI/ /MARF/ /CSID/ /RTRN/ and ING's /CNTP/
// (iban/bic/name/city) — and :62F:/:62M:. An unstructured :86: is kept as text. Written by hand: the
// format is small and line-based, and no maintained JavaScript MT940 parser knows these subfields.
import type { IsoDate } from '../../domain/dates';
import { normalizeIban } from '../../domain/iban';
import { message, type Message } from '../../domain/message';
import type { Cents } from '../../domain/money';
import { parseAmountText } from '../values/amount';
import { EntryIds, refused, type BankStatement, type Direction, type StatementEntry, type StatementParse } from './statement';

interface Field {
  tag: string;
  value: string;
  line: number;
}

/** The :tag: fields of the file, continuation lines joined to their field (with a newline). */
function fields(text: string): Field[] {
  const out: Field[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  for (const [i, raw] of lines.entries()) {
    const line = raw.replace(/\s+$/, '');
    const m = /^:(\d{2}[A-Z]?):(.*)$/.exec(line);
    if (m) out.push({ tag: m[1]!, value: m[2]!, line: i + 1 });
    else if (line === '-' || line === '-}' || /^\{[1-5]:/.test(line) || /^[-}]+$/.test(line)) continue;
    else if (out.length > 0 && line !== '') out[out.length - 1]!.value += `\n${line}`;
  }
  return out;
}

/** "C261130EUR1234,56" → cents, signed; null when unreadable. */
function balance(value: string): { cents: Cents; currency: string } | null {
  const m = /^([CD])(\d{6})([A-Z]{3})([\d,]+)$/.exec(value.trim());
  if (!m) return null;
  const amount = parseAmountText(m[4]!, ',');
  if (!amount.ok) return null;
  return { cents: m[1] === 'D' ? -amount.cents : amount.cents, currency: m[3]! };
}

function yymmdd(value: string): IsoDate | null {
  const m = /^(\d{2})(\d{2})(\d{2})$/.exec(value);
  if (!m) return null;
  const iso = `20${m[1]}-${m[2]}-${m[3]}`;
  const d = new Date(`${iso}T12:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? null : iso;
}

/** The booking date from the value date's year and the entry date's MMDD, across a year end. */
function bookingDate(valueDate: IsoDate, mmdd: string | undefined): IsoDate | null {
  if (!mmdd) return valueDate;
  let year = Number(valueDate.slice(0, 4));
  const month = Number(mmdd.slice(0, 2));
  const valueMonth = Number(valueDate.slice(5, 7));
  if (valueMonth === 12 && month === 1) year++;
  else if (valueMonth === 1 && month === 12) year--;
  return yymmdd(`${String(year).slice(2)}${mmdd}`);
}

// :61: value date, entry date, (R)C/D, funds code, amount, type, owner's reference, //bank reference, details.
const LINE_61 = /^(\d{6})(\d{4})?(RC|RD|C|D)([A-Z])?(\d+,\d{0,2})([NFS][A-Z0-9]{3})([^/\n]{0,16})(?:\/\/([^\n]{0,16}))?(?:\n([\s\S]*))?$/;

const KEYS = ['TRTP', 'IBAN', 'BIC', 'NAME', 'EREF', 'REMI', 'CNTP', 'MARF', 'CSID', 'RTRN', 'ISDT', 'ORDP', 'BENM', 'ULTC', 'ULTD', 'ULTB', 'PURP', 'ADDR', 'ID', 'PREF', 'BUSP', 'SVCL', 'RTYP', 'ORIG', 'INFO', 'SCOR'];
const KEY_AT = new RegExp(`/(${KEYS.join('|')})/`, 'g');

interface Info86 {
  name: string | null;
  iban: string | null;
  endToEndId: string | null;
  structuredReference: string | null;
  structuredReferenceIssuer: string | null;
  unstructured: string;
  additionalInfo: string;
  returnReason: string | null;
  mandateId: string | null;
}

/** The structured subfields of an :86:, or its text when it has none. */
export function parse86(value: string): Info86 {
  const info: Info86 = { name: null, iban: null, endToEndId: null, structuredReference: null, structuredReferenceIssuer: null, unstructured: '', additionalInfo: '', returnReason: null, mandateId: null };
  const lines = value.split('\n');
  // Structured :86: lines are cut at 65 characters anywhere, even inside a word: join them as they are.
  const joined = value.trimStart().startsWith('/') ? lines.join('') : lines.map((l) => l.trim()).join(' ');
  if (!joined.startsWith('/')) {
    info.unstructured = joined.trim();
    return info;
  }
  const found = [...joined.matchAll(KEY_AT)];
  const sub = new Map<string, string>();
  for (const [i, m] of found.entries()) {
    const start = m.index! + m[0].length;
    const end = i + 1 < found.length ? found[i + 1]!.index! : joined.length;
    if (!sub.has(m[1]!)) sub.set(m[1]!, joined.slice(start, end).replace(/\/+$/, '').trim());
  }
  const none = (v: string | undefined) => (v === undefined || v === '' || v.toUpperCase() === 'NOTPROVIDED' ? null : v);
  const cntp = sub.get('CNTP')?.split('/') ?? [];
  info.iban = normalizeIban(sub.get('IBAN') ?? cntp[0]);
  info.name = none(sub.get('NAME')) ?? none(cntp[2]);
  info.endToEndId = none(sub.get('EREF'));
  info.mandateId = none(sub.get('MARF'));
  info.returnReason = none(sub.get('RTRN')?.split('/')[0]);
  const remi = sub.get('REMI') ?? '';
  const structured = /^STRD\/(?:([A-Z]{3,4})\/)?(.+)$/.exec(remi.replace(/\/\//g, '/'));
  if (structured) {
    info.structuredReferenceIssuer = structured[1] ?? null;
    info.structuredReference = structured[2]!.split('/')[0]!.trim() || null;
  } else {
    info.unstructured = remi.replace(/^USTD\/+/, '').trim();
  }
  info.additionalInfo = none(sub.get('TRTP')) ?? '';
  return info;
}

export function parseMt940(text: string): StatementParse {
  const all = fields(text);
  if (!all.some((f) => f.tag === '20') || !all.some((f) => f.tag.startsWith('60'))) return refused([message('bank.file.unknownFormat')]);
  const errors: Message[] = [];
  const statements: BankStatement[] = [];
  const ids = new EntryIds();

  // A statement runs from :20: to its closing balance :62F:/:62M:.
  let current: { id: string; iban: string | null; opening: number | null; currency: string; entries: StatementEntry[]; closed: boolean; unreadable: boolean } | null = null;
  const finish = () => {
    if (!current) return;
    statements.push({ format: 'mt940', statementId: current.id, accountIban: current.iban, openingBalanceCents: current.opening, closingBalanceCents: null, entries: current.entries });
  };
  for (let i = 0; i < all.length; i++) {
    const field = all[i]!;
    switch (field.tag) {
      case '20':
        if (current && !current.closed) errors.push(message('bank.file.truncated', { line: field.line }));
        finish();
        current = { id: field.value.trim(), iban: null, opening: null, currency: 'EUR', entries: [], closed: false, unreadable: false };
        break;
      case '25':
        if (current) current.iban = normalizeIban(field.value.trim().replace(/(EUR|[A-Z]{3})$/, '')) ?? normalizeIban(field.value.trim());
        break;
      case '28C':
        if (current) current.id = `${current.id}/${field.value.trim()}`;
        break;
      case '60F':
      case '60M': {
        const b = balance(field.value);
        if (!current || !b) {
          errors.push(message('bank.mt940.badField', { tag: field.tag, line: field.line }));
          break;
        }
        current.opening = b.cents;
        current.currency = b.currency;
        if (b.currency !== 'EUR') errors.push(message('bank.file.notEuro', { currency: b.currency, account: current.iban ?? current.id }));
        break;
      }
      case '61': {
        if (!current) break;
        const m = LINE_61.exec(field.value);
        const valueDate = m ? yymmdd(m[1]!) : null;
        const booked = valueDate ? bookingDate(valueDate, m![2]) : null;
        const amount = m ? parseAmountText(m[5]!, ',') : null;
        if (!m || !valueDate || !booked || !amount?.ok) {
          errors.push(message('bank.mt940.badField', { tag: '61', line: field.line }));
          current.unreadable = true;
          break;
        }
        const mark = m[3]!;
        // RC: a credit reversed (money goes out again); RD: a debit reversed (money comes back).
        const direction: Direction = mark === 'C' || mark === 'RD' ? 'credit' : 'debit';
        const next = all[i + 1]?.tag === '86' ? all[++i]! : null;
        const info = parse86(next?.value ?? '');
        const details = m[9]?.trim() ?? '';
        const ownerRef = m[7]!.trim();
        const entry: Omit<StatementEntry, 'entryId' | 'contentKey'> = {
          accountIban: current.iban,
          bookingDate: booked,
          valueDate,
          amountCents: amount.cents,
          direction,
          reversal: mark.startsWith('R'),
          returnReason: info.returnReason,
          counterpartyName: info.name,
          // Older Rabobank files give the counterparty's account at the start of the :61: details.
          counterpartyIban: info.iban ?? normalizeIban(details.split(/\s+/)[0]),
          structuredReference: info.structuredReference,
          structuredReferenceIssuer: info.structuredReferenceIssuer,
          unstructured: info.unstructured,
          additionalInfo: info.additionalInfo,
          // The owner's reference holds the end-to-end id, or EREF/NONREF when :86: has it (or there is none).
          endToEndId: info.endToEndId ?? (ownerRef !== '' && !/^(NONREF|EREF|NOTPROVIDED)$/i.test(ownerRef) ? ownerRef : null),
          bankReference: m[8]?.trim() || null,
          mandateId: info.mandateId,
          transactionCode: m[6]!,
        };
        if (current.currency === 'EUR') current.entries.push({ ...entry, ...ids.assign(entry, null) });
        break;
      }
      case '62F':
      case '62M': {
        if (!current) break;
        const b = balance(field.value);
        if (!b) {
          errors.push(message('bank.mt940.badField', { tag: field.tag, line: field.line }));
          break;
        }
        current.closed = true;
        if (current.opening !== null && current.currency === 'EUR' && !current.unreadable) {
          const movement = current.entries.reduce((sum, e) => sum + (e.direction === 'credit' ? e.amountCents : -e.amountCents), 0);
          if (current.opening + movement !== b.cents)
            errors.push(message('bank.file.balanceMismatch', { statement: current.id, opening: { cents: current.opening }, closing: { cents: b.cents }, movement: { cents: movement } }));
        }
        finish();
        statements[statements.length - 1]!.closingBalanceCents = b.cents;
        current = null;
        break;
      }
      default:
        break;
    }
  }
  if (current) {
    errors.push(message('bank.file.truncated', { line: all[all.length - 1]!.line }));
    finish();
  }
  const entries = statements.flatMap((s) => s.entries);
  if (errors.length === 0 && entries.length === 0) errors.push(message('bank.file.noEntries'));
  return errors.length > 0 ? refused(errors) : { ok: true, errors, warnings: [], statements, entries };
}
