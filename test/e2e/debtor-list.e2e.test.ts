// The debtor list of a real-sized administration: 10 000 debtors, walked through to the last one by
// keyboard (the pages come as the selection nears the end, only the rows in view are rendered), back to
// the first, and narrowed by a search.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect } from 'vitest';
import { closeBrowser, noChromium, startApp } from './harness';
import { buildSyntheticLedger } from '../../scripts/bench/synthetic-ledger';

const TODAY = '2026-11-16';

/** 10 000 debtors with one invoice each, built in seconds with the bench's generator. */
function tenThousandDebtors(): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'belwijzer-e2e-')), 'belwijzer.sqlite');
  buildSyntheticLedger(file, 10_000, TODAY, { listOnly: true }).opened.close();
  return file;
}

describe.skipIf(noChromium)('the debtor list of 10 000 debtors', () => {
  afterAll(closeBrowser);

  it('scrolls through 10 000 debtors by keyboard and search narrows it', { timeout: 180_000 }, async () => {
    const app = await startApp({ dbFile: tenThousandDebtors(), now: () => new Date(`${TODAY}T09:00:00Z`) });
    const { page } = app;
    // Waits for what the user sees, however busy the machine: a page of rows can take seconds under load.
    const until = { timeout: 30_000 };
    await expect.poll(() => page.locator('.screen-header').textContent(), until).toContain('10.000 debiteuren');
    // The list's own order: most overdue first, then by name; the last one is the debtor due latest.
    const [last] = app.query<{ name: string }>('SELECT name FROM debtors ORDER BY oldest_open_due IS NULL DESC, oldest_open_due DESC, name DESC, id DESC LIMIT 1');
    const rows = page.locator('table.debtors tbody tr:not(.spacer)');
    // A debtor a line from 1280 px wide, two lines below: a screenful shows 15 debtors or more at 1400 × 900,
    // and nothing runs off the list's right edge.
    const layout = () =>
      page.locator('.debtors-scroller').evaluate((scroller) => {
        const box = scroller.getBoundingClientRect();
        const shown = [...scroller.querySelectorAll('tbody tr:not(.spacer)')].map((row) => row.getBoundingClientRect());
        return {
          heights: [...new Set(shown.map((row) => row.height))],
          inView: shown.filter((row) => row.top >= box.top && row.bottom <= box.bottom).length,
          fits: scroller.scrollWidth <= scroller.clientWidth,
        };
      });
    await expect.poll(layout, until).toMatchObject({ heights: [40], fits: true });
    expect((await layout()).inView).toBeGreaterThanOrEqual(15);
    await page.setViewportSize({ width: 1024, height: 768 });
    await expect.poll(layout, until).toMatchObject({ heights: [54], fits: true });
    await page.setViewportSize({ width: 1400, height: 900 });
    const selected = page.locator('table.debtors tr[aria-selected="true"]');
    const rowIndex = async () => Number(await selected.getAttribute('aria-rowindex'));
    await page.keyboard.press('Tab'); // out of the search field: the keys move through the list
    await expect.poll(rowIndex, until).toBe(2); // the first row (the header is row 1)
    const atLast = async () => ((await selected.textContent()) ?? '').includes(last!.name);
    let presses = 0;
    while (!(await atLast())) {
      const before = await rowIndex();
      // What End does: the last row loaded is selected, and the next page comes (until the last debtor);
      // pressed again while that page is still on its way, it stays on the last row loaded.
      await expect
        .poll(async () => {
          await page.keyboard.press('End');
          return (await rowIndex()) > before || (await atLast());
        }, until)
        .toBe(true);
      expect(++presses, 'End reaches the last of 10 000 debtors, a page at a time').toBeLessThanOrEqual(110);
    }
    expect(await rowIndex()).toBe(10_001);
    // The selected row is on screen, not somewhere below it; and only the rows around it are in the page.
    await expect.poll(() => selected.evaluate((el) => el.getBoundingClientRect().bottom <= window.innerHeight && el.getBoundingClientRect().top >= 0), until).toBe(true);
    expect(await rows.count()).toBeLessThan(100);
    await page.keyboard.press('Home');
    await expect.poll(rowIndex, until).toBe(2);
    await expect.poll(() => selected.evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().bottom <= window.innerHeight), until).toBe(true);

    await page.keyboard.press('/');
    await page.keyboard.type('D004242');
    await expect.poll(() => rows.count(), until).toBe(1);
    await expect(page.locator('.screen-header').textContent()).resolves.toContain('1 debiteur ·');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /4242/ }).waitFor();
    await app.close();
  });
});
