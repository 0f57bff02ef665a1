// With JavaScript off, every page still shows all of its text and every navigation
// link (header, pager, footer) still leads somewhere real.
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserPages, isSiteKind } from '../support/browser';
import { connectSite, type SharedSite } from '../support/shared-site';
import { DIST, requireDist } from '../support/dist';
import { detectBase } from '../support/host';

// The pages of every kind with the site's chrome, chosen by each kind's browserSample (src/page-kinds.ts).
const PAGES = browserPages(requireDist(DIST), detectBase(DIST), isSiteKind);
const VIEWPORT = { width: 1280, height: 800 };
/** The links a reader moves around with: site header and its nav, every nav (the pager), the footer. */
/** The links of the page's banner, navigation landmarks and footer (contentinfo), found by role as a screen reader lists them. */
function navigationLinks(page: Page): Locator {
  return page.getByRole('banner').getByRole('link').or(page.getByRole('navigation').getByRole('link')).or(page.getByRole('contentinfo').getByRole('link'));
}

/** Destinations a click has already reached with status 200, in this run. */
const ARRIVED = new Set<string>();

let site: SharedSite;
let withScript: BrowserContext;
let withoutScript: BrowserContext;
beforeAll(async () => {
  site = await connectSite();
  // Reduced motion turns off the cross-document view transition, which only slows the clicks down.
  withScript = await site.browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
  withoutScript = await site.browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce', javaScriptEnabled: false });
});
afterAll(async () => {
  await site?.close();
});

/** main's rendered text with the share controls' own labels taken out, whitespace collapsed. */
async function mainText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    if (!main) return '';
    let text = main.innerText;
    // The share control reads "Share link to …" as a link and "Copy link to …" once upgraded.
    for (const control of main.querySelectorAll<HTMLElement>('share-link')) {
      const label = control.innerText;
      const at = label ? text.indexOf(label) : -1;
      if (at >= 0) text = text.slice(0, at) + text.slice(at + label.length);
    }
    return text.replace(/\s+/g, ' ').trim();
  });
}

/** Text blocks in main that the reader cannot see, described for a failure message. */
async function hiddenTextBlocks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main :is(p, li, h1, h2, h3, h4, h5, h6, dt, dd, blockquote, figcaption, th, td)')]
      .filter((element) => (element.textContent ?? '').trim() !== '')
      // Popovers, dialogs and closed disclosures (the Embed code) are closed until asked for, with or
      // without JavaScript; they are not the article.
      .filter((element) => !element.closest('[popover], dialog') && !(element.closest('details:not([open])') && !element.closest('summary')))
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return !element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) || box.width < 1 || box.height < 1;
      })
      .map((element) => `<${element.tagName.toLowerCase()}> "${(element.textContent ?? '').trim().slice(0, 60)}"`),
  );
}

describe('with JavaScript disabled', () => {
  it.each(PAGES)('shows all of the text of $path', async ({ path }) => {
    const on = await withScript.newPage();
    const off = await withoutScript.newPage();
    await on.goto(site.urlOf(path), { waitUntil: 'load' });
    await off.goto(site.urlOf(path), { waitUntil: 'load' });
    const [textOn, textOff, hidden] = await Promise.all([mainText(on), mainText(off), hiddenTextBlocks(off)]);
    await on.close();
    await off.close();
    expect(textOff.length, `${path} main has no text without JavaScript`).toBeGreaterThan(0);
    expect(textOff, `${path} main text differs without JavaScript`).toBe(textOn);
    expect(hidden, `${path} hides text without JavaScript`).toEqual([]);
  });

  it.each(PAGES)('leads from every header, pager and footer link of $path to a page', async ({ path }) => {
    const page = await withoutScript.newPage();
    await page.goto(site.urlOf(path), { waitUntil: 'load' });
    const hrefs = await navigationLinks(page).evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(hrefs.length, `${path} has no navigation links`).toBeGreaterThan(0);
    const broken: string[] = [];
    for (const [index, href] of hrefs.entries()) {
      const target = new URL(href);
      const link = navigationLinks(page).nth(index);
      if (target.origin !== site.server.origin) {
        broken.push(`${href} leaves the site`);
        continue;
      }
      // Feeds and files are fetched; pages are clicked, as a reader would.
      if (!target.pathname.endsWith('/') && !target.pathname.endsWith('.html')) {
        const response = await page.request.get(href);
        if (response.status() !== 200) broken.push(`${href} answered ${response.status()}`);
        continue;
      }
      if (page.url() !== site.urlOf(path)) await page.goto(site.urlOf(path), { waitUntil: 'load' });
      // A destination already reached by a real click (from any page) needs only a clickable link here.
      if (ARRIVED.has(href)) {
        await link.click({ trial: true, timeout: 5000 }).catch((error: Error) => broken.push(`${href} cannot be clicked: ${error.message.split('\n')[0]}`));
        continue;
      }
      const arrived = page.waitForEvent('framenavigated', (frame) => frame === page.mainFrame());
      await link.click();
      await arrived;
      await page.waitForLoadState('load');
      const status = await page.evaluate(
        () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.responseStatus,
      );
      if (status === 200 && page.url() === href) ARRIVED.add(href);
      else broken.push(`${href} arrived at ${page.url()} with status ${status}`);
    }
    await page.close();
    expect(broken, `${path} has navigation links that do not work without JavaScript`).toEqual([]);
  });
});
