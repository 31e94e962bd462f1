// Starts test/processes/ledger-probe.ts as its own process (optionally as another user) and reads its result.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const PROBE = 'test/processes/ledger-probe.ts';

export interface ProbeResult {
  ok: boolean;
  created?: boolean;
  debtors?: number;
  save?: string;
  readOnly?: string | null;
  problem?: string;
  text?: string;
  backupFile?: string | null;
  files: string[];
}

export interface RunningProbe {
  child: ChildProcess;
  /** Resolves once the probe waits at its barrier (only with barrier: true). */
  ready: Promise<void>;
  go(): void;
  result: Promise<ProbeResult>;
}

export function startProbe(file: string, options: { barrier?: boolean; uid?: number; gid?: number; migrationsFolder?: string } = {}): RunningProbe {
  const args = [...(options.barrier ? ['--barrier'] : []), ...(options.migrationsFolder ? ['--migrations', options.migrationsFolder] : [])];
  const child = spawn(process.execPath, ['--import', 'tsx', PROBE, file, ...args], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'pipe'],
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid ?? options.uid, env: { ...process.env, HOME: '/tmp' } } : {}),
  });
  let out = '';
  let err = '';
  let onReady: () => void;
  let onNoReady: (error: Error) => void;
  const ready = new Promise<void>((resolve, reject) => ((onReady = resolve), (onNoReady = reject)));
  ready.catch(() => {}); // only a barrier probe's caller waits for it
  child.stdout!.on('data', (d: Buffer) => {
    out += d.toString();
    if (/^ready$/m.test(out)) onReady();
  });
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const result = new Promise<ProbeResult>((resolve, reject) =>
    child.on('exit', (code) => {
      onNoReady(new Error(`probe ended (${code}) before it was ready:\n${out}\n${err}`));
      const line = /^RESULT (.*)$/m.exec(out);
      if (line) resolve(JSON.parse(line[1]!) as ProbeResult);
      else reject(new Error(`probe ended (${code}) without a result:\n${out}\n${err}`));
    }),
  );
  return { child, ready, go: () => child.stdin!.end('go\n'), result };
}
