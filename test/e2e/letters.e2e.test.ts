// Letters on paper, as a collector makes them: from the debtor file and the batch screen, in Chromium
// against a real ledger file whose clock the test sets. Each letter is printed to PDF the way Chromium's
// "Opslaan als PDF" does, read back with pdftotext and its first page rendered to PNG (CI artifacts).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, closeBrowser, noChromium, startApp, type RunningApp } from './harness';
import { openDatabase } from '../../db/client';
import { seedDemoLedger } from '../../db/demo-ledger';
import { allOpenInvoices, insertCall, textTitle } from '../../db/test-fixtures';
import { createPlan } from '../../handlers/plans';
import { createTask } from '../../handlers/tasks';
import { message } from '../../domain/message';

const DIR = path.join(ARTIFACTS, 'letters');
const IBAN = 'NL91 ABNA 0417 1643 00';

/** Monday 1 June 2026, 11:00 in Amsterdam; the ledger's invoices are dated from it (Leeflang's fell due 18–20 May). */
const DAY0 = '2026-06-01';
let today = DAY0;
const now = () => new Date(`${today}T09:00:00Z`);

/**
 * The demo ledger, plus the call of this morning with Hotel De Zwaan: a two-term plan and a call-back.
 * (Leeflang, whose letters follow the dunning schedule below, has no plan: a plan pauses its reminders.)
 */
function prepareLedger(): { file: string; callId: number } {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'belwijzer-e2e-')), 'belwijzer.sqlite');
  const opened = openDatabase(file);
  try {
    seedDemoLedger(opened.db, DAY0);
    const zwaan = (opened.sqlite.prepare("SELECT id FROM debtors WHERE number = '10067'").get() as { id: number }).id;
    const callId = insertCall(opened.db, zwaan, { startedAt: `${DAY0}T07:40:00.000Z`, result: 'agreement', summary: [message('recap.legacy', { text: 'Betalingsregeling in twee termijnen.' })] });
    const step = opened.sqlite.prepare('INSERT INTO call_steps (call_id, seq, step, at, data) VALUES (?, ?, ?, ?, ?)');
    step.run(callId, 1, 'notMyDepartment', `${DAY0}T07:41:00.000Z`, JSON.stringify({ event: 'SUBMIT_CONTACT', name: 'mevrouw J. de Boer' }));
    step.run(callId, 2, 'transferToResponsible', `${DAY0}T07:42:00.000Z`, JSON.stringify({ event: 'REACHED' }));
    createPlan(opened.db, {
      debtorId: zwaan,
      callId,
      agreedOn: DAY0,
      ...allOpenInvoices(opened.db, zwaan),
      installments: [
        { dueDate: '2026-06-15', amountCents: 54_511 },
        { dueDate: '2026-07-15', amountCents: 54_510 },
      ],
    });
    createTask(opened.db, { debtorId: zwaan, callId, type: 'call_back', title: textTitle('Terugbellen over de regeling'), dueDate: '2026-06-04', dueTime: '10:00' });
    createTask(opened.db, { debtorId: zwaan, callId, type: 'send_plan_for_signature', title: textTitle('Regeling ter ondertekening sturen'), dueDate: DAY0 });
    return { file, callId };
  } finally {
    opened.close();
  }
}

/** Prints the page as Chromium's "Opslaan als PDF" does; returns the text of each page (pdftotext -layout). */
async function savePdf(page: Page, name: string): Promise<string[]> {
  fs.mkdirSync(DIR, { recursive: true });
  const file = path.join(DIR, `${name}.pdf`);
  fs.writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, path.join(DIR, name)]);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return text.split('\f').filter((p) => p.trim() !== '');
}

/** pdftotext -layout spreads columns and wraps lines: one space is enough to compare. */
const squeeze = (text: string) => text.replace(/\s+/g, ' ');

