// The contract's schemas as dispatch checks them: compiled by zod (`z.compile`, zod ≥ 4.6). The runtime
// parser walks a schema anew for every value; a compiled schema first runs one generated function that
// checks and copies a valid value in a single pass, and hands anything it cannot accept to the runtime
// parser, so refusals, their issues and their paths stay zod's own. Checking the answers was 30–50 % of a
// small handler's time (a debtor's file, a page of tasks); compiled, that check is 3–5× cheaper.
// Compiling takes a few milliseconds per schema (it generates code), so a channel's schemas are compiled
// when it is first used, and the app compiles the rest when it has had time to paint its first screen.
import { z } from 'zod';
import { contract, channelNames, type ChannelName } from '../ipc/contract';

type Side = 'input' | 'output';

const compiled: Record<Side, Map<ChannelName, z.ZodType>> = { input: new Map(), output: new Map() };

/** The channel's input or output schema, compiled on first use. */
export function compiledSchema(name: ChannelName, side: Side): z.ZodType {
  let schema = compiled[side].get(name);
  if (!schema) {
    schema = z.compile(contract[name][side]);
    compiled[side].set(name, schema);
  }
  return schema;
}

/** When the app compiles what it has not used yet: after its first screen, not while painting it. */
const WARM_AFTER_MS = 2_000;

/**
 * Compiles every schema not compiled yet, one per turn of the event loop so a request that comes in
 * meanwhile waits for one schema at most. For the app and the preview server, which keep running: a
 * command-line run never calls it.
 */
export function compileContractWhenIdle(afterMs = WARM_AFTER_MS): Promise<void> {
  const pending = channelNames.flatMap((name) => (['input', 'output'] as const).map((side) => [name, side] as const));
  return new Promise((done) => {
    const next = () => {
      const item = pending.pop();
      if (!item) return done();
      compiledSchema(...item);
      setImmediate(next);
    };
    setTimeout(next, afterMs);
  });
}

/** How many schemas are compiled (for the tests). */
export const compiledCount = (): number => compiled.input.size + compiled.output.size;
