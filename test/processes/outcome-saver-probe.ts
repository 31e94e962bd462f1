// A Belwijzer process that saves call outcomes as fast as it can, until it is killed: the other side of
// the crash test (crash-trials.ts). Each outcome is saved by the use case behind calls:save
// (saveCallOutcome) in its one BEGIN IMMEDIATE transaction, as dispatch runs it — without the rest of the
// application, so the process starts quickly — with its own label in `notes`; after each commit it prints
// `SAVED <label> <callId>` (stdout to a pipe is written synchronously on Linux: a line read is a commit).
// It says `ready` after its first save, so the kills fall among saves, not during the start.
//   node outcome-saver.mjs <ledger file> <migrations folder> <label prefix>   (outcome JSON on stdin)
import readline from 'node:readline';
import { openDatabase } from '../../db/client';
import { saveCallOutcome } from '../../handlers/call-outcome';
import { inWriteTransaction } from '../../handlers/transaction';
import type { CallOutcome } from '../../domain/call-outcome';

const [file, migrationsFolder, prefix] = process.argv.slice(2) as [string, string, string];
const outcome = JSON.parse(await new Promise<string>((resolve) => readline.createInterface({ input: process.stdin }).once('line', resolve))) as CallOutcome;
const opened = openDatabase(file, { migrationsFolder });
const today = outcome.endedAt.slice(0, 10);
for (let n = 0; ; n++) {
  const label = `${prefix}-${n}`;
  const { callId } = inWriteTransaction(opened.db, (tx) => saveCallOutcome(tx, { ...outcome, notes: label }, today));
  process.stdout.write(`SAVED ${label} ${callId}\n`);
  if (n === 0) process.stdout.write('ready\n');
}
