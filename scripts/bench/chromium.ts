// What the collector waits for, measured in Chromium through the browser preview (the production bundle,
// the real handlers, the bench's ledger file): opening the app until the first debtor rows are painted,
// going to Vandaag until its first worklist lines are painted, an answer's hotkey in the call until the
// next prompt is painted, and an issued letter until its PDF.
// "Painted" is the first animation frame after the change has reached the page.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startPreviewServer } from '../preview-server';
import { findChromium, launchChromium } from '../headless-chromium';

const CHROMIUM = findChromium();

/**
 * Installed in every page before its own scripts: marks when the rows and the script text change, and each
 * key press. A string: the bundler that runs this file may wrap named functions in helpers the page does not have. "Painted": a rAF callback runs just before the frame's paint, a message just after.
 * Each mark is also told on the console, which the bench waits for (`marked`): waiting by evaluating in the
 * page (Playwright's waitForFunction) would run the bench's own script in every frame, the measured ones too.
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
      afterPaint((at) => { window.__bench.rowsPaintedAt = at; console.debug('bench:rows'); });
    }
    if (window.__bench.navAt > 0 && window.__bench.worklistPainted === null && document.querySelector('ul.worklist > li')) {
      window.__bench.worklistPainted = -1;
      afterPaint((at) => { window.__bench.worklistPainted = at - window.__bench.navAt; console.debug('bench:worklist'); });
    }
    const text = document.querySelector('[data-testid="script-text"]')?.textContent ?? '';
    if (text && text !== prompt) {
      prompt = text;
      const keyAt = window.__bench.keyAt;
      afterPaint((at) => { window.__bench.prompts.push(at - keyAt); console.debug('bench:prompt'); });
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

type Mark = 'rows' | 'worklist' | 'prompt';

interface BenchPage {
  page: Page;
  /** Resolves when the page next tells the mark (see INSTRUMENT). */
  marked(mark: Mark): Promise<void>;
  close(): Promise<void>;
}

/** A new page at `url`, its marks listened for before it loads; returns once the navigation has started. */
async function openPage(browser: Browser, url: string): Promise<BenchPage> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  await context.addInitScript(INSTRUMENT);
  const page = await context.newPage();
  const waiting = new Map<Mark, (() => void)[]>();
  const told = new Map<Mark, number>();
  page.on('console', (message) => {
    const mark = /^bench:(\w+)$/.exec(message.text())?.[1] as Mark | undefined;
    if (!mark) return;
    const resolve = waiting.get(mark)?.shift();
    if (resolve) resolve();
    else told.set(mark, (told.get(mark) ?? 0) + 1);
  });
  const marked = (mark: Mark) =>
    new Promise<void>((resolve) => {
      const early = told.get(mark) ?? 0;
      if (early > 0) {
        told.set(mark, early - 1);
        resolve();
      } else waiting.set(mark, [...(waiting.get(mark) ?? []), resolve]);
    });
  await page.goto(url, { waitUntil: 'commit' });
  return { page, marked, close: () => context.close() };
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
  const browser = await launchChromium(CHROMIUM);
  const figures: ChromiumFigures = { firstRows: {}, worklistRows: [], hotkeyToPrompt: [], letterPdf: [] };
  try {
    for (const [name, dbFile] of Object.entries(options.ledgers)) {
      const server = await startPreviewServer({ dbFile, staticDir: options.staticDir, now: options.now, demoActivity: false });
      try {
        const times: number[] = [];
        // The first load warms Chromium's and the server's caches; it is not counted.
        for (let i = 0; i <= options.loads; i++) {
          const { page, marked, close } = await openPage(browser, server.url);
          await marked('rows');
          const at = await page.evaluate(() => (globalThis as unknown as PageWindow).__bench.rowsPaintedAt!);
          if (i > 0) times.push(at);
          await close();
        }
        figures.firstRows[name] = times;

        if (name === Object.keys(options.ledgers)[0]) {
          for (let i = 0; i <= options.loads; i++) {
            const { page, marked, close } = await openPage(browser, server.url);
            await marked('rows');
            await page.evaluate(() => {
              const w = globalThis as unknown as PageWindow;
              w.__bench.navAt = w.performance.now();
              w.location.hash = '#/today';
            });
            await marked('worklist');
            figures.worklistRows.push(await page.evaluate(() => (globalThis as unknown as PageWindow).__bench.worklistPainted!));
            await close();
          }

          const { page, marked, close } = await openPage(browser, server.url);
          await marked('rows');
          // The call: dial, then "crediteurenafdeling aan de lijn" (1) and back (Alt+←), over and over.
          await page.evaluate((id) => ((globalThis as unknown as PageWindow).location.hash = `#/debtors/${id}/call`), options.callDebtorId);
          await page.getByTestId('script-text').waitFor();
          await page.keyboard.press('Enter');
          await page.getByText('Stap 2', { exact: true }).waitFor();
          // The prompts shown so far (dialling and step 2) have been told: only those of the presses are waited for.
          const told = await page.evaluate(() => (globalThis as unknown as PageWindow).__bench.prompts.length);
          for (let i = 0; i < told; i++) await marked('prompt');
          for (let i = 0; i < options.presses; i++) {
            const next = marked('prompt');
            await page.keyboard.press(i % 2 === 0 ? '1' : 'Alt+ArrowLeft');
            await next;
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
