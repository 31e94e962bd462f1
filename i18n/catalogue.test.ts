import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { allMessageTables, catalogue } from './catalogue';
import { LANGUAGES, LOCALE, type Language } from './format';

const entries = allMessageTables.flatMap((table) => Object.entries(table));

describe('the message catalogue', () => {
  it('has every message in Dutch and English, each valid ICU MessageFormat', () => {
    const broken: string[] = [];
    for (const [key, texts] of entries)
      for (const language of LANGUAGES) {
        const text = (texts as Record<string, string | undefined>)[language];
        if (!text) broken.push(`${key} (${language}): missing`);
        else
          try {
            new IntlMessageFormat(text, LOCALE[language]);
          } catch (error) {
            broken.push(`${key} (${language}): ${(error as Error).message}`);
          }
      }
    expect(broken).toEqual([]);
  });

  it('shows every message without placeholders exactly as ICU MessageFormat would (the catalogue skips the parse for those)', () => {
    const differ: string[] = [];
    for (const [key, texts] of entries)
      for (const language of LANGUAGES) {
        const text = (texts as Record<string, string>)[language]!;
        if (/[{}]/.test(text)) continue;
        if (catalogue.format({ key }, language) !== String(new IntlMessageFormat(text, LOCALE[language]).format())) differ.push(`${key} (${language})`);
      }
    expect(differ).toEqual([]);
  });

  it('uses the same placeholders, and the same select cases, in both languages', () => {
    const differ = entries
      .filter(([, t]) => placeholders(t.nl, 'nl').join() !== placeholders(t.en, 'en').join())
      .map(([k, t]) => `${k}: ${placeholders(t.nl, 'nl').join()} ≠ ${placeholders(t.en, 'en').join()}`);
    expect(differ).toEqual([]);
  });
});

type Element = ReturnType<IntlMessageFormat['getAst']>[number];

/** Argument names, and for each select its cases ('tone=streng'), from the parsed message. */
function placeholders(text: string, language: Language): string[] {
  const found = new Set<string>();
  const walk = (elements: Element[]) => {
    for (const e of elements) {
      if ('value' in e && e.type !== 0) found.add(String(e.value));
      if ('options' in e)
        for (const [option, { value }] of Object.entries(e.options as Record<string, { value: Element[] }>)) {
          if (e.type === 5) found.add(`${String(e.value)}=${option}`);
          walk(value);
        }
      if ('children' in e) walk(e.children as Element[]);
    }
  };
  walk(new IntlMessageFormat(text, LOCALE[language]).getAst());
  return [...found].sort();
}
