// A running call as a collector relies on it (issue 11 points 1, 2, 4, 5, 6): nothing is kept before the
// greeting; everything typed survives Esc and a crash of the app's process; Esc never leaves a live call
// unasked; Alt+H asks and proposes a call-back; focus is always on the next thing to do.
import { afterAll, expect } from 'vitest';
import type { Page } from 'playwright-core';
import Database from 'better-sqlite3';
import { CALL_MACHINE_VERSION } from '../../machines/call-script.machine';
import { CALL_SCRIPT_MACHINE_ID } from '../../machines/call-machine-ids';
import { closeBrowser, noChromium, startApp, type RunningApp } from './harness';
import { isOfficeDay, nextOfficeDay } from '../../domain/calendar/office-days';
import { todayInAmsterdam } from '../../domain/dates';
import { isGoldenTime } from '../../domain/dunning/timing';

const iso = (dutch: string) => dutch.split('-').reverse().join('-');

async function stepIs(page: Page, n: number) {
  await page.getByText(`Stap ${n}`, { exact: true }).waitFor();
}

async function openLeeflang(page: Page) {
  await page.keyboard.press('/');
  await page.keyboard.type('leeflang');
  await page.getByRole('row', { name: /Leeflang/ }).waitFor();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Leeflang & Zn' }).waitFor();
}

/** The focused element's accessible text, to say where focus is. */
const focused = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? document.activeElement?.tagName);

const activeCalls = (app: RunningApp) => app.query<{ snapshot: string }>('SELECT snapshot FROM active_calls');

