// `npm run preview` as a user starts it: its own process (scripts/preview.ts) on a ledger file, read from
// what it prints. Tests kill it to see what survives a crash, or send it requests that once stopped it.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

export interface PreviewProcess {
  child: ChildProcess;
  url: string;
  origin: string;
  token: string;
  output: () => string;
  /** SIGKILL: the process ends at once, as in a crash or a power cut of the app (the disk keeps what was committed). */
  kill(): Promise<void>;
  /** SIGTERM: the preview closes its ledger and ends. */
  stop(): Promise<void>;
}

export function startPreviewProcess(dbFile: string, staticDir: string): Promise<PreviewProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/preview.ts', '--db', dbFile, '--static', staticDir], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return new Promise((resolve, reject) => {
    const onData = (d: Buffer) => {
      output += d.toString();
      const m = /draait op ((http:\/\/127\.0\.0\.1:\d+)\/#token=([\w-]+))/.exec(output);
      if (m) resolve({ child, url: m[1]!, origin: m[2]!, token: m[3]!, output: () => output, kill: () => end('SIGKILL'), stop: () => end('SIGTERM') });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`preview stopte (${code}): ${output}`)));
  });
}
