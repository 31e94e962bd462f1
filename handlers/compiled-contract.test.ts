// The compiled check (handlers/compiled-contract.ts) must say exactly what zod's runtime parser says: the
// same answer passed on with the same keys stripped, the same refusal with the same issues and paths.
// Held on real answers from the demo ledger and on near-misses of them: in every field, one at a time,
// the value replaced by an impossible date, a fraction of a cent, an unknown kind, null, or removed, or
// given a key the contract does not know.
import { z } from 'zod';
import { contract, channelNames, type ChannelInput, type ChannelName } from '../ipc/contract';
import { compileContractWhenIdle, compiledCount, compiledSchema } from './compiled-contract';
import { handlerTest } from './test-context';
import { seedDemo } from './demo-activity';

const TODAY = '2026-11-16';
const t = handlerTest(TODAY, { demo: false });
seedDemo(t.db, TODAY, { activity: true });
afterAll(() => t.close());

type Path = (string | number)[];
/** Every place in a JSON value, the value itself included. */
function pathsOf(value: unknown, at: Path = []): Path[] {
  if (Array.isArray(value)) return [at, ...value.flatMap((item, i) => pathsOf(item, [...at, i]))];
  if (value && typeof value === 'object') return [at, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...at, key]))];
  return [at];
}

/** One place per field of the contract: the first of each path that differs only in its list positions. */
function onePerField(paths: Path[]): Path[] {
  const seen = new Set<string>();
  return paths.filter((path) => {
    const field = path.map((key) => (typeof key === 'number' ? '*' : key)).join('.');
    return !seen.has(field) && !!seen.add(field);
  });
}

const DELETE = Symbol('delete');
const EXTRA_KEY = Symbol('extra key');
const REPLACEMENTS: unknown[] = [DELETE, EXTRA_KEY, null, undefined, '', 'x', '2026-02-30', '1999-12-31', '2026-12-01', '25:00', 1.5, -1, 0, Number.NaN, Infinity, 2 ** 53, true, [], {}];

/** A copy of `value` with the value at `path` replaced, removed, or given a key the contract does not know (only the containers on the path are copied). */
function nearMiss(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) {
    if (replacement === EXTRA_KEY) return value && typeof value === 'object' && !Array.isArray(value) ? { ...value, unknown: 1 } : { unknown: 1 };
    return replacement === DELETE ? undefined : replacement;
  }
  const key = path[0] as string | number;
  const rest = path.slice(1);
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  if (rest.length === 0 && replacement === DELETE) delete copy[key];
  else copy[key] = nearMiss(copy[key], rest, replacement);
  return copy;
}

/** Whether zod passed the value; fails the test when the compiled check says otherwise in any way. */
function expectSameVerdict(schema: z.ZodType, fast: z.ZodType, value: unknown): boolean {
  const runtime = schema.safeParse(value);
  const compiled = fast.safeParse(value);
  expect(compiled.success).toBe(runtime.success);
  // As text: the answers are large and plain JSON, and a deep comparison of each would dominate the test.
  if (runtime.success) expect(JSON.stringify(compiled.data)).toBe(JSON.stringify(runtime.data));
  else expect(JSON.stringify(compiled.error?.issues)).toBe(JSON.stringify(runtime.error.issues));
  return runtime.success;
}

describe('the compiled contract', () => {
  it('compiles every request and every answer of every channel, so none is left to the slower runtime parser', () => {
    for (const name of channelNames)
      for (const side of ['input', 'output'] as const) expect(() => z.compile(contract[name][side], { strict: true }), `${name} ${side}`).not.toThrow();
  });

  // The demo debtor with the most history: calls, promises, plans and letters on its timeline.
  const leeflang = t.row<{ id: number }>(
    `SELECT d.id FROM debtors d ORDER BY (SELECT count(*) FROM calls WHERE debtor_id = d.id) + (SELECT count(*) FROM promises WHERE debtor_id = d.id)
       + (SELECT count(*) FROM payment_plans WHERE debtor_id = d.id) + (SELECT count(*) FROM letters WHERE debtor_id = d.id) DESC, d.id LIMIT 1`,
  ).id;
  const answers: { [C in ChannelName]?: ChannelInput<C> } = {
    'debtors:list': { search: '' },
    'debtors:get': { id: leeflang },
    'timeline:get': { debtorId: leeflang },
    'calls:prepare': { debtorId: leeflang, machineId: 'call', machineVersion: 1 },
    'worklist:list': {},
    'tasks:list': {},
    'complaints:list': { status: 'all' },
    'plans:list': { debtorId: t.row<{ debtor_id: number }>('SELECT debtor_id FROM payment_plans ORDER BY id LIMIT 1').debtor_id },
    'promises:list': { debtorId: leeflang },
    'letters:options': { debtorId: leeflang },
  };

  it.each(Object.entries(answers))('passes and refuses %s answers and their near-misses as zod does', async (name, input) => {
    const channel = name as ChannelName;
    const answer: unknown = await t.ok(channel, input as never);
    const schema = contract[channel].output;
    const fast = compiledSchema(channel, 'output');
    expectSameVerdict(schema, fast, answer);
    const fields = onePerField(pathsOf(answer));
    expect(fields.length).toBeGreaterThan(5);
    const verdicts = { passed: 0, refused: 0 };
    for (const path of fields)
      for (const replacement of REPLACEMENTS) verdicts[expectSameVerdict(schema, fast, nearMiss(answer, path, replacement)) ? 'passed' : 'refused']++;
    // Both kinds were compared: near-misses zod lets through (an extra key, stripped) and ones it refuses.
    expect(verdicts.passed).toBeGreaterThan(0);
    expect(verdicts.refused).toBeGreaterThan(0);
  });

  it('compiles the schemas not used yet when the app is idle, all of them', async () => {
    await compileContractWhenIdle(0);
    expect(compiledCount()).toBe(channelNames.length * 2);
  });
});
