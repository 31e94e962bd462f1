// Work a channel needs done before its transaction: reading a chosen file (an XLSX workbook reads
// asynchronously, a transaction with better-sqlite3 cannot wait) and making a backup copy (VACUUM INTO
// cannot run inside a transaction). The result reaches the handler as `ctx.prepared`.
import type { ChannelName, ParsedInput } from '../ipc/contract';
import type { HandlerContext } from './context';
import { makeBackupNow } from './backups';
import { readOpenItemsFile } from './imports';
import { writeListExport } from './exports';
import { notAllowed } from './refusals';

type Reader<C extends ChannelName> = (input: ParsedInput<C>, ctx: HandlerContext) => Promise<unknown>;

export const inputReaders: { [C in ChannelName]?: Reader<C> } = {
  'imports:inspectOpenItems': readOpenItemsFile,
  'imports:previewOpenItems': readOpenItemsFile,
  'imports:confirmOpenItems': readOpenItemsFile,
  'exports:list': writeListExport,
  'backups:make': async (_, ctx) => {
    try {
      return makeBackupNow(ctx);
    } catch (error) {
      throw notAllowed('errors.backup.failed', { reason: error instanceof Error ? error.message : String(error) });
    }
  },
};
