// After the call, as a collector works through it: Vandaag, the debtor file, Taken and Klachten, in
// Chromium against a real ledger file whose clock the test sets. The database file is checked afterwards.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, noChromium, startApp, type RunningApp } from './harness';
import { openDatabase } from '../../db/client';
import type { Db } from '../../db/client';
import { seedDemoLedger } from '../../db/demo-ledger';
import { createPromise } from '../../handlers/promises';
import { activatePlan, createPlan, markPlanSent, markPlanSigned } from '../../handlers/plans';
import { recordPayment } from '../../handlers/payments';
import { allOpenInvoices } from '../../db/test-fixtures';

/** A ledger file with the demo administration as of `today`, plus what `build` adds (what earlier calls agreed). */
function prepareLedger(today: string, build: (db: Db, ids: { debtor(name: string): number }) => void): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'belwijzer-e2e-')), 'belwijzer.sqlite');
  const opened = openDatabase(file);
  try {
    seedDemoLedger(opened.db, today);
    const debtor = (name: string) => (opened.sqlite.prepare('SELECT id FROM debtors WHERE name = ?').get(name) as { id: number }).id;
    build(opened.db, { debtor });
  } finally {
    opened.close();
  }
  return file;
}

/** The app's clock: a calendar day, at 10:00 in Amsterdam (09:00 UTC in winter). */
function clock(start: string) {
  let today = start;
  return { now: () => new Date(`${today}T09:00:00Z`), set: (day: string) => (today = day) };
}

/** Waits for what the screen shows to settle (answers from the handlers arrive after the click). */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 5000, interval: 100 });

/** Started: the first screen is up, so the shortcuts are listening. */
async function started(app: RunningApp): Promise<Page> {
  await app.page.getByRole('heading', { name: 'Debiteuren', level: 1 }).waitFor();
  return app.page;
}

async function openVandaag(page: Page) {
  await page.keyboard.press('Alt+KeyV');
  await page.getByRole('heading', { name: 'Vandaag', level: 1 }).waitFor();
}

/** The worklist line of this debtor and action ('call', 'check_payment', 'letter', …) on Vandaag. */
function todayLine(page: Page, action: string, debtor: string) {
  return page.getByTestId('worklist-line').filter({ has: page.getByRole('link', { name: debtor, exact: true }) }).and(page.locator(`[data-key^="${action}:"]`));
}

/** Selects that line with the arrow keys (from the top). */
async function selectTodayLine(page: Page, action: string, debtor: string) {
  await todayLine(page, action, debtor).waitFor();
  const keys = await page.getByTestId('worklist-line').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')));
  const key = await todayLine(page, action, debtor).getAttribute('data-key');
  await page.keyboard.press('Home');
  for (let i = 0; i < keys.indexOf(key); i++) await page.keyboard.press('ArrowDown');
  await poll(() => todayLine(page, action, debtor).getAttribute('aria-current')).toBe('true');
}

async function openDebtorByKeyboard(page: Page, search: string, name: string) {
  await page.keyboard.press('Alt+KeyD');
  await page.getByRole('searchbox').fill(search);
  // Enter opens the first row: wait until the search has narrowed the list to this debtor.
  await poll(() => page.getByRole('table', { name: 'Debiteuren' }).locator('tbody tr').allTextContents()).toEqual([expect.stringContaining(name)]);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name, level: 1 }).waitFor();
}

const paymentForm = (page: Page) => page.getByRole('form', { name: 'Betaling boeken' });

async function pay(page: Page, amount: string, options: { date?: string; description?: string; invoice?: string } = {}) {
  const form = paymentForm(page);
  if (options.date) await form.getByLabel('Ontvangen op').fill(options.date);
  await form.getByLabel('Bedrag (€)').fill(amount);
  if (options.invoice) await form.getByRole('checkbox', { name: new RegExp(`Factuur ${options.invoice}\\b`) }).check();
  await form.getByLabel('Omschrijving').fill(options.description ?? '');
  await form.getByLabel('Omschrijving').press('Enter'); // Enter in a field submits, as in any form
}

const rowText = (page: Page, invoice: string) => page.getByRole('table', { name: 'Openstaande facturen' }).getByRole('row', { name: new RegExp(`^${invoice}\\b`) });

