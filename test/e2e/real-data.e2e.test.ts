// A new user's first day with real data, in Chromium: start an own administration (company details
// first), import the bookkeeping's open items through the mapping screen, promise a payment in a call,
// import the bank statement that pays it, and see the promise kept.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, noChromium, startApp } from './harness';
import { addDays, formatDateShort, todayInAmsterdam } from '../../domain/dates';
import { nextOfficeDay } from '../../domain/calendar/office-days';
import { EXCUSE_MODULES } from '../../machines/excuses';
import { camt053 } from '../../handlers/test-statements';

const today = todayInAmsterdam();
const inAWeek = nextOfficeDay(addDays(today, 6));
const willPayKey = EXCUSE_MODULES.find((m) => m.excuse === 'will_pay')!.hotkey;

const EXACT_EXPORT = [
  'AccountCode;AccountName;InvoiceNumber;InvoiceDate;DueDate;Amount;CurrencyCode;Description',
  `1001;Leeflang & Zn;20260041;${formatDateShort(addDays(today, -60))};${formatDateShort(addDays(today, -30))};1.210,00;EUR;Schoenen herfstcollectie`,
  `1002;Bakkerij De Zon B.V.;20260043;${formatDateShort(addDays(today, -40))};${formatDateShort(addDays(today, -10))};2.898,24;EUR;Werkschoenen`,
].join('\r\n');

async function fill(page: Page, label: string, value: string) {
  await page.getByLabel(label, { exact: true }).fill(value);
}

describe.skipIf(noChromium)('a new user’s own administration with real data', () => {
  afterAll(closeBrowser);

  it('first start as own ledger, an Exact export through the mapping screen, a promise, and a bank statement that keeps it', async () => {
    const app = await startApp({ start: 'ask' });
    const { page } = app;
    const files = fs.mkdtempSync(path.join(os.tmpdir(), 'belwijzer-files-'));

    // First start: own administration, the company details first.
    await page.getByRole('heading', { name: 'Welkom bij Belwijzer' }).waitFor();
    await page.getByRole('button', { name: 'Eigen administratie' }).click();
    await page.getByRole('heading', { name: 'Uw bedrijfsgegevens' }).waitFor();
    await fill(page, 'Bedrijfsnaam', 'Schoenfabriek Noord BV');
    await fill(page, 'Adres', 'Havenweg 5');
    await fill(page, 'Postcode', '9711 AB');
    await fill(page, 'Plaats', 'Groningen');
    await fill(page, 'IBAN', 'NL36INGB0007654321');
    await fill(page, 'KvK-nummer', '87654321');
    await fill(page, 'Naam van de beller', 'Anna Bos');
    await page.getByRole('button', { name: 'Administratie beginnen' }).click();
    await page.getByRole('heading', { name: 'Debiteuren' }).waitFor();
    expect(app.query('SELECT COUNT(*) AS n FROM debtors')).toEqual([{ n: 0 }]);

    // The open items, with the columns the Exact preset finds.
    await page.keyboard.press('Alt+KeyL');
    await page.getByRole('heading', { name: 'Gegevens inlezen en exporteren' }).waitFor();
    const csv = path.join(files, 'openstaande-posten.csv');
    fs.writeFileSync(csv, EXACT_EXPORT);
    await page.locator('input[name=openItemsFile]').setInputFiles(csv);
    await page.getByRole('table').filter({ hasText: 'Kolom in het bestand' }).waitFor();
    await expect(page.locator('select[name=preset]').inputValue()).resolves.toBe('exact-online');
    await expect(page.locator('select[name=invoiceNumber]').inputValue()).resolves.toBe('InvoiceNumber');
    await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
    await page.getByText(/2 rijen: 2 goed, 0 met een fout/).waitFor();
    await app.screenshot('import-open-items-preview');
    await page.getByRole('button', { name: 'Inlezen', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Ingelezen: 2 nieuwe facturen' }).waitFor();
    expect(app.query('SELECT number FROM invoices ORDER BY number')).toEqual([{ number: '20260041' }, { number: '20260043' }]);

    // A call to Leeflang & Zn: "Ik ga betalen", a promise for the whole amount in a week.
    const leeflang = app.query<{ id: number }>("SELECT id FROM debtors WHERE number = '1001'")[0]!.id;
    await page.goto(`${app.server.origin}/#/debtors/${leeflang}/call`);
    await page.getByTestId('script-text').waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.press('1');
    await page.getByText('Stap 3', { exact: true }).waitFor();
    await page.keyboard.press(willPayKey);
    await page.getByRole('button', { name: /Betaalbelofte/ }).first().waitFor();
    await page.keyboard.press('1');
    const form = page.locator('form.choice-form');
    await form.waitFor();
    await form.getByLabel('Betaaldatum').fill(formatDateShort(inAWeek));
    await form.getByRole('button', { name: /Vastleggen/ }).click();
    await page.getByRole('button', { name: /Verder niets/ }).first().waitFor();
    await page.keyboard.press('0');
    await page.getByRole('list', { name: 'Afspraken om voor te lezen' }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Gesprek opgeslagen' }).waitFor();
    expect(app.query('SELECT amount_cents, status FROM promises')).toEqual([{ amount_cents: 121000, status: 'pending' }]);

    // The bank statement: Leeflang pays today, naming the invoice.
    await page.keyboard.press('Alt+KeyL');
    await page.getByRole('heading', { name: 'Bankafschrift' }).waitFor();
    const statement = path.join(files, 'afschrift.xml');
    fs.writeFileSync(statement, camt053([{ amount: '1210.00', date: today, name: 'Leeflang & Zn', iban: 'NL91ABNA0417164300', text: 'Factuur 20260041' }]));
    await page.locator('input[name=bankFile]').setInputFiles(statement);
    await page.getByRole('status').filter({ hasText: '1 betaling toegewezen' }).waitFor();
    await expect(page.getByRole('status').filter({ hasText: '1 betaling toegewezen' }).textContent()).resolves.toContain('1 betaalbelofte nagekomen');
    await app.screenshot('import-bank-statement');
    expect(app.query('SELECT status FROM promises')).toEqual([{ status: 'kept' }]);

    // The debtor's file says so too.
    await page.goto(`${app.server.origin}/#/debtors/${leeflang}`);
    await page.getByRole('heading', { name: 'Leeflang & Zn' }).waitFor();
    await page.getByTestId('timeline-promise').filter({ hasText: /nagekomen/ }).waitFor();
    await app.close();
  });
});
