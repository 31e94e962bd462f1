// Issue 14's crash proof, in the project's own suite: a process saving real call outcomes is SIGKILLed at
// a random moment, 50 times; the ledger stays whole, every confirmed save is there, no call is there in
// part (test/processes/crash-trials.ts). `npm run test:crash -- --trials 500` runs the long version.
import fs from 'node:fs';
import path from 'node:path';
import { crashLedger, crashTrials } from './processes/crash-trials';

describe('SIGKILL while saving call outcomes', () => {
  it('50 kills at random moments: the file passes integrity_check, no confirmed save is lost, no call is saved in part', { timeout: 300_000 }, async () => {
    const { file, outcome } = crashLedger();
    expect(outcome.tasks.length).toBeGreaterThan(2);
    expect(outcome.complaints).toHaveLength(1);
    expect(outcome.promise).toBeDefined();
    const totals = await crashTrials({ file, outcome, trials: 50 });
    console.log(`crash test: ${totals.trials} kills, ${totals.confirmed} confirmed saves kept, ${totals.unconfirmedButSaved} committed just before the kill`);
    expect(totals.trials).toBe(50);
    // The kills fell while saving: beyond its first save (its "ready"), trials confirmed more before they were cut off.
    expect(totals.confirmed).toBeGreaterThan(totals.trials);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });
});
