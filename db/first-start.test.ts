// Two first starts on one new ledger file at the same moment (two previews, or a preview and the
// desktop app): one creates and seeds the ledger, the other waits for it and finds it seeded.
import { tempDbFile } from './test-db';
import { startProbe } from '../test/processes/run-probe';
import { DEMO_DEBTORS } from './demo-ledger';

describe('two first starts on one new file at once', () => {
  it('both start; exactly one seeds the demo, once; no UNIQUE failure, no half ledger', async () => {
    const file = tempDbFile();
    const probes = [startProbe(file, { barrier: true }), startProbe(file, { barrier: true }), startProbe(file, { barrier: true })];
    await Promise.all(probes.map((p) => p.ready));
    for (const p of probes) p.go(); // all three open the new file at the same moment
    const results = await Promise.all(probes.map((p) => p.result));
    for (const r of results) expect(r, JSON.stringify(r)).toMatchObject({ ok: true, debtors: DEMO_DEBTORS.length, save: 'ok' });
    expect(results.filter((r) => r.created)).toHaveLength(1);
  }, 120_000);
});
