import { afterAll, expect } from 'vitest';
import { closeBrowser, noChromium, startApp } from './harness';

describe.skipIf(noChromium)('the first slice in the browser preview', () => {
  afterAll(closeBrowser);

  it('creates the demo ledger on first start and lists debtors with open amount and days overdue', async () => {
    const app = await startApp({ demoActivity: true });
    const { page } = app;
    await page.getByRole('heading', { name: 'Debiteuren' }).waitFor();
    await expect(page.getByRole('status').first().textContent()).resolves.toContain('voorbeeldadministratie');
    const row = page.getByRole('row', { name: /Leeflang & Zn/ });
    await expect(row.textContent()).resolves.toMatch(/€ 3\.135,22.*14 dagen/);
    await expect(page.getByRole('row', { name: /Bakkerij Van Dam/ }).textContent()).resolves.toContain('vervalt over 8 d.');
    await app.screenshot('01-debiteuren');
    // The demo has a history: today's work is waiting on Vandaag.
    await page.keyboard.press('Alt+KeyV');
    await page.getByRole('heading', { name: 'Vandaag', level: 1 }).waitFor();
    await expect.poll(() => page.locator('main').textContent()).toMatch(/Hotel De Zwaan BV[\s\S]*niet nagekomen/);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('Jansen Installatietechniek BV');
    expect(text).toContain('De Groot Transport BV');
    await app.screenshot('01b-vandaag');
    await app.close();
  });

  it('opens Leeflang & Zn by keyboard and shows contact, invoices 123, 456, 789 and € 3.135,22', async () => {
    const app = await startApp();
    const { page } = app;
    await page.getByRole('searchbox').fill('leeflang');
    await page.getByRole('row', { name: /Leeflang/ }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Leeflang & Zn' }).waitFor();
    const text = await page.locator('main').textContent();
    expect(text).toContain('mevrouw J. de Boer');
    expect(text).toContain('0294-412350');
    for (const [nr, amount] of [['123', '€ 178,49'], ['456', '€ 2.898,24'], ['789', '€ 58,49']]) {
      await expect(page.getByRole('row', { name: new RegExp(`^${nr}\\b`) }).textContent()).resolves.toContain(amount);
    }
    await expect(page.getByTestId('total-open').textContent()).resolves.toBe('€ 3.135,22');
    await app.screenshot('02-debiteur-leeflang');
    await app.close();
  });
});
