// Issue 11 points 11 and 12 against the real ledger of the demo history: Vandaag marks a call-back whose
// time has passed and drops a broken promise once the debtor has paid in full; the debtor list says per
// debtor where the plan, the promise and the complaints stand, the last contact and the next action, and
// orders by a column header.
import { afterAll, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, noChromium, startApp } from './harness';

const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 10_000, interval: 100 });

/** Each Vandaag line as `action debtor`, in the order shown. */
const lines = (page: Page) =>
  page.getByTestId('worklist-line').evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-key')!.split(':')[0]} ${r.querySelector('.who')!.textContent}`));

describe.skipIf(noChromium)('Vandaag and the debtor list on the demo history', () => {
  afterAll(closeBrowser);

  it('marks the call-back of 14:00 as late at 19:50, and a broken promise leaves once the debtor paid in full', async () => {
    const now = new Date('2026-03-10T18:50:00Z'); // 19:50 in Amsterdam
    const app = await startApp({ now: () => now, demoActivity: true });
    const { page } = app;
    await page.clock.setFixedTime(now);
    await page.keyboard.press('Alt+KeyV');
    await page.getByRole('heading', { name: 'Vandaag', level: 1 }).waitFor();
    const jansen = page.getByTestId('worklist-line').filter({ hasText: 'Jansen Installatietechniek BV' }).filter({ hasText: '14:00' });
    await poll(() => jansen.count()).toBe(1);
    expect(await jansen.locator('.tag').allTextContents()).toContain('te laat');
    await poll(() => lines(page)).toContain('call Hotel De Zwaan BV');

    // The whole € 1.090,21 comes in: the broken promise is no reason to call any more.
    const { id } = app.query<{ id: number }>("SELECT id FROM debtors WHERE name = 'Hotel De Zwaan BV'")[0]!;
    await page.evaluate((h) => (window.location.hash = h), `#/debtors/${id}`);
    await page.getByRole('heading', { name: 'Hotel De Zwaan BV', level: 1 }).waitFor();
    const payment = page.getByRole('form', { name: 'Betaling boeken' });
    await payment.getByLabel('Bedrag (€)').fill('1.090,21');
    await payment.getByLabel('Bedrag (€)').press('Enter');
    await page.getByRole('status').filter({ hasText: 'Betaling van € 1.090,21 geboekt' }).waitFor();
    await page.keyboard.press('Alt+KeyV');
    await page.getByRole('heading', { name: 'Vandaag', level: 1 }).waitFor();
    await poll(() => lines(page)).not.toContain('call Hotel De Zwaan BV');
    await poll(() => lines(page)).toContain('call Jansen Installatietechniek BV');
    await app.close();
  });

  it('shows plan, promise, complaints, last contact and next action per debtor, and orders by last contact', async () => {
    const now = new Date('2026-03-10T09:00:00Z');
    const app = await startApp({ now: () => now, demoActivity: true });
    const { page } = app;
    await page.getByRole('heading', { name: 'Debiteuren', level: 1 }).waitFor();
    const row = (name: string) => page.getByRole('row', { name: new RegExp(name) });
    await row('De Groot Transport BV').waitFor();
    expect(await row('De Groot Transport BV').textContent()).toContain('regeling loopt');
    expect(await row('Hotel De Zwaan BV').textContent()).toMatch(/belofte niet nagekomen.*04-03-2026/);
    expect(await row('Bloemenhuis Flora VOF').textContent()).toContain('1 open klacht');
    expect(await row('Jansen Installatietechniek BV').textContent()).toContain('Terugbellen · 10-03-2026');

    const header = page.getByRole('columnheader', { name: 'Laatste contact' });
    await header.getByRole('button').focus();
    await page.keyboard.press('Enter'); // on the header: orders by it, opens no debtor
    await poll(() => header.getAttribute('aria-sort')).toBe('descending');
    await poll(() => page.locator('table.debtors tbody tr:not(.spacer)').first().textContent()).toContain('Hotel De Zwaan BV');
    expect(await page.getByRole('heading', { name: 'Debiteuren', level: 1 }).count()).toBe(1);
    await app.close();
  });
});
