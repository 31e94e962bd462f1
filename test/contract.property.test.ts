// Issue 14: property-based tests over the IPC contract, per channel, on a real ledger. Random payloads
// that the channel's schema refuses are answered with a typed error (invalid_input, each issue a
// validation.* message with its path) and change nothing; random payloads the schema accepts are
// accepted, or refused by a rule of the ledger with a typed error whose message the catalogue has, and
// then change nothing — never an internal error.
import fc from 'fast-check';
import { handlerTest } from '../handlers/test-context';
import { dispatch } from '../handlers/dispatch';
import { settleTheDay } from '../handlers/day';
import { dumpTables } from '../db/test-fixtures';
import { getSettings } from '../db/settings.repo';
import { contract, channelNames, type ChannelName } from '../ipc/contract';
import { catalogue } from '../i18n/catalogue';
import { BATCH_LETTER_TYPES, LETTER_TYPES } from '../domain/letters/model';
import { TASK_TYPES, TONES, type CallOutcome } from '../domain/call-outcome';
import { COMPLAINT_STATUSES } from '../domain/lifecycle/complaint';
import { callScriptMachine, CALL_MACHINE_VERSION } from '../machines/call-script.machine';
import { CALL_SCRIPT_MACHINE_ID } from '../machines/call-machine-ids';
import { callInput, ev, play, TWO_EXCUSES_TO_RECAP } from '../machines/call-test-fixtures';
import { camt053, importFile } from '../handlers/test-statements';
import { getDunningSettings } from '../db/settings.repo';
import { PRESET_IDS } from '../domain/open-items';
import { EXPORT_LISTS } from '../ipc/channels/exports';
import { TASK_DUE } from '../ipc/channels/tasks';
import { DUNNING_ACTIONS } from '../domain/dunning/schedule';

const TODAY = '2030-03-04'; // the call fixtures' day

const t = handlerTest(TODAY);
afterAll(() => t.close());
const ids = (sql: string) => t.rows<{ id: number }>(sql).map((r) => r.id);
const debtorIds = ids('SELECT id FROM debtors');
const invoiceIds = ids('SELECT id FROM invoices');
const leeflang = t.debtorId('Leeflang & Zn');

