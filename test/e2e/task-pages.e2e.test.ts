// A ledger with hundreds of open tasks, as a collector who has fallen behind has it: Vandaag lists the
// first ones at once and the later ones a page at a time, in due order, each once; Taken the same per
// group. If paging broke, tasks would go missing, come twice, come out of order, or all load at once.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect } from 'vitest';
import { closeBrowser, noChromium, startApp } from './harness';
import { openDatabase } from '../../db/client';
import { seedDemoLedger } from '../../db/demo-ledger';
import { createTask } from '../../handlers/tasks';
import { inWriteTransaction } from '../../handlers/transaction';
import { addDays } from '../../domain/dates';
import { message } from '../../domain/message';

const TODAY = '2026-03-10';
const MANY = 260;
const label = (n: number) => `Kopie factuur K-${String(n).padStart(4, '0')} sturen`;

/** The demo administration with MANY overdue copies to send, three a day, K-0001 the oldest: their due order is their number. */
function ledgerWithManyTasks(): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'belwijzer-e2e-')), 'belwijzer.sqlite');
  const opened = openDatabase(file);
  try {
    seedDemoLedger(opened.db, TODAY);
    const debtors = (opened.sqlite.prepare('SELECT id FROM debtors ORDER BY id').all() as { id: number }[]).map((d) => d.id);
    inWriteTransaction(opened.db, (tx) => {
      for (let n = 1; n <= MANY; n++)
        createTask(tx, {
          debtorId: debtors[n % debtors.length]!,
          type: 'send_invoice_copy',
          title: message('task.legacy.other', { text: label(n) }),
          dueDate: addDays(TODAY, -1 - Math.floor((MANY - n) / 3)),
        });
    });
  } finally {
    opened.close();
  }
  return file;
}

describe.skipIf(noChromium)('hundreds of open tasks', () => {
  afterAll(closeBrowser);

  it('Vandaag shows the oldest first at once and the later ones page by page, each once, in due order; Taken too', { timeout: 180_000 }, async () => {
    const app = await startApp({ dbFile: ledgerWithManyTasks(), now: () => new Date(`${TODAY}T09:00:00Z`) });
    const { page } = app;
    // However busy the machine: wait for what the collector sees, never for a time.
    const until = { timeout: 30_000 };
    const [counted] = app.query<{ n: number }>("SELECT COUNT(*) AS n FROM tasks WHERE status = 'open' AND due_date <= ? AND type NOT IN ('call_back', 'verify_payment')", TODAY);
    expect(counted?.n).toBe(MANY);

    await page.keyboard.press('Alt+KeyV');
    await page.getByRole('heading', { name: 'Vandaag', level: 1 }).waitFor();
    const other = page.getByRole('region', { name: /^Andere taken/ });
    await expect.poll(() => other.getByRole('heading').textContent(), until).toBe(`Andere taken ${MANY}`);
    const lines = other.getByRole('listitem');
    // The first page: the oldest tasks, not all of them.
    await expect.poll(() => lines.count(), until).toBe(50);
    expect(await lines.first().textContent()).toContain(label(1));
    expect(await lines.nth(49).textContent()).toContain(label(50));
    await app.screenshot('task-pages-vandaag-first');

    // "Meer tonen" until the list says there is no more: each page follows on where the last one ended.
    const more = other.getByRole('button', { name: /^Meer tonen/ });
    for (let shown = 50; shown < MANY; shown = Math.min(shown + 50, MANY)) {
      expect(await more.textContent()).toBe(`Meer tonen (${shown} van ${MANY})`);
      await more.click();
      await expect.poll(() => lines.count(), until).toBe(Math.min(shown + 50, MANY));
    }
    await expect.poll(() => more.count(), until).toBe(0);
    const texts = await lines.allTextContents();
    expect(texts.map((t) => t.match(/K-\d{4}/)?.[0])).toEqual(Array.from({ length: MANY }, (_, i) => `K-${String(i + 1).padStart(4, '0')}`));
    await lines.last().scrollIntoViewIfNeeded();
    expect(await lines.last().isVisible()).toBe(true);

    // Taken: the overdue group counts them all and shows the first page; ↓ walks on into the next page.
    await page.keyboard.press('Alt+KeyT');
    await page.getByRole('heading', { name: 'Taken', level: 1 }).waitFor();
    const overdue = page.getByRole('region', { name: /^Achterstallig/ });
    await expect.poll(() => overdue.getByRole('heading').textContent(), until).toBe(`Achterstallig ${MANY}`);
    const tasks = overdue.getByRole('listitem');
    await expect.poll(() => tasks.count(), until).toBe(50);
    expect(await tasks.first().textContent()).toContain(label(1));
    for (let i = 0; i < 49; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(() => tasks.count(), until).toBe(100);
    expect(await tasks.nth(50).textContent()).toContain(label(51));
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => overdue.locator('[aria-current="true"]').textContent(), until).toContain(label(51));
    await app.close();
  });
});
