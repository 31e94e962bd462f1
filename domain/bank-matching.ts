// Which open invoices a bank statement's entries pay, in the order a collector would look: the
// structured reference (the betalingskenmerk), then invoice numbers in the payment description, then
// a debtor number there, then the account the money came from with exactly an open amount. A
// reversal or returned direct debit undoes the payment it takes back and says why. What cannot be
// placed is listed for matching by hand, with the debtor when the account is known. Pure: plain data
// in, outcomes out; the ledger applies them (allocation to costs and interest per art. 6:44 BW is the
// ledger's business: here a payment is placed on invoices only).
import { compareDates, type IsoDate } from './dates';
import { normalizeIban } from './iban';
import { message, type Message } from './message';
import type { Cents } from './money';
import { checkBetalingskenmerk, normalizeReference } from './payment-reference';
import type { Id } from './primitives';
import { returnReasonMessage } from './sepa-return-reasons';

export interface MatchableInvoice {
  invoiceId: Id;
  invoiceNumber: string;
  debtorId: Id;
  /** What is still open; ≤ 0 for a paid invoice or a credit note (never paid into). */
  openCents: Cents;
  dueDate: IsoDate;
  paymentReference: string | null;
}

export interface MatchableDebtor {
  debtorId: Id;
  number: string;
  /** Accounts the debtor paid from before, or gave us. */
  ibans: readonly string[];
}

/** The fields of a statement entry matching reads (formats/bank StatementEntry has them all). */
export interface MatchableEntry {
  entryId: string;
  bookingDate: IsoDate;
  amountCents: Cents;
  direction: 'credit' | 'debit';
  reversal: boolean;
  returnReason: string | null;
  counterpartyIban: string | null;
  counterpartyName: string | null;
  structuredReference: string | null;
  unstructured: string;
  additionalInfo: string;
  endToEndId: string | null;
}

export interface Allocation {
  invoiceId: Id;
  cents: Cents;
}

/** A payment matched before (earlier imports), so a later reversal or return can undo it. */
export interface EarlierMatch {
  entryId: string;
  debtorId: Id;
  bookingDate: IsoDate;
  amountCents: Cents;
  endToEndId: string | null;
  counterpartyIban: string | null;
  structuredReference: string | null;
  allocations: readonly Allocation[];
  /** Already taken back by an earlier reversal or return. */
  undone: boolean;
}

export type MatchMethod = 'reference' | 'invoice-number' | 'debtor-number' | 'iban-amount';

const METHOD_KEYS: Record<MatchMethod, string> = {
  reference: 'bank.match.method.reference',
  'invoice-number': 'bank.match.method.invoiceNumber',
  'debtor-number': 'bank.match.method.debtorNumber',
  'iban-amount': 'bank.match.method.ibanAmount',
};

/** How a payment was matched, for the collector ("Op betalingskenmerk"). */
export function matchMethodMessage(method: MatchMethod): Message {
  return message(METHOD_KEYS[method]);
}

export type EntryOutcome =
  | {
      kind: 'match';
      entryId: string;
      debtorId: Id;
      method: MatchMethod;
      allocations: Allocation[];
      /** Paid beyond what the invoices had open: stays on the debtor's account. */
      unallocatedCents: Cents;
      /** An invoice the payment names stays partly open. */
      partial: boolean;
    }
  | { kind: 'undo'; entryId: string; undoesEntryId: string; debtorId: Id; allocations: Allocation[]; returnReason: string | null; reason: Message }
  | { kind: 'unmatched'; entryId: string; reason: Message; detail: Message | null; debtorId: Id | null }
  | { kind: 'ignored'; entryId: string; reason: Message };

export interface MatchInput {
  entries: readonly MatchableEntry[];
  invoices: readonly MatchableInvoice[];
  debtors: readonly MatchableDebtor[];
  earlierMatches?: readonly EarlierMatch[];
  /** Every entry id imported before, matched or not: such an entry changes nothing again. */
  importedEntryIds?: ReadonlySet<string>;
}

export interface MatchResult {
  /** One outcome per entry, in the order of the entries. */
  outcomes: EntryOutcome[];
  /** The open amount of every invoice after these outcomes. */
  openAfter: Map<Id, Cents>;
}

