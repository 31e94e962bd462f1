// The live call through the browser preview, keyboard only, as a collector on the phone would do it;
// every outcome is checked in the database file afterwards.
import { afterAll, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, noChromium, startApp, type RunningApp } from './harness';
import { addDays, formatDateShort, todayInAmsterdam } from '../../domain/dates';
import { nextOfficeDay } from '../../domain/calendar/office-days';

const inAWeek = formatDateShort(nextOfficeDay(addDays(todayInAmsterdam(), 6)));
const nextDay = formatDateShort(nextOfficeDay(todayInAmsterdam()));
const iso = (dutch: string) => dutch.split('-').reverse().join('-');

async function stepIs(page: Page, n: number) {
  await page.getByText(`Stap ${n}`, { exact: true }).waitFor();
}

/** From the debtor list to the call screen of Leeflang & Zn, keys only. */
async function startLeeflangCall(app: RunningApp) {
  const { page } = app;
  await page.getByRole('heading', { name: 'Debiteuren' }).waitFor();
  await page.keyboard.press('/');
  await page.keyboard.type('leeflang');
  await page.getByRole('row', { name: /Leeflang/ }).waitFor();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Leeflang & Zn' }).waitFor();
  await page.keyboard.press('Alt+KeyG');
  await page.getByTestId('script-text').waitFor();
  await expect(page.getByTestId('call-total').textContent()).resolves.toBe('€ 3.135,22');
}

/** Dial, reach the crediteurenafdeling, hear the purpose: the step where the customer answers. */
async function reachPurpose(page: Page) {
  await page.keyboard.press('Enter'); // bellen
  await stepIs(page, 2);
  await expect(page.getByTestId('script-text').textContent()).resolves.toContain('Spreek ik met de crediteurenafdeling?');
  await page.keyboard.press('1'); // crediteurenafdeling aan de lijn
  await stepIs(page, 3);
  await expect(page.getByTestId('script-text').textContent()).resolves.toMatch(/123.*456.*789.*€ 3\.135,22/s);
}

/** A fresh app, the call to Leeflang & Zn started and the crediteurenafdeling told why we call. */
async function callAtPurpose(): Promise<RunningApp> {
  const app = await startApp();
  await startLeeflangCall(app);
  await reachPurpose(app.page);
  return app;
}

/** Nothing else, read the recap aloud, save. Returns the recap lines. */
async function finish(app: RunningApp): Promise<string> {
  const { page } = app;
  await page.getByRole('button', { name: /Verder niets/ }).first().waitFor();
  await page.keyboard.press('0');
  const recap = page.getByRole('list', { name: 'Afspraken om voor te lezen' });
  await recap.waitFor();
  const text = (await recap.textContent()) ?? '';
  await page.keyboard.press('Enter'); // afronden
  await page.getByRole('heading', { name: 'Gesprek opgeslagen' }).waitFor();
  return text;
}

function lastCall(app: RunningApp) {
  return app.query<{ id: number; result: string; summary: string; excuses?: string }>('SELECT id, result, summary FROM calls ORDER BY id DESC LIMIT 1')[0]!;
}

