// Payment plans (betalingsregeling): proposed → sent → signed → active → completed or defaulted.
import { z } from 'zod';
import { mutation, query } from '../channel';
import { DebtorInput } from './common';
import { Cents, Id, IsoDate } from '../../domain/primitives';
import { PLAN_STATUSES } from '../../domain/lifecycle/plan';
import { INSTALLMENT_STATUSES } from '../../domain/lifecycle/installment';

export const PlanStatus = z.enum(PLAN_STATUSES);
export const InstallmentStatus = z.enum(INSTALLMENT_STATUSES);

export const Installment = z.object({
  id: Id,
  planId: Id,
  seq: z.number().int(),
  dueDate: IsoDate,
  amountCents: Cents,
  paidCents: Cents,
  status: InstallmentStatus,
  paidOn: IsoDate.nullable(),
});

export const PlanItem = z.object({
  id: Id,
  debtorId: Id,
  callId: Id.nullable(),
  totalCents: Cents,
  status: PlanStatus,
  agreedOn: IsoDate,
  sentOn: IsoDate.nullable(),
  signedOn: IsoDate.nullable(),
  completedOn: IsoDate.nullable(),
  defaultedOn: IsoDate.nullable(),
  createdAt: z.string(),
  installments: z.array(Installment),
});
export type PlanItem = z.infer<typeof PlanItem>;

/** A plan as its card shows it: with the invoices it covers (the rest of the claim keeps its own payment term). */
export const PlanCardItem = PlanItem.extend({ invoices: z.array(z.object({ id: Id, number: z.string() })) });
export type PlanCardItem = z.infer<typeof PlanCardItem>;

const PlanInput = z.object({ planId: Id });

export const planChannels = {
  'plans:list': query(DebtorInput, z.array(PlanCardItem)),
  'plans:markSent': mutation(PlanInput.extend({ sentOn: IsoDate.optional() }).strict(), PlanCardItem),
  'plans:markSigned': mutation(PlanInput.extend({ signedOn: IsoDate.optional() }).strict(), PlanCardItem),
  'plans:activate': mutation(PlanInput.strict(), PlanCardItem),
};
