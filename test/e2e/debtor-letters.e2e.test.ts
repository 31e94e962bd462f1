// Issue 11 point 14: a letter sent is one fact with one source (the letters table), so the debtor file's
// letters section and its timeline show the same letter, under the same name and date, in either language.
import { afterAll, expect } from 'vitest';
import { closeBrowser, noChromium, startApp } from './harness';
import { chooseLanguage } from './walk';
import { catalogue } from '../../i18n/catalogue';
import type { Language } from '../../i18n/format';
import { formatDateShort, todayInAmsterdam } from '../../domain/dates';
import { nextOfficeDay } from '../../domain/calendar/office-days';

const say = (key: string, language: Language, params?: Record<string, string | number>) => catalogue.format({ key, params }, language);

describe.skipIf(noChromium)('the letters a debtor was sent, in the letters section and on the timeline', () => {
  afterAll(closeBrowser);

  it.each(['nl', 'en'] as const)('after a call with a confirmation letter both show it (%s, keyboard only)', async (language) => {
    const app = await startApp();
    const { page } = app;
    const today = formatDateShort(todayInAmsterdam());
    const shown = language === 'nl' ? today : today.replaceAll('-', '/');
    if (language !== 'nl') {
      await chooseLanguage(page, language);
      await page.keyboard.press('Alt+KeyD');
    }
    await page.getByRole('heading', { name: say('debtors.title', language), level: 1 }).waitFor();
    await page.keyboard.press('/');
    await page.keyboard.type('leeflang');
    await page.getByRole('row', { name: /Leeflang/ }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Leeflang & Zn', level: 1 }).waitFor();
    // Nothing sent yet: the letters section says so and the timeline has no letter.
    await page.getByText(say('letters.none', language)).waitFor();

    // The call: reached, "ik ga betalen", a promise for the next working day, nothing else, saved.
    await page.keyboard.press('Alt+KeyG');
    await page.getByTestId('script-text').waitFor();
    await page.keyboard.press('Enter');
    await page.getByText(say('call.step', language, { n: 2 }), { exact: true }).waitFor();
    await page.keyboard.press('1');
    await page.getByText(say('call.step', language, { n: 3 }), { exact: true }).waitFor();
    await page.keyboard.press('8');
    await page.keyboard.press('1');
    await page.keyboard.type(formatDateShort(nextOfficeDay(todayInAmsterdam())));
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: new RegExp(say('choice.no_more', language)) }).first().waitFor();
    await page.keyboard.press('0');
    await page.getByRole('list', { name: say('call.recap', language) }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: say('call.saved', language) }).waitFor();

    // The confirmation letter, then back to the file.
    const name = say('letters.type.confirmation', language);
    await page.keyboard.press('Alt+KeyB');
    await page.getByRole('heading', { level: 1, name: say('letters.title', language, { type: name, name: 'Leeflang & Zn' }) }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: 'Leeflang & Zn', level: 1 }).waitFor();

    const row = page.getByTestId('letter-row');
    await row.first().waitFor();
    expect(await row.count()).toBe(1);
    expect(await row.locator('td').nth(0).textContent()).toBe(name);
    expect(await row.locator('td').nth(1).textContent()).toBe(shown);
    const item = page.getByTestId('timeline-letter');
    await item.first().waitFor();
    expect(await item.count()).toBe(1);
    expect(await item.locator('time').textContent()).toBe(shown);
    expect(await item.locator('.text').textContent()).toBe(say('timeline.letter.confirmation', language));
    expect(await item.locator('.text').textContent()).toMatch(new RegExp(`^${name} `));
    expect(await page.getByText(say('letters.none', language)).count()).toBe(0);
    // Both link to the same recorded letter.
    const [letter] = app.query<{ id: number; type: string }>('SELECT id, type FROM letters');
    expect(letter!.type).toBe('confirmation');
    expect(await row.getByRole('link').getAttribute('href')).toBe(`#/letters/${letter!.id}`);
    expect(await item.getByRole('link').getAttribute('href')).toBe(`#/letters/${letter!.id}`);
    await app.close();
  });
});
