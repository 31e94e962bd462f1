// A letter as it is printed: the data the A4 view renders, stored as JSON in letters.content so a
// letter can be shown again exactly as it went out, whatever the ledger says later.
import { z } from 'zod';
import type { Message } from '../message';
import { DebtorKind } from '../primitives';

export const LETTER_TYPES = ['confirmation', 'plan_agreement', 'reminder1', 'reminder2', 'reminder3', 'consumer14', 'handover_dossier', 'plan_term_reminder'] as const;
export const LetterType = z.enum(LETTER_TYPES);
export type LetterType = z.infer<typeof LetterType>;

/** The letters that ask for payment of what is overdue (also in a batch). */
export const REMINDER_TYPES = ['reminder1', 'reminder2', 'reminder3', 'consumer14'] as const satisfies readonly LetterType[];
export const ReminderType = z.enum(REMINDER_TYPES);
export type ReminderType = z.infer<typeof ReminderType>;

/** The letters a batch sends, each debtor its own next step: a dunning letter, or a late term within a plan. */
export const BATCH_LETTER_TYPES = [...REMINDER_TYPES, 'plan_term_reminder'] as const satisfies readonly LetterType[];
export const BatchLetterType = z.enum(BATCH_LETTER_TYPES);
export type BatchLetterType = z.infer<typeof BatchLetterType>;

/** Whether the debtor's dunning stage decides if this letter may be sent. */
export const isStageLetter = (type: LetterType): type is BatchLetterType => (BATCH_LETTER_TYPES as readonly LetterType[]).includes(type);

const Cents = z.number().int();
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const LetterColumn = z.object({ label: z.string(), align: z.enum(['left', 'right']) });

/**
 * A table whose last column is an amount; every row carries its cents and, when there is a total
 * row, the composer has checked that it is the sum of the rows.
 */
export const LetterTable = z.object({
  caption: z.string(),
  columns: z.array(LetterColumn),
  amountHeader: z.string(),
  rows: z.array(z.object({ cells: z.array(z.string()), cents: Cents })),
  total: z.object({ label: z.string(), cents: Cents }).nullable(),
});
export type LetterTable = z.infer<typeof LetterTable>;

export const LetterBlock = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paragraph'), text: z.string(), strong: z.boolean().optional() }),
  z.object({ kind: z.literal('heading'), text: z.string() }),
  z.object({ kind: z.literal('list'), items: z.array(z.string()) }),
  z.object({ kind: z.literal('table'), table: LetterTable }),
  z.object({ kind: z.literal('facts'), items: z.array(z.object({ label: z.string(), value: z.string() })) }),
  /** Lines for the debtor to fill in by hand (the plan agreement is signed and returned). */
  z.object({ kind: z.literal('signatureLines'), title: z.string(), lines: z.array(z.string()) }),
]);
export type LetterBlock = z.infer<typeof LetterBlock>;

export const LetterModel = z.object({
  type: LetterType,
  letterhead: z.object({
    name: z.string(),
    addressLine: z.string(),
    postcode: z.string(),
    city: z.string(),
    phone: z.string(),
    email: z.string(),
    /** Printed grouped by four ("NL91 ABNA …"). */
    iban: z.string(),
    kvk: z.string(),
  }),
  /** Return address above the window (small print). */
  returnAddress: z.string(),
  /** The address in the envelope window; null for a document that is not posted (hand-over dossier). */
  recipient: z
    .object({ name: z.string(), attention: z.string().nullable(), addressLine: z.string(), postcode: z.string(), city: z.string() })
    .nullable(),
  letterDate: IsoDate,
  /** "Weesp, 22 mei 2026". */
  placeAndDate: z.string(),
  references: z.array(z.object({ label: z.string(), value: z.string() })),
  subject: z.string(),
  salutation: z.string(),
  blocks: z.array(LetterBlock),
  closing: z.string(),
  signature: z.object({ company: z.string(), name: z.string(), role: z.string() }),
  /** Printed after our signature (the debtor's lines on a plan agreement). */
  appendix: z.array(LetterBlock),
  debtor: z.object({ id: z.number().int(), number: z.string(), name: z.string(), kind: DebtorKind }),
  /** What the letter states, for the letters row: principal + interest + costs = total. */
  amounts: z.object({ principalCents: Cents, interestCents: Cents, costsCents: Cents, totalCents: Cents }),
  /** The open invoices the letter names, with what was open on each. */
  invoices: z.array(z.object({ id: z.number().int(), number: z.string(), openCents: Cents })),
  /** The date by which the letter asks for payment, when it names one. */
  payBy: IsoDate.nullable(),
  /** Consumers: last day of the 14-day term (art. 6:96 lid 6 BW); only on a 14-day letter. */
  termEndsOn: IsoDate.nullable(),
  /** For the collector on screen, never printed (e.g. interest computed at a provisional rate). */
  warnings: z.array(z.string()),
  /**
   * What the letter claims beside the principal, booked as claim parts when it is issued (art. 6:44 BW):
   * the costs in total with the principal they ran over, and per invoice the interest accrued since what
   * was booked. Absent on letters that claim neither, and on letters of earlier versions.
   */
  claimed: z
    .object({
      costs: z.object({ totalCents: Cents, baseCents: Cents }).nullable(),
      interest: z.array(z.object({ invoiceId: z.number().int(), cents: Cents, through: IsoDate })),
    })
    .optional(),
});
export type LetterModel = z.infer<typeof LetterModel>;

/**
 * A letter that may not be sent (nothing to remind of, a consumer's 14-day term still running, …). The
 * reason is a message (i18n/messages/errors.ts): the collector reads it in the UI language.
 */
export class LetterRefused extends Error {
  constructor(readonly reason: Message) {
    super(reason.key);
    this.name = 'LetterRefused';
  }
}

/** The printed words around the model's fields: letters go out in Dutch, whatever the screen language. */
export const LETTER_LABELS = { subject: 'Betreft', phone: 'Telefoon', email: 'E-mail', iban: 'IBAN', kvk: 'KvK' } as const;
