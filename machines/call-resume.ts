// Whether a saved running call can be resumed (issue 14 point 3): the row the app kept for a crash may be
// damaged — `{}`, a state this machine does not have, a context missing what the screen reads — and
// resuming it would break the call screen. Checked against the machine itself before it is offered.
import { z } from 'zod';
import type { AnyStateMachine, StateValue } from 'xstate';
import { CallResult, Excuse, IsoDateTime, MAX_PLAN_TERMS, OutcomeComplaint, OutcomeContact, OutcomeStep, TaskType, Tone } from '../domain/call-outcome';
import { Message } from '../domain/message';
import { currentStep } from './call-setup';
import { CallInputSchema, type CallKind } from './call-types';

const Task = z.object({ type: TaskType, title: Message, dueDate: z.string() });

const CallDataSchema = z.object({
  reached: z.boolean(),
  endResult: CallResult.nullable(),
  excuses: z.array(Excuse),
  currentExcuse: Excuse.nullable(),
  tasks: z.array(Task),
  complaints: z.array(OutcomeComplaint),
  promise: z.object({ date: z.string(), amountCents: z.number().int() }).nullable(),
  plan: z.object({ totalCents: z.number().int(), installments: z.array(z.object({ dueDate: z.string(), amountCents: z.number().int() })) }).nullable(),
  contactUpdate: OutcomeContact.nullable(),
  paymentReport: z.object({ date: z.string(), amountCents: z.number().int(), description: z.string() }).nullable(),
  issue: z.boolean(),
  confirmedOnTime: z.boolean(),
});

/** What the call screen and the machine read from a resumed context. */
const SavedContext = z.object({
  kind: z.enum(['collection', 'preventive']),
  machineVersion: z.number().int(),
  input: CallInputSchema,
  tone: Tone,
  mayOfferPlan: z.boolean(),
  maxPlanTerms: z.number().int().min(1).max(MAX_PLAN_TERMS),
  startedAt: IsoDateTime,
  endedAt: IsoDateTime.nullable(),
  hungUp: z.boolean(),
  data: CallDataSchema,
  stack: z.array(z.object({ step: z.string(), data: CallDataSchema })).min(1),
  path: z.array(OutcomeStep).min(1),
  notes: z.string(),
  error: Message.nullable(),
  lastInput: z.record(z.string(), z.record(z.string(), z.unknown())),
  drafts: z.object({ open: z.string().nullable(), forms: z.record(z.string(), z.record(z.string(), z.unknown())), note: z.string() }),
});

const SavedSnapshot = z.object({ status: z.literal('active'), value: z.union([z.string(), z.record(z.string(), z.unknown())]), context: SavedContext });

/**
 * The snapshot, when `machine` (of `kind` and `version`) can resume it exactly: an active call, its state
 * one the machine has (as saved, not a parent state it would complete), its context whole, the step on
 * top of its stack the state it is in. Anything else is damaged: null.
 */
export function resumableSnapshot(machine: AnyStateMachine, expected: { kind: CallKind; version: number }, saved: unknown): object | null {
  const parsed = SavedSnapshot.safeParse(saved);
  if (!parsed.success) return null;
  const { value, context } = parsed.data;
  if (context.kind !== expected.kind || context.machineVersion !== expected.version) return null;
  let resolved;
  try {
    resolved = machine.resolveState({ value: value as StateValue, context });
  } catch {
    return null; // a state the machine does not have
  }
  if (JSON.stringify(resolved.value) !== JSON.stringify(value)) return null;
  const step = currentStep(resolved);
  if (step === 'done' || context.stack[context.stack.length - 1]!.step !== step) return null;
  return saved as object;
}
