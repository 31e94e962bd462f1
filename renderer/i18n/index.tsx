// The renderer's view of the one catalogue (i18n/catalogue.ts): t(key, params) in the UI language,
// and formatMessage for a Message that came over the contract (errors, task titles, recap lines).
import { createContext, useContext, type ReactNode } from 'react';
import { catalogue, isMessageKey, type MessageKey } from '../../i18n/catalogue';
import type { Language } from '../../i18n/format';
import type { Message, MessageParams } from '../../domain/message';

export type { Language, MessageKey };
export { isMessageKey };
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function translator(language: Language): Translate {
  return (key, params) => catalogue.format(params ? { key, params } : { key }, language);
}

/** A Message from the handlers or the machines, in the UI language. */
export function formatMessage(message: Message, language: Language): string {
  return catalogue.format(message, language);
}

const I18nContext = createContext<{ language: Language; t: Translate }>({ language: 'nl', t: translator('nl') });

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  return <I18nContext.Provider value={{ language, t: translator(language) }}>{children}</I18nContext.Provider>;
}

export function useT(): Translate {
  return useContext(I18nContext).t;
}

export function useLanguage(): Language {
  return useContext(I18nContext).language;
}

/** Formats a Message (a task title, a recap line) in the UI language. */
export type FormatMessage = (message: Message) => string;

export function useFormatMessage(): FormatMessage {
  const { language } = useContext(I18nContext);
  return (message) => formatMessage(message, language);
}
