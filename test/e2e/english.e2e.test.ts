// Switched to English, no screen shows Dutch: every screen and every kind of call step is read for Dutch
// words, Dutch money ("€ 1.234,56") and Dutch months. What the collector or the customer typed (names,
// invoice descriptions, notes) and the letters themselves (they go to Dutch debtors) are left out.
import { afterAll, expect } from 'vitest';
import { closeBrowser, noChromium, startApp } from './harness';
import { chooseLanguage, walkEveryScreen, walkTheFirstStart } from './walk';

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

describe.skipIf(noChromium)('the app in English', () => {
  afterAll(closeBrowser);

  it('shows no Dutch on any screen, and says so to the browser (<html lang="en">)', async () => {
    const app = await startApp({ demoActivity: true });
    let { page } = app;
    await chooseLanguage(page, 'en');
    // Names, addresses, descriptions and notes in the ledger are data: their words do not count.
    const dataWords = new Set<string>();
    for (const table of ['debtors', 'invoices', 'invoice_lines', 'payments', 'calls', 'call_steps', 'complaints', 'tasks', 'settings'])
      for (const row of app.query(`SELECT * FROM ${table}`))
        for (const value of Object.values(row)) if (typeof value === 'string') for (const w of value.toLowerCase().match(/[\p{L}]+/gu) ?? []) dataWords.add(w);
    const uiWords = DUTCH_WORDS.filter((w) => !dataWords.has(w));
    const found: string[] = [];
    const readForDutch = async (where: string) => {
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      const text = await page.evaluate(() => {
        const clone = document.body.cloneNode(true) as HTMLElement;
        // Letters stay Dutch; what people typed or the ledger names is data, not UI.
        clone.querySelectorAll('.letter-sheet, input, textarea, select').forEach((el) => el.remove());
        // What a file said, quoted in a message about it (‘31-02-2026’), is data too.
        return clone.innerText.replace(/‘[^’]*’/g, '‘…’');
      });
      const words = new Set(text.toLowerCase().match(/[\p{L}]+/gu) ?? []);
      // Each finding with the text around it, so the failure says where to look.
      const lineOf = (match: RegExpExecArray) => text.slice(Math.max(0, match.index - 60), match.index + match[0].length + 60);
      const hits = [
        ...uiWords.filter((w) => words.has(w)).map((w) => new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'iu').exec(text)!),
        ...[DUTCH_CAPITALISED, DUTCH_MONEY, DUTCH_MONTHS, DUTCH_DATE].map((p) => p.exec(text)).filter((m) => m !== null),
      ];
      for (const hit of hits) found.push(`${where}: "${hit[0]}" in "${lineOf(hit)}"`);
    };
    await walkEveryScreen(app, 'en', readForDutch);
    await app.screenshot('english-walk-end');
    await app.close();
    // A new user's data file: English chosen on the first start itself.
    const fresh = await startApp({ start: 'ask' });
    page = fresh.page;
    await walkTheFirstStart(fresh, 'en', readForDutch);
    await fresh.close();
    expect(found).toEqual([]);
  });
});
