// A text to show, by key and parameters: what crosses layers and the contract instead of a finished
// sentence, so every screen renders it in the UI language (i18n/format.ts). Money and dates travel as
// values ({ cents }, { date }) and are formatted for the language at the last moment. A list of
// messages ({ messages }) is formatted item by item and joined the way the language joins a list
// ("€ 783,82 op 18 maart en € 783,80 op 17 april"), for lists whose items hold money or dates.
export type MessageParam =
  | string
  | number
  | boolean
  | null
  | { cents: number }
  | { date: string }
  | { time: string }
  | { list: string[] }
  | { messages: Message[] };
export type MessageParams = Record<string, MessageParam>;
export interface Message {
  key: string;
  params?: MessageParams;
}

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

/** A Message builder that only accepts the keys of `table`: a typo is a type error, not a key on screen. */
export function messagesOf<T extends MessageTable>(_table: T) {
  return (key: keyof T & string, params?: MessageParams): Message => message(key, params);
}