describe.skipIf(noChromium)('the live call, keyboard only', () => {
  afterAll(closeBrowser);

  it('"nooit ontvangen": a copy is sent, a call-back is made and a payment date is agreed', async () => {
    const app = await callAtPurpose();
    const { page } = app;
    await page.keyboard.press('3'); // "Ik heb de factuur nooit ontvangen"
    await stepIs(page, 4);
    await page.keyboard.press('1'); // kopie sturen
    await page.keyboard.press('Enter'); // adres klopt, naar het bekende adres
    await stepIs(page, 5);
    await page.keyboard.press('1'); // belafspraak over de betaling
    await page.keyboard.type(nextDay);
    await page.keyboard.press('Tab');
    await page.keyboard.type('10:30');
    await page.keyboard.press('Enter');
    await stepIs(page, 6);
    await page.keyboard.press('1'); // betaalbelofte
    await page.keyboard.type(inAWeek);
    await page.keyboard.press('Enter'); // bedrag staat al op het totaal
    await stepIs(page, 7);
    const recap = await finish(app);
    expect(recap).toContain(`U betaalt € 3.135,22 uiterlijk op`);
    await app.screenshot('call-nooit-ontvangen-opgeslagen');

    const call = lastCall(app);
    expect(call.result).toBe('agreement');
    const tasks = app.query<{ type: string; due_date: string; due_time: string | null }>('SELECT type, due_date, due_time FROM tasks WHERE call_id = ? ORDER BY id', call.id);
    expect(tasks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'send_invoice_copy' }),
        { type: 'call_back', due_date: iso(nextDay), due_time: '10:30' },
        expect.objectContaining({ type: 'send_confirmation_letter' }),
      ]),
    );
    expect(app.query('SELECT promised_date, amount_cents, status FROM promises WHERE call_id = ?', call.id)).toEqual([
      { promised_date: iso(inAWeek), amount_cents: 313522, status: 'pending' },
    ]);
    const steps = app.query<{ step: string }>('SELECT step FROM call_steps WHERE call_id = ? ORDER BY seq', call.id).map((s) => s.step);
    expect(steps).toEqual(['preparation', 'greeting', 'purpose', 'neverReceived', 'paymentAppointment', 'commitment', 'anythingElse', 'recap', 'done']);
    expect(app.query('SELECT * FROM active_calls')).toEqual([]);
    await app.close();
  });

  it('"de factuur is onjuist" about invoice 456: a complaint is registered and passed to the handler', async () => {
    const app = await callAtPurpose();
    const { page } = app;
    await page.keyboard.press('4'); // "De factuur is onjuist"
    await stepIs(page, 4);
    await page.keyboard.press('1'); // klacht registreren
    await page.keyboard.press('Tab'); // van factuur 123 naar 456
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Er zijn 10 paar geleverd in plaats van 12');
    await page.keyboard.press('Enter');
    await stepIs(page, 5);
    await page.keyboard.press('1'); // doorzetten naar de klachtbehandelaar
    await page.keyboard.type('Piet Jansen');
    await page.keyboard.press('Enter');
    await stepIs(page, 6);
    await page.keyboard.press('3'); // geen toezegging: de klacht moet eerst worden opgelost
    await stepIs(page, 7);
    await finish(app);

    const call = lastCall(app);
    const complaints = app.query<{ id: number; status: string; handler: string; description: string }>(
      'SELECT id, status, handler, description FROM complaints WHERE call_id = ?', call.id);
    expect(complaints).toEqual([{ id: expect.any(Number), status: 'in_behandeling', handler: 'Piet Jansen', description: 'Er zijn 10 paar geleverd in plaats van 12' }]);
    const invoices = app.query<{ number: string }>(
      'SELECT i.number FROM complaint_invoices ci JOIN invoices i ON i.id = ci.invoice_id WHERE ci.complaint_id = ?', complaints[0]!.id);
    expect(invoices).toEqual([{ number: '456' }]);
    await app.close();
  });

  it('"kan niet betalen": a payment plan of four terms that adds up to € 3.135,22', async () => {
    const app = await callAtPurpose();
    const { page } = app;
    await page.keyboard.press('7'); // "Ik kan de factuur niet betalen"
    await stepIs(page, 4);
    await expect(page.getByTestId('script-text').textContent()).resolves.toContain('laatste optie');
    await page.keyboard.press('1'); // regeling vastleggen: four terms are proposed, split to the cent
    await expect(page.getByRole('textbox', { name: 'Bedrag termijn 4' }).inputValue()).resolves.toBe('783,80');
    // Five terms are not possible: the form offers no fifth row.
    await expect(page.getByRole('button', { name: 'Termijn toevoegen' }).isDisabled()).resolves.toBe(true);
    await app.screenshot('call-regeling');
    await page.keyboard.press('Enter');
    await stepIs(page, 5);
    const recap = await finish(app);
    expect(recap).toMatch(/Betalingsregeling voor € 3\.135,22 in 4 termijn/);

    const call = lastCall(app);
    const plan = app.query<{ id: number; status: string; total_cents: number }>('SELECT id, status, total_cents FROM payment_plans WHERE call_id = ?', call.id);
    expect(plan).toEqual([{ id: expect.any(Number), status: 'proposed', total_cents: 313522 }]);
    const terms = app.query<{ seq: number; amount_cents: number }>('SELECT seq, amount_cents FROM plan_installments WHERE plan_id = ? ORDER BY seq', plan[0]!.id);
    expect(terms.map((t) => t.amount_cents)).toEqual([78382, 78380, 78380, 78380]);
    expect(app.query('SELECT type FROM tasks WHERE call_id = ? AND type = ?', call.id, 'send_plan_for_signature')).toHaveLength(1);

    // Back on the debtor file the plan waits to be sent, signed and activated.
    await page.keyboard.press('Enter'); // terug naar debiteur
    const planCard = page.getByRole('article', { name: /^Betalingsregeling van / });
    await expect.poll(() => planCard.textContent()).toMatch(/voorgesteld€ 3\.135,22 in 4 termijnen/);
    for (const [button, status] of [['Verstuurd ter ondertekening', 'verstuurd ter ondertekening'], ['Getekend retour', 'getekend retour'], ['Actief maken', 'actief']] as const) {
      await planCard.getByRole('button', { name: button }).click();
      await planCard.getByText(status, { exact: true }).waitFor();
    }
    expect(app.query('SELECT status FROM payment_plans WHERE id = ?', plan[0]!.id)).toEqual([{ status: 'active' }]);
    await app.close();
  });

  it('"ik ga betalen": a vague date is refused with a reason, a concrete one is recorded', async () => {
    const app = await callAtPurpose();
    const { page } = app;
    await page.keyboard.press('8'); // "Oh ja, die factuur ga ik betalen"
    await stepIs(page, 4);
    await page.keyboard.press('1');
    await page.keyboard.type('volgende week');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('geen concrete datum');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(inAWeek);
    await page.keyboard.press('Enter');
    await stepIs(page, 5);
    await finish(app);
    const call = lastCall(app);
    expect(app.query('SELECT promised_date, amount_cents FROM promises WHERE call_id = ?', call.id)).toEqual([
      { promised_date: iso(inAWeek), amount_cents: 313522 },
    ]);
    await app.close();
  });

  it('a call with no answer is saved and is in the history after a restart', async () => {
    const app = await startApp();
    const { page } = app;
    await startLeeflangCall(app);
    await page.keyboard.press('Enter');
    await stepIs(page, 2);
    await page.keyboard.press('4'); // geen gehoor
    await page.getByRole('heading', { name: 'Gesprek opgeslagen' }).waitFor();
    expect(lastCall(app).result).toBe('no_answer');
    await app.restart();
    await page.keyboard.press('/');
    await page.keyboard.type('leeflang');
    await page.getByRole('row', { name: /Leeflang/ }).waitFor();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('history-call').first().textContent()).resolves.toContain('Geen gehoor');
    await app.close();
  });

  it('resumes a call cut off mid-way at the same step, with what was entered', async () => {
    const app = await callAtPurpose();
    const { page } = app;
    await page.keyboard.press('Alt+KeyN');
    await page.keyboard.type('Spreekt met mevrouw De Boer');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab'); // out of the notes field
    await page.keyboard.press('7'); // kan niet betalen
    await stepIs(page, 4);
    // The running call is saved as it moves on: wait until the saved snapshot is at this step.
    await expect
      .poll(() => app.query<{ machine_id: string; snapshot: string }>('SELECT machine_id, snapshot FROM active_calls'))
      .toEqual([{ machine_id: 'callScript', snapshot: expect.stringContaining('"cannotPay"') }]);

    // The app is killed: server gone, page reloaded, a new server on the same file.
    await app.restart();
    // On start, and on Vandaag, the interrupted call is named with the way back into it.
    await expect(page.getByRole('status', { name: /Er is een gesprek onderbroken/ }).textContent()).resolves.toContain('Leeflang & Zn — Incassogesprek');
    await page.keyboard.press('Alt+KeyV');
    const interrupted = page.getByRole('region', { name: /Onderbroken gesprekken/ });
    await interrupted.getByRole('button', { name: 'Gesprek met Leeflang & Zn hervatten' }).click();
    await page.getByRole('button', { name: /Gesprek hervatten/ }).waitFor();
    await app.screenshot('call-hervatten');
    await page.keyboard.press('Enter');
    await stepIs(page, 4);
    await expect(page.getByTestId('script-text').textContent()).resolves.toContain('betalingsregeling');
    await expect(page.locator('.notes-so-far').textContent()).resolves.toContain('Spreekt met mevrouw De Boer');
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await stepIs(page, 5);
    await finish(app);
    const call = lastCall(app);
    expect(app.query<{ notes: string }>('SELECT notes FROM calls WHERE id = ?', call.id)[0]!.notes).toContain('mevrouw De Boer');
    expect(app.query('SELECT * FROM active_calls')).toEqual([]);
    await app.close();
  });
});
