// Backups from Settings. Making one runs before the request's transaction (handlers/readers.ts:
// VACUUM INTO cannot run inside one); restoring checks the backup here and leaves the swap of files to
// the transport, after the request (handlers/ledger-files.ts), since the open file cannot be replaced
// from inside its own transaction.
import path from 'node:path';
import { backupFolderOf, checkRestorable, listBackups, makeBackup, type MadeBackup } from '../db/backup';
import { getSettings } from '../db/settings.repo';
import type { backupChannels } from '../ipc/channels/backups';
import type { HandlerContext, HandlerGroup } from './context';
import { notAllowed, notFound } from './refusals';

/** Made by dispatch before the transaction of 'backups:make'. */
export function makeBackupNow(ctx: HandlerContext): MadeBackup {
  const keep = getSettings(ctx.db).backupsToKeep;
  // The connection under drizzle: VACUUM INTO on it, outside any transaction.
  const sqlite = (ctx.db as unknown as { $client: Parameters<typeof makeBackup>[0] }).$client;
  return makeBackup(sqlite, backupFolderOf(ctx.dataFile), ctx.now(), keep);
}

function restore(ctx: HandlerContext, name: string) {
  const folder = backupFolderOf(ctx.dataFile);
  const backup = listBackups(folder).find((b) => b.name === name);
  if (!backup) throw notFound('errors.backup.not_found', { name });
  const file = path.join(folder, name);
  const problem = checkRestorable(file);
  if (problem) throw notAllowed(`errors.backup.${problem.problem}`, { name, detail: problem.detail ?? '' });
  if (!ctx.restoreLedger) throw notAllowed('errors.ledger.cannot_switch');
  const keptAside = ctx.restoreLedger(file);
  return { restored: name, keptAside };
}

export const backupHandlers = {
  'backups:list': (ctx) => ({ folder: backupFolderOf(ctx.dataFile), keep: getSettings(ctx.db).backupsToKeep, backups: listBackups(backupFolderOf(ctx.dataFile)) }),
  'backups:make': (ctx) => {
    const made = ctx.prepared as MadeBackup;
    const listed = listBackups(path.dirname(made.file)).find((b) => b.name === path.basename(made.file))!;
    return { ...listed, removed: made.removed.length };
  },
  'backups:restore': (ctx, { name }) => restore(ctx, name),
} satisfies HandlerGroup<keyof typeof backupChannels>;

