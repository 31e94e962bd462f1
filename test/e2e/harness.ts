// Drives the production renderer bundle in Debian's Chromium against the real handlers and a real
// SQLite file, through the browser preview: only the transport differs from the desktop app.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import Database from 'better-sqlite3';
import { startPreviewServer } from '../../scripts/preview-server';
import { findChromium, launchChromium } from '../../scripts/headless-chromium';
import { startPreviewProcess } from '../processes/preview-process';

export const chromiumPath = findChromium();
if (!chromiumPath) {
  const message = 'GEEN CHROMIUM GEVONDEN: de end-to-end-tests worden overgeslagen. Installeer het met `apt-get install chromium`.';
  if (process.env.CI === 'true') throw new Error(`${message} In CI is dat een fout.`);
  console.warn(`\n${'!'.repeat(100)}\n${message}\n${'!'.repeat(100)}\n`);
}
/** Use as describe.skipIf(noChromium): counted as skipped, and loudly so. */
export const noChromium = !chromiumPath;

export const ARTIFACTS = path.resolve('test-artifacts');

let browser: Browser | null = null;
async function sharedBrowser(): Promise<Browser> {
  if (!browser) {
    browser = await launchChromium(chromiumPath!);
  }
  return browser;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = null;
}

/** The shell is up (settings loaded, shortcuts listening): before that, keys would go nowhere. */
async function appReady(page: Page): Promise<void> {
  await page.locator('main.content h1').first().waitFor();
}

/** What the tests use of a running preview, in this process or its own. */
interface Server {
  url: string;
  origin: string;
  close(): Promise<void>;
}

export interface RunningApp {
  page: Page;
  server: Server;
  dbFile: string;
  /** Opens the database file read-only with a separate connection, as someone checking afterwards would. */
  query<T = Record<string, unknown>>(sql: string, ...params: unknown[]): T[];
  screenshot(name: string): Promise<string>;
  /** Stops the server (closing its connection) and starts it again on the same file: a restart. */
  restart(): Promise<void>;
  /**
   * Only with `ownProcess`: SIGKILLs the preview's process — no cleanup, as in a crash — and starts a new
   * one on the same file; the page loads again from it.
   */
  crash(): Promise<void>;
  close(): Promise<void>;
}

/**
 * `now` fixes the app's clock (today, in Amsterdam) for tests that depend on the calendar; default the real
 * time. A new demo ledger starts without its history (`demoActivity`), so each test sees only what it does;
 * `start: 'ask'` starts as a new user's data file does, at the first-start screen.
 */
export async function startApp(options: { dbFile?: string; now?: () => Date; demoActivity?: boolean; ownProcess?: boolean; start?: 'ask' | 'demo' } = {}): Promise<RunningApp> {
  const dbFile = options.dbFile ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'belwijzer-e2e-')), 'belwijzer.sqlite');
  const staticDir = path.resolve('dist/renderer');
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) throw new Error('dist/renderer ontbreekt: draai eerst `npm run build:renderer`');
  const now = options.now;
  const demoActivity = options.demoActivity ?? false;
  const start = options.start ?? 'demo';
  let server: Server = await startPreviewServer({ dbFile, staticDir, now, demoActivity, start });
  let killable: Awaited<ReturnType<typeof startPreviewProcess>> | null = null;
  if (options.ownProcess) {
    // The ledger is made (and its demo seeded as asked) here; the preview process then opens it as it is.
    if (now) throw new Error('een eigen proces heeft de klok van het systeem: geef geen now mee');
    await server.close();
    killable = await startPreviewProcess(dbFile, staticDir);
    server = { url: killable.url, origin: killable.origin, close: () => killable!.stop() };
  }
  // bypassCSP: the walks inject axe-core, which the app's script-src 'self' would refuse.
  const context = await (await sharedBrowser()).newContext({ viewport: { width: 1400, height: 900 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', bypassCSP: true });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await page.goto(server.url);
  await appReady(page);
  return {
    page,
    get server() {
      return server;
    },
    dbFile,
    query<T>(sql: string, ...params: unknown[]) {
      const db = new Database(dbFile, { readonly: true, fileMustExist: true });
      try {
        return db.prepare(sql).all(...params) as T[];
      } finally {
        db.close();
      }
    },
    async screenshot(name: string) {
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      const file = path.join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async restart() {
      await server.close();
      server = await startPreviewServer({ dbFile, staticDir, now, demoActivity, start });
      await page.goto(server.url);
      await appReady(page);
    },
    async crash() {
      if (!killable) throw new Error('crash() vraagt startApp({ ownProcess: true })');
      await killable.kill();
      killable = await startPreviewProcess(dbFile, staticDir);
      server = { url: killable.url, origin: killable.origin, close: () => killable!.stop() };
      await page.goto(server.url);
      await appReady(page);
    },
    async close() {
      if (consoleErrors.length) console.warn('Browserfouten:', consoleErrors);
      await context.close();
      await server.close();
    },
  };
}