/** Invoice numbers this short ("12") would be found in every amount and date: only matched by reference. */
const MIN_NUMBER_LENGTH = 4;
const DEBTOR_LABEL = /\b(?:deb(?:iteur)?|klant|relatie|cust(?:omer)?)\.?\s*(?:nr|nummer|no|number|code)?\.?\s*[:#]?\s*([A-Z0-9][A-Z0-9-]*)/gi;
const TOKEN = /[A-Z0-9](?:[A-Z0-9\-./]*[A-Z0-9])?/g;

const key = (value: string) => value.toUpperCase().replace(/\s+/g, '');

/** The words of a description that could be a number: "2026-0042", and its parts around / and . too. */
function candidates(text: string): string[] {
  const out: string[] = [];
  for (const [token] of text.toUpperCase().matchAll(TOKEN)) {
    out.push(token);
    if (/[/.]/.test(token)) for (const part of token.split(/[/.]/)) if (part !== '') out.push(part);
  }
  return out;
}

/**
 * Everything a statement's credits could be matched by, compared as the matcher compares it: the ledger
 * looks up only these invoices and debtors (db/bank-entries.repo.ts) instead of all of them. A superset:
 * every word of the texts, whether or not an earlier step would place the payment first.
 */
export interface StatementClues {
  /** Invoice numbers (upper case, no white space): the structured references and the words of the texts. */
  numberKeys: string[];
  /** Payment references (normalizeReference) of the structured references. */
  references: string[];
  /** Debtor numbers: labelled ("deb.nr. 1001") or words of five characters or more. */
  debtorKeys: string[];
  /** The accounts the credits came from. */
  ibans: string[];
}

const isCredit = (entry: MatchableEntry) => entry.direction === 'credit' && !entry.reversal && !entry.returnReason;

/** What the text of a credit is searched in for invoice and debtor numbers (with a bad kenmerk the reference is left out). */
const searchText = (entry: MatchableEntry, withReference: boolean) => `${entry.unstructured} ${entry.additionalInfo} ${withReference ? (entry.structuredReference ?? '') : ''}`;

export function statementClues(entries: readonly MatchableEntry[]): StatementClues {
  const numberKeys = new Set<string>();
  const references = new Set<string>();
  const debtorKeys = new Set<string>();
  const ibans = new Set<string>();
  for (const entry of entries.filter(isCredit)) {
    if (entry.structuredReference) {
      references.add(normalizeReference(entry.structuredReference));
      numberKeys.add(key(entry.structuredReference));
    }
    for (const token of candidates(searchText(entry, true))) {
      if (token.length >= MIN_NUMBER_LENGTH) numberKeys.add(token);
      if (token.length >= 5) debtorKeys.add(token);
    }
    // A label may read differently with the reference after it ("klantnummer" then the kenmerk): both texts.
    for (const text of new Set([searchText(entry, true), searchText(entry, false)]))
      for (const m of text.matchAll(DEBTOR_LABEL)) debtorKeys.add(key(m[1]!));
    const iban = normalizeIban(entry.counterpartyIban);
    if (iban) ibans.add(iban);
  }
  return { numberKeys: [...numberKeys], references: [...references], debtorKeys: [...debtorKeys], ibans: [...ibans] };
}

/** The amounts of the reversals and returns among the entries: the earlier payments they may undo have one of these. */
export function undoAmounts(entries: readonly MatchableEntry[]): Cents[] {
  return [...new Set(entries.filter((e) => e.direction === 'debit' && (e.reversal || e.returnReason)).map((e) => e.amountCents))];
}

export function matchBankEntries(input: MatchInput): MatchResult {
  const open = new Map<Id, Cents>(input.invoices.map((i) => [i.invoiceId, i.openCents]));
  const byReference = new Map<string, MatchableInvoice[]>();
  const byNumber = new Map<string, MatchableInvoice[]>();
  const byDebtor = new Map<Id, MatchableInvoice[]>();
  const push = <K>(map: Map<K, MatchableInvoice[]>, k: K, invoice: MatchableInvoice) => {
    const list = map.get(k);
    if (list) list.push(invoice);
    else map.set(k, [invoice]);
  };
  for (const invoice of input.invoices) {
    if (invoice.paymentReference) push(byReference, normalizeReference(invoice.paymentReference), invoice);
    push(byNumber, key(invoice.invoiceNumber), invoice);
    push(byDebtor, invoice.debtorId, invoice);
  }
  for (const list of byDebtor.values()) list.sort((a, b) => compareDates(a.dueDate, b.dueDate));
  const debtorByNumber = new Map(input.debtors.map((d) => [key(d.number), d]));
  const debtorsByIban = new Map<string, Id[]>();
  for (const debtor of input.debtors)
    for (const raw of debtor.ibans) {
      const iban = normalizeIban(raw);
      if (iban) debtorsByIban.set(iban, [...(debtorsByIban.get(iban) ?? []), debtor.debtorId]);
    }
  const matches: EarlierMatch[] = (input.earlierMatches ?? []).map((m) => ({ ...m }));
  const known = new Set([...matches.map((m) => m.entryId), ...(input.importedEntryIds ?? [])]);

  const place = (entry: MatchableEntry, debtorId: Id, method: MatchMethod, invoices: readonly MatchableInvoice[]): EntryOutcome => {
    let remaining = entry.amountCents;
    const allocations: Allocation[] = [];
    for (const invoice of invoices) {
      const left = open.get(invoice.invoiceId) ?? 0;
      const take = Math.min(remaining, Math.max(0, left));
      if (take <= 0) continue;
      allocations.push({ invoiceId: invoice.invoiceId, cents: take });
      open.set(invoice.invoiceId, left - take);
      remaining -= take;
    }
    const partial = method !== 'debtor-number' && invoices.some((i) => (open.get(i.invoiceId) ?? 0) > 0);
    matches.push({
      entryId: entry.entryId,
      debtorId,
      bookingDate: entry.bookingDate,
      amountCents: entry.amountCents,
      endToEndId: entry.endToEndId,
      counterpartyIban: normalizeIban(entry.counterpartyIban),
      structuredReference: entry.structuredReference,
      allocations,
      undone: false,
    });
    return { kind: 'match', entryId: entry.entryId, debtorId, method, allocations, unallocatedCents: remaining, partial };
  };

  /** Of invoices of several debtors, those of the debtor paying from a known account, else of the first named. */
  const oneDebtor = (invoices: MatchableInvoice[], iban: string | null): MatchableInvoice[] => {
    const payer = iban ? debtorsByIban.get(iban) : undefined;
    const chosen = invoices.find((i) => payer?.includes(i.debtorId))?.debtorId ?? invoices[0]!.debtorId;
    return invoices.filter((i) => i.debtorId === chosen);
  };

  const openOf = (debtorId: Id) => (byDebtor.get(debtorId) ?? []).filter((i) => (open.get(i.invoiceId) ?? 0) > 0);

  const matchCredit = (entry: MatchableEntry): EntryOutcome => {
    const iban = normalizeIban(entry.counterpartyIban);
    let badKenmerk: string | null = null;

    // 1. The structured reference: the betalingskenmerk of one invoice (or its number, which some use as kenmerk).
    if (entry.structuredReference) {
      const reference = normalizeReference(entry.structuredReference);
      const found = byReference.get(reference) ?? byNumber.get(key(entry.structuredReference));
      if (found) {
        const invoices = oneDebtor(found, iban);
        return place(entry, invoices[0]!.debtorId, 'reference', invoices);
      }
      if (checkBetalingskenmerk(reference) === 'bad-check-digit') badKenmerk = entry.structuredReference;
    }

    // 2. Invoice numbers in the description, in the order the payer names them (art. 6:43 lid 1 BW: the payer designates).
    const text = searchText(entry, badKenmerk === null);
    const tokens = candidates(text);
    const named: MatchableInvoice[] = [];
    for (const token of tokens)
      if (token.length >= MIN_NUMBER_LENGTH)
        for (const invoice of byNumber.get(token) ?? []) if (!named.includes(invoice)) named.push(invoice);
    if (named.length > 0) {
      const invoices = oneDebtor(named, iban);
      return place(entry, invoices[0]!.debtorId, 'invoice-number', invoices);
    }

    // 3. A debtor number: labelled ("deb.nr. 1001", "klantnummer 1001") or long enough to be no coincidence.
    let debtor: MatchableDebtor | undefined;
    for (const m of text.matchAll(DEBTOR_LABEL)) {
      debtor = debtorByNumber.get(key(m[1]!));
      if (debtor) break;
    }
    debtor ??= tokens.map((t) => (t.length >= 5 ? debtorByNumber.get(t) : undefined)).find(Boolean);
    if (debtor) {
      const invoices = openOf(debtor.debtorId);
      const exact = invoices.find((i) => open.get(i.invoiceId) === entry.amountCents);
      // One invoice of exactly this amount is the one paid; otherwise the oldest due first.
      return place(entry, debtor.debtorId, 'debtor-number', exact ? [exact] : invoices);
    }

    // 4. The account it came from, with exactly one open amount (or everything open) of that debtor.
    const payers = iban ? (debtorsByIban.get(iban) ?? []) : [];
    if (payers.length === 1) {
      const invoices = openOf(payers[0]!);
      const exact = invoices.filter((i) => open.get(i.invoiceId) === entry.amountCents);
      if (exact.length === 1) return place(entry, payers[0]!, 'iban-amount', exact);
      const total = invoices.reduce((sum, i) => sum + (open.get(i.invoiceId) ?? 0), 0);
      if (invoices.length > 0 && total === entry.amountCents) return place(entry, payers[0]!, 'iban-amount', invoices);
      return {
        kind: 'unmatched',
        entryId: entry.entryId,
        reason: message(exact.length > 1 ? 'bank.unmatched.severalInvoicesThisAmount' : 'bank.unmatched.accountKnownAmountDiffers'),
        detail: badKenmerk ? message('bank.unmatched.badKenmerk', { reference: badKenmerk }) : null,
        debtorId: payers[0]!,
      };
    }
    return {
      kind: 'unmatched',
      entryId: entry.entryId,
      reason: message(payers.length > 1 ? 'bank.unmatched.accountOfSeveralDebtors' : 'bank.unmatched.noClue'),
      detail: badKenmerk ? message('bank.unmatched.badKenmerk', { reference: badKenmerk }) : null,
      debtorId: null,
    };
  };

  /** The payment a reversal or return takes back: same end-to-end id, else same account and amount (the latest). */
  const findUndone = (entry: MatchableEntry): EarlierMatch | undefined => {
    const live = matches.filter((m) => !m.undone && m.amountCents === entry.amountCents && compareDates(m.bookingDate, entry.bookingDate) <= 0);
    if (entry.endToEndId) {
      const same = live.find((m) => m.endToEndId === entry.endToEndId);
      if (same) return same;
    }
    const iban = normalizeIban(entry.counterpartyIban);
    const candidates = live.filter((m) => iban !== null && m.counterpartyIban === iban);
    const byReference = entry.structuredReference ? candidates.find((m) => m.structuredReference === entry.structuredReference) : undefined;
    return byReference ?? candidates.at(-1);
  };

  const outcomes = input.entries.map((entry): EntryOutcome => {
    if (known.has(entry.entryId)) return { kind: 'ignored', entryId: entry.entryId, reason: message('bank.ignored.alreadyImported') };
    known.add(entry.entryId);
    if (entry.direction === 'credit') {
      if (entry.reversal) return { kind: 'ignored', entryId: entry.entryId, reason: message('bank.ignored.reversedDebit') };
      if (entry.returnReason) return { kind: 'ignored', entryId: entry.entryId, reason: message('bank.ignored.returnedTransfer') };
      return matchCredit(entry);
    }
    if (!entry.reversal && !entry.returnReason) return { kind: 'ignored', entryId: entry.entryId, reason: message('bank.ignored.outgoing') };
    const reason = entry.returnReason ? returnReasonMessage(entry.returnReason) : message('bank.undo.reversal');
    const earlier = findUndone(entry);
    if (!earlier) return { kind: 'unmatched', entryId: entry.entryId, reason: message('bank.unmatched.undoWithoutPayment'), detail: reason, debtorId: null };
    earlier.undone = true;
    for (const a of earlier.allocations) open.set(a.invoiceId, (open.get(a.invoiceId) ?? 0) + a.cents);
    return { kind: 'undo', entryId: entry.entryId, undoesEntryId: earlier.entryId, debtorId: earlier.debtorId, allocations: [...earlier.allocations], returnReason: entry.returnReason, reason };
  });
  return { outcomes, openAfter: open };
}
