// Walks every screen of the app as a collector would, in the UI language of the settings, and calls
// `visit` on each: Vandaag (the worklist and its put-aside form), the debtor list, every debtor's file
// (with its details and invoice forms), a new debtor, a letter preview, a recorded letter, the batch of
// reminders, Taken, Klachten, Gegevens (an open-items file through the column mapping to its preview, a
// bank statement with a payment to place by hand), Instellingen with a backup, and every step of a call
// to a saved outcome.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { RunningApp } from './harness';
import { catalogue } from '../../i18n/catalogue';
import type { Language } from '../../i18n/format';
import { addDays, formatDateShort, todayInAmsterdam } from '../../domain/dates';
import { nextOfficeDay } from '../../domain/calendar/office-days';
import { EXCUSE_MODULES } from '../../machines/excuses';
import { camt053 } from '../../handlers/test-statements';

export type Visit = (where: string) => Promise<void>;

const say = (key: string, language: Language) => catalogue.format({ key }, language);

/** Switches the UI language in Instellingen, as a collector would. */
export async function chooseLanguage(page: Page, language: Language): Promise<void> {
  await page.keyboard.press('Alt+KeyI');
  await page.locator('select[name=language]').waitFor();
  await page.locator('select[name=language]').selectOption(language);
  await page.locator('form:has(select[name=language]) button[type=submit]').click();
  await page.getByRole('heading', { name: say('settings.title', language), level: 1 }).waitFor();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
}

async function show(page: Page, hash: string) {
  await page.evaluate((h) => (window.location.hash = h), hash);
  await page.locator('main.content h1').first().waitFor();
  // Until the screen's data is in, it says "loading".
  await page.waitForFunction(() => !document.querySelector('main.content p.muted')?.textContent?.match(/^(Laden|Loading)…?$/));
}

/** A new data file: the first start's choice, in `language` as chosen there, and the own administration's company form. */
export async function walkTheFirstStart(app: RunningApp, language: Language, visit: Visit): Promise<void> {
  const { page } = app;
  await page.getByRole('heading', { name: say('app.firstStart.title', 'nl'), level: 1 }).waitFor();
  if (language !== 'nl') {
    await page.locator('.first-start select[name=language]').selectOption(language);
    await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
  }
  await page.getByRole('heading', { name: say('app.firstStart.title', language), level: 1 }).waitFor();
  await visit('first start');
  await page.getByRole('button', { name: say('app.firstStart.own', language) }).click();
  await page.getByRole('heading', { name: say('app.firstStart.ownTitle', language), level: 1 }).waitFor();
  await visit('first start: company details');
}

export async function walkEveryScreen(app: RunningApp, language: Language, visit: Visit): Promise<void> {
  const { page } = app;
  const debtors = app.query<{ id: number; name: string }>('SELECT id, name FROM debtors ORDER BY id');
  await show(page, '#/today');
  await page.locator('ul.worklist li').first().waitFor();
  await visit('Vandaag');
  await page.keyboard.press('u');
  await page.locator('form.snooze-form').waitFor();
  await visit('Vandaag: put aside');
  await page.keyboard.press('Escape');
  await show(page, '#/debtors');
  await page.locator('table.debtors tbody tr').first().waitFor();
  await visit('debtors');
  for (const d of debtors) {
    await show(page, `#/debtors/${d.id}`);
    await page.getByRole('heading', { name: d.name, level: 1 }).waitFor();
    await page.locator('#timeline-title').waitFor();
    await visit(`debtor file ${d.name}`);
  }
  await show(page, `#/debtors/${debtors[0]!.id}`);
  await page.getByRole('button', { name: say('debtorForm.edit', language), exact: true }).click();
  await page.locator('form.debtor-form').waitFor();
  await visit('debtor file: details form');
  await page.getByRole('button', { name: say('invoiceForm.add', language), exact: true }).click();
  await page.locator('form.invoice-form').waitFor();
  await visit('debtor file: invoice form');
  await show(page, '#/debtors/new');
  await visit('new debtor');
  const leeflang = debtors.find((d) => d.name === 'Leeflang & Zn')!;
  await show(page, `#/debtors/${leeflang.id}`);
  // A letter that fits Leeflang's stage (one that contradicts it is shown disabled).
  await page.locator('.debtor-letters .letter-actions button:not([disabled])').first().click();
  await page.locator('.letter-preview').waitFor();
  await visit('letter preview');
  const letter = app.query<{ id: number }>('SELECT id FROM letters ORDER BY id LIMIT 1')[0];
  if (letter) {
    await show(page, `#/letters/${letter.id}`);
    await page.locator('.letter-sheet').waitFor();
    await visit('letter');
  }
  await show(page, '#/letters/batch');
  await visit('batch');
  await show(page, '#/tasks');
  await page.locator('#tasks-overdue').waitFor();
  await visit('tasks');
  await show(page, '#/complaints');
  await visit('complaints');
  await walkTheDataScreen(page, language, visit);
  await show(page, '#/settings');
  await page.getByRole('button', { name: say('backups.make', language) }).click();
  await page.locator('.backups [role=status]').waitFor();
  await visit('settings');
  await walkACall(page, leeflang.id, language, visit);
}

