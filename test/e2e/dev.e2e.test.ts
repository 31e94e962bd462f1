// npm run dev in Chromium: the renderer from Vite's dev server under the app's own CSP (with the dev
// nonce), the debtor list coming through the /api proxy from the real handlers, and nothing refused.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { chromiumPath, noChromium } from './harness';
import { launchChromium } from '../../scripts/headless-chromium';
import { startDevServer, type DevServer } from '../../scripts/dev-server';

describe.skipIf(noChromium)('npm run dev', () => {
  let dev: DevServer;
  let browser: Browser;

  beforeAll(async () => {
    const dbFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'belwijzer-dev-')), 'belwijzer.sqlite');
    dev = await startDevServer({ dbFile, port: 0, demoActivity: false });
    browser = await launchChromium(chromiumPath!);
  });
  afterAll(async () => {
    await browser?.close();
    await dev?.close();
  });

  it('shows the debtor list from the handlers, styled, with no script, style or request refused', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(String(e)));
    await page.goto(dev.url);
    await page.getByRole('link', { name: 'Leeflang & Zn' }).waitFor();
    expect(await page.locator('main.content h1').first().textContent()).toBe('Debiteuren');
    // The style sheets are injected as <style nonce> in development: refused, the content would sit unpadded.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('main.content')!).paddingLeft)).not.toBe('0px');
    expect(problems).toEqual([]);
  });
});
