// What the collector waits for, measured in Chromium through the browser preview (the production bundle,
// the real handlers, the bench's ledger file): opening the app until the first debtor rows are painted,
// going to Vandaag until its first worklist lines are painted, an answer's hotkey in the call until the
// next prompt is painted, and an issued letter until its PDF.
// "Painted" is the first animation frame after the change has reached the page.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startPreviewServer } from '../preview-server';

const CHROMIUM = [process.env.BELWIJZER_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
  (p): p is string => !!p && fs.existsSync(p),
);

/**
 * Installed in every page before its own scripts: marks when the rows and the script text change, and each
 * key press. A string: the bundler that runs this file may wrap named functions in helpers the page does not have. "Painted": a rAF callback runs just before the frame's paint, a message just after.
 */
const INSTRUMENT = `
  window.__bench = { keyAt: 0, rowsPaintedAt: null, prompts: [], navAt: 0, worklistPainted: null };
  const afterPaint = (then) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => then(performance.now());
    channel.port2.postMessage(null);
  });
  document.addEventListener('keydown', () => { window.__bench.keyAt = performance.now(); }, true);
  let prompt = '';
  new MutationObserver(() => {
    if (window.__bench.rowsPaintedAt === null && document.querySelector('table.debtors tbody tr')) {
      window.__bench.rowsPaintedAt = -1;
      afterPaint((at) => { window.__bench.rowsPaintedAt = at; });
    }
    if (window.__bench.navAt > 0 && window.__bench.worklistPainted === null && document.querySelector('ul.worklist > li')) {
      window.__bench.worklistPainted = -1;
      afterPaint((at) => { window.__bench.worklistPainted = at - window.__bench.navAt; });
    }
    const text = document.querySelector('[data-testid="script-text"]')?.textContent ?? '';
    if (text && text !== prompt) {
      prompt = text;
      const keyAt = window.__bench.keyAt;
      afterPaint((at) => window.__bench.prompts.push(at - keyAt));
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
`;

/**
 * The page's window as the functions sent to it see it (scripts/ are type-checked without the DOM). They
 * are inline arrows, each complete in itself: the page's CSP allows no string evaluation.
 */
type PageWindow = {
  __bench: { keyAt: number; rowsPaintedAt: number | null; prompts: number[]; navAt: number; worklistPainted: number | null };
  location: { hash: string };
  performance: { now(): number };
};

interface BenchPage {
  page: Page;
  close(): Promise<void>;
}

async function openPage(browser: Browser, url: string): Promise<BenchPage> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  await context.addInitScript(INSTRUMENT);
  const page = await context.newPage();
  await page.goto(url);
  return { page, close: () => context.close() };
}

export interface ChromiumFigures {
  /** Navigation start → first debtor rows painted, per ledger file, each load. */
  firstRows: Record<string, number[]>;
  /** Going to Vandaag → its first lines painted, each time in a new page: the first right after the ledger opened, the others with nothing changed since. */
  worklistRows: number[];
  /** Answer hotkey → next prompt painted, each press. */
  hotkeyToPrompt: number[];
  /** Opening an issued letter → its PDF in hand, each time. */
  letterPdf: number[];
}

/** Null when no Chromium is installed (then the bench says so instead of the figures). */
export async function measureInChromium(options: {
  staticDir: string;
  ledgers: Record<string, string>;
  now: () => Date;
  callDebtorId: number;
  letterId: number;
  loads: number;
  presses: number;
}): Promise<ChromiumFigures | null> {
  if (!CHROMIUM) return null;
  if (!fs.existsSync(path.join(options.staticDir, 'index.html'))) throw new Error(`${options.staticDir} ontbreekt: draai eerst \`npm run build:renderer\``);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const figures: ChromiumFigures = { firstRows: {}, worklistRows: [], hotkeyToPrompt: [], letterPdf: [] };
  try {
    for (const [name, dbFile] of Object.entries(options.ledgers)) {
      const server = await startPreviewServer({ dbFile, staticDir: options.staticDir, now: options.now, demoActivity: false });
      try {
        const times: number[] = [];
        // The first load warms Chromium's and the server's caches; it is not counted.
        for (let i = 0; i <= options.loads; i++) {
          const { page, close } = await openPage(browser, server.url);
          await page.waitForFunction(() => ((globalThis as unknown as PageWindow).__bench.rowsPaintedAt ?? -1) > 0);
          const at = await page.evaluate(() => (globalThis as unknown as PageWindow).__bench.rowsPaintedAt!);
          if (i > 0) times.push(at);
          await close();
        }
        figures.firstRows[name] = times;

        if (name === Object.keys(options.ledgers)[0]) {
          for (let i = 0; i <= options.loads; i++) {
            const { page, close } = await openPage(browser, server.url);
            await page.locator('table.debtors tbody tr').first().waitFor();
            await page.evaluate(() => {
              const w = globalThis as unknown as PageWindow;
              w.__bench.navAt = w.performance.now();
              w.location.hash = '#/today';
            });
            await page.waitForFunction(() => ((globalThis as unknown as PageWindow).__bench.worklistPainted ?? -1) > 0, undefined, { timeout: 120_000 });
            figures.worklistRows.push(await page.evaluate(() => (globalThis as unknown as PageWindow).__bench.worklistPainted!));
            await close();
          }

          const { page, close } = await openPage(browser, server.url);
          await page.locator('table.debtors tbody tr').first().waitFor();
          // The call: dial, then "crediteurenafdeling aan de lijn" (1) and back (Alt+←), over and over.
          await page.evaluate((id) => ((globalThis as unknown as PageWindow).location.hash = `#/debtors/${id}/call`), options.callDebtorId);
          await page.getByTestId('script-text').waitFor();
          await page.keyboard.press('Enter');
          await page.getByText('Stap 2', { exact: true }).waitFor();
          const prompts = () => page.evaluate(() => (globalThis as unknown as PageWindow).__bench.prompts.length);
          for (let i = 0; i < options.presses; i++) {
            const before = await prompts();
            await page.keyboard.press(i % 2 === 0 ? '1' : 'Alt+ArrowLeft');
            await page.waitForFunction((n) => (globalThis as unknown as PageWindow).__bench.prompts.length > n, before);
          }
          const all = await page.evaluate(() => (globalThis as unknown as PageWindow).__bench.prompts);
          figures.hotkeyToPrompt = all.slice(-options.presses);

          for (let i = 0; i <= options.loads; i++) {
            const start = Date.now();
            await page.evaluate((id) => ((globalThis as unknown as PageWindow).location.hash = `#/letters/${id}`), options.letterId);
            await page.locator('article.letter-sheet').first().waitFor();
            await page.pdf({ format: 'A4', printBackground: true });
            if (i > 0) figures.letterPdf.push(Date.now() - start);
            await page.evaluate(() => ((globalThis as unknown as PageWindow).location.hash = '#/'));
            await page.locator('table.debtors tbody tr').first().waitFor();
          }
          await close();
        }
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }
  return figures;
}
