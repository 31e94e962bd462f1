// Vandaag as the worklist of the demo ledger on a fixed day (Tuesday 10 March 2026, 10:00), in Chromium
// against the real handlers: the lines in the expected order, each saying why, and a day worked from it
// by keyboard — a call started with Enter, a delivery stop set, a line put aside, a file opened. The
// ledger file is checked afterwards.
import { afterAll, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, noChromium, startApp } from './harness';

const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 10_000, interval: 100 });

/** Each line as `action debtor`, in the order shown. */
const lines = (page: Page) =>
  page.getByTestId('worklist-line').evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-key')!.split(':')[0]} ${r.querySelector('.who')!.textContent}`));
const selectedLine = (page: Page) => page.locator('[data-testid="worklist-line"][aria-current="true"]');

async function openVandaag(page: Page) {
  await page.keyboard.press('Alt+KeyV');
  await page.getByRole('heading', { name: 'Vandaag', level: 1 }).waitFor();
}

/** Moves the selection down to the line of this debtor and action. */
async function selectLine(page: Page, line: string) {
  const all = await lines(page);
  const target = all.indexOf(line);
  expect(target, `${line} staat op de werklijst`).toBeGreaterThanOrEqual(0);
  await page.keyboard.press('Home');
  for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
  await poll(() => selectedLine(page).getAttribute('data-key')).toMatch(new RegExp(`^${line.split(' ')[0]}:`));
}

describe.skipIf(noChromium)('Vandaag: the worklist of the demo ledger', () => {
  afterAll(closeBrowser);

  it('lists the day in priority order, each line saying why, and the day is worked from it by keyboard', async () => {
    const now = new Date('2026-03-10T09:00:00Z');
    const app = await startApp({ now: () => now, demoActivity: true });
    const { page } = app;
    // The call screen times the call with the browser's clock: the same day as the app's.
    await page.clock.setFixedTime(now);
    await openVandaag(page);
    await poll(() => lines(page)).toEqual([
      'call Hotel De Zwaan BV', // the promise of 5 March was broken
      'letter Sportschool FitFit BV',
      'call De Groot Transport BV', // term 2 of the plan is late
      'letter Hotel De Zwaan BV',
      "manager Restaurant 't Hoekje",
      "delivery_stop Restaurant 't Hoekje",
      "call Restaurant 't Hoekje",
      'call Jansen Installatietechniek BV', // the call-back at 14:00
      'letter Leeflang & Zn',
      'letter P. Visser',
      'letter Drukkerij Smit & Co',
      'letter Schildersbedrijf Koster',
      'letter M. Bakker',
      'letter Jansen Installatietechniek BV',
      'call Bakkerij Van Dam BV', // preventive: due on 18 March
      'call Autobedrijf Mulder BV',
    ]);
    const first = page.getByTestId('worklist-line').first();
    await poll(() => first.textContent()).toContain('Betaalbelofte van € 1.090,21 voor 5 maart 2026 niet nagekomen');
    await poll(() => page.getByRole('region', { name: /^Gepauzeerd/ }).textContent()).toMatch(/Bloemenhuis Flora VOF.*klacht/);
    await poll(() => page.getByRole('note', { name: 'Wanneer bellen' }).textContent()).toContain('Gouden beluren: 09:30–11:30 en 13:30–15:30');
    await app.screenshot('worklist-demo-10-maart');

    // Enter on the first line starts the call to Hotel De Zwaan: reached, they promise to pay on Thursday.
    await page.keyboard.press('Enter');
    await page.getByTestId('script-text').waitFor();
    await page.keyboard.press('Enter'); // bellen
    await page.getByText('Stap 2', { exact: true }).waitFor();
    await page.keyboard.press('1'); // crediteurenafdeling aan de lijn
    await page.getByText('Stap 3', { exact: true }).waitFor();
    await page.keyboard.press('8'); // "Oh ja, die factuur ga ik betalen"
    await page.getByText('Stap 4', { exact: true }).waitFor();
    await page.keyboard.press('1');
    await page.keyboard.type('12-03-2026');
    await page.keyboard.press('Enter');
    await page.getByText('Stap 5', { exact: true }).waitFor();
    await page.getByRole('button', { name: /Verder niets/ }).first().waitFor();
    await page.keyboard.press('0');
    await page.getByRole('list', { name: 'Afspraken om voor te lezen' }).waitFor();
    await page.keyboard.press('Enter'); // afronden
    await page.getByRole('heading', { name: 'Gesprek opgeslagen' }).waitFor();

    // Back on Vandaag the broken promise was followed up by the call, and the new promise holds the letter.
    await openVandaag(page);
    await poll(() => lines(page)).not.toContain('call Hotel De Zwaan BV');
    await poll(() => lines(page)).not.toContain('letter Hotel De Zwaan BV');

    // The delivery stop of 't Hoekje, set with Enter.
    await selectLine(page, "delivery_stop Restaurant 't Hoekje");
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: "Leveringsstop vastgelegd voor Restaurant 't Hoekje." }).waitFor();
    await poll(() => lines(page)).not.toContain("delivery_stop Restaurant 't Hoekje");

    // Sportschool FitFit's letter put aside until Friday, with the reason.
    await selectLine(page, 'letter Sportschool FitFit BV');
    await page.keyboard.press('u');
    const form = page.getByRole('form', { name: 'Regel van Sportschool FitFit BV wegzetten' });
    await form.getByLabel('Reden').fill('Directeur belt vrijdag terug');
    await form.getByLabel('Terug op').fill('13-03-2026');
    await form.getByLabel('Terug op').press('Enter');
    await poll(() => lines(page)).not.toContain('letter Sportschool FitFit BV');
    await poll(() => page.getByRole('region', { name: /^Weggezet/ }).textContent()).toContain('terug op 13-03-2026 — Directeur belt vrijdag terug');

    // O opens the file of the selected line.
    await selectLine(page, 'letter Leeflang & Zn');
    await page.keyboard.press('o');
    await page.getByRole('heading', { name: 'Leeflang & Zn', level: 1 }).waitFor();
    await app.screenshot('worklist-day-worked');

    expect(app.query("SELECT outcome_code FROM calls c JOIN debtors d ON d.id = c.debtor_id WHERE d.name = 'Hotel De Zwaan BV' ORDER BY c.id DESC LIMIT 1")).toEqual([
      { outcome_code: 'promise' },
    ]);
    expect(app.query("SELECT delivery_stop, delivery_stop_on FROM debtors WHERE name = 'Restaurant ''t Hoekje'")).toEqual([{ delivery_stop: 1, delivery_stop_on: '2026-03-10' }]);
    expect(app.query('SELECT line_key, until, reason FROM worklist_snoozes')).toEqual([{ line_key: expect.stringMatching(/^letter:/), until: '2026-03-13', reason: 'Directeur belt vrijdag terug' }]);
    await app.close();
  });
});
