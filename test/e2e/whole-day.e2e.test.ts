// Issue 11's measure of done: at 1024×768, by keyboard alone, a collector works a day — Vandaag's first
// line → the call → its confirmation letter printed → a task marked done on Taken — and no screen on the
// way scrolls sideways. The demo ledger on a fixed day (Tuesday 10 March 2026, 10:00); the ledger file is
// checked afterwards.
import { afterAll, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, noChromium, startApp } from './harness';
import { NARROWEST, widerThanTheWindow } from './screen-checks';

const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 10_000, interval: 100 });
const stepIs = (page: Page, n: number) => page.getByText(`Stap ${n}`, { exact: true }).waitFor();
/** What has the keyboard focus, by its text or label. */
const focused = (page: Page) => page.evaluate(() => (document.activeElement?.textContent || document.activeElement?.getAttribute('aria-label') || document.activeElement?.tagName) ?? '');
const printed = (page: Page) => page.evaluate(() => (window as unknown as { printed: number }).printed);

describe.skipIf(noChromium)('a day at 1024×768 by keyboard', () => {
  afterAll(closeBrowser);

  it('Vandaag → the call → the confirmation letter printed → a task done, nothing wider than the window', { timeout: 120_000 }, async () => {
    const now = new Date('2026-03-10T09:00:00Z');
    const app = await startApp({ now: () => now, demoActivity: true });
    const { page } = app;
    await page.setViewportSize(NARROWEST);
    // The preview prints through window.print(): count the calls instead of opening a dialog.
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await page.reload();
    await page.clock.setFixedTime(now);
    const fits = async (where: string) => expect(await widerThanTheWindow(page), where).toEqual([]);

    // Vandaag: the broken promise of Hotel De Zwaan comes first; Enter calls.
    await page.keyboard.press('Alt+KeyV');
    await page.getByRole('heading', { name: 'Vandaag', level: 1 }).waitFor();
    await poll(() => page.getByTestId('worklist-line').first().textContent()).toContain('Hotel De Zwaan BV');
    await fits('Vandaag');
    await page.keyboard.press('Enter');
    await page.getByTestId('script-text').waitFor();
    await fits('call preparation');

    // Reached, "ik ga betalen", a promise for Thursday, nothing else; the recap read aloud; saved.
    await page.keyboard.press('Enter');
    await stepIs(page, 2);
    await page.keyboard.press('1');
    await stepIs(page, 3);
    await page.keyboard.press('8');
    await stepIs(page, 4);
    await page.keyboard.press('1');
    await page.keyboard.type('12-03-2026');
    await fits('promise form');
    await page.keyboard.press('Enter');
    await stepIs(page, 5);
    await page.getByRole('button', { name: /Verder niets/ }).first().waitFor();
    await page.keyboard.press('0');
    await page.getByRole('list', { name: 'Afspraken om voor te lezen' }).waitFor();
    await fits('recap');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Gesprek opgeslagen' }).waitFor();
    await fits('call saved');

    // The confirmation letter: Alt+B makes it, focus is on printing, Enter prints.
    await page.keyboard.press('Alt+KeyB');
    await page.getByRole('button', { name: /Afdrukken/ }).waitFor();
    await poll(() => focused(page)).toMatch(/^Afdrukken/);
    await fits('confirmation letter');
    await app.screenshot('whole-day-letter-1024');
    await page.keyboard.press('Enter');
    await poll(() => printed(page)).toBe(1);

    // Taken: the first task marked done with a note, by Alt+A and Enter; focus stays on the list.
    await page.keyboard.press('Alt+KeyT');
    await page.getByRole('heading', { name: 'Taken', level: 1 }).waitFor();
    const first = page.locator('li[aria-current="true"]');
    await first.waitFor();
    await fits('tasks');
    await page.keyboard.press('Alt+KeyA');
    await page.getByRole('textbox', { name: 'Notitie' }).waitFor();
    await page.keyboard.type('Gedaan tijdens de belronde');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Taak afgerond' }).waitFor();
    await poll(() => focused(page)).toMatch(/^Afronden/);
    await fits('tasks after one is done');
    await app.screenshot('whole-day-tasks-1024');

    const zwaan = "(SELECT id FROM debtors WHERE name = 'Hotel De Zwaan BV')";
    expect(app.query(`SELECT outcome_code FROM calls WHERE debtor_id = ${zwaan} ORDER BY id DESC LIMIT 1`)).toEqual([{ outcome_code: 'promise' }]);
    expect(app.query(`SELECT promised_date, status FROM promises WHERE debtor_id = ${zwaan} ORDER BY id DESC LIMIT 1`)).toEqual([{ promised_date: '2026-03-12', status: 'pending' }]);
    expect(app.query(`SELECT type, letter_date FROM letters WHERE debtor_id = ${zwaan} ORDER BY id DESC LIMIT 1`)).toEqual([{ type: 'confirmation', letter_date: '2026-03-10' }]);
    // The letter did what its task asked: no "send the confirmation" left open for the call.
    expect(app.query(`SELECT COUNT(*) AS n FROM tasks WHERE debtor_id = ${zwaan} AND type = 'send_confirmation_letter' AND status = 'open'`)).toEqual([{ n: 0 }]);
    expect(app.query("SELECT COUNT(*) AS n FROM tasks WHERE status = 'done' AND done_note = 'Gedaan tijdens de belronde'")).toEqual([{ n: 1 }]);
    await app.close();
  });
});
