// The bench's ledger generator: a small ledger it builds is a valid Belwijzer ledger (migrated, every
// reference pointing at a row, every amount in whole cents), and the hand-written SQL the bench measures
// the handlers against gives the handlers' own answers on it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dispatch } from '../../handlers/dispatch';
import { settleTheDay } from '../../handlers/day';
import type { HandlerContext } from '../../handlers/context';
import type { ChannelInput, ChannelName } from '../../ipc/contract';
import { buildSyntheticLedger } from './synthetic-ledger';
import { handQueries } from './hand-queries';
import { changeOf, liveWorklistOf, markStale } from './hand-worklist';
import { PAIRS, type BenchLedger } from './pairs';

const TODAY = '2026-11-16';

describe('the bench ledger', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'belwijzer-bench-test-'));
  const ledger = buildSyntheticLedger(path.join(dir, 'ledger.sqlite'), 100, TODAY);
  const { sqlite } = ledger.opened;
  afterAll(() => {
    ledger.opened.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('has every kind of row in the proportions of a real ledger, all references intact', () => {
    expect(ledger.rows).toMatchObject({ debtors: 100, invoices: 1000, calls: 150, promises: 50, tasks: 100, complaints: 10, payment_plans: 6, letters: 90 });
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    const cents = sqlite.prepare("SELECT COUNT(*) AS n FROM invoice_lines WHERE typeof(amount_cents) != 'integer' OR amount_cents <= 0").get() as { n: number };
    expect(cents.n).toBe(0);
  });

  it('gives the hand-written SQL the same answers as the handlers', async () => {
    const ctx: HandlerContext = { db: ledger.opened.db, now: () => new Date(`${TODAY}T09:00:00Z`), dataFile: ledger.opened.file, transport: 'preview', version: 'bench', demoLedgerCreated: false };
    settleTheDay(ctx); // as the bench does: the day's settling is not part of any path
    const bench: BenchLedger = {
      today: TODAY,
      call: async <C extends ChannelName>(channel: C, input: ChannelInput<C>) => {
        const result = await dispatch(ctx, channel, input);
        if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
        return result.data as never;
      },
      hand: handQueries(sqlite),
      appInfo: { version: 'bench', dataFile: ledger.opened.file, transport: 'preview', today: TODAY, demoLedgerCreated: false },
      debtorOf: (rep) => [26, 13, 50, 77][rep % 4]!,
      worklistNow: '10:00',
      worklistLive: liveWorklistOf(ledger.opened.db, TODAY, '10:00'),
      touchWorklist: markStale(sqlite),
      changeDebtor: changeOf(ctx, markStale(sqlite)),
    };
    for (const pair of PAIRS.filter((p) => p.hand))
      for (let rep = 0; rep < (pair.perDebtor ? 4 : 1); rep++) {
        pair.before?.(bench, rep);
        expect(JSON.parse(JSON.stringify(pair.hand!(bench, rep))), pair.name).toEqual(JSON.parse(JSON.stringify(await pair.handler(bench, rep))));
      }
  });
});
