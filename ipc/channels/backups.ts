// Backups of the ledger in Settings: the list, one made now, and a restore that is checked before it
// replaces anything (the replaced file is kept aside).
import { z } from 'zod';
import { mutation, query } from '../channel';
import { NoInput } from './common';

export const BackupFile = z.object({ name: z.string(), madeAt: z.string(), bytes: z.number().int() });
export type BackupFile = z.infer<typeof BackupFile>;

export const backupChannels = {
  'backups:list': query(NoInput, z.object({ folder: z.string(), keep: z.number().int(), backups: z.array(BackupFile) })),
  /** A checked copy of the ledger now; the oldest beyond the number to keep are removed. */
  'backups:make': mutation(NoInput, BackupFile.extend({ removed: z.number().int() })),
  /** Puts this backup in the ledger's place once it proves sound; the app then works in the restored file. */
  'backups:restore': mutation(
    z.object({ name: z.string().regex(/^belwijzer-backup-[\dT-]+Z\.sqlite$/, { message: 'validation.invalid' }) }).strict(),
    z.object({ restored: z.string(), keptAside: z.string() }),
  ),
};
