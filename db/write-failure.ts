// What a failed write means for the user, when the cause is the ledger file rather than the input:
// a read-only ledger (view-only start), a full disk, or another process holding the write lock past
// the busy timeout. The transaction was rolled back in each case, so "nothing was changed" is true.
import { message, type Message } from '../domain/message';

export function ledgerWriteFailure(error: unknown): Message | null {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  if (code.startsWith('SQLITE_READONLY')) return message('ledger.readOnly');
  if (code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_SHMSIZE') return message('ledger.diskFull');
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return message('ledger.busy');
  return null;
}
