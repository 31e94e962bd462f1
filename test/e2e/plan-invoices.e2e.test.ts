// A payment plan for part of the claim (issue 10 item 10), by keyboard in Chromium: in the call with
// Leeflang & Zn (123 € 178,49, 456 € 2.898,24, 789 € 58,49) the collector leaves 456 out of the plan; the
// plan is € 236,98, its agreement letter lists 123 and 789 and says 456 keeps its own payment term (read back
// from the printed PDF with pdftotext, its first page rendered to PNG), and the debtor file still reminds on 456.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { ARTIFACTS, closeBrowser, noChromium, startApp } from './harness';
import { axeViolations, NARROWEST, widerThanTheWindow } from './screen-checks';

const DIR = path.join(ARTIFACTS, 'plan-invoices');

/** Prints the page as Chromium's "Opslaan als PDF" does; returns its text (pdftotext -layout, spaces squeezed). */
async function printed(page: Page, name: string): Promise<string> {
  fs.mkdirSync(DIR, { recursive: true });
  const file = path.join(DIR, `${name}.pdf`);
  fs.writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, path.join(DIR, name)]);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** A button reached by keyboard: focused, then Enter. */
async function press(button: Locator) {
  await button.focus();
  await button.press('Enter');
}

afterAll(closeBrowser);

describe.skipIf(noChromium)('a plan for part of the invoices', () => {
  it('is chosen by keyboard in the call, printed with its invoices and the rest, and the rest is still reminded', async () => {
    const app = await startApp();
    const { page } = app;
    // The preview prints through window.print(): count the calls instead of opening a dialog.
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await page.reload();

    // From the debtor list to the call, to "Ik kan de factuur niet betalen" and the plan form.
    await page.getByRole('heading', { name: 'Debiteuren', level: 1 }).waitFor();
    await page.keyboard.press('/');
    await page.keyboard.type('leeflang');
    await page.getByRole('row', { name: /Leeflang/ }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Leeflang & Zn', level: 1 }).waitFor();
    await page.keyboard.press('Alt+KeyG');
    await page.getByTestId('script-text').waitFor();
    await page.keyboard.press('Enter'); // bellen
    await page.getByText('Stap 2', { exact: true }).waitFor();
    await page.keyboard.press('1'); // crediteurenafdeling aan de lijn
    await page.getByText('Stap 3', { exact: true }).waitFor();
    await page.keyboard.press('7'); // "Ik kan de factuur niet betalen"
    await page.getByText('Stap 4', { exact: true }).waitFor();
    await page.keyboard.press('1'); // regeling vastleggen

    // Every open invoice is ticked; the first has the focus. Tab to 456, Space leaves it out.
    const form = page.getByRole('form', { name: /Betalingsregeling vastleggen/ });
    const invoice = (name: string) => form.getByRole('checkbox', { name });
    await expect.poll(() => invoice('Factuur 123 (€ 178,49)').evaluate((el) => el === document.activeElement)).toBe(true);
    await expect(form.getByRole('status').textContent()).resolves.toBe('Bedrag van de regeling: € 3.135,22');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect.poll(() => invoice('Factuur 456 (€ 2.898,24)').isChecked()).toBe(false);
    await expect(form.getByRole('status').textContent()).resolves.toBe(
      'Bedrag van de regeling: € 236,98 · niet in de regeling: factuur 456 (€ 2.898,24), met zijn eigen betalingstermijn',
    );
    // The terms are proposed again for € 236,98, split to the cent.
    await expect(form.getByRole('textbox', { name: 'Bedrag termijn 1' }).inputValue()).resolves.toBe('59,26');
    await expect(form.getByRole('textbox', { name: 'Bedrag termijn 4' }).inputValue()).resolves.toBe('59,24');
    // At the narrowest width the app supports the form fits, and axe-core finds nothing.
    await page.setViewportSize(NARROWEST);
    await app.screenshot('plan-invoices-form');
    expect(await widerThanTheWindow(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Enter'); // vastleggen
    await page.getByText('Stap 5', { exact: true }).waitFor();
    await page.keyboard.press('0'); // verder niets
    const recap = page.getByRole('list', { name: 'Afspraken om voor te lezen' });
    await recap.waitFor();
    expect(await recap.textContent()).toMatch(/Betalingsregeling voor € 236,98 in 4 termijnen/);
    await page.keyboard.press('Enter'); // afronden
    await page.getByRole('heading', { name: 'Gesprek opgeslagen' }).waitFor();

    const plan = app.query<{ id: number; total_cents: number }>('SELECT id, total_cents FROM payment_plans');
    expect(plan).toEqual([{ id: expect.any(Number), total_cents: 23698 }]);
    expect(app.query('SELECT i.number FROM plan_invoices p JOIN invoices i ON i.id = p.invoice_id ORDER BY i.number')).toEqual([{ number: '123' }, { number: '789' }]);

    // Back on the debtor file: the plan holds 123 and 789; 456 is not paused, and its reminder is the next step.
    await page.keyboard.press('Enter'); // terug naar debiteur
    await page.getByRole('heading', { name: 'Leeflang & Zn', level: 1 }).waitFor();
    const rows = page.getByRole('table', { name: 'Openstaande facturen' }).getByRole('row');
    const stageOf = (number: string) => rows.filter({ has: page.getByRole('cell', { name: number, exact: true }) }).getByTestId('invoice-stage');
    await expect.poll(() => stageOf('123').textContent()).toMatch(/gepauzeerd/);
    expect(await stageOf('789').textContent()).toMatch(/gepauzeerd/);
    expect(await stageOf('456').textContent()).not.toMatch(/gepauzeerd/);
    const letters = page.getByRole('group', { name: 'Brief maken' });
    const next = letters.getByRole('button', { name: /volgende stap/ });
    expect(await next.isEnabled()).toBe(true);
    await press(next);
    const reminder = page.getByRole('region', { name: /^Voorbeeld: / });
    await reminder.waitFor();
    const reminderText = (await reminder.textContent()) ?? '';
    expect(reminderText).toContain('€ 2.898,24');
    expect(reminderText).not.toContain('€ 178,49');
    expect(reminderText).not.toContain('€ 58,49');

    // The plan agreement, issued and printed: the covered invoices and what happens to the rest.
    await press(letters.getByRole('button', { name: /^Regeling van .* ter ondertekening/ }));
    const preview = page.getByRole('region', { name: /^Voorbeeld: Betalingsregeling/ });
    await preview.waitFor();
    await press(preview.getByRole('button', { name: 'Vastleggen en openen' }));
    await page.getByRole('heading', { name: /^Betalingsregeling ter ondertekening aan Leeflang & Zn/, level: 1 }).waitFor();
    await press(page.getByRole('button', { name: /Opslaan als PDF/ }));
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    const text = await printed(page, 'plan-agreement-part');
    expect(text).toMatch(/123 .* € 178,49/);
    expect(text).toMatch(/789 .* € 58,49/);
    expect(text).toMatch(/Totaal openstaand € 236,98/);
    expect(text).toMatch(/Totaal van de regeling € 236,98/);
    expect(text).toContain('De factuur 456 (€ 2.898,24) valt niet onder deze regeling; daarvoor blijft de betalingstermijn van de factuur gelden.');
    expect(fs.existsSync(path.join(DIR, 'plan-agreement-part.png'))).toBe(true);
    await app.close();
  });
});
