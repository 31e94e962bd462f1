// The contract's shapes of a Message (domain/message-text.ts): what the handlers send and the renderer
// receives is checked against them. Apart from them so the renderer's catalogue and screens, which only
// build and format messages, do not load zod with the app's first screen.
import { z } from 'zod';
import { isIsoDate, isTimeOfDay } from './dates';
import type { Message as MessageText, MessageParam as MessageParamText, MessageParams as MessageParamsText } from './message-text';

export { message, defineMessages, messagesOf } from './message-text';
export type { MessageTable } from './message-text';
export type Message = MessageText;
export type MessageParam = MessageParamText;
export type MessageParams = MessageParamsText;

// The shapes as zod states them: what a message is, and where a bad one is wrong.
const MessageParamShape: z.ZodType<MessageParam> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.object({ cents: z.number().int() }).strict(),
    z.object({ date: z.string().refine(isIsoDate) }).strict(),
    z.object({ time: z.string().refine(isTimeOfDay) }).strict(),
    z.object({ list: z.array(z.string()) }).strict(),
    z.object({ messages: z.array(MessageShape) }).strict(),
  ]),
);
const MessageParamsShape: z.ZodType<MessageParams> = z.record(z.string(), MessageParamShape);
const MessageShape: z.ZodType<Message> = z.lazy(() => z.object({ key: z.string().min(1).max(200), params: MessageParamsShape.optional() }).strict());

// The same shapes checked by hand, exactly (message.test.ts holds them to zod's): a union tried kind after
// kind cost most of the contract check of a list whose lines say why they are there (Vandaag's page
// carries 250 messages), and only a bad message needs zod's account of what is wrong.
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

function onlyKey(value: Record<string, unknown>): string | undefined {
  let only: string | undefined;
  for (const key in value) {
    if (only !== undefined) return undefined;
    only = key;
  }
  return only;
}

function isMessageParam(value: unknown): value is MessageParam {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object':
      break;
    default:
      return false;
  }
  if (value === null) return true;
  if (!isPlainObject(value)) return false;
  const key = onlyKey(value);
  const inner = key === undefined ? undefined : value[key];
  switch (key) {
    case 'cents':
      return Number.isSafeInteger(inner);
    case 'date':
      return typeof inner === 'string' && isIsoDate(inner);
    case 'time':
      return typeof inner === 'string' && isTimeOfDay(inner);
    case 'list':
      return Array.isArray(inner) && inner.every((item) => typeof item === 'string');
    case 'messages':
      return Array.isArray(inner) && inner.every(isMessage);
    default:
      return false;
  }
}

function isMessageParams(value: unknown): value is MessageParams {
  if (!isPlainObject(value)) return false;
  for (const key in value) if (!isMessageParam(value[key])) return false;
  return true;
}

export function isMessage(value: unknown): value is Message {
  if (!isPlainObject(value)) return false;
  for (const key in value) if (key !== 'key' && key !== 'params') return false;
  const { key, params } = value;
  return typeof key === 'string' && key.length >= 1 && key.length <= 200 && (params === undefined || isMessageParams(params));
}

/**
 * Checked by hand; what zod says is wrong only when it is. The check also carries the hand check as its
 * predicate (`fn`, what a `.refine()` carries): a compiled schema (z.compile, handlers/compiled-contract.ts)
 * calls that straight, where it ran the refinement with a context made for each value — half the contract
 * check of Vandaag's page. A value it refuses goes to the runtime parser, which runs the refinement.
 */
function checkedBy<T>(isValid: (value: unknown) => value is T, shape: z.ZodType<T>): z.ZodType<T> {
  const params = { fn: isValid } as unknown as z.core.$ZodCheckDef;
  return z.unknown().superRefine((value, ctx) => {
    if (isValid(value)) return;
    // Not a plain object (made by a class, not read from JSON): zod has the last word.
    const result = shape.safeParse(value);
    if (!result.success) for (const issue of result.error.issues) ctx.addIssue({ ...issue } as z.core.$ZodRawIssue);
  }, params) as unknown as z.ZodType<T>;
}

export const MessageParam = checkedBy(isMessageParam, MessageParamShape);
export const MessageParams = checkedBy(isMessageParams, MessageParamsShape);
export const Message = checkedBy(isMessage, MessageShape);

/** zod's own statement of the shapes, which the hand checks must equal (message.test.ts). */
export const messageShapes = { MessageParam: MessageParamShape, MessageParams: MessageParamsShape, Message: MessageShape };

