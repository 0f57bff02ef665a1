// Printed, a page keeps its article text and drops what only works on screen:
// navigation, share controls and anything marked .no-print. The print style sheet is added by
// the page script after the first paint (src/scripts/print-styles.ts),
// so these checks print with JavaScript on, as readers do; without it a page prints with its
// screen styles.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserPages, isSiteKind, waitForEnhancements } from '../support/browser';
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

/** Resolves once every print style sheet of the page is enabled and loaded (a link's sheet is null until then). */
async function waitForPrintStyles(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const links = [...document.querySelectorAll<HTMLLinkElement>('link[rel~="stylesheet"][media="print"]')];
    return links.length > 0 && links.every((link) => !link.disabled && link.sheet !== null);
  });
}

describe('when printed', () => {
  it.each(PAGES)('fetches the print style sheet of $path only after the first paint', async ({ path }) => {
    const page = await context.newPage();
    await page.goto(site.urlOf(path), { waitUntil: 'load' });
    await waitForEnhancements(page);
    await waitForPrintStyles(page);
    const timing = await page.evaluate(() => {
      const sheets = [...document.querySelectorAll<HTMLLinkElement>('link[rel~="stylesheet"][media="print"]')].map((link) => link.href);
      const requested = performance
        .getEntriesByType('resource')
        .filter((entry) => sheets.includes(entry.name))
        .map((entry) => entry.startTime);
      return { sheets: sheets.length, requested, firstPaint: performance.getEntriesByType('paint')[0]?.startTime };
    });
    await page.close();
    expect(timing.requested, `${path} fetched its print style sheet(s) more or less than once each`).toHaveLength(timing.sheets);
    expect(timing.firstPaint, `${path} reported no paint`).toBeDefined();
    for (const start of timing.requested) expect(start, `${path} asked for its print style sheet before its first paint`).toBeGreaterThanOrEqual(timing.firstPaint ?? Number.POSITIVE_INFINITY);
  });

  it.each(PAGES)('hides the navigation and share controls of $path and keeps its text', async ({ path }) => {
    const page = await context.newPage();
    await page.goto(site.urlOf(path), { waitUntil: 'load' });
    await waitForEnhancements(page);
    await waitForPrintStyles(page);
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
