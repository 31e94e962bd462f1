// Start-up dialogs come before the ledger (and its language setting) is open: they speak the
// system's language when that is English, Dutch otherwise (Dutch is the app's source language).
import type { Message } from '../domain/message';
import { catalogue } from '../i18n/catalogue';
import type { Language } from '../i18n/format';

export function startupLanguage(systemLocale: string): Language {
  return /^en\b/i.test(systemLocale) ? 'en' : 'nl';
}

export function startupText(text: Message, systemLocale: string): string {
  return catalogue.format(text, startupLanguage(systemLocale));
}
