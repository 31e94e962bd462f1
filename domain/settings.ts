// Our company, the collector and the defaults a call starts from. A refusal names its message key
// (i18n/messages/validation.ts), shown at the field in the UI language.
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import { z } from 'zod';
import { Tone } from './call-outcome';

export const Iban = z
  .string()
  .transform((s) => electronicFormatIBAN(s) ?? s)
  .refine((s) => isValidIBAN(s), { message: 'validation.iban' });

export const KvkNumber = z.string().regex(/^\d{8}$/, { message: 'validation.kvk' });

export const Company = z.object({
  name: z.string().trim().min(1, { message: 'validation.required' }),
  addressLine: z.string().trim().min(1, { message: 'validation.required' }),
  postcode: z.string().trim().regex(/^\d{4}\s?[A-Za-z]{2}$/, { message: 'validation.postcode' }),
  city: z.string().trim().min(1, { message: 'validation.required' }),
  phone: z.string().trim().default(''),
  email: z.string().trim().default(''),
  iban: Iban,
  kvk: KvkNumber,
  paymentTermDays: z.number().int().min(1, { message: 'validation.payment_term_days' }).max(120, { message: 'validation.payment_term_days' }),
});
export type Company = z.infer<typeof Company>;

export const Language = z.enum(['nl', 'en']);
export type Language = z.infer<typeof Language>;

export const Settings = z.object({
  company: Company,
  collectorName: z.string().trim().min(1, { message: 'validation.required' }),
  collectorRole: z.string().trim().default('Credit Manager'),
  defaultTone: Tone,
  language: Language,
  /** Days an installment may be late before the plan defaults. */
  planGraceDays: z.number().int().min(0).max(60),
  /** Art. 2 lid 3 BIK: costs raised by VAT only when we use a collection service and cannot reclaim VAT. */
  collectionVatNotReclaimable: z.boolean(),
  vatRateBasisPoints: z.number().int().min(0).max(10000),
  /** How many backups of the ledger to keep (made at start and daily, and by hand in Settings). */
  backupsToKeep: z.number().int().min(1, { message: 'validation.backups_to_keep' }).max(365, { message: 'validation.backups_to_keep' }),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  company: {
    name: 'Shoepro BV',
    addressLine: 'Industrieweg 10',
    postcode: '1381 AA',
    city: 'Weesp',
    phone: '0294-123456',
    email: 'debiteuren@shoepro.nl',
    iban: 'NL91ABNA0417164300',
    kvk: '12345678',
    paymentTermDays: 14,
  },
  collectorName: 'Sanne de Vries',
  collectorRole: 'Credit Manager',
  defaultTone: 'zakelijk',
  language: 'nl',
  planGraceDays: 7,
  collectionVatNotReclaimable: false,
  vatRateBasisPoints: 2100,
  backupsToKeep: 14,
};
