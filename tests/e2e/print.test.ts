// Printed, a page keeps its article text and drops what only works on screen:
// navigation, share controls and anything marked .no-print.
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserPages, isSiteKind } from '../support/browser';
import { connectSite, type SharedSite } from '../support/shared-site';
import { DIST, requireDist } from '../support/dist';
import { detectBase } from '../support/host';

// The pages of every kind with the site's chrome, chosen by each kind's browserSample (src/page-kinds.ts).
const PAGES = browserPages(requireDist(DIST), detectBase(DIST), isSiteKind);
/** What the print style sheet must hide. */
// The margin notes beside claims and first mentions repeat on screen what the marks and cards say.
const SCREEN_ONLY = '.no-print, nav, share-link, .claim-note, .mention-note';

let site: SharedSite;
let context: BrowserContext;
beforeAll(async () => {
  site = await connectSite();
  context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
});
afterAll(async () => {
  await site?.close();
});

/** main's rendered text with the screen-only parts taken out of the layout for a moment, whitespace collapsed. */
function textWithoutScreenOnly(selector: string): string {
  const main = document.querySelector('main');
  if (!main) return '';
  const hidden = [...main.querySelectorAll<HTMLElement>(selector)];
  const before = hidden.map((element) => element.style.display);
  for (const element of hidden) element.style.display = 'none';
  const text = main.innerText;
  hidden.forEach((element, index) => (element.style.display = before[index] ?? ''));
  return text.replace(/\s+/g, ' ').trim();
}

describe('when printed', () => {
  it.each(PAGES)('hides the navigation and share controls of $path and keeps its text', async ({ path }) => {
    const page = await context.newPage();
    await page.goto(site.urlOf(path), { waitUntil: 'load' });
    const screenText = await page.evaluate(textWithoutScreenOnly, SCREEN_ONLY);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate((selector) => {
      const describe = (element: Element) =>
        `<${element.tagName.toLowerCase()}${element.className ? ` class="${String(element.className).slice(0, 40)}"` : ''}> "${(element.textContent ?? '').trim().slice(0, 40)}"`;
      const shown = [...document.querySelectorAll(selector)].filter((element) => element.checkVisibility({ visibilityProperty: true }));
      const hiddenText = [...document.querySelectorAll('main :is(p, li, h1, h2, h3, h4, h5, h6, dt, dd, blockquote, figcaption, th, td)')]
        .filter((element) => !element.closest(selector) && (element.textContent ?? '').trim() !== '')
        // Popovers and dialogs are closed until asked for; they are not the article.
        .filter((element) => !element.closest('[popover], dialog'))
        .filter((element) => !element.checkVisibility({ visibilityProperty: true, opacityProperty: true }));
      const main = document.querySelector('main');
      return {
        shown: shown.map(describe),
        hiddenText: hiddenText.map(describe),
        text: (main?.innerText ?? '').replace(/\s+/g, ' ').trim(),
      };
    }, SCREEN_ONLY);
    await page.close();
    expect(printed.shown, `${path} prints screen-only controls`).toEqual([]);
    expect(printed.hiddenText, `${path} leaves text out of the print`).toEqual([]);
    expect(printed.text.length, `${path} prints no text`).toBeGreaterThan(0);
    expect(printed.text, `${path} prints different text from what the screen shows`).toBe(screenText);
  });
});
