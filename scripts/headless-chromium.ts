// How the bench and the end-to-end tests find and start Debian's Chromium (playwright-core drives it).
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [process.env.BELWIJZER_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium to drive, or null when none is installed. */
export function findChromium(): string | null {
  return CANDIDATES.find((p): p is string => !!p && fs.existsSync(p)) ?? null;
}

/**
 * Headless, without a GPU, and without the browser's own work beside the pages: no background networking,
 * updates, sync or first-run screens. Chromium 156 also opens its address bar's suggestion popup as a web
 * page of its own (chrome://omnibox-popup.top-chrome, in a renderer process of its own) for every new
 * browser context: about 0.4 s of CPU each time, which on a 2-core machine is taken from the page being
 * tested or measured. The app's window has no address bar, so neither does the browser that stands in for it.
 */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: ARGS });
}
