// What the preview and the dev server print when the ledger cannot be opened: in Dutch, like the CLI,
// what is wrong with the file and what to do.
import { LedgerOpenError } from '../db/client';
import { catalogue } from '../i18n/catalogue';

export function startupErrorText(error: unknown): string {
  if (error instanceof LedgerOpenError) return `${catalogue.format({ key: 'startup.title' }, 'nl')}: ${catalogue.format(error.text, 'nl')}`;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
