// npm run test:crash [-- --trials N] [--window MS]: the crash test of the suite (test/outcome-saves-crash
// .cross.test.ts), as long as you like — 500 SIGKILLs by default — on one ledger file, with a summary.
import fs from 'node:fs';
import path from 'node:path';
import { arg } from './cli-args';
import { crashLedger, crashTrials } from '../test/processes/crash-trials';

const trials = Number(arg('trials') ?? 500);
const windowMs = Number(arg('window') ?? 150);
const { file, outcome } = crashLedger();
const started = Date.now();
try {
  const totals = await crashTrials({ file, outcome, trials, windowMs });
  console.log(
    `${totals.trials} SIGKILLs while saving call outcomes in ${Math.round((Date.now() - started) / 1000)} s: ` +
      `integrity_check ok every time, ${totals.confirmed} confirmed saves all kept, no call saved in part ` +
      `(${totals.unconfirmedButSaved} more committed just before a kill).`,
  );
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
} catch (error) {
  console.error(`Het crashtest faalde; het grootboek staat in ${file}\n`, error);
  process.exit(1);
}
