// Every one of the thirteen answers of seeds 000 and 001 can be run through to a saved outcome on
// the call screen. The form fields are filled the way a collector would fill them.
import { afterAll, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, noChromium, startApp } from './harness';
import { EXCUSES } from '../../domain/call-outcome';
import { addDays, formatDateShort, todayInAmsterdam } from '../../domain/dates';
import { nextOfficeDay } from '../../domain/calendar/office-days';

const future = formatDateShort(nextOfficeDay(addDays(todayInAmsterdam(), 6)));
const past = formatDateShort(addDays(todayInAmsterdam(), -1));
const HOTKEY = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd'];

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

describe.skipIf(noChromium)('all thirteen answers reach a saved outcome', () => {
  afterAll(closeBrowser);

  it.each(EXCUSES.map((excuse, i) => [excuse, HOTKEY[i]!]))('%s', async (excuse, key) => {
    const app = await startApp();
    const { page } = app;
    await page.getByRole('heading', { name: 'Debiteuren' }).waitFor();
    const id = app.query<{ id: number }>("SELECT id FROM debtors WHERE name = 'Leeflang & Zn'")[0]!.id;
    await page.goto(`${app.server.origin}/#/debtors/${id}/call`);
    await page.getByTestId('script-text').waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.press('1');
    await page.getByText('Stap 3', { exact: true }).waitFor();
    await page.keyboard.press(key);
    for (let guard = 0; guard < 12; guard++) {
      await page.waitForTimeout(150);
      if (await page.getByRole('heading', { name: 'Gesprek opgeslagen' }).isVisible()) break;
      if (await page.getByRole('list', { name: 'Afspraken om voor te lezen' }).isVisible()) {
        await page.keyboard.press('Enter');
        continue;
      }
      if (await page.getByRole('button', { name: /Verder niets/ }).isVisible()) {
        await page.keyboard.press('0');
        continue;
      }
      if (await page.locator('form.choice-form').isVisible()) {
        await fillForm(page);
        continue;
      }
      // Back at the purpose after being put through to the right person: now they will pay.
      await page.keyboard.press((await page.getByText('"Oh ja, die factuur ga ik betalen"').isVisible()) && guard > 0 ? '8' : '1');
    }
    await page.getByRole('heading', { name: 'Gesprek opgeslagen' }).waitFor();
    const call = app.query<{ id: number; result: string }>('SELECT id, result FROM calls')[0]!;
    const steps = app.query<{ data: string }>('SELECT data FROM call_steps WHERE call_id = ?', call.id);
    expect(steps.some((s) => JSON.parse(s.data).excuse === excuse)).toBe(true);
    expect(['agreement', 'complaint', 'no_agreement', 'call_back']).toContain(call.result);
    await app.close();
  });
});