describe.skipIf(noChromium)('a running call', () => {
  afterAll(closeBrowser);

  it('is kept only once started, keeps a half-typed plan through Esc and a killed process, and Alt+H asks and plans a call-back', async () => {
    const app = await startApp({ ownProcess: true });
    const { page } = app;
    await openLeeflang(page);
    await expect.poll(() => focused(page)).toMatch(/^Gesprek starten/);

    // Preparation, then Esc: there was no call yet, so there is nothing to resume.
    await page.keyboard.press('Alt+KeyG');
    await page.getByTestId('script-text').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: 'Leeflang & Zn' }).waitFor();
    expect(activeCalls(app)).toEqual([]);

    await page.keyboard.press('Alt+KeyG');
    await page.getByTestId('script-text').waitFor();
    expect(activeCalls(app)).toEqual([]);
    await page.keyboard.press('Enter'); // bellen: now the call has started and is kept
    await stepIs(page, 2);
    await expect.poll(() => activeCalls(app).length).toBe(1);
    await page.keyboard.press('1');
    await stepIs(page, 3);
    await page.keyboard.press('7'); // "Ik kan niet betalen"
    await stepIs(page, 4);
    await page.keyboard.press('1'); // betalingsregeling
    const form = page.getByRole('form', { name: 'Betalingsregeling vastleggen' });
    await form.waitFor();
    // The proposed terms fall on office days.
    const dates = await Promise.all([1, 2, 3, 4].map((n) => form.getByLabel(`Datum termijn ${n}`).inputValue()));
    for (const d of dates) expect(isOfficeDay(iso(d)), d).toBe(true);

    const term2 = form.getByLabel('Bedrag termijn 2');
    await term2.fill('783,79');
    // Beside every amount, what it is read as.
    await expect(page.locator('#plan-term-1-parsed').textContent()).resolves.toBe('= € 783,79');
    // Esc closes the form, focus goes back to its button, and the form opens again with what was typed.
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });
    expect(await focused(page)).toMatch(/^1\s+Betalingsregeling vastleggen/);
    await page.keyboard.press('1');
    await expect(term2.inputValue()).resolves.toBe('783,79');
    await form.getByLabel('Bedrag termijn 3').fill('700');
    await app.screenshot('call-plan-half-typed');
    await expect.poll(() => activeCalls(app)[0]?.snapshot ?? '').toMatch(/783,79.*"700"/);

    // The preview's process is killed mid-form; a new one starts on the same file.
    await app.crash();
    await page.getByRole('status', { name: /Er is een gesprek onderbroken/ }).getByRole('button', { name: 'Gesprek met Leeflang & Zn hervatten' }).click();
    await page.getByRole('button', { name: /Gesprek hervatten/ }).waitFor();
    await page.keyboard.press('Enter');
    await stepIs(page, 4);
    await form.waitFor();
    await expect(form.getByLabel('Bedrag termijn 2').inputValue()).resolves.toBe('783,79');
    await expect(form.getByLabel('Bedrag termijn 3').inputValue()).resolves.toBe('700');
    await expect(form.getByLabel('Datum termijn 1').inputValue()).resolves.toBe(dates[0]);
    await app.screenshot('call-plan-resumed');

    // The customer hangs up: Alt+H asks first and proposes calling back on the next office day.
    await page.keyboard.press('Alt+KeyH');
    const hangUp = page.getByRole('form', { name: 'Klant heeft opgehangen' });
    await hangUp.waitFor();
    expect(await hangUp.getByRole('checkbox', { name: 'Terugbellen' }).isChecked()).toBe(true);
    const callBackDay = nextOfficeDay(todayInAmsterdam());
    await expect(hangUp.getByLabel('Datum').inputValue()).resolves.toBe(callBackDay.split('-').reverse().join('-'));
    // At a free slot in the golden calling hours (seed 003).
    const callBackTime = await hangUp.getByLabel('Tijd').inputValue();
    expect(isGoldenTime(callBackTime)).toBe(true);
    expect(app.query('SELECT id FROM calls')).toEqual([]);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Gesprek opgeslagen' }).waitFor();
    await expect.poll(() => focused(page)).toMatch(/^Terug naar debiteur/);
    const [call] = app.query<{ id: number; result: string }>('SELECT id, result FROM calls');
    expect(call!.result).toBe('no_agreement');
    expect(app.query('SELECT type, due_date, due_time FROM tasks WHERE call_id = ?', call!.id)).toEqual([
      { type: 'call_back', due_date: callBackDay, due_time: callBackTime },
    ]);
    expect(activeCalls(app)).toEqual([]);
    await app.close();
  });

  it('asks before Esc leaves a live call, keeps it when left, and the letter screen is ready to print', async () => {
    const app = await startApp();
    const { page } = app;
    await openLeeflang(page);
    await page.keyboard.press('Alt+KeyG');
    await page.getByTestId('script-text').waitFor();
    await page.keyboard.press('Enter');
    await stepIs(page, 2);
    await page.keyboard.press('Escape');
    const dialog = page.getByRole('alertdialog', { name: 'Het gesprek loopt nog' });
    await dialog.waitFor();
    expect(await focused(page)).toMatch(/^Terug naar het gesprek/);
    await page.keyboard.press('Escape'); // stay
    await dialog.waitFor({ state: 'detached' });
    await stepIs(page, 2);
    expect(await focused(page)).toMatch(/^1\s/);

    await page.keyboard.press('1');
    await stepIs(page, 3);
    await page.keyboard.press('8'); // "ik ga betalen"
    await page.keyboard.press('1'); // betaalbelofte
    await page.keyboard.type(nextOfficeDay(todayInAmsterdam()).split('-').reverse().join('-'));
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /Verder niets/ }).waitFor();
    expect(await focused(page)).toMatch(/^\d\s/); // a choice of the next step, not <body>

    // Esc, then leave: the call is kept as interrupted.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Gesprek onderbreken' }).click();
    await page.getByRole('heading', { name: 'Leeflang & Zn' }).waitFor();
    await expect.poll(() => activeCalls(app).length).toBe(1);

    // Back in, finish, and make the confirmation letter: the letter screen has focus on printing.
    await page.keyboard.press('Alt+KeyG');
    await page.getByRole('button', { name: /Gesprek hervatten/ }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /Verder niets/ }).waitFor();
    await page.keyboard.press('0');
    await page.getByRole('list', { name: 'Afspraken om voor te lezen' }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Gesprek opgeslagen' }).waitFor();
    await page.keyboard.press('Alt+KeyB');
    await page.getByRole('button', { name: /Afdrukken/ }).waitFor();
    await expect.poll(() => focused(page)).toMatch(/^Afdrukken/);
    await app.close();
  });

  it('offers to start over from a damaged saved call — not JSON, {} or an unknown state — keeping it aside', async () => {
    const app = await startApp();
    const { page } = app;
    const { id } = app.query<{ id: number }>("SELECT id FROM debtors WHERE name = 'Leeflang & Zn'")[0]!;
    const damaged = ['{"status":"active","value":{"call":"purp', '{}', '{"status":"active","value":{"call":"betaalt_morgen"},"context":{}}'];
    for (const snapshot of damaged) {
      const db = new Database(app.dbFile);
      db.prepare('INSERT INTO active_calls (debtor_id, machine_id, machine_version, snapshot, started_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
        id, CALL_SCRIPT_MACHINE_ID, CALL_MACHINE_VERSION, snapshot, '2026-11-23T09:00:00.000Z', '2026-11-23T09:01:00.000Z');
      db.close();
      await page.goto(`${app.server.origin}/#/debtors/${id}`);
      await page.getByRole('heading', { name: 'Leeflang & Zn' }).waitFor();
      await page.keyboard.press('Alt+KeyG');
      await expect(page.getByRole('alert').textContent()).resolves.toContain('is beschadigd opgeslagen en kan niet worden hervat');
      expect(await focused(page)).toMatch(/^Opnieuw beginnen/);
      await page.keyboard.press('Enter');
      await page.getByTestId('script-text').waitFor();
      await expect(page.getByTestId('call-total').textContent()).resolves.toBe('€ 3.135,22');
    }
    expect(app.query('SELECT snapshot FROM set_aside_calls ORDER BY id').map((r) => (r as { snapshot: string }).snapshot)).toEqual(damaged);
    expect(activeCalls(app)).toEqual([]);
    await app.close();
  });
});
