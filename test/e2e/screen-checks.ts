// What every screen must pass, checked on each screen and call step the walks reach (walk.ts): axe-core's
// rules (WCAG 2.x A/AA and best practices), and no horizontal scrolling at the narrowest width the app
// supports (issue 11: 1024×768). Each finding names the rule or the element, so a failure says where to look.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';

export const NARROWEST = { width: 1024, height: 768 };

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations on the page as it is now (the context must bypass the app's CSP to inject it). */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate(() => (window as unknown as { axe: { run(options: object): Promise<AxeResults> } }).axe.run({ resultTypes: ['violations'] }));
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}${n.failureSummary ? ` [${n.failureSummary.replace(/\s+/g, ' ').slice(0, 160)}]` : ''}`).join('; ')}`);
}

/** Elements that reach past the right edge of the window, and the page's own sideways scrolling. */
export async function widerThanTheWindow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width) found.push(`the page scrolls sideways: ${document.documentElement.scrollWidth}px in ${width}px`);
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
    for (const el of document.body.querySelectorAll('*')) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      // An element past the edge whose parent is too is the parent's finding: name the outermost only.
      if (rect.right > width + 1 && !(el.parentElement && el.parentElement.getBoundingClientRect().right > width + 1))
        found.push(`${name(el)} ends at ${Math.round(rect.right)}px`);
    }
    return found.slice(0, 10);
  });
}
