// Every screen and every kind of call step, walked once in Dutch and once in English at 1024×768 (walk.ts):
// axe-core finds no violation, nothing is wider than the window, and in English no Dutch shows — no Dutch
// words, money ("€ 1.234,56"), dates or months. What the collector or the customer typed (names, invoice
// descriptions, notes) and the letters themselves (they go to Dutch debtors) are left out of that last check.
// BELWIJZER_SHOTS=<folder> also saves a screenshot of each screen there (to look at, not checked).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, noChromium, startApp, type RunningApp } from './harness';
import { chooseLanguage, walkEveryScreen, walkTheFirstStart, type Visit } from './walk';
import { axeViolations, NARROWEST, widerThanTheWindow } from './screen-checks';
import type { Language } from '../../i18n/format';

// Words of the Dutch UI that do not occur in the demo ledger's own data.
const DUTCH_WORDS = [
  'aanmaning', 'afdrukken', 'afspraak', 'afspraken', 'annuleren', 'bedrag', 'beller', 'bellen', 'betaald', 'betaalbelofte',
  'betaling', 'betalingen', 'betaalbeloftes', 'bevestiging', 'brief', 'brieven', 'datum', 'dagen', 'debiteur', 'debiteuren',
  'eerdere', 'factuur', 'facturen', 'geboekt', 'geen', 'gesprek', 'herinnering', 'instellingen', 'ingebrekestelling', 'klacht',
  'klachten', 'klant', 'laden', 'nagekomen', 'niet', 'nog', 'omschrijving', 'ontvangen', 'openen', 'openstaand', 'opgelost',
  'opslaan', 'overzicht', 'regeling', 'stap', 'taak', 'termijn', 'termijnen', 'terugbellen', 'toegezegd', 'totaal',
  'uitgesteld', 'vandaag', 'vastleggen', 'verder', 'verstuurd', 'vervalt', 'vervaldatum', 'voorbeeld', 'zakelijk', 'vriendelijk',
  'streng', 'en', 'het', 'een', 'van', 'op', 'voor', 'met', 'uur', 'dag', 'week', 'maand',
];
// Dutch words that are English words too, caught only as Dutch writes them on the screen (the "Taken" of the menu).
const DUTCH_CAPITALISED = /(?<![\p{L}])Taken(?![\p{L}])/u;
// Dutch writes months in lower case ("27 november 2026"), English capitalises them.
const DUTCH_MONTHS = /\b\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}\b/;
const DUTCH_MONEY = /€ -?\d{1,3}(\.\d{3})*,\d{2}(?!\d)/;
const DUTCH_DATE = /\b\d{2}-\d{2}-\d{4}\b/;

/** Dutch found on the page as the English UI shows it, each with the text around it. */
async function dutchOn(page: Page, uiWords: readonly string[]): Promise<string[]> {
  const text = await page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    // Letters stay Dutch; what people typed or the ledger names is data, not UI.
    clone.querySelectorAll('.letter-sheet, input, textarea, select').forEach((el) => el.remove());
    // What a file said, quoted in a message about it (‘31-02-2026’), is data too.
    return clone.innerText.replace(/‘[^’]*’/g, '‘…’');
  });
  const words = new Set(text.toLowerCase().match(/[\p{L}]+/gu) ?? []);
  const lineOf = (match: RegExpExecArray) => text.slice(Math.max(0, match.index - 60), match.index + match[0].length + 60);
  const hits = [
    ...uiWords.filter((w) => words.has(w)).map((w) => new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'iu').exec(text)!),
    ...[DUTCH_CAPITALISED, DUTCH_MONEY, DUTCH_MONTHS, DUTCH_DATE].map((p) => p.exec(text)).filter((m) => m !== null),
  ];
  return hits.map((hit) => `"${hit[0]}" in "${lineOf(hit)}"`);
}

/** Words of the ledger's own data (names, addresses, descriptions, notes): they do not count as Dutch UI. */
function dataWordsOf(app: RunningApp): Set<string> {
  const words = new Set<string>();
  for (const table of ['debtors', 'invoices', 'invoice_lines', 'payments', 'calls', 'call_steps', 'complaints', 'tasks', 'settings'])
    for (const row of app.query(`SELECT * FROM ${table}`))
      for (const value of Object.values(row)) if (typeof value === 'string') for (const w of value.toLowerCase().match(/[\p{L}]+/gu) ?? []) words.add(w);
  return words;
}

/** The checks at every stop of a walk; what they find is collected, so one run names every problem. */
function checker(language: Language, found: string[], uiWords: readonly string[]) {
  const shots = process.env.BELWIJZER_SHOTS;
  let page: Page;
  let shot = 0;
  const visit: Visit = async (where) => {
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
    for (const v of await axeViolations(page)) found.push(`${where}: axe ${v}`);
    for (const w of await widerThanTheWindow(page)) found.push(`${where}: too wide: ${w}`);
    if (language === 'en') for (const d of await dutchOn(page, uiWords)) found.push(`${where}: Dutch ${d}`);
    if (shots) {
      fs.mkdirSync(shots, { recursive: true });
      const name = `${language}-${String(++shot).padStart(2, '0')}-${where.replace(/[^\p{L}\d]+/gu, '-')}`;
      await page.screenshot({ path: path.join(shots, `${name}-1024.png`), fullPage: true });
      await page.setViewportSize({ width: 1400, height: 900 });
      await page.screenshot({ path: path.join(shots, `${name}-1400.png`), fullPage: true });
      await page.setViewportSize(NARROWEST);
    }
  };
  return { visit, on: (p: Page) => void (page = p) };
}

describe.skipIf(noChromium)('every screen, at 1024×768, in both languages', () => {
  afterAll(closeBrowser);

  for (const language of ['nl', 'en'] as const)
    // About forty stops, each read by axe: a minute or two on a loaded 2-core machine.
    it(`${language}: axe finds nothing, nothing is wider than the window${language === 'en' ? ', no Dutch shows, <html lang="en">' : ''}`, { timeout: 300_000 }, async () => {
      const found: string[] = [];
      // A new user's data file: the language chosen on the first start itself.
      const fresh = await startApp({ start: 'ask' });
      await fresh.page.setViewportSize(NARROWEST);
      const check = checker(language, found, DUTCH_WORDS);
      check.on(fresh.page);
      await walkTheFirstStart(fresh, language, check.visit);
      await fresh.close();

      const app = await startApp({ demoActivity: true });
      await app.page.setViewportSize(NARROWEST);
      if (language !== 'nl') await chooseLanguage(app.page, language);
      const dataWords = dataWordsOf(app);
      const inDemo = checker(language, found, DUTCH_WORDS.filter((w) => !dataWords.has(w)));
      inDemo.on(app.page);
      await walkEveryScreen(app, language, inDemo.visit);
      await app.close();
      expect(found).toEqual([]);
    });
});