describe.skipIf(noChromium)('after the call', () => {
  afterAll(closeBrowser);

  it('(a) a promise due today is kept by the payment the collector records; refused payments change nothing', async () => {
    const dbFile = prepareLedger('2026-03-10', (db, { debtor }) => {
      createPromise(db, { debtorId: debtor('Leeflang & Zn'), madeOn: '2026-03-06', promisedDate: '2026-03-10', amountCents: 17849 });
    });
    const time = clock('2026-03-10');
    const app = await startApp({ dbFile, now: time.now });
    const page = await started(app);
    await openVandaag(page);
    const due = todayLine(page, 'check_payment', 'Leeflang & Zn');
    await poll(() => due.textContent()).toContain('Betaalbelofte van € 178,49 voor 10 maart 2026: controleer de betaling (ontvangen: € 0,00)');
    await selectTodayLine(page, 'check_payment', 'Leeflang & Zn');
    await page.keyboard.press('Enter'); // a payment to check: Enter opens the file
    await page.getByRole('heading', { name: 'Leeflang & Zn', level: 1 }).waitFor();
    const promises = page.getByRole('region', { name: 'Betaalbeloftes' });
    await poll(() => promises.textContent()).toMatch(/loopt\s*€ 178,49 op 10-03-2026/);

    // Refused: nothing, an impossible date, a date in the future. Each says what is wrong.
    await pay(page, '0');
    await poll(() => paymentForm(page).getByRole('alert').textContent()).toBe('Een betaling moet groter zijn dan € 0,00 (ingevoerd: € 0,00).');
    await pay(page, '178,49', { date: '31-02-2026' });
    await poll(() => paymentForm(page).getByRole('alert').textContent()).toContain('Ontvangen op: „31-02-2026” is geen bestaande datum');
    await pay(page, '178,49', { date: '11-03-2026' });
    await poll(() => paymentForm(page).getByRole('alert').textContent()).toBe('De ontvangstdatum (11 maart 2026) ligt in de toekomst.');
    expect(app.query("SELECT p.id FROM payments p JOIN debtors d ON d.id = p.debtor_id WHERE d.name = 'Leeflang & Zn'")).toEqual([]);
    await app.screenshot('followup-a-refused-payment');

    await pay(page, '178,49', { date: '10-03-2026', description: 'Betaling factuur 123', invoice: '123' });
    await poll(() => paymentForm(page).getByRole('status').textContent()).toBe('Betaling van € 178,49 geboekt. De betaalbelofte is nagekomen.');
    await poll(() => promises.textContent()).toMatch(/nagekomen\s*€ 178,49 op 10-03-2026/);
    await poll(() => rowText(page, '123').count()).toBe(0); // paid, so no longer open
    await poll(() => page.getByTestId('total-open').textContent()).toBe('€ 2.956,73');
    await app.screenshot('followup-a-promise-kept');

    await openVandaag(page);
    await page.getByTestId('worklist-line').first().waitFor();
    await poll(() => todayLine(page, 'check_payment', 'Leeflang & Zn').count()).toBe(0);

    const [promise] = app.query<{ status: string; settled_on: string }>('SELECT status, settled_on FROM promises');
    expect(promise).toEqual({ status: 'kept', settled_on: '2026-03-10' });
    expect(
      app.query(
        `SELECT p.received_on, p.amount_cents, p.description, i.number, a.kind, a.amount_cents AS allocated
         FROM payments p JOIN payment_allocations a ON a.payment_id = p.id JOIN invoices i ON i.id = a.invoice_id
         JOIN debtors d ON d.id = p.debtor_id WHERE d.name = 'Leeflang & Zn'`,
      ),
    ).toEqual([{ received_on: '2026-03-10', amount_cents: 17849, description: 'Betaling factuur 123', number: '123', kind: 'principal', allocated: 17849 }]);
    await app.close();
  });

  it('(b) a promise for Friday is broken on Monday: Vandaag shows the debtor with the reason, and the call-back is done on Taken', async () => {
    const dbFile = prepareLedger('2026-03-06', (db, { debtor }) => {
      createPromise(db, { debtorId: debtor('Leeflang & Zn'), madeOn: '2026-03-02', promisedDate: '2026-03-06', amountCents: 50000 });
    });
    const time = clock('2026-03-06'); // Friday, the promised day
    const app = await startApp({ dbFile, now: time.now });
    const page = await started(app);
    await openVandaag(page);
    await todayLine(page, 'check_payment', 'Leeflang & Zn').waitFor();

    time.set('2026-03-08'); // Sunday: not a working day, the promise still stands
    await page.reload();
    await todayLine(page, 'check_payment', 'Leeflang & Zn').waitFor();
    expect(app.query('SELECT status FROM promises')).toEqual([{ status: 'pending' }]);

    time.set('2026-03-09'); // Monday, the next working day
    await page.reload();
    const broken = todayLine(page, 'call', 'Leeflang & Zn');
    await poll(() => broken.textContent()).toMatch(/Leeflang & Zn\s*Bellen\s*Betaalbelofte van € 500,00 voor 6 maart 2026 niet nagekomen \(ontvangen: € 0,00\)/);
    await poll(() => todayLine(page, 'check_payment', 'Leeflang & Zn').count()).toBe(0);
    await app.screenshot('followup-b-broken-promise');
    expect(app.query('SELECT status, settled_on FROM promises')).toEqual([{ status: 'broken', settled_on: '2026-03-09' }]);

    // Taken: the call-back for the broken promise is due today; done with a note, by keyboard.
    await page.keyboard.press('Alt+KeyT');
    await page.getByRole('heading', { name: 'Taken', level: 1 }).waitFor();
    const todayTasks = page.getByRole('region', { name: /^Vandaag/ });
    await poll(() => todayTasks.textContent()).toMatch(/Leeflang & Zn\s*Terugbellen\s*Betaalbelofte van 6 maart 2026/);
    await page.keyboard.press('Alt+KeyA');
    await page.getByLabel('Notitie: wat is er gedaan?').fill('Mevr. De Boer belooft nu woensdag te betalen');
    await app.screenshot('followup-b-taken');
    await page.keyboard.press('Enter');
    await poll(() => page.getByRole('status').filter({ hasText: 'Taak afgerond' }).textContent()).toContain('Leeflang & Zn');
    await poll(() => todayTasks.textContent()).toContain('Geen taken.');
    expect(app.query("SELECT type, status, done_on, done_note FROM tasks")).toEqual([
      { type: 'call_back', status: 'done', done_on: '2026-03-09', done_note: 'Mevr. De Boer belooft nu woensdag te betalen' },
    ]);
    // The call-back was the follow-up of the broken promise: done, the promise leaves Vandaag.
    await openVandaag(page);
    await page.getByTestId('worklist-line').first().waitFor();
    await poll(() => todayLine(page, 'call', 'Leeflang & Zn').count()).toBe(0);
    await app.close();
  });

  it('(c) a late second installment shows on Vandaag; after the grace period the plan defaults and the debtor is marked for ingebrekestelling', async () => {
    const dbFile = prepareLedger('2026-03-04', (db, { debtor }) => {
      const debtorId = debtor('Sportschool FitFit BV');
      const plan = createPlan(db, {
        debtorId,
        agreedOn: '2026-02-01',
        ...allOpenInvoices(db, debtorId),
        installments: [
          { dueDate: '2026-02-15', amountCents: 100000 },
          { dueDate: '2026-03-01', amountCents: 100000 },
          { dueDate: '2026-04-01', amountCents: 123675 },
        ],
      });
      markPlanSent(db, { planId: plan.id, sentOn: '2026-02-02' }, '2026-02-02');
      markPlanSigned(db, { planId: plan.id, signedOn: '2026-02-05' }, '2026-02-05');
      activatePlan(db, { planId: plan.id }, '2026-02-05');
      recordPayment(db, { debtorId, receivedOn: '2026-02-14', amountCents: 100000, description: 'Termijn 1' }, '2026-02-14');
    });
    const time = clock('2026-03-04'); // term 2 (1 March) is 3 days late; the grace period is 7 days
    const app = await startApp({ dbFile, now: time.now });
    const page = await started(app);
    await openVandaag(page);
    const late = todayLine(page, 'call', 'Sportschool FitFit BV');
    await poll(() => late.textContent()).toContain('Termijn 2 van de betalingsregeling (€ 1.000,00, vervallen op 1 maart 2026) is 3 dagen te laat');
    await app.screenshot('followup-c-late-installment');
    await selectTodayLine(page, 'call', 'Sportschool FitFit BV');
    await page.keyboard.press('o'); // Enter would start the call: O opens the file
    await page.getByRole('heading', { name: 'Sportschool FitFit BV', level: 1 }).waitFor();
    const plan = page.getByRole('article', { name: 'Betalingsregeling van 01-02-2026' });
    await poll(() => plan.getByRole('row').nth(2).textContent()).toMatch(/^201-03-2026€ 1\.000,00€ 0,00te laat/);

    time.set('2026-03-09'); // 8 days after the due date: past the grace period
    await openVandaag(page);
    await page.reload();
    await page.getByTestId('worklist-line').first().waitFor();
    await poll(() => page.getByTestId('worklist-line').filter({ hasText: 'Termijn 2 van de betalingsregeling' }).count()).toBe(0);
    const otherTasks = page.getByRole('region', { name: /^Andere taken/ });
    await poll(() => otherTasks.textContent()).toMatch(/Sportschool FitFit BV\s*—\s*Ingebrekestelling sturen\s*Ingebrekestelling sturen: betalingsregeling niet nagekomen/);
    await otherTasks.getByRole('link', { name: 'Sportschool FitFit BV' }).click();
    await page.getByRole('heading', { name: 'Sportschool FitFit BV', level: 1 }).waitFor();
    await poll(() => page.getByRole('status').filter({ hasText: 'Volgende stap' }).textContent()).toMatch(
      /Volgende stap: ingebrekestelling — Betalingsregeling van 1 februari 2026 niet nagekomen: termijn 2/,
    );
    await poll(() => plan.textContent()).toContain('niet nagekomen');
    await app.screenshot('followup-c-plan-defaulted');

    expect(app.query('SELECT status, defaulted_on FROM payment_plans')).toEqual([{ status: 'defaulted', defaulted_on: '2026-03-09' }]);
    expect(app.query("SELECT escalation FROM debtors WHERE name = 'Sportschool FitFit BV'")).toEqual([{ escalation: 'ingebrekestelling' }]);
    expect(app.query("SELECT seq, status FROM plan_installments ORDER BY seq")).toEqual([
      { seq: 1, status: 'paid' },
      { seq: 2, status: 'late' },
      { seq: 3, status: 'due' },
    ]);
    await app.close();
  });

  it('(d) a complaint on invoice 456 of Leeflang & Zn holds it until resolved; then 456 is chased again', async () => {
    const time = clock('2026-03-10');
    const app = await startApp({ now: time.now });
    const page = await started(app);
    await openDebtorByKeyboard(page, 'leeflang', 'Leeflang & Zn');
    await page.getByRole('button', { name: 'Klacht registreren' }).click();
    const form = page.getByRole('form', { name: 'Klacht registreren' });
    await form.getByLabel('Wat is er mis?').fill('Verkeerde maten geleverd (2 paar)');
    await form.getByRole('checkbox', { name: /Factuur 456\b/ }).check();
    await form.getByRole('button', { name: 'Klacht vastleggen' }).click();
    await poll(() => rowText(page, '456').textContent()).toContain('in klacht — niet aanmanen');
    await poll(() => rowText(page, '123').textContent()).not.toContain('in klacht');
    await app.screenshot('followup-d-complaint-registered');

    await page.keyboard.press('Alt+KeyK');
    await page.getByRole('heading', { name: 'Klachten', level: 1 }).waitFor();
    const card = page.getByRole('article', { name: /^Klacht \d+/ });
    await poll(() => card.textContent()).toMatch(/openLeeflang & ZnFactuur 456/);
    await card.getByRole('button', { name: 'In behandeling nemen' }).click();
    await card.getByLabel('Behandelaar', { exact: true }).fill('Karin Bos (verkoop)');
    await card.getByLabel('Behandelaar', { exact: true }).press('Enter');
    await card.getByText('in behandeling', { exact: true }).waitFor();

    await card.getByRole('button', { name: 'Oplossen' }).click();
    await card.getByLabel('Oplossing', { exact: true }).fill('Creditnota voor 2 paar verstuurd');
    await card.getByLabel('Datum oplossing').fill('31-02-2026');
    await card.getByRole('button', { name: 'Opgelost' }).click();
    await poll(() => card.getByRole('alert').textContent()).toContain('Datum oplossing: „31-02-2026” is geen bestaande datum');
    expect(app.query('SELECT status FROM complaints')).toEqual([{ status: 'in_behandeling' }]);
    await app.screenshot('followup-d-impossible-date');
    await card.getByLabel('Datum oplossing').fill('10-03-2026');
    await card.getByRole('button', { name: 'Opgelost' }).click();
    await poll(() => card.getByRole('status').textContent()).toBe('Klacht opgelost: de facturen worden weer aangemaand.');

    await card.getByRole('button', { name: 'Klant geïnformeerd' }).click();
    await card.getByRole('button', { name: 'Vastleggen' }).click();
    await poll(() => card.textContent()).toMatch(/Klant geïnformeerd op\s*10-03-2026/);
    await poll(() => card.getByRole('button').count()).toBe(0); // nothing left to do with it
    await app.screenshot('followup-d-complaint-resolved');

    await card.getByRole('link', { name: 'Leeflang & Zn' }).click();
    await page.getByRole('heading', { name: 'Leeflang & Zn', level: 1 }).waitFor();
    await poll(() => rowText(page, '456').textContent()).toContain('€ 2.898,24');
    await poll(() => rowText(page, '456').textContent()).not.toContain('in klacht');
    await poll(() => page.getByTestId('timeline-complaint').textContent()).toContain(
      'Factuur 456: Verkeerde maten geleverd (2 paar) — opgelost 10 maart 2026: Creditnota voor 2 paar verstuurd',
    );
    await app.screenshot('followup-d-debtor-after');

    expect(
      app.query(`SELECT c.status, c.handler, c.resolution, c.resolved_on, c.customer_informed_on, i.number
                 FROM complaints c JOIN complaint_invoices ci ON ci.complaint_id = c.id JOIN invoices i ON i.id = ci.invoice_id`),
    ).toEqual([
      {
        status: 'opgelost',
        handler: 'Karin Bos (verkoop)',
        resolution: 'Creditnota voor 2 paar verstuurd',
        resolved_on: '2026-03-10',
        customer_informed_on: '2026-03-10',
        number: '456',
      },
    ]);
    await app.close();
  });

  it('(e) a proposed four-term plan goes sent → signed → active → completed by four payments', async () => {
    const dbFile = prepareLedger('2026-03-10', (db, { debtor }) => {
      const terms = [80000, 80000, 80000, 73522];
      createPlan(db, {
        debtorId: debtor('Leeflang & Zn'),
        agreedOn: '2026-03-10',
        ...allOpenInvoices(db, debtor('Leeflang & Zn')),
        installments: terms.map((amountCents, i) => ({ dueDate: `2026-0${4 + i}-01`, amountCents })),
      });
    });
    const app = await startApp({ dbFile, now: clock('2026-03-10').now });
    const page = await started(app);
    await openDebtorByKeyboard(page, 'leeflang', 'Leeflang & Zn');
    const plan = page.getByRole('article', { name: 'Betalingsregeling van 10-03-2026' });
    await poll(() => plan.textContent()).toMatch(/^voorgesteld€ 3\.135,22 in 4 termijnen, afgesproken 10-03-2026/);
    await app.screenshot('followup-e-plan-proposed');

    for (const [button, status] of [
      ['Verstuurd ter ondertekening', 'verstuurd ter ondertekening'],
      ['Getekend retour', 'getekend retour'],
      ['Actief maken', 'actief'],
    ] as const) {
      await plan.getByRole('button', { name: button }).click();
      await plan.getByText(status, { exact: true }).waitFor();
    }
    expect(app.query('SELECT status, sent_on, signed_on FROM payment_plans')).toEqual([{ status: 'active', sent_on: '2026-03-10', signed_on: '2026-03-10' }]);

    for (const [n, amount] of [[1, '800,00'], [2, '800,00'], [3, '800,00']] as const) {
      await pay(page, amount, { description: `Termijn ${n}` });
      await poll(() => paymentForm(page).getByRole('status').textContent()).toBe(`Betaling van € ${amount} geboekt. Termijn ${n} betaald.`);
    }
    await app.screenshot('followup-e-three-paid');
    await pay(page, '735,22', { description: 'Termijn 4' });
    await poll(() => paymentForm(page).getByRole('status').textContent()).toBe(
      'Betaling van € 735,22 geboekt. Termijn 4 betaald. De betalingsregeling is volledig betaald.',
    );
    await poll(() => plan.textContent()).toMatch(/^voltooid€ 3\.135,22 in 4 termijnen/);
    await poll(() => plan.getByRole('button').count()).toBe(0);
    await page.getByText('Geen openstaande facturen.').waitFor();
    await app.screenshot('followup-e-plan-completed');

    expect(app.query('SELECT status, completed_on FROM payment_plans')).toEqual([{ status: 'completed', completed_on: '2026-03-10' }]);
    expect(app.query('SELECT seq, paid_cents, status, paid_on FROM plan_installments ORDER BY seq')).toEqual([
      { seq: 1, paid_cents: 80000, status: 'paid', paid_on: '2026-03-10' },
      { seq: 2, paid_cents: 80000, status: 'paid', paid_on: '2026-03-10' },
      { seq: 3, paid_cents: 80000, status: 'paid', paid_on: '2026-03-10' },
      { seq: 4, paid_cents: 73522, status: 'paid', paid_on: '2026-03-10' },
    ]);
    expect(app.query("SELECT SUM(amount_cents) AS total FROM payments WHERE description LIKE 'Termijn %'")).toEqual([{ total: 313522 }]);
    await app.close();
  });
});
