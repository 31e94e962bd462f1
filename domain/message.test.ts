// The contract checks a message by hand for speed (domain/message.ts); zod's statement of the same shapes
// is the reference. On any value — arbitrary ones and ones built to be nearly right — both agree, and a
// bad message is refused with zod's account of where it is wrong.
import fc from 'fast-check';
import { z } from 'zod';
import { Message, MessageParam, MessageParams, messageShapes } from './message';

const key = fc.oneof(fc.constantFrom('', 'worklist.reason.letter', 'x'.repeat(200), 'x'.repeat(201)), fc.string({ maxLength: 12 }));
const dateLike = fc.oneof(fc.constantFrom('2026-02-28', '2026-02-29', '2024-02-29', '2026-13-01', '0099-01-01', '2026-1-01'), fc.string({ maxLength: 10 }));
const timeLike = fc.oneof(fc.constantFrom('09:30', '23:59', '24:00', '9:30', '12:60'), fc.string({ maxLength: 5 }));
const numberLike = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(Number.NaN, Infinity, -Infinity, 2 ** 53, 1.5, -0));

/** Parameters of every kind, nearly right as often as right: a wrong inner value, an extra key. */
const { param, message } = fc.letrec((tie) => ({
  param: fc.oneof(
    fc.string({ maxLength: 8 }),
    numberLike,
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.record({ cents: numberLike }),
    fc.record({ date: dateLike }),
    fc.record({ time: timeLike }),
    fc.record({ list: fc.array(fc.oneof(fc.string({ maxLength: 4 }), fc.integer()), { maxLength: 3 }) }),
    fc.record({ messages: fc.array(tie('message'), { maxLength: 2 }) }),
    fc.record({ cents: fc.integer(), date: dateLike }),
    fc.array(fc.string(), { maxLength: 2 }),
  ),
  message: fc.oneof(
    { depthSize: 'small' },
    fc.record({ key }, { requiredKeys: [] }),
    fc.record({ key, params: fc.dictionary(fc.string({ maxLength: 6 }), tie('param'), { maxKeys: 3 }) }),
    fc.record({ key, params: fc.oneof(fc.constant(undefined), fc.constant(null), fc.array(tie('param'), { maxLength: 1 })) }),
    fc.record({ key, other: fc.string() }),
  ),
}));

describe('a message checked by hand', () => {
  it('is accepted exactly when zod accepts it, for a message, its parameters and one parameter', () => {
    const agree = (value: unknown) => {
      expect(Message.safeParse(value).success).toBe(messageShapes.Message.safeParse(value).success);
      expect(MessageParams.safeParse(value).success).toBe(messageShapes.MessageParams.safeParse(value).success);
      expect(MessageParam.safeParse(value).success).toBe(messageShapes.MessageParam.safeParse(value).success);
    };
    fc.assert(fc.property(fc.oneof(message, param, fc.anything()), agree), { numRuns: 3000 });
  });

  it('compiled, as the contract checks answers, accepts and refuses the same, with the same account of what is wrong', () => {
    const runtime = { Message, MessageParams, MessageParam };
    const compiled = { Message: z.compile(Message), MessageParams: z.compile(MessageParams), MessageParam: z.compile(MessageParam) };
    // What it gives is the value as the runtime check gives it (the value itself: zod's shapes copy it); what is wrong, as zod's shapes say.
    const account = (r: z.ZodSafeParseResult<unknown>) => (r.success ? { data: r.data } : { issues: r.error.issues.map((i) => ({ path: i.path, message: i.message })) });
    const agree = (value: unknown) => {
      for (const name of ['Message', 'MessageParams', 'MessageParam'] as const) {
        const got = compiled[name].safeParse(value);
        expect(account(got), name).toEqual(account(runtime[name].safeParse(value)));
        if (!got.success) expect(account(got), name).toEqual(account(messageShapes[name].safeParse(value)));
      }
    };
    fc.assert(fc.property(fc.oneof(message, param, fc.anything()), agree), { numRuns: 2000 });
  });

  it('keeps a good message as it is, and says where a bad one is wrong', () => {
    const good = { key: 'worklist.reason.broken_promise', params: { date: { date: '2026-03-05' }, amount: { cents: 109021 }, n: 2, names: { list: ['a'] } } };
    expect(Message.parse(good)).toEqual(good);
    const bad = Message.safeParse({ key: 'x', params: { amount: { cents: 1.5 } } });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path.join('.'))).toEqual(['params.amount']);
  });
});