const future = formatDateShort(nextOfficeDay(addDays(todayInAmsterdam(), 6)));
const willPayKey = EXCUSE_MODULES.find((m) => m.excuse === 'will_pay')!.hotkey;

/** A collection call to Leeflang & Zn through every kind of step: greeting, purpose, an excuse, its form, "anything else", the recap, saved. */
async function walkACall(page: Page, debtorId: number, language: Language, visit: Visit) {
  await show(page, `#/debtors/${debtorId}/call`);
  await page.getByTestId('script-text').waitFor();
  const state = () =>
    page.evaluate(() =>
      [
        document.querySelector('.step-count')?.textContent ?? '',
        document.querySelector('form.choice-form')?.getAttribute('aria-label') ?? '',
        [...document.querySelectorAll('h1')].map((h) => h.textContent).join('|'),
      ].join('#'),
    );
  let before = await state();
  await visit('call: preparation');
  const act = async (what: string, action: () => Promise<unknown>, shown?: { waitFor: () => Promise<unknown> }) => {
    await action();
    // What the collector sees next, where the step names it: saving waits for the ledger, and its screen
    // in between has no heading of its own.
    await shown?.waitFor();
    await page.waitForFunction(
      (b) =>
        [
          document.querySelector('.step-count')?.textContent ?? '',
          document.querySelector('form.choice-form')?.getAttribute('aria-label') ?? '',
          [...document.querySelectorAll('h1')].map((h) => h.textContent).join('|'),
        ].join('#') !== b,
      before,
    );
    before = await state();
    await visit(`call: ${what}`);
  };
  const saved = page.getByRole('heading', { name: say('call.saved', language) });
  await act('greeting', () => page.keyboard.press('Enter'));
  let excused = false;
  for (let guard = 0; guard < 12 && !(await saved.isVisible()); guard++) {
    const form = page.locator('form.choice-form');
    if (await page.getByRole('list', { name: say('call.recap', language) }).isVisible()) await act('saved', () => page.keyboard.press('Enter'), saved);
    else if (await form.isVisible()) {
      const inputs = form.locator('input[type=text], textarea');
      for (let i = 0; i < (await inputs.count()); i++) {
        const input = inputs.nth(i);
        if ((await input.inputValue()) !== '') continue;
        const placeholder = (await input.getAttribute('placeholder')) ?? '';
        await input.fill(placeholder === say('call.placeholder.date', language) ? future : placeholder === say('call.placeholder.time', language) ? '10:30' : 'x');
      }
      await act('after the form', () => form.locator('button[type=submit]').click());
    } else if (!excused && (await page.locator('.choices').getByText(say('excuse.will_pay', language)).isVisible())) {
      excused = true;
      await act('excuse', () => page.keyboard.press(willPayKey));
    } else if (await page.locator('.choices kbd', { hasText: /^0$/ }).isVisible()) await act('recap', () => page.keyboard.press('0'));
    else await act('next step', () => page.keyboard.press('1'));
  }
  await saved.waitFor();
}

/** Gegevens: an open-items file with a bad row through the column mapping to its preview; a bank statement with a payment nobody's. */
async function walkTheDataScreen(page: Page, language: Language, visit: Visit) {
  await show(page, '#/data');
  await visit('Gegevens');
  const files = fs.mkdtempSync(path.join(os.tmpdir(), 'belwijzer-walk-'));
  const openItems = path.join(files, 'open-items.csv');
  fs.writeFileSync(
    openItems,
    [
      'AccountCode;AccountName;InvoiceNumber;InvoiceDate;DueDate;Amount;CurrencyCode;Description',
      `1001;Leeflang & Zn;20269001;${formatDateShort(addDays(todayInAmsterdam(), -40))};${formatDateShort(addDays(todayInAmsterdam(), -10))};1.210,00;EUR;x`,
      '1001;Leeflang & Zn;20269002;31-02-2026;;twaalf;EUR;x',
    ].join('\r\n'),
  );
  await page.locator('input[name=openItemsFile]').setInputFiles(openItems);
  await page.locator('select[name=preset]').waitFor();
  await page.locator('input[name=fullExport]').check();
  await visit('Gegevens: column mapping');
  await page.getByRole('button', { name: say('importScreen.preview', language), exact: true }).click();
  await page.locator('.import-preview').waitFor();
  await visit('Gegevens: preview');
  const statement = path.join(files, 'statement.xml');
  fs.writeFileSync(statement, camt053([{ amount: '12.34', date: todayInAmsterdam(), name: 'Nobody Known', text: 'no reference' }], 'WALK-' + language));
  await page.locator('input[name=bankFile]').setInputFiles(statement);
  await page.locator('ul.unmatched li').first().waitFor();
  await visit('Gegevens: bank statement');
}
