// The crash test of issue 14: a process saving real call outcomes (outcome-saver-probe.ts) is SIGKILLed at
// a random moment, again and again, on one ledger file. After every kill the file must pass
// `PRAGMA integrity_check`, every save the process confirmed must be there, and no call may be there in
// part (its steps, tasks, complaints and promise all, or the call not at all).
// The probe is bundled once with esbuild: a process starts in a fraction of a second, not tsx's seconds.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import type { CallOutcome } from '../../domain/call-outcome';
import { openDatabase } from '../../db/client';
import { seedDemoLedger } from '../../db/demo-ledger';
import { callScriptMachine } from '../../machines/call-script.machine';
import { callInput, ev, play, TODAY, TWO_EXCUSES_TO_RECAP } from '../../machines/call-test-fixtures';

const root = path.resolve(import.meta.dirname, '../..');
const MIGRATIONS = path.join(root, 'db/migrations');

/** Bundles the probe (better-sqlite3 stays a native module loaded from node_modules). */
export async function bundleSaver(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(root, 'node_modules/.cache/crash-probe-'));
  const outfile = path.join(dir, 'outcome-saver.mjs');
  await build({
    entryPoints: [path.join(root, 'test/processes/outcome-saver-probe.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    external: ['better-sqlite3'],
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'error',
  });
  return outfile;
}

export interface TrialResult {
  confirmed: number;
  saved: number;
}

/** One trial: start the saver, kill it `killAfterMs` after it is ready, check the file. */
export async function crashTrial(bundle: string, file: string, outcome: CallOutcome, label: string, killAfterMs: number): Promise<TrialResult> {
  const child = spawn(process.execPath, [bundle, file, MIGRATIONS, label], { stdio: ['pipe', 'pipe', 'pipe'] });
  const confirmed = new Set<string>();
  let out = '';
  let err = '';
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      let nl;
      while ((nl = out.indexOf('\n')) >= 0) {
        const line = out.slice(0, nl);
        out = out.slice(nl + 1);
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        const saved = /^SAVED (\S+) \d+$/.exec(line);
        if (saved) confirmed.add(saved[1]!);
      }
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`the saver ended by itself (${code}): ${err}${out}`))));
    child.stdin.end(`${JSON.stringify(outcome)}\n`);
  });
  await exited;

  const db = new Database(file);
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`${label}: integrity_check says ${String(integrity)}`);
    // No confirmed save lost.
    const labels = new Set((db.prepare('SELECT notes FROM calls WHERE notes LIKE ?').all(`${label}-%`) as { notes: string }[]).map((r) => r.notes));
    const lost = [...confirmed].filter((l) => !labels.has(l));
    if (lost.length) throw new Error(`${label}: confirmed saves missing after the kill: ${lost.join(', ')}`);
    // No call in part: each has all of its steps, tasks, complaints and promise.
    const partial = db
      .prepare(
        `SELECT c.id, c.notes FROM calls c
         WHERE (SELECT COUNT(*) FROM call_steps s WHERE s.call_id = c.id) <> ?
            OR (SELECT COUNT(*) FROM tasks t WHERE t.call_id = c.id) <> ?
            OR (SELECT COUNT(*) FROM complaints k WHERE k.call_id = c.id) <> ?
            OR (SELECT COUNT(*) FROM promises p WHERE p.call_id = c.id) <> ?`,
      )
      .all(outcome.path.length, outcome.tasks.length, outcome.complaints.length, outcome.promise ? 1 : 0);
    if (partial.length) throw new Error(`${label}: calls saved in part: ${JSON.stringify(partial)}`);
    return { confirmed: confirmed.size, saved: labels.size };
  } finally {
    db.close();
  }
}

/** `trials` kills at random moments within `windowMs` after the saver is ready, on one ledger file. */
export async function crashTrials(options: { file: string; outcome: CallOutcome; trials: number; windowMs?: number; random?: () => number }) {
  const bundle = await bundleSaver();
  const random = options.random ?? Math.random;
  const totals = { trials: 0, confirmed: 0, saved: 0, unconfirmedButSaved: 0 };
  try {
    for (let i = 0; i < options.trials; i++) {
      const r = await crashTrial(bundle, options.file, options.outcome, `t${i}`, Math.floor(random() * (options.windowMs ?? 150)));
      totals.trials++;
      totals.confirmed += r.confirmed;
      totals.saved += r.saved;
      totals.unconfirmedButSaved += r.saved - r.confirmed;
    }
  } finally {
    fs.rmSync(path.dirname(bundle), { recursive: true, force: true });
  }
  return totals;
}

/** A ledger with the demo administration, and the outcome of a real call to Leeflang & Zn on it. */
export function crashLedger() {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'belwijzer-crash-')), 'belwijzer.sqlite');
  const opened = openDatabase(file);
  seedDemoLedger(opened.db, TODAY);
  const leeflang = opened.sqlite.prepare("SELECT id FROM debtors WHERE name = 'Leeflang & Zn'").get() as { id: number };
  opened.close();
  const input = callInput({ debtor: { ...callInput().debtor, id: leeflang.id } });
  const at = (i: number) => new Date(Date.parse(`${TODAY}T09:00:00.000Z`) + i * 60_000).toISOString();
  const events = [ev('DIAL'), ...TWO_EXCUSES_TO_RECAP.slice(1), ev('FINISH')].map((e, i) => ({ ...e, at: at(i) }));
  const outcome = play(callScriptMachine, events, input).getSnapshot().output as CallOutcome;
  return { file, outcome };
}