// Ids that exist now, and now and then one that does not (still valid for the schema: refused as not found).
const someId = (existing: number[]) => fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...(existing.length ? existing : [1])) }, { weight: 1, arbitrary: fc.integer({ min: 90_000, max: 99_999 }) });
const idsFrom = (sql: string) => fc.constant(null).map(() => ids(sql)).chain((existing) => someId(existing));
const debtorId = someId(debtorIds);
const date = fc.date({ min: new Date('2029-01-01'), max: new Date('2031-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const text = fc.string({ maxLength: 60 });
const moment = fc.date({ min: new Date('2030-03-04T08:00:00Z'), max: new Date('2030-03-04T16:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());

/** A real outcome of the call machine for Leeflang & Zn (the fixture's invoices are Leeflang's, ids 1–3). */
const outcome = play(callScriptMachine, [ev('DIAL'), ...TWO_EXCUSES_TO_RECAP.slice(1), ev('FINISH')].map((e, i) => ({ ...e, at: `${TODAY}T09:0${i}:00.000Z` })), callInput({ debtor: { ...callInput().debtor, id: leeflang } })).getSnapshot().output as CallOutcome;

const cents = fc.integer({ min: 1, max: 5_000_000 });
const euros = (c: number) => (c / 100).toFixed(2);
/** A bank statement the collector could import: credits naming invoices, debtors or nothing. */
const statement = fc
  .array(fc.record({ cents, date, text: fc.oneof(fc.constantFrom('factuur 2026', 'Leeflang', ''), text), debit: fc.boolean() }), { minLength: 1, maxLength: 4 })
  .chain((entries) => fc.string({ minLength: 1, maxLength: 12 }).map((id) => importFile(`afschrift-${id}.xml`, camt053(entries.map((e) => ({ amount: euros(e.cents), date: e.date, text: e.text, debit: e.debit })), `STMT-${id}`))));
/** An accounting package's open items in Exact Online's layout, now and then with a bad row. */
const openItemsFile = fc
  .array(
    fc.record({ code: fc.constantFrom('1001', '2001', 'X9'), name: fc.constantFrom('Leeflang & Zn', 'Nieuw BV'), invoice: fc.stringMatching(/^[0-9]{6,8}$/), due: date, cents, bad: fc.boolean() }),
    { minLength: 1, maxLength: 4 },
  )
  .map((rows) =>
    importFile(
      'openstaand.csv',
      ['AccountCode;AccountName;InvoiceNumber;InvoiceDate;DueDate;Amount;OpenAmount;CurrencyCode;Description', ...rows.map((r) => `${r.code};${r.name};${r.invoice};${r.due};${r.due};${r.bad ? 'veel' : euros(r.cents).replace('.', ',')};${euros(r.cents).replace('.', ',')};EUR;Test`)].join('\r\n'),
    ),
  );
const openItemsRequest = fc.record({ file: openItemsFile, sourceName: fc.constantFrom('Exact Online', 'Boekhouding'), presetId: fc.constant('exact-online' as const), fullExport: fc.boolean() }).map((r) => ({
  ...r,
  mapping: { columns: { debtorCode: 'AccountCode', debtorName: 'AccountName', invoiceNumber: 'InvoiceNumber', invoiceDate: 'InvoiceDate', dueDate: 'DueDate', originalAmount: 'Amount', openAmount: 'OpenAmount', currency: 'CurrencyCode', description: 'Description' } },
}));
/** A debtor as the collector would type one in. */
const debtorFields = fc.record({
  number: fc.stringMatching(/^[A-Z0-9]{1,8}$/),
  name: fc.string({ minLength: 1, maxLength: 40 }).filter((n) => n.trim() !== ''),
  kind: fc.constantFrom('business', 'consumer'),
  city: fc.constantFrom('Almere', ''),
  phone: fc.constantFrom('020-1234567', null),
  email: fc.constantFrom('a@b.nl', '', null),
  mayOfferPlan: fc.boolean(),
  maxPlanTerms: fc.integer({ min: 1, max: 4 }),
});
const worklistKey = fc.oneof(fc.constantFrom(...debtorIds.map((id) => `call:${id}`), ...debtorIds.map((id) => `letter:${id}`)), fc.string({ minLength: 1, maxLength: 20 }));

/** Payloads the schema of each channel accepts. */
const VALID: { [C in ChannelName]?: fc.Arbitrary<unknown> } = {
  'app:info': fc.constant({}),
  'settings:get': fc.constant({}),
  // Settings as they are, with a few fields changed.
  'settings:update': fc
    .record({ collectorName: fc.constantFrom('Sanne de Vries', 'Eva Jansen'), defaultTone: fc.constantFrom(...TONES), planGraceDays: fc.integer({ min: 0, max: 60 }) })
    .map((change) => ({ ...getSettings(t.db), ...change })),
  'calls:interrupted': fc.constant({}),
  'calls:prepare': fc.record({ debtorId, machineId: fc.constant(CALL_SCRIPT_MACHINE_ID), machineVersion: fc.constant(CALL_MACHINE_VERSION) }),
  'calls:active:save': fc.record({ debtorId, machineId: fc.constant(CALL_SCRIPT_MACHINE_ID), machineVersion: fc.constant(CALL_MACHINE_VERSION), snapshot: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 })), startedAt: moment }),
  'calls:active:discard': fc.record({ debtorId, setAside: fc.boolean() }, { requiredKeys: ['debtorId'] }),
  'calls:save': fc.record({ notes: text, tone: fc.constantFrom(...TONES) }).map((change) => ({ ...outcome, ...change })),
  'complaints:list': fc.record(
    { status: fc.constantFrom('all', 'unresolved', ...COMPLAINT_STATUSES), debtorId, limit: fc.integer({ min: 1, max: 200 }), after: fc.option(fc.tuple(date, fc.integer({ min: 1, max: 5000 }))) },
    { requiredKeys: [] },
  ),
  'complaints:register': fc.record({ debtorId, description: text, invoiceIds: fc.array(someId(invoiceIds), { maxLength: 3 }), handler: text }, { requiredKeys: ['debtorId', 'description', 'invoiceIds'] }),
  'complaints:startHandling': fc.record({ complaintId: idsFrom('SELECT id FROM complaints'), handler: text }),
  'complaints:resolve': fc.record({ complaintId: idsFrom('SELECT id FROM complaints'), resolution: text, resolvedOn: date }, { requiredKeys: ['complaintId', 'resolution'] }),
  'complaints:informCustomer': fc.record({ complaintId: idsFrom('SELECT id FROM complaints'), informedOn: date }, { requiredKeys: ['complaintId'] }),
  'debtors:list': fc.record({ search: fc.string({ maxLength: 20 }) }),
  'debtors:get': fc.record({ id: debtorId }),
  'letters:preview': fc.record({ debtorId, type: fc.constantFrom(...LETTER_TYPES) }),
  'letters:issue': fc.record({ debtorId, type: fc.constantFrom(...LETTER_TYPES) }),
  'letters:get': fc.record({ id: idsFrom('SELECT id FROM letters') }),
  'letters:list': fc.record({ debtorId }),
  'letters:batch': fc.record({ letters: fc.uniqueArray(fc.record({ debtorId, type: fc.constantFrom(...BATCH_LETTER_TYPES) }), { minLength: 1, maxLength: 4, selector: (l) => l.debtorId }) }),
  'letters:standing': fc.record({ debtorId }),
  'letters:batchCandidates': fc.constant({}),
  'letters:options': fc.record({ debtorId }),
  'payments:record': fc.record(
    { debtorId, receivedOn: date, amountCents: fc.integer({ min: 1, max: 1_000_000 }), description: text, invoiceIds: fc.array(someId(invoiceIds), { maxLength: 2 }) },
    { requiredKeys: ['debtorId', 'receivedOn', 'amountCents'] },
  ),
  'payments:list': fc.record({ debtorId }),
  'plans:list': fc.record({ debtorId }),
  'plans:markSent': fc.record({ planId: idsFrom('SELECT id FROM payment_plans'), sentOn: date }, { requiredKeys: ['planId'] }),
  'plans:markSigned': fc.record({ planId: idsFrom('SELECT id FROM payment_plans'), signedOn: date }, { requiredKeys: ['planId'] }),
  'plans:activate': fc.record({ planId: idsFrom('SELECT id FROM payment_plans') }),
  'promises:list': fc.record({ debtorId }),
  'tasks:list': fc.record(
    {
      type: fc.constantFrom(...TASK_TYPES),
      due: fc.constantFrom(...TASK_DUE),
      exceptTypes: fc.uniqueArray(fc.constantFrom(...TASK_TYPES), { maxLength: 3 }),
      limit: fc.integer({ min: 1, max: 500 }),
      after: fc.option(fc.tuple(date, fc.integer({ min: 0, max: 1 }), fc.constantFrom('', '09:30', '14:00'), fc.integer({ min: 1, max: 5000 }))),
    },
    { requiredKeys: [] },
  ),
  'tasks:complete': fc.record({ taskId: idsFrom('SELECT id FROM tasks'), note: text }),
  'timeline:get': fc.record({ debtorId, offset: fc.nat(100), limit: fc.integer({ min: 1, max: 500 }) }, { requiredKeys: ['debtorId'] }),
  // The first start and the demo switch: this context has no second file, so they are refused by a rule.
  'app:startOwnLedger': fc.constant(null).map(() => getSettings(t.db)),
  'app:openDemo': fc.constant({}),
  'app:leaveDemo': fc.constant({}),
  'backups:list': fc.constant({}),
  'backups:make': fc.constant({}),
  'backups:restore': fc.date({ min: new Date('2026-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => ({ name: `belwijzer-backup-${d.toISOString().slice(0, 19).replace(/:/g, '-')}Z.sqlite` })),
  'bank:import': fc.record({ file: statement }),
  'bank:unmatched': fc.record({ offset: fc.nat(20), limit: fc.integer({ min: 1, max: 500 }) }, { requiredKeys: [] }),
  'bank:matchByHand': fc.record({ entryId: idsFrom('SELECT id FROM bank_entries'), debtorId, invoiceIds: fc.array(someId(invoiceIds), { maxLength: 2 }) }, { requiredKeys: ['entryId', 'debtorId'] }),
  'debtors:create': debtorFields,
  'debtors:update': fc.record({ id: debtorId, fields: debtorFields }).map(({ id, fields }) => ({ ...fields, id })),
  'invoices:create': fc.record(
    { debtorId, kind: fc.constantFrom('invoice', 'credit_note'), number: fc.stringMatching(/^[A-Z0-9-]{1,12}$/), invoiceDate: date, dueDate: date, amountCents: cents, description: text },
    { requiredKeys: ['debtorId', 'number', 'invoiceDate', 'dueDate', 'amountCents'] },
  ),
  'dunning:settings': fc.constant({}),
  'dunning:saveSettings': fc.record({ perDayOverdue: fc.integer({ min: 0, max: 1000 }), preventiveMinimumCents: fc.integer({ min: 0, max: 10_000_000 }) }).map(({ perDayOverdue, preventiveMinimumCents }) => {
    const settings = getDunningSettings(t.db);
    return { ...settings, weights: { ...settings.weights, perDayOverdue }, preventiveMinimumCents };
  }),
  'exports:list': fc.record({ list: fc.constantFrom(...EXPORT_LISTS), format: fc.constantFrom('csv', 'xlsx'), language: fc.constantFrom('nl', 'en') }),
  'exports:claim': fc.record({ debtorId }),
  'imports:inspectOpenItems': fc.record({ file: openItemsFile, presetId: fc.constantFrom(...PRESET_IDS) }, { requiredKeys: ['file'] }),
  'imports:previewOpenItems': openItemsRequest,
  'imports:confirmOpenItems': fc.record({ request: openItemsRequest, onlyValidRows: fc.boolean() }).map(({ request, onlyValidRows }) => ({ ...request, onlyValidRows })),
  'imports:sources': fc.constant({}),
  'worklist:list': fc.record({ date, offset: fc.nat(50), limit: fc.integer({ min: 1, max: 500 }) }, { requiredKeys: [] }),
  'worklist:snooze': fc
    .record({ debtorId, action: fc.constantFrom('call', 'letter', 'check_payment'), until: date, reason: fc.constantFrom('Klant op vakantie', 'Wacht op boekhouding') })
    .map(({ action, ...rest }) => ({ ...rest, key: `${action}:${rest.debtorId}` })),
  'worklist:unsnooze': fc.record({ key: worklistKey }),
  'worklist:recordStep': fc.record({ debtorId, action: fc.constantFrom('delivery_stop', 'manager', 'hand_over'), invoiceIds: fc.array(someId(invoiceIds), { minLength: 1, maxLength: 3 }) }),
  'worklist:skipStep': fc.record({ debtorId, action: fc.constantFrom(...DUNNING_ACTIONS), invoiceIds: fc.array(someId(invoiceIds), { minLength: 1, maxLength: 3 }) }),
};

/** Payloads the schema refuses: anything at all, and a valid one with one field broken. */
function invalid(channel: ChannelName): fc.Arbitrary<unknown> {
  const schema = contract[channel].input;
  const broken = (VALID[channel] ?? fc.constant({})).chain((good) =>
    fc.oneof(
      fc.constant(Object.keys(good as object).length ? { ...(good as object), [Object.keys(good as object)[0]!]: undefined } : { unexpected: 1 }),
      fc.constant({ ...(good as object), unexpected: true }),
      fc.record({ key: fc.constantFrom(...(Object.keys(good as object).length ? Object.keys(good as object) : ['x'])), value: fc.oneof(fc.string(), fc.double(), fc.constant(null), fc.constant(-1), fc.constant('9999-12-31'), fc.constant(2 ** 53 - 1), fc.array(fc.integer())) }).map(({ key, value }) => ({ ...(good as object), [key]: value })),
    ),
  );
  return fc.oneof(fc.anything(), broken).filter((payload) => !schema.safeParse(payload ?? {}).success);
}

// A rule of the ledger may refuse a payload the schema accepts: not found, not allowed, in conflict, or a
// field the rule reads as empty (invalid_input with an errors.* message) — never internal.
const TYPED_REFUSALS = new Set(['not_found', 'not_allowed', 'conflict', 'invalid_input']);

async function refusedUnchanged(channel: ChannelName, payload: unknown) {
  settleTheDay(t.ctx);
  const before = dumpTables(t.sqlite);
  const r = await dispatch(t.ctx, channel, payload);
  return { r, unchanged: () => expect(dumpTables(t.sqlite), `${channel} changed the ledger while refusing ${JSON.stringify(payload)?.slice(0, 200)}`).toEqual(before) };
}

describe('the IPC contract, per channel (fast-check)', () => {
  it('names a valid payload for every channel (a new channel gets its generator here)', () => {
    expect(channelNames.filter((c) => !VALID[c])).toEqual([]);
  });

  it.each(channelNames)('%s: refuses what its schema refuses, with a typed error, changing nothing', { timeout: 120_000 }, async (channel) => {
    await fc.assert(
      fc.asyncProperty(invalid(channel), async (payload) => {
        const { r, unchanged } = await refusedUnchanged(channel, payload);
        expect(r.ok).toBe(false);
        if (r.ok) return;
        expect(r.error.code).toBe('invalid_input');
        expect(r.error.issues?.length).toBeGreaterThan(0);
        for (const issue of r.error.issues ?? []) {
          expect(issue.message.key).toMatch(/^validation\./);
          expect(catalogue.has(issue.message.key), issue.message.key).toBe(true);
        }
        unchanged();
      }),
      { numRuns: 12 },
    );
  });

  it.each(channelNames.filter((c) => VALID[c]))('%s: accepts what its schema accepts, or refuses it by a rule with a typed error, changing nothing', { timeout: 120_000 }, async (channel) => {
    await fc.assert(
      fc.asyncProperty(VALID[channel]!, async (payload) => {
        expect(contract[channel].input.safeParse(payload).success, `a valid payload for ${channel}`).toBe(true);
        const { r, unchanged } = await refusedUnchanged(channel, payload);
        if (r.ok) return;
        expect(TYPED_REFUSALS.has(r.error.code), `${channel} ${JSON.stringify(payload).slice(0, 200)}: ${JSON.stringify(r.error)}`).toBe(true);
        expect(catalogue.has(r.error.message.key), r.error.message.key).toBe(true);
        unchanged();
      }),
      { numRuns: 8 },
    );
  });
});
