// Payments recorded by hand (seed 000 "De factuur heb ik reeds betaald"), with how each was applied.
import { z } from 'zod';
import { mutation, query } from '../channel';
import { DebtorInput, Text } from './common';
import { InstallmentStatus } from './plans';
import { Cents, Id, IsoDate, PositiveCents } from '../../domain/primitives';
import { ALLOCATION_KINDS } from '../../domain/lifecycle/allocation';

export const Allocation = z.object({ invoiceId: Id.nullable(), kind: z.enum(ALLOCATION_KINDS), amountCents: Cents });

export const PaymentItem = z.object({
  id: Id,
  receivedOn: IsoDate,
  amountCents: Cents,
  description: z.string(),
  createdAt: z.string(),
  allocations: z.array(Allocation),
});
export type PaymentItem = z.infer<typeof PaymentItem>;

export const RecordedPayment = z.object({
  paymentId: Id,
  allocations: z.array(Allocation),
  unallocatedCents: Cents,
  installments: z.array(z.object({ planId: Id, installmentId: Id, seq: z.number().int(), addCents: Cents, paidCents: Cents, status: InstallmentStatus })),
  completedPlanId: Id.nullable(),
  keptPromiseIds: z.array(Id),
});
export type RecordedPayment = z.infer<typeof RecordedPayment>;

export const paymentChannels = {
  /** Records and applies the payment, then settles the debtor's promises and plan at once. */
  'payments:record': mutation(
    z.object({ debtorId: Id, receivedOn: IsoDate, amountCents: PositiveCents, description: Text.default(''), invoiceIds: z.array(Id).optional() }).strict(),
    RecordedPayment,
  ),
  'payments:list': query(DebtorInput, z.array(PaymentItem)),
};
