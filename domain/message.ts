// A text to show, by key and parameters: what crosses layers and the contract instead of a finished
// sentence, so every screen renders it in the UI language (i18n/format.ts). Money and dates travel as
// values ({ cents }, { date }) and are formatted for the language at the last moment.
import { z } from 'zod';
import { isIsoDate, isTimeOfDay } from './dates';

export const MessageParam = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.object({ cents: z.number().int() }).strict(),
  z.object({ date: z.string().refine(isIsoDate) }).strict(),
  z.object({ time: z.string().refine(isTimeOfDay) }).strict(),
  z.object({ list: z.array(z.string()) }).strict(),
]);
export type MessageParam = z.infer<typeof MessageParam>;

export const MessageParams = z.record(z.string(), MessageParam);
export type MessageParams = z.infer<typeof MessageParams>;

export const Message = z.object({ key: z.string().min(1).max(200), params: MessageParams.optional() }).strict();
export type Message = z.infer<typeof Message>;

export const message = (key: string, params?: MessageParams): Message => (params ? { key, params } : { key });

/** Both languages of one key, side by side: ICU MessageFormat strings, Dutch the source. */
export interface Bilingual {
  nl: string;
  en: string;
}
export type MessageTable = Record<string, Bilingual>;

/** Declares a group of messages; keeps the literal keys so callers can type them. */
export function defineMessages<const T extends MessageTable>(table: T): T {
  return table;
}
