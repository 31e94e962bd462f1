import { registerIpcHandlers } from './ipc';
import { channelNames, IPC_PREFIX } from '../ipc/contract';
import { openTestDatabase } from '../db/test-db';
import { seedDemoLedger } from '../db/demo-ledger';
import type { HandlerContext } from '../handlers/context';

type Listener = (event: { senderFrame?: { url: string } | null }, ...args: unknown[]) => Promise<unknown>;

function setup() {
  const opened = openTestDatabase();
  seedDemoLedger(opened.db, '2026-11-23');
  const ctx: HandlerContext = { db: opened.db, now: () => new Date('2026-11-23T10:00:00Z'), dataFile: opened.file, transport: 'electron', version: 't', demoLedgerCreated: true };
  const registered = new Map<string, Listener>();
  registerIpcHandlers({ handle: (channel, listener) => registered.set(channel, listener) }, () => ctx);
  return { registered, close: opened.close };
}

describe('IPC registration', () => {
  it('registers exactly the contract channels, prefixed', () => {
    const { registered, close } = setup();
    expect([...registered.keys()].sort()).toEqual(channelNames.map((c) => IPC_PREFIX + c).sort());
    close();
  });

  it('answers our own frame with data', async () => {
    const { registered, close } = setup();
    const result = (await registered.get(`${IPC_PREFIX}debtors:list`)!({ senderFrame: { url: 'app://belwijzer/index.html' } }, { search: 'leeflang' })) as {
      ok: boolean;
      data: { rows: { name: string; openCents: number }[] };
    };
    expect(result.ok).toBe(true);
    expect(result.data.rows[0]).toMatchObject({ name: 'Leeflang & Zn', openCents: 313522 });
    close();
  });

  it('refuses a frame that is not ours, before touching the handler', async () => {
    const { registered, close } = setup();
    for (const senderFrame of [{ url: 'https://evil.example/' }, null, undefined]) {
      const result = await registered.get(`${IPC_PREFIX}settings:update`)!({ senderFrame }, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    close();
  });

  it('answers a payload that does not match the contract with a typed error naming the field', async () => {
    const { registered, close } = setup();
    const result = await registered.get(`${IPC_PREFIX}debtors:get`)!({ senderFrame: { url: 'app://belwijzer/' } }, { id: 'drie' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'id', message: { key: 'validation.invalid_type', params: { expected: 'number' } } }] } });
    const unknownId = await registered.get(`${IPC_PREFIX}debtors:get`)!({ senderFrame: { url: 'app://belwijzer/' } }, { id: 9999 });
    expect(unknownId).toMatchObject({ ok: false, error: { code: 'not_found', message: { key: 'errors.not_found', params: { thing: 'debtor', id: 9999 } } } });
    close();
  });
});
