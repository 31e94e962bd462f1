// Which ledger file the app works in: the collector's own (the data file) or the demo, which lives in
// a file of its own beside it (belwijzer-voorbeeld.sqlite) so the demo never lands in the real ledger.
// The transports (Electron, the preview) hold one of these and hand its current context to dispatch;
// the first-start screen and the demo banner switch between the two files through it.
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type OpenedDatabase, type OpenOptions } from '../db/client';
import { backupFolderOf, hasBackupOn, makeBackup } from '../db/backup';
import { isEmptyLedger } from '../db/demo-ledger';
import { getSettings } from '../db/settings.repo';
import { todayInAmsterdam } from '../domain/dates';
import type { HandlerContext } from './context';
import { seedDemo } from './demo-activity';

export const DEMO_FILE_NAME = 'belwijzer-voorbeeld.sqlite';

export function demoFileBeside(dataFile: string): string {
  return path.join(path.dirname(path.resolve(dataFile)), DEMO_FILE_NAME);
}

export interface LedgerFiles {
  /** The context for the next request: the file now open. */
  current(): HandlerContext;
  /** What was open when the app started (its read-only or low-disk notice). */
  readonly first: OpenedDatabase;
  close(): void;
}

/**
 * Opens the data file (`start: 'ask'`: as it is, the first-start screen chooses) or, for tests and the
 * dev server, fills an empty data file with the demo (`start: 'demo'`).
 */
export function openLedgerFiles(
  dataFile: string,
  base: Pick<HandlerContext, 'now' | 'transport' | 'version'>,
  options: { start: 'ask' | 'demo'; demoActivity?: boolean; open?: OpenOptions; /** A backup at start and daily (the app; not tests). */ backups?: boolean },
): LedgerFiles {
  const openFile = (file: string, seed: boolean) => {
    const opened = openDatabase(file, options.open ?? {});
    try {
      const seeded = seed && !opened.readOnly && seedDemo(opened.db, todayInAmsterdam(base.now()), { activity: options.demoActivity !== false });
      return { opened, seeded };
    } catch (error) {
      opened.close();
      throw error;
    }
  };
  const first = openFile(dataFile, options.start === 'demo');
  let open = first.opened;
  let ctx: HandlerContext;
  const contextFor = (opened: OpenedDatabase, demoLedgerCreated: boolean): HandlerContext => ({
    ...base,
    db: opened.db,
    dataFile: path.resolve(opened.file),
    demoLedgerCreated,
    // Called inside a request's transaction on the old file: the next request gets the other file,
    // and the old one closes once this request is done.
    switchLedger: (to) => {
      const target = to === 'demo' ? demoFileBeside(dataFile) : path.resolve(dataFile);
      if (target === path.resolve(open.file)) return;
      const next = openFile(target, to === 'demo');
      const old = open;
      open = next.opened;
      ctx = contextFor(next.opened, next.seeded);
      setImmediate(() => old.close());
    },
    restoreLedger: (backupFile) => {
      const target = path.resolve(open.file);
      const aside = `${target}.voor-terugzetten-${base.now().toISOString().replace(/[:.]/g, '-')}.bak`;
      // After this request: close the file, keep it aside, put the backup in its place, open that.
      setImmediate(() => {
        const old = open;
        old.close();
        fs.renameSync(target, aside);
        for (const extra of ['-wal', '-shm']) fs.rmSync(`${target}${extra}`, { force: true });
        try {
          fs.copyFileSync(backupFile, target);
          const next = openFile(target, false);
          open = next.opened;
          ctx = contextFor(next.opened, false);
        } catch (error) {
          // The backup would not open after all: the replaced file goes back, untouched.
          fs.rmSync(target, { force: true });
          fs.renameSync(aside, target);
          const back = openFile(target, false);
          open = back.opened;
          ctx = contextFor(back.opened, false);
          console.error('[belwijzer] terugzetten mislukt; de administratie is ongewijzigd', error);
        }
      });
      return aside;
    },
  });
  ctx = contextFor(first.opened, first.seeded);

  /** A checked copy once a day (UTC day): at start and then whenever the hourly check finds none for today. */
  const backupIfDue = () => {
    try {
      if (open.readOnly || isEmptyLedger(open.db)) return;
      const folder = backupFolderOf(open.file);
      if (!hasBackupOn(folder, base.now().toISOString().slice(0, 10))) makeBackup(open.sqlite, folder, base.now(), getSettings(open.db).backupsToKeep);
    } catch (error) {
      console.error('[belwijzer] automatische backup mislukt', error);
    }
  };
  let timer: NodeJS.Timeout | undefined;
  if (options.backups) {
    backupIfDue();
    timer = setInterval(backupIfDue, 60 * 60 * 1000);
    timer.unref();
  }
  return {
    current: () => ctx,
    first: first.opened,
    close: () => {
      clearInterval(timer);
      open.close();
    },
  };
}
