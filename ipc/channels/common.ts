// Shapes several channel groups share: a debtor named in a list, the input naming one debtor, free text.
import { z } from 'zod';
import { Id } from '../../domain/primitives';

export const DebtorRef = z.object({ id: Id, name: z.string() });
export type DebtorRef = z.infer<typeof DebtorRef>;

export const NoInput = z.object({}).strict();
export const DebtorInput = z.object({ debtorId: Id }).strict();

/** What a collector types in a note or a description. */
export const Text = z.string().max(2000);
