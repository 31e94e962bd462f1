// The worked examples of issue 10 as they print: letters made in Chromium from the debtor file, saved as
// PDF the way "Opslaan als PDF" does and read back with pdftotext (first pages as PNG, CI artifacts).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, closeBrowser, noChromium, startApp } from './harness';
import { openDatabase } from '../../db/client';
import { seedDemoLedger } from '../../db/demo-ledger';
import { getSettings, saveSettings } from '../../db/settings.repo';

const DIR = path.join(ARTIFACTS, 'legal-letters');

/** The demo ledger of `day`; `vat`: the costs are raised by VAT we cannot deduct (Besluit BIK art. 2 lid 3). */
function ledger(day: string, vat: boolean): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'belwijzer-e2e-')), 'belwijzer.sqlite');
  const opened = openDatabase(file);
  try {
    seedDemoLedger(opened.db, day);
    saveSettings(opened.db, { ...getSettings(opened.db), collectionVatNotReclaimable: vat });
    return file;
  } finally {
    opened.close();
  }
}

/** Debtor file → letter button → preview (its on-screen warnings returned) → "Vastleggen en openen" → PDF text. */
async function printLetter(page: Page, debtor: string, button: string, name: string): Promise<{ warnings: string; text: string }> {
  await page.keyboard.press('Alt+KeyD');
  await page.getByRole('searchbox').fill(debtor.split(' ')[0]!);
  await page.getByRole('row', { name: new RegExp(debtor) }).waitFor();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: debtor, level: 1 }).waitFor();
  await page.getByRole('group', { name: 'Brief maken' }).getByRole('button', { name: button }).click();
  const preview = page.getByRole('region', { name: /^Voorbeeld: / });
  await preview.waitFor();
  await preview.locator('.letter-sheet').first().waitFor();
  const warnings = (await preview.locator('.letter-warnings').allTextContents()).join(' ');
  await preview.getByRole('button', { name: 'Vastleggen en openen' }).click();
  await page.getByRole('heading', { name: new RegExp(` aan ${debtor}`), level: 1 }).waitFor();
  fs.mkdirSync(DIR, { recursive: true });
  const file = path.join(DIR, `${name}.pdf`);
  fs.writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, path.join(DIR, name)]);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  return { warnings, text };
}

describe.skipIf(noChromium)('the examples of issue 10, printed', () => {
  afterAll(closeBrowser);

  it('the ingebrekestelling of 27 July 2026 to Leeflang: € 56,15 interest on invoice 456 at the derived 10,40%, said on screen first; the VAT declaration; the salutation', async () => {
    const app = await startApp({ dbFile: ledger('2026-06-01', true), now: () => new Date('2026-07-27T09:00:00Z') });
    try {
      const { warnings, text } = await printLetter(app.page, 'Leeflang & Zn', 'Ingebrekestelling', 'reminder3-2026-07-27');
      expect(warnings).toMatch(/10,4% wettelijke handelsrente vanaf 1 juli 2026 \(afgeleid/);
      expect(text).toContain('t.a.v. mevrouw J. de Boer');
      expect(text).toContain('Geachte mevrouw De Boer,');
      expect(text).toContain('Rente per factuur: 123 € 3,50; 456 € 56,15; 789 € 1,12.');
      expect(text).toContain('Wij verklaren nadrukkelijk');
    } finally {
      await app.close();
    }
  });

  it('the 14-dagenbrief made on Wednesday 10 March 2027 to P. Visser ends on Tuesday 30 March 2027 (Good Friday and Easter Monday), greeting him by name', async () => {
    const app = await startApp({ dbFile: ledger('2027-03-10', false), now: () => new Date('2027-03-10T09:00:00Z') });
    try {
      const { text } = await printLetter(app.page, 'P. Visser', '14-dagenbrief', 'consumer14-2027-03-10');
      expect(text).toContain('Geachte heer Visser,');
      expect(text).toContain('uiterlijk op 30 maart 2027');
      expect(text).not.toContain('26 maart 2027');
    } finally {
      await app.close();
    }
  });
});