async function openDebtor(page: Page, search: string, name: string) {
  await page.keyboard.press('Alt+KeyD');
  await page.getByRole('heading', { name: 'Debiteuren', level: 1 }).waitFor();
  await page.getByRole('searchbox').fill(search);
  await page.getByRole('row', { name: new RegExp(name) }).waitFor();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name, level: 1 }).waitFor();
  await page.getByRole('heading', { name: 'Brieven', level: 2 }).waitFor();
}

/** Debtor file → letter button → preview → "Vastleggen en openen" → the letter screen. */
async function makeLetter(page: Page, button: string | RegExp, title: RegExp) {
  await page.getByRole('group', { name: 'Brief maken' }).getByRole('button', { name: button }).click();
  const preview = page.getByRole('region', { name: /^Voorbeeld: / });
  await preview.waitFor();
  await preview.getByRole('button', { name: 'Vastleggen en openen' }).click();
  await page.getByRole('heading', { name: title, level: 1 }).waitFor();
}

/** Clicks "Opslaan als PDF" (in the preview: the browser's print dialog, stubbed to count), then prints. */
async function saveAsPdf(page: Page, name: string): Promise<string[]> {
  const before = await page.evaluate(() => (window as unknown as { printed: number }).printed);
  await page.getByRole('button', { name: /Opslaan als PDF/ }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(before + 1);
  return savePdf(page, name);
}

function expectZwaanLetter(pages: string[], date: string) {
  const first = squeeze(pages[0]!);
  expect(first).toContain('Hotel De Zwaan BV');
  expect(first).toContain('Brink 1');
  expect(first).toContain('7411 BR Deventer');
  expect(first).toContain(`Weesp, ${date}`);
  expect(first).toContain('10067');
  expect(squeeze(pages.join('\n'))).toContain(IBAN);
}

function expectLeeflangLetter(pages: string[], date: string) {
  const first = squeeze(pages[0]!);
  const all = squeeze(pages.join('\n'));
  expect(first).toContain('Shoepro BV');
  expect(first).toContain('Leeflang & Zn');
  expect(first).toContain('Dorpsstraat 123');
  expect(first).toContain('4567 AB Weesp');
  expect(first).toContain(`Weesp, ${date}`);
  expect(first).toContain('10023');
  expect(all).toContain(IBAN);
  expect(all).toContain('€ 3.135,22');
  expect(all).not.toContain('3.135,16');
}

describe.skipIf(noChromium)('letters on paper in the browser preview', () => {
  let app: RunningApp;
  let page: Page;
  let callId: number;

  beforeAll(async () => {
    fs.rmSync(DIR, { recursive: true, force: true });
    const ledger = prepareLedger();
    callId = ledger.callId;
    app = await startApp({ dbFile: ledger.file, now });
    page = app.page;
    // The preview prints through window.print(): count the calls instead of opening a dialog.
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await page.reload();
    await page.getByRole('heading', { name: 'Debiteuren', level: 1 }).waitFor();
  });
  afterAll(async () => {
    await app?.close();
    await closeBrowser();
  });

  it('confirms this morning’s call in writing: the plan, the call-back, and what follows if it is not kept', async () => {
    await openDebtor(page, 'zwaan', 'Hotel De Zwaan BV');
    await makeLetter(page, 'Bevestiging gesprek 01-06-2026', /^Bevestigingsbrief aan Hotel De Zwaan BV/);
    const pages = await saveAsPdf(page, 'confirmation');
    expectZwaanLetter(pages, '1 juni 2026');
    const text = squeeze(pages.join('\n'));
    expect(text).toContain('Betreft: Bevestiging van onze telefonische afspraken');
    expect(text).toContain('telefonisch met mevrouw J. de Boer hebben besproken');
    expect(text).toMatch(/U betaalt € 1\.090,21 volgens een betalingsregeling in 2 termijnen: € 545,11 uiterlijk op 15 juni 2026/);
    expect(text).toContain('Wij bellen u terug op 4 juni 2026 om 10:00 uur.');
    expect(text).toContain('Als de afspraak niet wordt nagekomen');
    expect(app.query('SELECT type, call_id FROM letters')).toEqual([{ type: 'confirmation', call_id: callId }]);
  });

  it('puts the plan on paper to be signed and returned', async () => {
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: 'Hotel De Zwaan BV', level: 1 }).waitFor();
    await makeLetter(page, 'Regeling van 01-06-2026 ter ondertekening', /^Betalingsregeling ter ondertekening aan Hotel De Zwaan BV/);
    const pages = await saveAsPdf(page, 'plan_agreement');
    expectZwaanLetter(pages, '1 juni 2026');
    const text = squeeze(pages.join('\n'));
    expect(text).toMatch(/1 15 juni 2026 \(15-06-2026\) € 545,11/);
    expect(text).toMatch(/2 15 juli 2026 \(15-07-2026\) € 545,10/);
    expect(text).toMatch(/Totaal van de regeling € 1\.090,21/);
    expect(text).toContain('Voor akkoord, Hotel De Zwaan BV');
    expect(text).toContain('Handtekening');
  });

  it('issuing the plan agreement sends the plan: the debtor file shows it sent, its task is done, the call-back stays', async () => {
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: 'Hotel De Zwaan BV', level: 1 }).waitFor();
    const plan = page.getByRole('article', { name: 'Betalingsregeling van 01-06-2026' });
    await plan.getByText('verstuurd ter ondertekening', { exact: true }).waitFor();
    await plan.getByRole('button', { name: 'Getekend retour' }).waitFor();
    expect(await plan.getByRole('button', { name: 'Verstuurd ter ondertekening', exact: true }).count()).toBe(0);
    await page.keyboard.press('Alt+KeyT');
    await page.getByRole('heading', { name: 'Taken', level: 1 }).waitFor();
    const openTasks = page.getByRole('listitem');
    await openTasks.filter({ hasText: 'Terugbellen over de regeling' }).waitFor();
    expect(await openTasks.filter({ hasText: 'Regeling ter ondertekening sturen' }).count()).toBe(0);
    expect(app.query('SELECT status, sent_on FROM payment_plans')).toEqual([{ status: 'sent', sent_on: DAY0 }]);
    expect(app.query("SELECT status, done_on FROM tasks WHERE type = 'send_plan_for_signature'")).toEqual([{ status: 'done', done_on: DAY0 }]);
  });

  it('today’s letters, reached from Vandaag: each debtor its own next letter, the debtor in a plan left out; a selection in one batch, one letter per page', async () => {
    await page.keyboard.press('Alt+KeyV');
    await page.getByRole('link', { name: 'Brieven van vandaag' }).click();
    await page.getByRole('heading', { name: 'Brieven van vandaag', level: 1 }).waitFor();
    const rows = page.getByRole('table', { name: 'Brieven van vandaag' }).getByRole('row');
    await rows.filter({ hasText: 'Leeflang & Zn' }).waitFor();
    // Hotel De Zwaan's plan waits for its signature: no reminder for it.
    expect(await rows.filter({ hasText: 'Hotel De Zwaan BV' }).count()).toBe(0);
    for (const name of ['Leeflang & Zn', 'P. Visser', 'De Groot Transport BV', 'Bloemenhuis Flora VOF'])
      expect(await rows.filter({ hasText: name }).getByTestId('batch-letter').textContent()).toBe('Betalingsherinnering');
    // Every letter due is selected; the collector keeps four.
    await page.getByRole('checkbox', { name: 'Alle debiteuren selecteren' }).uncheck();
    for (const name of ['Leeflang & Zn', 'P. Visser', 'De Groot Transport BV', 'Bloemenhuis Flora VOF'])
      await page.getByRole('checkbox', { name: `${name} selecteren` }).check();
    await page.getByRole('button', { name: 'Brieven maken (4)' }).click();
    await page.getByRole('status').filter({ hasText: '4 brieven gemaakt' }).waitFor();
    const pages = (await saveAsPdf(page, 'batch-reminder1')).map(squeeze);
    expect(pages).toHaveLength(4);
    for (const p of pages) expect(p.match(/Betreft: Betalingsherinnering/g)).toHaveLength(1);
    expect(pages.map((p) => ['Leeflang & Zn', 'P. Visser', 'De Groot Transport BV', 'Bloemenhuis Flora VOF'].find((n) => p.includes(n)))).toEqual([
      'De Groot Transport BV',
      'Bloemenhuis Flora VOF',
      'P. Visser',
      'Leeflang & Zn',
    ]);
    expect(pages[3]).toContain('Totaal openstaand € 3.135,22');
  });

  it('opens Leeflang’s betalingsherinnering again from the debtor file, as it was printed', async () => {
    await openDebtor(page, 'leeflang', 'Leeflang & Zn');
    // Each invoice's stage in the debtor file, from the same schedule the worklist and the batch use.
    await expect.poll(() => page.getByTestId('invoice-stage').allTextContents()).toEqual(['Herinnerd', 'Herinnerd', 'Herinnerd']);
    await page.getByTestId('letter-row').filter({ hasText: 'Betalingsherinnering' }).getByRole('link', { name: 'Openen' }).click();
    await page.getByRole('heading', { name: /^Betalingsherinnering aan Leeflang & Zn/, level: 1 }).waitFor();
    const pages = await saveAsPdf(page, 'reminder1');
    expect(pages).toHaveLength(1);
    expectLeeflangLetter(pages, '1 juni 2026');
    const text = squeeze(pages[0]!);
    for (const row of [/123 04-05-2026 18-05-2026 € 178,49/, /456 05-05-2026 19-05-2026 € 2\.898,24/, /789 06-05-2026 20-05-2026 € 58,49/]) expect(text).toMatch(row);
    expect(text).toContain('De ontvangsten tot en met 31 mei 2026 zijn hierin verwerkt.');
    expect(text).toContain('uiterlijk op 9 juni 2026 (8 dagen na de datum van deze brief)');
  });

  it('sends P. Visser the 14-dagenbrief naming the costs and the term’s last day', async () => {
    await openDebtor(page, 'visser', 'P. Visser');
    await makeLetter(page, '14-dagenbrief', /^14-dagenbrief aan P\. Visser/);
    const pages = (await saveAsPdf(page, 'consumer14')).map(squeeze);
    const text = pages.join('\n');
    expect(text).toContain('Lindenlaan 4');
    expect(text).toContain('20007');
    expect(text).toContain(IBAN);
    expect(text).toContain('het openstaande bedrag van € 249,95 zonder extra kosten');
    expect(text).toContain('uiterlijk op 17 juni 2026');
    expect(text).toContain('€ 40,00 aan buitengerechtelijke incassokosten');
    expect(app.query("SELECT term_ends_on FROM letters WHERE type = 'consumer14'")).toEqual([{ term_ends_on: '2026-06-17' }]);
  });

  it('ten days later: the aanmaning refers to the betalingsherinnering; Visser’s claim may not be handed over yet', async () => {
    today = '2026-06-11';
    await openDebtor(page, 'leeflang', 'Leeflang & Zn');
    await makeLetter(page, 'Aanmaning', /^Aanmaning aan Leeflang & Zn/);
    const pages = await saveAsPdf(page, 'reminder2');
    expectLeeflangLetter(pages, '11 juni 2026');
    expect(squeeze(pages.join('\n'))).toContain('Op ons verzoek van 1 juni 2026 om de onderstaande facturen te betalen');

    await openDebtor(page, 'visser', 'P. Visser');
    await page.getByRole('group', { name: 'Brief maken' }).getByRole('button', { name: 'Overdrachtsdossier' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('loopt tot en met 17 juni 2026. Uit handen geven kan vanaf 18 juni 2026.');
    expect(app.query("SELECT COUNT(*) AS n FROM letters WHERE type = 'handover_dossier'")).toEqual([{ n: 0 }]);
  });

  it('a debtor in a plan: letters that demand the whole claim are refused with the reason, the late term gets a term reminder', async () => {
    today = '2026-06-16';
    await openDebtor(page, 'zwaan', 'Hotel De Zwaan BV');
    const plan = page.getByRole('article', { name: 'Betalingsregeling van 01-06-2026' });
    await plan.getByRole('button', { name: 'Getekend retour' }).click();
    await plan.getByRole('button', { name: 'Actief maken' }).click();
    // Term 1 fell due yesterday: the letter that fits is the term reminder, offered as the next step.
    const make = page.getByRole('group', { name: 'Brief maken' });
    await make.getByRole('button', { name: 'Termijnherinnering · volgende stap' }).waitFor();
    for (const refused of ['Betalingsherinnering', 'Aanmaning', 'Ingebrekestelling']) expect(await make.getByRole('button', { name: refused, exact: true }).isDisabled()).toBe(true);
    await page.getByText('Aanmaning: Geen aanmaning tijdens een betalingsregeling: de klant betaalt volgens de afgesproken termijnen.', { exact: false }).waitFor();
    await makeLetter(page, 'Termijnherinnering · volgende stap', /^Termijnherinnering aan Hotel De Zwaan BV/);
    const pages = await saveAsPdf(page, 'plan_term_reminder');
    expectZwaanLetter(pages, '16 juni 2026');
    const text = squeeze(pages.join('\n'));
    expect(text).toContain('Betreft: Herinnering termijn betalingsregeling');
    expect(text).toContain('termijn 1 uiterlijk op 15 juni 2026');
    expect(text).toContain('€ 545,11 uiterlijk op 22 juni 2026'); // the last day of the plan's 7 days' grace
    expect(text).toContain('de volgende termijn van € 545,10 betaalt u uiterlijk op 15 juli 2026');
    expect(text).not.toContain('1.090,21');
  });

  it('three weeks later: the ingebrekestelling states interest and costs; the dossier goes to the agency', async () => {
    today = '2026-06-22';
    await openDebtor(page, 'leeflang', 'Leeflang & Zn');
    await makeLetter(page, 'Ingebrekestelling', /^Ingebrekestelling aan Leeflang & Zn/);
    const pages = await saveAsPdf(page, 'reminder3');
    expectLeeflangLetter(pages, '22 juni 2026');
    const text = squeeze(pages.join('\n'));
    expect(text).toContain('Hierbij stellen wij u in gebreke.');
    expect(text).toMatch(/Buitengerechtelijke incassokosten € 438,52/);
    expect(text).toContain('uiterlijk op 29 juni 2026 (5 dagen na de datum van deze brief, verschoven naar de eerstvolgende werkdag)'); // 27 June is a Saturday
    const [row] = app.query<{ interest_cents: number; costs_cents: number; total_cents: number }>("SELECT interest_cents, costs_cents, total_cents FROM letters WHERE type = 'reminder3'");
    expect(row!.costs_cents).toBe(43_852);
    expect(text).toContain(`Totaal verschuldigd € ${(row!.total_cents / 100).toLocaleString('nl-NL', { minimumFractionDigits: 2 })}`);

    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: 'Leeflang & Zn', level: 1 }).waitFor();
    await makeLetter(page, 'Overdrachtsdossier', /^Overdrachtsdossier aan Leeflang & Zn/);
    const dossier = squeeze((await saveAsPdf(page, 'handover_dossier')).join('\n'));
    expect(dossier).toContain('Overdrachtsdossier vordering op Leeflang & Zn');
    expect(dossier).toContain('€ 3.135,22');
    expect(dossier).toContain('01-06-2026 Betalingsherinnering');
    expect(dossier).toContain('22-06-2026 Ingebrekestelling');
    expect(dossier).not.toContain('3.135,16');

    await openDebtor(page, 'visser', 'P. Visser');
    await makeLetter(page, 'Overdrachtsdossier', /^Overdrachtsdossier aan P\. Visser/);
    expect(app.query("SELECT costs_cents FROM letters WHERE type = 'handover_dossier' ORDER BY id DESC LIMIT 1")).toEqual([{ costs_cents: 4_000 }]);
  });
});
