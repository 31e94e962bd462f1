// Bank statements (CAMT.053, MT940): payments matched to invoices and recorded, reversals and returned
// debits undone with the bank's reason, and what could not be placed listed for matching by hand.
import { z } from 'zod';
import { mutation, query } from '../channel';
import { Cents, Id, IsoDate } from '../../domain/primitives';
import { Message } from '../../domain/message';
import { ImportFile } from './imports';

export const BankEntry = z.object({
  id: Id,
  bookingDate: IsoDate,
  amountCents: Cents,
  direction: z.enum(['credit', 'debit']),
  counterpartyName: z.string().nullable(),
  counterpartyIban: z.string().nullable(),
  /** The betalingskenmerk or the payer's description. */
  description: z.string(),
  debtor: z.object({ id: Id, name: z.string() }).nullable(),
});
export type BankEntry = z.infer<typeof BankEntry>;

export const MatchedEntry = BankEntry.extend({ method: Message, invoiceNumbers: z.array(z.string()), partial: z.boolean(), unallocatedCents: Cents });
export const UndoneEntry = BankEntry.extend({ reason: Message, invoiceNumbers: z.array(z.string()) });
export const UnmatchedEntry = BankEntry.extend({ reason: Message, detail: Message.nullable() });
export type UnmatchedEntry = z.infer<typeof UnmatchedEntry>;

export const BankImported = z.object({
  importRunId: Id.nullable(),
  warnings: z.array(Message),
  matched: z.array(MatchedEntry),
  undone: z.array(UndoneEntry),
  unmatched: z.array(UnmatchedEntry),
  /** Outgoing payments and the like: kept, but nothing to match. */
  ignored: z.number().int(),
  /** Entries imported before (this statement, or the same payments in another format): nothing changed for them. */
  alreadyImported: z.number().int(),
  keptPromiseIds: z.array(Id),
  paidInstallments: z.number().int(),
});
export type BankImported = z.infer<typeof BankImported>;

export const bankChannels = {
  /** Reads the statement and applies it in one transaction; the same statement twice changes nothing. */
  'bank:import': mutation(z.object({ file: ImportFile }).strict(), BankImported),
  /** Payments no invoice was found for, oldest first, a page at a time. */
  'bank:unmatched': query(
    z.object({ offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) }).strict(),
    z.object({ total: z.number().int(), entries: z.array(UnmatchedEntry) }),
  ),
  /** The collector places an unmatched payment: on this debtor, the named invoices first. */
  'bank:matchByHand': mutation(z.object({ entryId: Id, debtorId: Id, invoiceIds: z.array(Id).max(500).default([]) }).strict(), MatchedEntry),
};
