// Issue 11 point 10: Instellingen by keyboard at 1024×768, in Dutch and English. A bad IBAN and a cleared
// number field are refused at their fields (aria-invalid, the words read with the field, in the UI
// language), the focus goes to the first, nothing is saved; corrected, Ctrl+S saves. The Save button stays
// in the window all along, and axe finds nothing on the screen with its errors showing.
import { afterAll, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, noChromium, startApp, type RunningApp } from './harness';
import { chooseLanguage } from './walk';
import { axeViolations, NARROWEST, widerThanTheWindow } from './screen-checks';
import { catalogue } from '../../i18n/catalogue';
import type { Language } from '../../i18n/format';

const say = (key: string, language: Language) => catalogue.format({ key }, language);
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const stored = (app: RunningApp) => JSON.parse(app.query<{ value: string }>("SELECT value FROM settings WHERE key = 'app'")[0]!.value) as { company: { iban: string; paymentTermDays: number } };

/** The focused element's name attribute. */
const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('name') ?? document.activeElement?.tagName);

/** What the field says is wrong with it: aria-invalid and the text its aria-describedby points at. */
const fieldError = (page: Page, name: string) =>
  page.locator(`[name=${name}]`).evaluate((el) => ({
    invalid: el.getAttribute('aria-invalid'),
    says: el.getAttribute('aria-describedby') ? document.getElementById(el.getAttribute('aria-describedby')!)?.textContent : null,
  }));

/** The Save button is inside the window (it sticks to its bottom while the form scrolls). */
const saveInView = (page: Page) =>
  page.evaluate(() => {
    const r = document.querySelector('.settings-form button[type=submit]')!.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });

describe.skipIf(noChromium)('Instellingen: errors at their fields, nothing saved until they are right', () => {
  afterAll(closeBrowser);

  it.each(['nl', 'en'] as const)('a bad IBAN and a cleared payment term, then corrected (%s, keyboard)', async (language) => {
    const app = await startApp();
    const { page } = app;
    await page.setViewportSize(NARROWEST);
    if (language === 'nl') await page.keyboard.press('Alt+KeyI');
    else await chooseLanguage(page, language);
    await page.getByRole('heading', { name: say('settings.title', language), level: 1 }).waitFor();
    expect(await saveInView(page)).toBe(true);

    await page.getByLabel(say('settings.iban', language), { exact: true }).focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('NL91ABNA0417164301');
    await page.keyboard.press('Tab'); // KvK
    await page.keyboard.press('Tab'); // payment term
    expect(await focusedName(page)).toBe('paymentTermDays');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Control+S');

    const alert = page.locator('.save-bar [role=alert]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(`${say('settings.iban', language)} ${language === 'nl' ? 'en' : 'and'} ${say('settings.paymentTerm', language)}`);
    expect(await fieldError(page, 'iban')).toEqual({ invalid: 'true', says: sentence(say('validation.iban', language)) });
    expect(await fieldError(page, 'paymentTermDays')).toEqual({ invalid: 'true', says: sentence(say('validation.number_required', language)) });
    expect(await fieldError(page, 'kvk')).toEqual({ invalid: null, says: null });
    expect(await focusedName(page)).toBe('iban');
    expect(await saveInView(page)).toBe(true);
    expect(stored(app).company).toMatchObject({ iban: 'NL91ABNA0417164300', paymentTermDays: 14 });
    expect(await axeViolations(page)).toEqual([]);
    expect(await widerThanTheWindow(page)).toEqual([]);

    // Corrected from where the focus went; Ctrl+S saves.
    await page.keyboard.press('Control+A');
    await page.keyboard.type('NL91 ABNA 0417 1643 00');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('30');
    expect(await fieldError(page, 'iban')).toEqual({ invalid: null, says: null });
    await page.keyboard.press('Control+S');
    await page.getByRole('status').filter({ hasText: say('settings.saved', language) }).waitFor();
    expect(await alert.count()).toBe(0);
    expect(stored(app).company).toMatchObject({ iban: 'NL91ABNA0417164300', paymentTermDays: 30 });
    await app.close();
  });
});
