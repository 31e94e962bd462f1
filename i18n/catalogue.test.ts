import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { messageTables } from './catalogue';
import { LANGUAGES, LOCALE } from './format';

const entries = messageTables.flatMap((table) => Object.entries(table));

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

  it('uses the same placeholders in both languages', () => {
    const names = (text: string) => [...new Set([...text.matchAll(/\{\s*(\w+)/g)].map((m) => m[1]))].sort();
    const differ = entries.filter(([, t]) => names(t.nl).join() !== names(t.en).join()).map(([k]) => k);
    expect(differ).toEqual([]);
  });
});
