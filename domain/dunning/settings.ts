// The dunning settings, one value in Settings: the schedules per debtor kind, the priority weights and
// the preventive call's threshold. Stored as JSON under one key; parsed with this schema on read and on
// save, so a schedule that breaks a rule is refused with the rule's message at the step it concerns.
import { z } from 'zod';
import { Cents } from '../primitives';
import { DEFAULT_PRIORITY_WEIGHTS, PriorityWeights } from './priority';
import { DEFAULT_BUSINESS_SCHEDULE, DEFAULT_CONSUMER_SCHEDULE, DunningSchedules } from './schedule';

export const DunningSettings = z
  .object({
    schedules: DunningSchedules,
    weights: PriorityWeights,
    /** Seed 004: a preventive call for invoices "met een aanzienlijke waarde"; the office decides what that is. */
    preventiveMinimumCents: Cents.min(0).max(10_000_000_000),
  })
  .strict();
export type DunningSettings = z.infer<typeof DunningSettings>;

export const DEFAULT_DUNNING_SETTINGS: DunningSettings = {
  schedules: { business: [...DEFAULT_BUSINESS_SCHEDULE], consumer: [...DEFAULT_CONSUMER_SCHEDULE] },
  weights: DEFAULT_PRIORITY_WEIGHTS,
  preventiveMinimumCents: 100_000, // € 1.000
};
