import { createContext, useContext, type ReactNode } from 'react';
import { nl, type MessageKey } from './nl';
import { en } from './en';

export type Language = 'nl' | 'en';
export type { MessageKey };
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const catalogues: Record<Language, Record<MessageKey, string>> = { nl, en };

export function translator(language: Language): Translate {
  const messages = catalogues[language];
  return (key, params) => {
    const text = messages[key] ?? nl[key] ?? key;
    return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text;
  };
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
