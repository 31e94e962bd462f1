// Every one of the thirteen answers of seeds 000 and 001 can be run through to a saved outcome on
// the call screen. The form fields are filled the way a collector would fill them.
import { afterAll, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, noChromium, startApp } from './harness';
import { addDays, formatDateShort, todayInAmsterdam } from '../../domain/dates';
import { nextOfficeDay } from '../../domain/calendar/office-days';
import { EXCUSE_MODULES } from '../../machines/excuses';

const future = formatDateShort(nextOfficeDay(addDays(todayInAmsterdam(), 6)));
const past = formatDateShort(addDays(todayInAmsterdam(), -1));
const willPayKey = EXCUSE_MODULES.find((m) => m.excuse === 'will_pay')!.hotkey;

function valueFor(label: string): string {
  if (/Betaald op/.test(label)) return past;
  if (/Datum|datum|incasseren op/.test(label)) return future;
  if (/^Tijd/.test(label)) return '10:30';
  if (/E-mail/.test(label)) return 'crediteuren@leeflang.nl';
  if (/nummer/.test(label)) return '0294-412399';
  return 'Genoteerd tijdens het gesprek';
}

/** Fills the open form's empty fields and submits it. */
async function fillForm(page: Page) {
  const form = page.locator('form.choice-form');
  const picks = form.locator('fieldset.invoice-picks input[type=checkbox]');
  if ((await picks.count()) > 0 && (await form.locator('fieldset.invoice-picks input:checked').count()) === 0) await picks.nth(1).check();
  const labels = form.locator('label:has(input[type=text]), label:has(textarea)');
  for (let i = 0; i < (await labels.count()); i++) {
    const label = labels.nth(i);
    const field = label.locator('input[type=text], textarea');
    if ((await field.inputValue()) !== '') continue;
    await field.fill(valueFor((await label.textContent()) ?? ''));
  }
  await form.getByRole('button', { name: /Vastleggen/ }).click();
}

declare function describeCallScreen(): string;

/** What identifies the call screen's state: the step number, an open form, the saved call. */
async function callScreen(page: Page): Promise<string> {
  await page.evaluate(() => {
    (window as unknown as { describeCallScreen: () => string }).describeCallScreen = () =>
      [
        document.querySelector('.step-count')?.textContent ?? '',
        document.querySelector('form.choice-form')?.getAttribute('aria-label') ?? '',
        document.querySelector('[role=alert]')?.textContent ?? '',
        [...document.querySelectorAll('h1')].map((h) => h.textContent).join('|'),
      ].join('#');
  });
  return page.evaluate(() => describeCallScreen());
}

describe.skipIf(noChromium)('all thirteen answers reach a saved outcome', () => {
  afterAll(closeBrowser);

  it.each(EXCUSE_MODULES.map((m) => [m.excuse, m.hotkey] as const))('%s (key %s)', async (excuse, key) => {
    const app = await startApp();
    const { page } = app;
    await page.getByRole('heading', { name: 'Debiteuren' }).waitFor();
    const id = app.query<{ id: number }>("SELECT id FROM debtors WHERE name = 'Leeflang & Zn'")[0]!.id;
    await page.goto(`${app.server.origin}/#/debtors/${id}/call`);
    await page.getByTestId('script-text').waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.press('1');
    await page.getByText('Stap 3', { exact: true }).waitFor();
    // Each action is followed by waiting until the screen shows what it led to: another step, a
    // form opened, or the saved call.
    let screenBefore = await callScreen(page);
    const act = async (action: () => Promise<unknown>) => {
      await action();
      await page.waitForFunction((before) => describeCallScreen() !== before, screenBefore);
      screenBefore = await callScreen(page);
    };
    await act(() => page.keyboard.press(key));
    for (let guard = 0; guard < 12; guard++) {
      if (await page.getByRole('heading', { name: 'Gesprek opgeslagen' }).isVisible()) break;
      if (await page.getByRole('list', { name: 'Afspraken om voor te lezen' }).isVisible()) await act(() => page.keyboard.press('Enter'));
      else if (await page.getByRole('button', { name: /Verder niets/ }).isVisible()) await act(() => page.keyboard.press('0'));
      else if (await page.locator('form.choice-form').isVisible()) await act(() => fillForm(page));
      // Back at the purpose after being put through to the right person: now they will pay.
      else if (await page.getByRole('button', { name: /„Oh ja, die factuur ga ik betalen”/ }).isVisible()) await act(() => page.keyboard.press(willPayKey));
      else await act(() => page.keyboard.press('1'));
    }
    await page.getByRole('heading', { name: 'Gesprek opgeslagen' }).waitFor();
    const call = app.query<{ id: number; result: string }>('SELECT id, result FROM calls')[0]!;
    const steps = app.query<{ data: string }>('SELECT data FROM call_steps WHERE call_id = ?', call.id);
    expect(steps.some((s) => JSON.parse(s.data).excuse === excuse)).toBe(true);
    expect(['agreement', 'complaint', 'no_agreement', 'call_back']).toContain(call.result);
    await app.close();
  });
});
