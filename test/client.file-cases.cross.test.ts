// The ledger on a file or folder the user may not write, and on a full disk: Belwijzer says at start
// what is wrong and what to do, shows a read-only ledger for viewing, refuses saves there, and leaves
// no -wal/-shm files behind. Run as the user the app runs as; CI runs as root, for whom chmod stops
// nothing, so as root these starts run as the unprivileged user 'nobody' (uid 65534) instead.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { openDatabase, LedgerOpenError } from '../db/client';
import { seedDemoLedger, DEMO_DEBTORS } from '../db/demo-ledger';
import { seedDemo } from '../handlers/demo-activity';
import { migrationsWithOneMore } from '../db/test-db';
import { startProbe } from './processes/run-probe';
import { catalogue } from '../i18n/catalogue';

const NOBODY = 65534;
const isRoot = process.getuid?.() === 0;
const root = path.resolve(import.meta.dirname, '..');

/** As root: can 'nobody' run the probe here (setuid allowed, the checkout readable)? */
function nobodyCanRun(): string | null {
  const r = spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(path.join(root, 'node_modules/tsx/package.json'))})`], { uid: NOBODY, gid: NOBODY });
  if (r.error) return `cannot start a process as uid ${NOBODY}: ${r.error.message}`;
  if (r.status !== 0) return `uid ${NOBODY} cannot read this checkout (${root})`;
  return null;
}
const permissionSkip = isRoot ? nobodyCanRun() : process.platform === 'win32' ? 'no POSIX permissions on Windows' : null;
if (permissionSkip)
  console.warn(`\n${'!'.repeat(100)}\nREAD-ONLY LEDGER TESTS SKIPPED: ${permissionSkip}\n${'!'.repeat(100)}\n`);

/** A folder the probe's user owns (or may enter), holding a seeded ledger made by us. */
function seededLedger(): { dir: string; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'belwijzer-perm-'));
  const file = path.join(dir, 'belwijzer.sqlite');
  const opened = openDatabase(file);
  seedDemoLedger(opened.db, '2026-11-23');
  opened.close();
  return { dir, file };
}
/** Each probe compiles the app afresh as another user (no shared tsx cache): long on a loaded 2-core machine. */
const PROBE_TIMEOUT_MS = 180_000;
const asProbeUser = isRoot ? { uid: NOBODY, gid: NOBODY } : {};

describe.skipIf(permissionSkip !== null)('a ledger Belwijzer may not write', () => {
  it('a read-only file opens for viewing, says so, refuses saves and leaves no -wal/-shm', async () => {
    const { dir, file } = seededLedger();
    // Folder writable for the user, file not.
    fs.chmodSync(dir, 0o777);
    fs.chmodSync(file, 0o444);
    const result = await startProbe(file, asProbeUser).result;
    expect(result).toMatchObject({ ok: true, debtors: DEMO_DEBTORS.length, save: 'SQLITE_READONLY', created: false });
    expect(result.readOnly).toMatch(/Alleen bekijken: .*belwijzer\.sqlite is niet schrijfbaar/);
    expect(result.files).toEqual(['belwijzer.sqlite']);
  }, PROBE_TIMEOUT_MS);

  it('a ledger in a read-only folder opens for viewing, says which folder, and creates nothing there', async () => {
    const { dir, file } = seededLedger();
    fs.chmodSync(file, 0o666);
    fs.chmodSync(dir, 0o555);
    const result = await startProbe(file, asProbeUser).result;
    expect(result).toMatchObject({ ok: true, debtors: DEMO_DEBTORS.length, save: 'SQLITE_READONLY' });
    expect(result.readOnly).toContain(`de map ${dir} is niet schrijfbaar`);
    expect(result.files).toEqual(['belwijzer.sqlite']);
  }, PROBE_TIMEOUT_MS);

  it('a new ledger in a read-only folder is refused at start, naming the folder', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'belwijzer-perm-'));
    fs.chmodSync(dir, 0o555);
    const result = await startProbe(path.join(dir, 'belwijzer.sqlite'), asProbeUser).result;
    expect(result).toMatchObject({ ok: false, problem: 'folder_not_writable', files: [] });
    expect(result.text).toContain(`map ${dir}`);
  }, PROBE_TIMEOUT_MS);

  it('a read-only ledger that needs updating for this version is refused with what to do', async () => {
    const { dir, file } = seededLedger();
    const migrations = migrationsWithOneMore(file, '9999_next', 'ALTER TABLE debtors ADD COLUMN x TEXT;');
    fs.chmodSync(migrations, 0o755);
    fs.chmodSync(dir, 0o755);
    fs.chmodSync(file, 0o444);
    const result = await startProbe(file, { ...asProbeUser, migrationsFolder: migrations }).result;
    expect(result).toMatchObject({ ok: false, problem: 'read_only_needs_update' });
    expect(result.text).toMatch(/alleen-lezen.*schrijfrechten/);
  }, PROBE_TIMEOUT_MS);
});

// A full disk, for real: a small tmpfs. Mounting needs root and a container that permits it.
function mountSmallDisk(size: string): { dir: string; unmount: () => void } | string {
  if (!isRoot) return 'mounting a tmpfs needs root';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'belwijzer-fulldisk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    fs.rmdirSync(dir);
    return `mount -t tmpfs is not permitted here: ${String((error as { stderr?: Buffer }).stderr ?? error).trim()}`;
  }
  return { dir, unmount: () => (execFileSync('umount', [dir]), fs.rmdirSync(dir)) };
}
const probeMount = mountSmallDisk('64k');
const diskSkip = typeof probeMount === 'string' ? probeMount : null;
if (typeof probeMount !== 'string') probeMount.unmount();
if (diskSkip) console.warn(`\n${'!'.repeat(100)}\nFULL-DISK LEDGER TESTS SKIPPED: ${diskSkip}\n${'!'.repeat(100)}\n`);

/** Fills the rest of the disk holding `dir`. */
function fillDisk(dir: string): void {
  const fd = fs.openSync(path.join(dir, 'vulling'), 'w');
  const block = Buffer.alloc(4096);
  try {
    for (;;) fs.writeSync(fd, block);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOSPC') throw error;
  } finally {
    fs.closeSync(fd);
  }
}

function refusal(fn: () => unknown): LedgerOpenError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(LedgerOpenError);
    return e as LedgerOpenError;
  }
  throw new Error('expected the start to be refused');
}

describe.skipIf(diskSkip !== null)('a ledger on a full disk', () => {
  let disk: { dir: string; unmount: () => void };
  beforeEach(() => {
    disk = mountSmallDisk('4m') as { dir: string; unmount: () => void };
  });
  afterEach(() => disk.unmount());

  it('a new ledger: says the disk is full and leaves no half-made file, -wal or -shm', () => {
    fillDisk(disk.dir);
    const err = refusal(() => openDatabase(path.join(disk.dir, 'belwijzer.sqlite')));
    expect(err.problem).toBe('disk_full');
    expect(catalogue.format(err.text, 'nl')).toMatch(/schijf .* is vol.*Maak ruimte vrij/);
    expect(fs.readdirSync(disk.dir)).toEqual(['vulling']);
  });

  it('an update that cannot copy the ledger first: names no backup, changes nothing', () => {
    const file = path.join(disk.dir, 'belwijzer.sqlite');
    const opened = openDatabase(file);
    seedDemo(opened.db, '2026-11-23', { activity: true });
    opened.close();
    fillDisk(disk.dir);
    // Room for the WAL index, not for a copy of the ledger.
    fs.truncateSync(path.join(disk.dir, 'vulling'), fs.statSync(path.join(disk.dir, 'vulling')).size - 64 * 1024);
    const migrations = migrationsWithOneMore(path.join(os.tmpdir(), 'x'), '9999_next', 'ALTER TABLE debtors ADD COLUMN x TEXT;');
    const err = refusal(() => openDatabase(file, { migrationsFolder: migrations }));
    expect(err.problem).toBe('backup_failed');
    expect(err.backupFile).toBeNull();
    expect(catalogue.format(err.text, 'nl')).toMatch(/de schijf is vol\. Er is geen kopie gemaakt/);
    expect(fs.readdirSync(disk.dir).filter((f) => f.endsWith('.bak'))).toEqual([]);
  });

  it('an existing ledger on a full disk: opens for viewing and says the disk is full', () => {
    const file = path.join(disk.dir, 'belwijzer.sqlite');
    const first = openDatabase(file);
    seedDemoLedger(first.db, '2026-11-23');
    first.close();
    fillDisk(disk.dir);
    const opened = openDatabase(file);
    expect(catalogue.format(opened.readOnly!, 'nl')).toMatch(/Alleen bekijken: de schijf .* is vol/);
    expect((opened.sqlite.prepare('SELECT COUNT(*) AS n FROM debtors').get() as { n: number }).n).toBe(DEMO_DEBTORS.length);
    expect(() => opened.sqlite.prepare("UPDATE debtors SET name = 'x'").run()).toThrow(expect.objectContaining({ code: 'SQLITE_READONLY' }));
    opened.close();
    // The folder is writable, so the attempt to open for writing may leave an empty -wal and a -shm,
    // which SQLite reuses and removes on the next start with room; the ledger itself is untouched.
    expect(fs.statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0).toBe(0);
  });

  it('a nearly full disk: opens with a warning, and a save that does not fit fails whole, the ledger intact', () => {
    const file = path.join(disk.dir, 'belwijzer.sqlite');
    const first = openDatabase(file);
    seedDemoLedger(first.db, '2026-11-23');
    first.close();
    fillDisk(disk.dir);
    fs.truncateSync(path.join(disk.dir, 'vulling'), fs.statSync(path.join(disk.dir, 'vulling')).size - 256 * 1024);
    const opened = openDatabase(file);
    expect(opened.readOnly).toBeNull();
    expect(catalogue.format(opened.warning!, 'nl')).toMatch(/bijna vol/);
    const count = () => (opened.sqlite.prepare('SELECT COUNT(*) AS n FROM invoice_lines').get() as { n: number }).n;
    const before = count();
    const bulk = opened.sqlite.prepare('INSERT INTO invoice_lines (invoice_id, description, amount_cents) VALUES (1, ?, 1)');
    const tooMuch = opened.sqlite.transaction(() => {
      for (let i = 0; i < 5000; i++) bulk.run('x'.repeat(500));
    });
    expect(() => tooMuch.immediate()).toThrow(expect.objectContaining({ code: 'SQLITE_FULL' }));
    expect(count()).toBe(before);
    expect(opened.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    opened.close();
  });
});
