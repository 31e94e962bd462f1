// Our company, the collector and the defaults a call starts from. A refusal names its message key
// (i18n/messages/validation.ts), shown at the field in the UI language.
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import { z } from 'zod';
import { Tone } from './call-outcome';
import { EquatedDaySchema, legalCalendar, type LegalCalendar } from './calendar/legal-terms';
import { DEFAULT_OFFICE_DAYS, officeCalendar, OfficeDaysSettings, type OfficeCalendar } from './calendar/office-days';
import { AddedRateRow, rateTable, type RateTable } from './legal/interest-rates';

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
  paymentTermDays: z.number().int({ message: 'validation.payment_term_days' }).min(1, { message: 'validation.payment_term_days' }).max(120, { message: 'validation.payment_term_days' }),
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
  planGraceDays: z.number().int({ message: 'validation.plan_grace_days' }).min(0, { message: 'validation.plan_grace_days' }).max(60, { message: 'validation.plan_grace_days' }),
  /** Art. 2 lid 3 BIK: costs raised by VAT only when we use a collection service and cannot reclaim VAT. */
  collectionVatNotReclaimable: z.boolean(),
  vatRateBasisPoints: z.number().int().min(0).max(10000),
  /** How many backups of the ledger to keep (made at start and daily, and by hand in Settings). */
  backupsToKeep: z.number().int({ message: 'validation.backups_to_keep' }).min(1, { message: 'validation.backups_to_keep' }).max(365, { message: 'validation.backups_to_keep' }),
  /** Half-years of statutory interest the user entered: a publication replacing a derived row, or a later half-year. */
  addedRates: z.array(AddedRateRow).refine((rows) => new Set(rows.map((r) => r.from)).size === rows.length, { message: 'validation.rate.twice' }),
  /** Days a later decree equates with the holidays (Algemene termijnenwet art. 3 lid 3). */
  addedEquatedDays: z.array(EquatedDaySchema).refine((days) => new Set(days.map((d) => d.date)).size === days.length, { message: 'validation.decree_day_twice' }),
  /** The office's working days: promise checks, call-backs and plan dates (not the terms in letters). */
  officeDays: OfficeDaysSettings,
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
  addedRates: [],
  addedEquatedDays: [],
  officeDays: DEFAULT_OFFICE_DAYS,
};

/** What the settings make of the law's calendar, the office's days and the interest table. */
export interface Calendars {
  /** Terms in letters (Atw), with the days the user added from a later decree. */
  legal: LegalCalendar;
  /** Promise checks, call-backs, plan dates. */
  office: OfficeCalendar;
  rates: RateTable;
}

export function calendarsOf(settings: Pick<Settings, 'addedRates' | 'addedEquatedDays' | 'officeDays'>): Calendars {
  const legal = legalCalendar(settings.addedEquatedDays);
  return { legal, office: officeCalendar(settings.officeDays, legal), rates: rateTable(settings.addedRates) };
}
