// The letter channels through dispatch, as the renderer reaches them: the output must pass the
// contract, a preview writes nothing, and a refusal comes back in Dutch with the ledger untouched.
import { openTestDatabase } from '../db/test-db';
import { dumpTables } from '../db/test-fixtures';
import { seedDemoLedger } from '../db/demo-ledger';
import { saveCallOutcome } from '../db/calls.repo';
import { message } from '../domain/message';
import { dispatch } from './dispatch';
import type { HandlerContext } from './context';
import type { ChannelInput, ChannelName, ChannelOutput } from '../ipc/contract';
import { refusalText } from '../test/refusal-text';

const TODAY = '2026-06-12';

function setup() {
  const opened = openTestDatabase();
  seedDemoLedger(opened.db, TODAY);
  const ctx: HandlerContext = { db: opened.db, now: () => new Date(`${TODAY}T09:00:00Z`), dataFile: opened.file, transport: 'preview', version: 'test', demoLedgerCreated: true };
  const send = <C extends ChannelName>(name: C, input: ChannelInput<C>) => dispatch(ctx, name, input);
  const ok = async <C extends ChannelName>(name: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const r = await send(name, input);
    if (!r.ok) throw new Error(`${name} geweigerd: ${refusalText(r.error)}`);
    return r.data as ChannelOutput<C>;
  };
  const idOf = (number: string) => (opened.sqlite.prepare('SELECT id FROM debtors WHERE number = ?').get(number) as { id: number }).id;
  return { ...opened, send, ok, leeflang: idOf('10023'), visser: idOf('20007'), vanDam: idOf('10031') };
}

describe('letter channels', () => {
  it('previews without recording, then issues and gets the same letter back', async () => {
    const { sqlite, ok, leeflang, close } = setup();
    const before = dumpTables(sqlite);
    const preview = await ok('letters:preview', { debtorId: leeflang, type: 'reminder1' });
    expect(dumpTables(sqlite)).toEqual(before);
    expect(preview.amounts.totalCents).toBe(313_522);
    const issued = await ok('letters:issue', { debtorId: leeflang, type: 'reminder1' });
    expect(issued.letter).toEqual(preview);
    const got = await ok('letters:get', { id: issued.id });
    expect(got).toMatchObject({ id: issued.id, type: 'reminder1', letterDate: TODAY, totalCents: 313_522, letter: preview });
    expect(await ok('letters:list', { debtorId: leeflang })).toHaveLength(1);
    close();
  });

  it('refuses a consumer’s hand-over dossier before a 14-day letter, in Dutch, writing nothing', async () => {
    const { sqlite, send, visser, close } = setup();
    const before = dumpTables(sqlite);
    const r = await send('letters:issue', { debtorId: visser, type: 'handover_dossier' });
    expect(r).toMatchObject({ ok: false, error: { code: 'not_allowed', message: { key: 'errors.letter.handover_needs_14day' } } });
    if (r.ok) return;
    expect(refusalText(r.error)).toMatch(/P\. Visser .* consument en heeft nog geen 14-dagenbrief gekregen/);
    expect(refusalText(r.error, 'en')).toMatch(/P\. Visser is a consumer and has not had a 14-day letter/);
    expect(dumpTables(sqlite)).toEqual(before);
    close();
  });

  it('issues a batch and names each debtor that got no letter', async () => {
    const { ok, leeflang, visser, vanDam, close } = setup();
    const batch = await ok('letters:batch', { debtorIds: [leeflang, vanDam, visser], type: 'reminder1' });
    expect(batch.issued.map((i) => i.letter.debtor.name)).toEqual(['Leeflang & Zn', 'P. Visser']);
    expect(batch.refused.map((r) => r.name)).toEqual(['Bakkerij Van Dam BV']);
    const candidates = await ok('letters:batchCandidates', {});
    expect(candidates.find((c) => c.id === leeflang)?.lastReminder).toEqual({ type: 'reminder1', letterDate: TODAY });
    close();
  });

  it('the hand-over dossier quotes what was agreed in a call in Dutch, from the recap messages', async () => {
    const { db, ok, leeflang, close } = setup();
    saveCallOutcome(db, {
      debtorId: leeflang, kind: 'collection', machineVersion: 1, collector: 'Sanne de Vries', tone: 'zakelijk',
      startedAt: '2026-06-01T08:00:00.000Z', endedAt: '2026-06-01T08:05:00.000Z', result: 'agreement',
      summary: [message('recap.promise', { amount: { cents: 313_522 }, date: { date: '2026-06-05' } }), message('recap.legacy', { text: 'Oude regel.' })],
      notes: '', excuses: ['will_pay'], path: [{ step: 'greeting', at: '2026-06-01T08:00:00.000Z', note: '' }], tasks: [], complaints: [],
    });
    const dossier = await ok('letters:preview', { debtorId: leeflang, type: 'handover_dossier' });
    expect(JSON.stringify(dossier)).toContain('01-06-2026 afspraak gemaakt: U betaalt € 3.135,22 uiterlijk op 5 juni 2026. Oude regel.');
    close();
  });

  it('rejects an unknown letter type before anything runs', async () => {
    const { send, leeflang, close } = setup();
    const r = await send('letters:issue', { debtorId: leeflang, type: 'reminder4' } as never);
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    close();
  });
});
