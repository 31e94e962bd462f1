// A bank statement as Belwijzer needs it, whatever the file format: booked entries with amount,
// direction, counterparty, references and — for returns and reversals — why.
import type { IsoDate } from '../../domain/dates';
import type { Message } from '../../domain/message';
import type { Cents } from '../../domain/money';

export type Direction = 'credit' | 'debit';

export interface StatementEntry {
  /**
   * Stable across imports of the same statement file: the bank's own reference where it gives one,
   * else the content key. Importing the same file twice gives the same ids, so it changes nothing.
   */
  entryId: string;
  /**
   * Account, booking date, direction, amount, the best reference and the place among equal entries:
   * the same for one payment whether it came in a CAMT.053 or an MT940 file, to spot a payment
   * imported before from the other format (whose bank references differ).
   */
  contentKey: string;
  accountIban: string | null;
  bookingDate: IsoDate;
  valueDate: IsoDate | null;
  /** Always positive; `direction` says whether money came in (credit) or went out (debit). */
  amountCents: Cents;
  direction: Direction;
  /** The entry undoes an earlier one (CAMT RvslInd, MT940 RC/RD). */
  reversal: boolean;
  /** SEPA return reason code (AC06, MD06, …) of a returned direct debit or transfer. */
  returnReason: string | null;
  counterpartyName: string | null;
  counterpartyIban: string | null;
  /** RmtInf/Strd/CdtrRefInf/Ref (MT940 /REMI/STRD/): the betalingskenmerk when issuer is CUR. */
  structuredReference: string | null;
  structuredReferenceIssuer: string | null;
  /** RmtInf/Ustrd (MT940 :86: remittance text). */
  unstructured: string;
  /** Further bank text (AddtlTxInf, AddtlNtryInf, or an unstructured :86:). */
  additionalInfo: string;
  endToEndId: string | null;
  bankReference: string | null;
  mandateId: string | null;
  /** The bank's transaction code: CAMT Domn/Fmly/SubFmly or Prtry, MT940 type (N078, NTRF, …). */
  transactionCode: string | null;
}

export type StatementFormat = `camt.053.001.${string}` | 'mt940';

export interface BankStatement {
  format: StatementFormat;
  /** The statement's own id (CAMT Stmt/Id, MT940 :20: and :28C:). */
  statementId: string;
  accountIban: string | null;
  openingBalanceCents: Cents | null;
  closingBalanceCents: Cents | null;
  entries: StatementEntry[];
}

export interface StatementParse {
  ok: boolean;
  /** File-level problems: when there are any, nothing of the file is used. */
  errors: Message[];
  /** Entries left out (pending, other currency) and other notes; the rest is fine to import. */
  warnings: Message[];
  statements: BankStatement[];
  /** All entries of all statements, in file order. */
  entries: StatementEntry[];
}

export function refused(errors: Message[]): StatementParse {
  return { ok: false, errors, warnings: [], statements: [], entries: [] };
}

/** Gives entries their ids: the bank's reference where there is one, and always a content key. */
export class EntryIds {
  private readonly seen = new Map<string, number>();

  assign(entry: Omit<StatementEntry, 'entryId' | 'contentKey'>, detail: number | null): Pick<StatementEntry, 'entryId' | 'contentKey'> {
    const text = entry.unstructured.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 40);
    const reference = entry.endToEndId ?? entry.structuredReference ?? entry.counterpartyIban ?? text;
    const key = [entry.accountIban ?? '-', entry.bookingDate, entry.direction === 'credit' ? 'C' : 'D', entry.amountCents, reference].join(':');
    const occurrence = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, occurrence);
    const contentKey = `data:${key}:${occurrence}`;
    const entryId = entry.bankReference ? `ref:${entry.accountIban ?? '-'}:${entry.bankReference}${detail === null ? '' : `#${detail}`}` : contentKey;
    return { entryId, contentKey };
  }
}
