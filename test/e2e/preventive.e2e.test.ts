// Seed 004: a preventive call 5–15 days before the due date, closed questions, and a confirmation
// that the invoice will be paid on time, kept as a promise on the due date to hold them to later.
import { afterAll, expect } from 'vitest';
import { closeBrowser, noChromium, startApp } from './harness';

describe.skipIf(noChromium)('the preventive call', () => {
  afterAll(closeBrowser);

  it('Bakkerij Van Dam confirms payment on time: a promise on the due date is kept on file', async () => {
    const app = await startApp();
    const { page } = app;
    await page.getByRole('heading', { name: 'Debiteuren' }).waitFor();
    await page.keyboard.press('/');
    await page.keyboard.type('van dam');
    await page.getByRole('row', { name: /Bakkerij Van Dam/ }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Bakkerij Van Dam BV' }).waitFor();
    await page.keyboard.press('Alt+KeyP');
    await page.getByTestId('script-text').waitFor();
    await expect(page.locator('.call-header').textContent()).resolves.toContain('Preventief gesprek');
    await page.keyboard.press('Enter'); // bellen
    await page.keyboard.press('1'); // bereikt
    await expect(page.getByTestId('script-text').textContent()).resolves.toContain('ontvangen');
    await page.keyboard.press('1'); // ja, factuur ontvangen
    await page.keyboard.press('2'); // nee, geen vragen
    await page.keyboard.press('1'); // ja, alle goederen ontvangen
    await page.keyboard.press('1'); // bevestigt betaling op tijd
    await page.getByRole('list', { name: 'Afspraken om voor te lezen' }).waitFor();
    await app.screenshot('preventief-recap');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Gesprek opgeslagen' }).waitFor();

    const call = app.query<{ id: number; kind: string; result: string }>('SELECT id, kind, result FROM calls')[0]!;
    expect(call).toMatchObject({ kind: 'preventive', result: 'preventive_confirmed' });
    const due = app.query<{ due_date: string }>("SELECT i.due_date FROM invoices i JOIN debtors d ON d.id = i.debtor_id WHERE d.name = 'Bakkerij Van Dam BV'")[0]!.due_date;
    expect(app.query('SELECT promised_date, amount_cents, status FROM promises WHERE call_id = ?', call.id)).toEqual([
      { promised_date: due, amount_cents: 107400 + Math.round(107400 * 0.21), status: 'pending' },
    ]);
    await app.close();
  });
});
